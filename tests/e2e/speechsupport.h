// Speech for the end-to-end tests that play it through PulseAudio (espeak-ng), and its length.
#pragma once

#include "audio/dsp/wavfile.h"

#include <QProcess>
#include <QString>

namespace livedesk::e2e {

// Speech for a test, written by espeak-ng.
inline bool speak(const QString &path, const QString &text)
{
    QProcess espeak;
    espeak.start(QStringLiteral("espeak-ng"), {QStringLiteral("-v"), QStringLiteral("en-gb+f3"),
                                               QStringLiteral("-w"), path, text});
    return espeak.waitForFinished(30000) && espeak.exitCode() == 0;
}

inline double wavSeconds(const QString &path)
{
    const auto wav = livedesk::dsp::readWav(path);
    return wav.audio ? wav.audio->durationSeconds() : 0;
}

} // namespace livedesk::e2e
