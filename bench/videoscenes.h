// Generated recordings for the video benchmarks: a camera looking at a person at a desk, and a
// desktop where little happens. Deterministic (seeded), written as MJPG in AVI with OpenCV.
#pragma once

#include "tests/video/videotestutil.h"

#include <QString>

#include <opencv2/videoio.hpp>

#include <cmath>
#include <functional>

namespace livedesk::video::bench {

// A webcam view: wall, window, desk, a person breathing and swaying a little; during `gesturing`
// a hand moves across the picture. Sensor noise (sigma 3) and a slow lighting drift.
inline cv::Mat cameraScene(double t, int width, int height, bool gesturing, int frameIndex)
{
    cv::Mat image(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y)
        image.row(y).setTo(cv::Scalar(150 - 40 * y / height, 160 - 30 * y / height, 170));
    const auto px = [&](double fx, double fy) {
        return cv::Point(int(fx * width), int(fy * height));
    };
    cv::rectangle(image, px(0.65, 0.08), px(0.95, 0.45), cv::Scalar(235, 225, 210), cv::FILLED);
    cv::rectangle(image, px(0.0, 0.78), px(1.0, 1.0), cv::Scalar(60, 90, 120), cv::FILLED);
    const double sway = 0.004 * std::sin(t * 0.6);
    const double breathe = 0.003 * std::sin(t * 1.7);
    cv::ellipse(image, px(0.45 + sway, 0.82),
                cv::Size(int(0.18 * width), int((0.30 + breathe) * height)), 0, 180, 360,
                cv::Scalar(80, 50, 40), cv::FILLED);
    cv::circle(image, px(0.45 + sway, 0.38), int(0.11 * height), cv::Scalar(120, 150, 200),
               cv::FILLED);
    if (gesturing) {
        const double x = 0.25 + 0.4 * (0.5 + 0.5 * std::sin(t * 2.1));
        cv::circle(image, px(x, 0.55 + 0.08 * std::sin(t * 3.3)), int(0.06 * height),
                   cv::Scalar(110, 140, 190), cv::FILLED);
    }
    image.convertTo(image, -1, 1.0 + 0.02 * std::sin(t / 9.0), 0);
    return test::withNoise(image, 3.0, frameIndex);
}

// A desktop where the user mostly reads: the pointer wanders now and then, a few lines are
// typed at 60 s, the window switches at 150 s, and the text scrolls for 5 s at 240 s.
inline cv::Mat staticDesktopScene(double t, int width, int height)
{
    int lines = 10;
    if (t >= 60)
        lines += std::min(3, int(t - 60) + 1);
    cv::Point pointer(-1, -1);
    const auto wandering = [&](double from, double to) { return t >= from && t < to; };
    if (wandering(20, 23) || wandering(95, 100) || wandering(200, 204))
        pointer = cv::Point(int(300 + 60 * std::fmod(t, 7.0)), int(300 + 20 * std::fmod(t, 5.0)));
    cv::Mat image = test::makeDesktop(width, height, lines, pointer);
    if (t >= 150) { // another application in front
        cv::rectangle(image, cv::Rect(width / 5, height / 6, width / 2, height / 2),
                      cv::Scalar(40, 40, 40), cv::FILLED);
        cv::putText(image, "Terminal", {width / 5 + 20, height / 6 + 40}, cv::FONT_HERSHEY_SIMPLEX,
                    1.0, cv::Scalar(200, 255, 200), 2);
    }
    if (t >= 240 && t < 245) { // scrolling: everything moves up
        const int shift = int((t - 240) * 40) + 10;
        cv::Mat shifted = cv::Mat::zeros(image.size(), image.type());
        image(cv::Rect(0, shift, width, height - shift))
                .copyTo(shifted(cv::Rect(0, 0, width, height - shift)));
        image = shifted;
    }
    return image;
}

// Writes `seconds` of `scene(t, index)` at `fps` into an MJPG AVI. False when OpenCV cannot.
inline bool writeRecording(const QString &path, double seconds, double fps, cv::Size size,
                           const std::function<cv::Mat(double, int)> &scene)
{
    cv::VideoWriter writer(path.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), fps,
                           size);
    if (!writer.isOpened())
        return false;
    const int frames = int(std::lround(seconds * fps));
    for (int i = 0; i < frames; ++i)
        writer.write(scene(i / fps, i));
    return true;
}

} // namespace livedesk::video::bench
