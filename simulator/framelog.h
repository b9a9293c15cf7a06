// Every client frame as one JSON line, so tests can assert on chunk sizes, pacing, order and
// "every audio chunk exactly once" across reconnects. Fields (docs/simulator.md):
//   {"t":12.345,"conn":1,"session":"s1","kind":"realtimeInput.audio","frame":"text",
//    "bytes":1402,"pcmBytes":1024,"seq":7,"hash":"9f…"}
// plus "open"/"close" lines per connection. Credentials never appear: paths are logged without
// their query string and message bodies are not logged at all.
#pragma once

#include <QFile>
#include <QJsonObject>
#include <QString>

namespace livedesk::sim {

class FrameLog
{
public:
    FrameLog() = default;
    FrameLog(const FrameLog &) = delete;
    FrameLog &operator=(const FrameLog &) = delete;

    bool open(const QString &path, QString *error); // truncates
    bool isOpen() const { return m_file.isOpen(); }
    void close() { m_file.close(); }

    // Writes one line; `fields` gets "t" (ms since the simulator started) and "conn" added.
    void write(double timeMs, int connectionId, QJsonObject fields);

    // A short content fingerprint of an audio chunk (FNV-1a 64, hex).
    static QString fingerprint(const QByteArray &bytes);

private:
    QFile m_file;
};

} // namespace livedesk::sim
