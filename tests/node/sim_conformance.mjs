// Conformance of livedesk-sim against the official @google/genai SDK (pinned in package.json):
// the SDK connects as it would to Google, holds a spoken conversation with a tool round trip,
// resumes with a handle, mints and uses an ephemeral token, is refused with 1007 for a wrong
// key, and holds a conversation with every model profile of resources/models.json (3.8 Live with a
// NON_BLOCKING tool, 2.5 with affective dialog on v1alpha, the audio-only translate model, …).
// If the SDK sends something the simulator's strict checks reject, this fails.
//
// Usage: node sim_conformance.mjs /path/to/livedesk-sim
// Exit codes: 0 pass, 1 fail, 77 skipped (the SDK or espeak-ng is not installed).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const simPath = process.argv[2];
const KEY = 'conformance-key';
const MODEL = 'gemini-3.1-flash-live-preview';

function skip(why) {
    console.log(`SKIP: ${why}`);
    process.exit(77);
}
function fail(why) {
    console.error(`FAIL: ${why}`);
    cleanup();
    process.exit(1);
}
function check(condition, what) {
    if (!condition)
        fail(what);
    console.log(`ok - ${what}`);
}

if (!simPath || !existsSync(simPath))
    fail(`livedesk-sim not found at "${simPath}" (pass its path as the first argument)`);
if (!existsSync(join(here, 'node_modules', '@google', 'genai')))
    skip('the @google/genai SDK is not installed: run scripts/install-node-deps.sh');
if (spawnSync('espeak-ng', ['--version']).status !== 0)
    skip('espeak-ng is not installed');

const { GoogleGenAI, Modality, Type } = await import('@google/genai');

const work = mkdtempSync(join(tmpdir(), 'livedesk-conformance-'));
let sim = null;
function cleanup() {
    if (sim && sim.exitCode === null)
        sim.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
}
const watchdog = setTimeout(() => fail('timed out after 180 s'), 180000);

// --- test speech: espeak-ng WAV → 16 kHz s16le mono ----------------------------------------------
function speech16k(text) {
    const wavPath = join(work, 'speech.wav');
    const result = spawnSync('espeak-ng', ['-w', wavPath, text]);
    if (result.status !== 0)
        fail(`espeak-ng failed: ${result.stderr}`);
    const wav = readFileSync(wavPath);
    let offset = 12, rate = 0, channels = 0, bits = 0, data = null;
    while (offset + 8 <= wav.length) {
        const id = wav.toString('ascii', offset, offset + 4);
        const size = wav.readUInt32LE(offset + 4);
        if (id === 'fmt ') {
            channels = wav.readUInt16LE(offset + 10);
            rate = wav.readUInt32LE(offset + 12);
            bits = wav.readUInt16LE(offset + 22);
        } else if (id === 'data') {
            data = wav.subarray(offset + 8, offset + 8 + Math.min(size, wav.length - offset - 8));
        }
        offset += 8 + size + (size % 2);
    }
    if (!data || bits !== 16 || channels !== 1)
        fail(`unexpected WAV from espeak-ng: ${rate} Hz, ${channels} channels, ${bits} bits`);
    const input = new Int16Array(data.buffer, data.byteOffset, data.length / 2);
    const outLength = Math.floor(input.length * 16000 / rate);
    const out = Buffer.alloc(outLength * 2);
    for (let i = 0; i < outLength; ++i) { // linear interpolation is plenty for a test input
        const x = i * rate / 16000, j = Math.floor(x), f = x - j;
        const a = input[j], b = input[Math.min(j + 1, input.length - 1)];
        out.writeInt16LE(Math.round(a + (b - a) * f), i * 2);
    }
    return out;
}

// --- the simulator --------------------------------------------------------------------------------
const scenario = {
    name: 'SDK conformance',
    turns: [
        { transcript: 'what time is it', toolCall: { name: 'get_time', args: { zone: 'UTC' } },
          reply: 'It is {result.time} in {result.zone}.', fallbackReply: 'I have no clock here.',
          fillerReply: 'One moment.' },
        { reply: 'You are welcome.' },
    ],
    afterLastTurn: 'repeatLast',
};
const scenarioPath = join(work, 'scenario.json');
writeFileSync(scenarioPath, JSON.stringify(scenario));
const frameLog = join(work, 'frames.jsonl');

// --any-model: the token section locks TEXT, which no model of the table answers in (native
// audio only), so it uses a model outside the table; listed models are still checked.
const TEXT_MODEL = 'gemini-live-text-test';
sim = spawn(simPath, ['--port', '0', '--api-key', KEY, '--speech-speed', '20', '--any-model',
                      '--scenario', scenarioPath, '--frame-log', frameLog],
            { stdio: ['ignore', 'pipe', 'pipe'] });
let simLog = '';
sim.stderr.on('data', chunk => { simLog += chunk; });
sim.on('exit', code => { if (code !== null && code !== 0) console.error(simLog); });
const firstLine = await new Promise((resolve, reject) => {
    let buffered = '';
    sim.stdout.on('data', chunk => {
        buffered += chunk;
        const newline = buffered.indexOf('\n');
        if (newline >= 0)
            resolve(buffered.slice(0, newline));
    });
    sim.on('exit', code => reject(new Error(`livedesk-sim exited with ${code}: ${simLog}`)));
}).catch(e => fail(e.message));
const match = /^listening on ws:\/\/127\.0\.0\.1:(\d+)$/.exec(firstLine);
check(match !== null, `first line is "listening on ws://127.0.0.1:PORT" (got "${firstLine}")`);
const baseUrl = `http://127.0.0.1:${match[1]}`;

// A session whose messages are collected; `until(pred)` resolves with the first match.
async function openSession(ai, config, model = MODEL) {
    const messages = [];
    const waiters = [];
    let closeEvent = null;
    const session = await ai.live.connect({
        model,
        config,
        callbacks: {
            onmessage: m => {
                messages.push(m);
                for (const w of [...waiters]) {
                    if (w.pred(m)) {
                        waiters.splice(waiters.indexOf(w), 1);
                        w.resolve(m);
                    }
                }
            },
            onerror: e => console.error('SDK error:', e.message),
            onclose: e => { closeEvent = e; for (const w of waiters) w.reject(new Error(`closed ${e.code} ${e.reason}`)); },
        },
    });
    return {
        session, messages,
        closed: () => closeEvent,
        until(pred, what, timeoutMs = 20000) {
            const found = messages.find(pred);
            if (found)
                return Promise.resolve(found);
            return new Promise((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error(`no ${what} within ${timeoutMs} ms`)), timeoutMs);
                waiters.push({ pred, resolve: m => { clearTimeout(timer); resolve(m); }, reject });
            }).catch(e => fail(e.message));
        },
    };
}
const text = (messages, field) => messages.map(m => m.serverContent?.[field]?.text ?? '').join('');
const audioBytes = messages => messages.flatMap(m => m.serverContent?.modelTurn?.parts ?? [])
    .filter(p => p.inlineData?.mimeType === 'audio/pcm;rate=24000')
    .reduce((n, p) => n + Buffer.from(p.inlineData.data, 'base64').length, 0);

// --- 1. a spoken turn with a tool round trip --------------------------------------------------------
const ai = new GoogleGenAI({ apiKey: KEY, apiVersion: 'v1beta', httpOptions: { baseUrl } });
const config = {
    responseModalities: [Modality.AUDIO],
    speechConfig: { voiceConfig: { prebuiltVoiceConfig: { voiceName: 'Kore' } } },
    systemInstruction: 'You are the LiveDesk conformance test.',
    inputAudioTranscription: {},
    outputAudioTranscription: {},
    sessionResumption: {},
    realtimeInputConfig: { automaticActivityDetection: { silenceDurationMs: 300 } },
    tools: [{ functionDeclarations: [{
        name: 'get_time', description: 'The current time',
        parameters: { type: Type.OBJECT, properties: { zone: { type: Type.STRING } } },
    }] }],
};
const one = await openSession(ai, config);
check(one.messages.some(m => m.setupComplete), 'setupComplete after the SDK\'s setup');

const pcm = Buffer.concat([speech16k('What time is it?'), Buffer.alloc(16000 * 2 * 0.6)]);
for (let i = 0; i < pcm.length; i += 1280)
    one.session.sendRealtimeInput({ audio: { data: pcm.subarray(i, i + 1280).toString('base64'), mimeType: 'audio/pcm;rate=16000' } });
const callMessage = await one.until(m => m.toolCall, 'toolCall');
const call = callMessage.toolCall.functionCalls[0];
check(call.name === 'get_time' && call.args.zone === 'UTC' && call.id, 'toolCall names get_time with its args and an id');
one.session.sendToolResponse({ functionResponses: [{ id: call.id, name: call.name, response: { output: { time: '10:30', zone: 'UTC' } } }] });
const firstDone = await one.until(m => m.serverContent?.turnComplete, 'turnComplete');
check(text(one.messages, 'inputTranscription') === 'what time is it', 'inputTranscription from the scenario');
check(text(one.messages, 'outputTranscription') === 'It is 10:30 in UTC.', 'outputTranscription carries the tool result');
check(audioBytes(one.messages) > 24000, 'the reply is 24 kHz audio (over half a second)');
check(one.messages.some(m => m.serverContent?.generationComplete), 'generationComplete before turnComplete');
check(firstDone.usageMetadata?.totalTokenCount > 0, 'usageMetadata with turnComplete');
const handleMessage = await one.until(m => m.sessionResumptionUpdate?.resumable && one.messages.indexOf(m) > one.messages.indexOf(firstDone), 'a resumption handle after the turn');
const handle = handleMessage.sessionResumptionUpdate.newHandle;
check(typeof handle === 'string' && handle.length > 10, 'sessionResumptionUpdate gives a new handle');
one.session.close();
// The first connection's close handshake is done before its handle is used again.
for (const deadline = Date.now() + 10000; !one.closed() && Date.now() < deadline;)
    await new Promise(r => setTimeout(r, 20));
check(one.closed() !== null, 'the first connection closes');

// --- 2. resume with the handle; the script goes on --------------------------------------------------
const two = await openSession(ai, { ...config, sessionResumption: { handle } });
// 3.1 takes clientContent only as the initial history: text goes as realtime input.
two.session.sendRealtimeInput({ text: 'Thank you!' });
await two.until(m => m.serverContent?.turnComplete, 'turnComplete after resuming');
check(text(two.messages, 'outputTranscription') === 'You are welcome.', 'the resumed session continues the script');
two.session.close();

// --- 3. an ephemeral token minted with the SDK, locking the TEXT modality ----------------------------
const token = await ai.authTokens.create({ config: {
    uses: 1,
    liveConnectConstraints: { model: TEXT_MODEL, config: { responseModalities: [Modality.TEXT] } },
    lockAdditionalFields: [],
    httpOptions: { apiVersion: 'v1alpha' },
} }).catch(e => fail(`authTokens.create: ${e.message}`));
check(token.name?.startsWith('auth_tokens/'), 'authTokens.create returns auth_tokens/…');
const tokenAi = new GoogleGenAI({ apiKey: token.name, httpOptions: { baseUrl, apiVersion: 'v1alpha' } });
const three = await openSession(tokenAi, { responseModalities: [Modality.AUDIO] }, TEXT_MODEL);
// The test model has no profile, so it takes clientContent (3.1 above only takes realtime text).
three.session.sendClientContent({ turns: 'hello', turnComplete: true });
await three.until(m => m.serverContent?.turnComplete, 'turnComplete in the token session');
const written = three.messages.flatMap(m => m.serverContent?.modelTurn?.parts ?? []).map(p => p.text ?? '').join('');
// A new session starts the script from the top; this client declares no tools, hence the fallback.
check(written === 'I have no clock here.' && audioBytes(three.messages) === 0,
      'the token\'s locked TEXT modality wins over the client\'s AUDIO');
three.session.close();

// --- 4. a wrong key is refused with 1007 ------------------------------------------------------------
const wrong = new GoogleGenAI({ apiKey: 'wrong-key', apiVersion: 'v1beta', httpOptions: { baseUrl } });
let closeCode = 0, closeReason = '';
const refused = await wrong.live.connect({
    model: MODEL, config: { responseModalities: [Modality.AUDIO] },
    callbacks: { onmessage: () => {}, onclose: e => { closeCode = e.code; closeReason = e.reason; } },
}).then(() => null, e => e);
check(refused instanceof Error && refused.message.includes('1007'), `connect() rejects for a wrong key (${refused?.message})`);
check(closeCode === 1007 && closeReason === 'API key not valid. Please pass a valid API key.', 'the close is 1007 "API key not valid…"');

// --- 5. the frame log saw what the SDK sent, without the key ---------------------------------------
const log = readFileSync(frameLog, 'utf8');
check(!log.includes(KEY) && !log.includes(token.name), 'the frame log holds no credential');
const lines = log.trim().split('\n').map(l => JSON.parse(l));
const kinds = new Set(lines.map(l => l.kind).filter(Boolean));
for (const kind of ['setup', 'realtimeInput.audio', 'toolResponse', 'clientContent', 'realtimeInput.text'])
    check(kinds.has(kind), `the frame log recorded ${kind}`);
check(!kinds.has('invalid'), 'every SDK frame decoded under the strict codec');

// --- 6. every model profile, as a user of that model would set it up -------------------------------
const models = JSON.parse(readFileSync(join(here, '..', '..', 'resources', 'models.json'), 'utf8'));
const profiles = models.models.filter(m => m.backends.includes('gemini'));
const spokenPcm = Buffer.concat([speech16k('What time is it?'), Buffer.alloc(16000 * 2 * 0.6)]);
function speak(session) {
    for (let i = 0; i < spokenPcm.length; i += 1280)
        session.sendRealtimeInput({ audio: { data: spokenPcm.subarray(i, i + 1280).toString('base64'), mimeType: 'audio/pcm;rate=16000' } });
}
for (const profile of profiles) {
    const needsAlpha = Object.values(profile.apiVersions ?? {}).includes('v1alpha');
    const version = needsAlpha ? 'v1alpha' : 'v1beta';
    const profileAi = new GoogleGenAI({ apiKey: KEY, apiVersion: version, httpOptions: { baseUrl } });
    const cfg = { responseModalities: [Modality.AUDIO], outputAudioTranscription: {},
                  realtimeInputConfig: { automaticActivityDetection: { silenceDurationMs: 300 } } };
    if (profile.affectiveDialog === 'supported')
        cfg.enableAffectiveDialog = true;
    if (profile.proactiveAudio === 'supported')
        cfg.proactivity = { proactiveAudio: true };
    if (profile.thinking === 'level')
        cfg.thinkingConfig = { thinkingLevel: 'HIGH' };
    else if (profile.thinking === 'budget')
        cfg.thinkingConfig = { thinkingBudget: 512 };
    if (profile.translation === 'supported')
        cfg.translationConfig = { targetLanguageCode: 'de-DE' };
    if (profile.systemInstruction === 'supported')
        cfg.systemInstruction = 'You are the LiveDesk conformance test.';
    const tools = profile.functionCalling === 'supported';
    if (tools)
        cfg.tools = [{ functionDeclarations: [{ name: 'get_time', description: 'The current time' }] }];
    const nonBlocking = tools && profile.functionBehavior === 'nonBlocking';
    // A model of its own: the ListModels-style refusal would name it.
    const s = await (async () => {
        const messages = [];
        const waiters = [];
        const session = await profileAi.live.connect({ model: profile.id, config: cfg, callbacks: {
            onmessage: m => { messages.push(m); for (const w of [...waiters]) if (w.pred(m)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(m); } },
            onerror: e => console.error('SDK error:', e.message),
            onclose: e => { for (const w of waiters) w.reject(new Error(`${profile.id}: closed ${e.code} ${e.reason}`)); },
        } });
        return { session, messages, until(pred, what, from = 0, timeoutMs = 20000) {
            const found = messages.slice(from).find(pred);
            if (found) return Promise.resolve(found);
            return new Promise((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error(`${profile.id}: no ${what} within ${timeoutMs} ms`)), timeoutMs);
                waiters.push({ pred, resolve: m => { clearTimeout(timer); resolve(m); }, reject });
            }).catch(e => fail(e.message));
        } };
    })();
    await s.until(m => m.setupComplete, 'setupComplete');
    speak(s.session);
    if (tools) {
        const called = await s.until(m => m.toolCall, 'toolCall');
        const fc = called.toolCall.functionCalls[0];
        if (nonBlocking) {
            // 3.8: the call does not block; the model says its filler and ends the turn.
            await s.until(m => m.serverContent?.turnComplete, 'the filler turn');
            check(text(s.messages, 'outputTranscription') === 'One moment.',
                  `${profile.id}: a bare declaration is NON_BLOCKING (the model talks on)`);
        }
        const from = s.messages.length;
        s.session.sendToolResponse({ functionResponses: [{ id: fc.id, name: fc.name,
            response: { output: { time: '10:30', zone: 'UTC' } },
            ...(nonBlocking ? { scheduling: 'WHEN_IDLE' } : {}) }] });
        await s.until(m => m.serverContent?.turnComplete, 'the answer', from);
        check(text(s.messages.slice(from), 'outputTranscription') === 'It is 10:30 in UTC.',
              `${profile.id}: the tool result is answered${nonBlocking ? ' when idle' : ''}`);
    } else {
        await s.until(m => m.serverContent?.turnComplete, 'turnComplete');
        check(audioBytes(s.messages) > 0, `${profile.id}: spoken audio is answered (${version})`);
    }
    s.session.close();
}

clearTimeout(watchdog);
cleanup();
console.log('PASS: the @google/genai SDK and livedesk-sim agree');
process.exit(0);
