#include "app/gui/buildinfo.h"

#include "app/gui/buildconfig.h" // generated: versions found at configure time

#include <QCoreApplication>
#include <QVariantMap>

#include <opencv2/core/version.hpp>

#include <soxr.h>

using namespace Qt::StringLiterals;

namespace livedesk::app {

namespace {

struct AboutText
{
    Q_DECLARE_TR_FUNCTIONS(livedesk::app::AboutText)
};

QString fromConfig(const char *version)
{
    return QString::fromLatin1(version);
}

} // namespace

QString applicationVersion()
{
    return fromConfig(LIVEDESK_VERSION_STRING);
}

QList<LibraryInfo> libraries()
{
    QList<LibraryInfo> list;
    list.append({u"Qt"_s, QString::fromLatin1(qVersion()), u"LGPL-3.0-only"_s,
                 AboutText::tr("Application framework, audio and camera devices, interface"),
                 u"https://www.qt.io"_s, true});
    list.append({u"OpenCV"_s, QString::fromLatin1(CV_VERSION), u"Apache-2.0"_s,
                 AboutText::tr("Resizing and JPEG encoding of camera and screen frames"),
                 u"https://opencv.org"_s, true});
    // Which generation matters more than the exact release: 0.3's AEC and 1.x's AEC3 cancel
    // echo differently (docs/benchmarks.md).
    QString apmVersion = fromConfig(LIVEDESK_WEBRTC_APM_VERSION);
    if (LIVEDESK_FEATURE_WEBRTC_APM)
        apmVersion += u" ("_s + fromConfig(LIVEDESK_WEBRTC_APM_CANCELLER) + u')';
    list.append({u"WebRTC audio processing"_s, apmVersion, u"BSD-3-Clause"_s,
                 AboutText::tr("Echo cancellation, noise suppression and gain control"),
                 u"https://freedesktop.org/software/pulseaudio/webrtc-audio-processing/"_s,
                 bool(LIVEDESK_FEATURE_WEBRTC_APM)});
    list.append({u"soxr"_s, QString::fromLatin1(soxr_version()).remove(u"libsoxr-"_s),
                 u"LGPL-2.1-or-later"_s, AboutText::tr("Sample-rate conversion"),
                 u"https://sourceforge.net/p/soxr/"_s, true});
    list.append({u"sonic"_s, fromConfig(LIVEDESK_SONIC_VERSION), u"Apache-2.0"_s,
                 AboutText::tr("Speech rate without a change of pitch"),
                 u"https://github.com/waywardgeek/sonic"_s, bool(LIVEDESK_FEATURE_SONIC)});
    const QString opusVersion = fromConfig(LIVEDESK_OPUS_VERSION);
    const QString opusencVersion = fromConfig(LIVEDESK_OPUSENC_VERSION);
    list.append({u"libopus"_s, opusVersion, u"BSD-3-Clause"_s,
                 AboutText::tr("Opus audio codec for recordings"), u"https://opus-codec.org"_s,
                 bool(LIVEDESK_FEATURE_OPUSENC)});
    list.append({u"libopusenc"_s, opusencVersion, u"BSD-3-Clause"_s,
                 AboutText::tr("Ogg Opus files for recordings"), u"https://opus-codec.org"_s,
                 bool(LIVEDESK_FEATURE_OPUSENC)});
    list.append({u"espeak-ng"_s, fromConfig(LIVEDESK_ESPEAK_VERSION), u"GPL-3.0-or-later"_s,
                 AboutText::tr("Speech for the offline demo"),
                 u"https://github.com/espeak-ng/espeak-ng"_s, bool(LIVEDESK_FEATURE_ESPEAK)});
    list.append({u"QtKeychain"_s, fromConfig(LIVEDESK_KEYCHAIN_VERSION), u"BSD-3-Clause"_s,
                 AboutText::tr("Keeps the API key in the system keychain"),
                 u"https://github.com/frankosterfeld/qtkeychain"_s,
                 bool(LIVEDESK_FEATURE_KEYCHAIN)});
    return list;
}

QList<FeatureInfo> features()
{
    return {
            {u"LIVEDESK_HAVE_WEBRTC_APM"_s, AboutText::tr("Echo cancellation and noise suppression"),
             bool(LIVEDESK_FEATURE_WEBRTC_APM)},
            {u"LIVEDESK_HAVE_SONIC"_s, AboutText::tr("Adjustable speech rate"),
             bool(LIVEDESK_FEATURE_SONIC)},
            {u"LIVEDESK_HAVE_OPUSENC"_s, AboutText::tr("Recording conversations as Ogg Opus"),
             bool(LIVEDESK_FEATURE_OPUSENC)},
            {u"LIVEDESK_HAVE_ESPEAK"_s, AboutText::tr("Spoken answers in the offline demo"),
             bool(LIVEDESK_FEATURE_ESPEAK)},
            {u"LIVEDESK_HAVE_KEYCHAIN"_s, AboutText::tr("API key in the system keychain"),
             bool(LIVEDESK_FEATURE_KEYCHAIN)},
            {u"LIVEDESK_HAVE_OPENCV_VIDEOIO"_s, AboutText::tr("Video files as a frame source"),
             bool(LIVEDESK_FEATURE_OPENCV_VIDEOIO)},
    };
}

QString versionReport()
{
    QString out = u"LiveDesk %1\n\nLibraries:\n"_s.arg(applicationVersion());
    for (const LibraryInfo &l : libraries()) {
        out += u"  %1 %2 (%3)%4\n"_s.arg(l.name, l.version.isEmpty() ? u"-"_s : l.version,
                                         l.licence,
                                         l.linked ? QString() : u" - not in this build"_s);
    }
    out += u"\nOptional features:\n"_s;
    for (const FeatureInfo &f : features())
        out += u"  %1: %2\n"_s.arg(f.flag, f.available ? u"yes"_s : u"no"_s);
    return out;
}

BuildInfo::BuildInfo(QObject *parent)
    : QObject(parent)
{ }

QVariantList BuildInfo::libraryList() const
{
    QVariantList list;
    for (const LibraryInfo &l : libraries()) {
        list.append(QVariantMap {{u"name"_s, l.name},
                                 {u"version"_s, l.version},
                                 {u"licence"_s, l.licence},
                                 {u"purpose"_s, l.purpose},
                                 {u"url"_s, l.url},
                                 {u"linked"_s, l.linked}});
    }
    return list;
}

QVariantList BuildInfo::featureList() const
{
    QVariantList list;
    for (const FeatureInfo &f : features()) {
        list.append(QVariantMap {{u"flag"_s, f.flag},
                                 {u"description"_s, f.description},
                                 {u"available"_s, f.available}});
    }
    return list;
}

} // namespace livedesk::app
