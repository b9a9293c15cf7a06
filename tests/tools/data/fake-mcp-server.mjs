// A hand-written MCP server over stdio for the cases real servers do not produce on demand:
// paging, a server-to-client ping, crashes, garbage, hangs, malformed and oversized results,
// and protocol versions LiveDesk does or does not speak. Usage: node fake-mcp-server.mjs MODE
import { createInterface } from 'node:readline';

const mode = process.argv[2] ?? 'normal';
const send = (message) => process.stdout.write(JSON.stringify(message) + '\n');
const log = (text) => process.stderr.write(text + '\n');

const tool = (name) => ({
    name,
    description: `fake tool ${name}`,
    inputSchema: { type: 'object', properties: { text: { type: 'string' } } },
});
let pingAnswered = false;
let pendingList = null;

if (mode === 'garbage-at-start') {
    process.stdout.write('hello, I am not JSON-RPC\n');
    process.stdout.write('{"jsonrpc": "2.0", "oops": true}\n');
}
if (mode === 'exit-at-start') {
    log('fatal: missing configuration file /etc/fake.conf');
    process.exit(2);
}

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
    let message;
    try {
        message = JSON.parse(line);
    } catch {
        log('client sent invalid JSON');
        return;
    }
    const { id, method, params } = message;
    if (method === undefined && id === 'ping-1') {
        pingAnswered = message.result !== undefined;
        log(`ping answered: ${JSON.stringify(message)}`);
        if (pendingList) {
            pendingList();
            pendingList = null;
        }
        return;
    }
    if (method === 'notifications/cancelled') {
        log(`cancelled request ${params.requestId}`);
        return;
    }
    if (method === 'notifications/initialized') return;
    if (mode === 'garbage-at-start') return; // never answers anything properly
    if (method === 'initialize') {
        const version = { 'bad-version': '1999-01-01', 'old-version': '2024-11-05' }[mode]
            ?? params.protocolVersion;
        send({ jsonrpc: '2.0', id, result: {
            protocolVersion: version,
            capabilities: { tools: {} },
            serverInfo: { name: 'fake', version: '1.0' },
        } });
        return;
    }
    if (method === 'tools/list') {
        const answer = () => {
            if (mode === 'paged' && !params?.cursor) {
                send({ jsonrpc: '2.0', id, result: { tools: [tool('one'), tool('two')], nextCursor: 'page-2' } });
            } else if (mode === 'paged') {
                send({ jsonrpc: '2.0', id, result: { tools: [tool('three'), { description: 'nameless' }] } });
            } else {
                send({ jsonrpc: '2.0', id, result: { tools: [tool('echo'), tool('boom'), tool('hang'),
                    tool('garbage'), tool('malformed'), tool('huge'), tool('image')] } });
            }
        };
        if (mode === 'paged' && !pingAnswered) {
            // Ask the client something first: a client that never answers server requests
            // would hang here.
            pendingList = answer;
            send({ jsonrpc: '2.0', id: 'ping-1', method: 'ping' });
        } else {
            answer();
        }
        return;
    }
    if (method === 'tools/call') {
        const text = params.arguments?.text ?? '';
        switch (params.name) {
        case 'echo':
            send({ jsonrpc: '2.0', id, result: { content: [{ type: 'text', text: `echo: ${text}` }] } });
            return;
        case 'boom':
            log('fatal: boom while handling the call');
            process.exit(3);
        case 'hang':
            log(`hanging on request ${id}`);
            return;
        case 'garbage':
            process.stdout.write('Traceback (most recent call last): something broke\n');
            return;
        case 'malformed':
            send({ jsonrpc: '2.0', id, result: { content: 'this should be a list' } });
            return;
        case 'huge':
            send({ jsonrpc: '2.0', id, result: { content: [{ type: 'text', text: 'x'.repeat(1024 * 1024) }] } });
            return;
        case 'image':
            send({ jsonrpc: '2.0', id, result: { content: [
                { type: 'text', text: 'here is the chart' },
                { type: 'image', mimeType: 'image/png', data: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==' },
                { type: 'resource', resource: { uri: 'file:///tmp/notes.txt', mimeType: 'text/plain', text: 'embedded notes' } },
                { type: 'resource', resource: { uri: 'file:///tmp/a.bin', mimeType: 'application/octet-stream', blob: 'AAAA' } },
                { type: 'resource_link', uri: 'file:///tmp/report.pdf', name: 'report' },
            ] } });
            return;
        default:
            send({ jsonrpc: '2.0', id, error: { code: -32602, message: `Unknown tool: ${params.name}` } });
            return;
        }
    }
    if (id !== undefined)
        send({ jsonrpc: '2.0', id, error: { code: -32601, message: `Method not found: ${method}` } });
});
lines.on('close', () => process.exit(0));
