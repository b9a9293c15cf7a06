// The time of day as the transcript and the tool calls show it.
#pragma once

#include <QLocale>
#include <QString>

namespace livedesk::app {

// The UI locale's long time format without its time zone ("h:mm:ss AP t" → "h:mm:ss AP"):
// seconds tell turns apart, and a 12-hour clock keeps its AM/PM (cutting the text at its first
// space showed 13:24 as "1:24:07"). In a time format only the unquoted 't' is the zone.
inline QString clockTimeFormat()
{
    const QString format = QLocale().timeFormat(QLocale::LongFormat);
    QString out;
    bool quoted = false;
    for (const QChar c : format) {
        if (c == u'\'')
            quoted = !quoted;
        if (c == u't' && !quoted)
            continue;
        out += c;
    }
    return out.simplified();
}

} // namespace livedesk::app
