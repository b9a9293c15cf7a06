// Qt Test's mains for tests that open audio devices through Qt Multimedia: the same as
// QTEST_MAIN / QTEST_GUILESS_MAIN, but the process ends through audio::exitProcess once the test
// object and the application are gone, so Qt 6.4's PulseAudio engine cannot abort it from an exit
// handler after every test function passed (audio/processexit.h says why).
#pragma once

#include "audio/processexit.h"

#include <QTest>

#if defined(QT_WIDGETS_LIB)
#include <QApplication>
#define LIVEDESK_TEST_APPLICATION QApplication
#elif defined(QT_GUI_LIB)
#include <QGuiApplication>
#define LIVEDESK_TEST_APPLICATION QGuiApplication
#else
#define LIVEDESK_TEST_APPLICATION QCoreApplication
#endif

#define LIVEDESK_AUDIO_TEST_MAIN_WITH(Application, TestObject) \
    int main(int argc, char *argv[]) \
    { \
        int result = 0; \
        { \
            Application app(argc, argv); \
            app.setAttribute(Qt::AA_Use96Dpi, true); \
            TestObject tc; \
            QTEST_SET_MAIN_SOURCE_PATH \
            result = QTest::qExec(&tc, argc, argv); \
        } \
        livedesk::audio::exitProcess(result); \
    }

#define LIVEDESK_AUDIO_TEST_MAIN(TestObject) \
    LIVEDESK_AUDIO_TEST_MAIN_WITH(LIVEDESK_TEST_APPLICATION, TestObject)
#define LIVEDESK_AUDIO_TEST_GUILESS_MAIN(TestObject) \
    LIVEDESK_AUDIO_TEST_MAIN_WITH(QCoreApplication, TestObject)
