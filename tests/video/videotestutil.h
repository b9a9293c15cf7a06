// Pictures generated at test time with OpenCV: a desktop-like scene (windows, text, a pointer),
// camera-like noise, and helpers to turn them into frames.
#pragma once

#include "video/imageconvert.h"
#include "video/types.h"

#include <QByteArray>
#include <QImage>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <string>
#include <vector>

namespace livedesk::video::test {

// A 1080p-style desktop: wallpaper gradient, two windows with title bars and lines of text.
// `textLines` lines of text appear in the editor window; `pointer` draws a mouse pointer there.
inline cv::Mat makeDesktop(int width = 1920, int height = 1080, int textLines = 12,
                           cv::Point pointer = {-1, -1})
{
    cv::Mat image(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y) {
        const auto shade = uchar(60 + 80 * y / height);
        image.row(y).setTo(cv::Scalar(shade + 40, shade, 30));
    }
    const double sx = width / 1920.0;
    const double sy = height / 1080.0;
    const auto rect = [&](int x, int y, int w, int h) {
        return cv::Rect(int(x * sx), int(y * sy), int(w * sx), int(h * sy));
    };
    cv::rectangle(image, rect(100, 80, 1100, 800), cv::Scalar(250, 250, 250), cv::FILLED);
    cv::rectangle(image, rect(100, 80, 1100, 40), cv::Scalar(90, 60, 40), cv::FILLED);
    cv::putText(image, "notes.txt - Editor", {int(120 * sx), int(110 * sy)},
                cv::FONT_HERSHEY_SIMPLEX, 0.8 * sx, cv::Scalar(255, 255, 255), 2);
    for (int line = 0; line < textLines; ++line) {
        cv::putText(image, "The quick brown fox jumps over the lazy dog " + std::to_string(line),
                    {int(130 * sx), int((170 + 40 * line) * sy)}, cv::FONT_HERSHEY_SIMPLEX,
                    0.9 * sx, cv::Scalar(20, 20, 20), 2);
    }
    cv::rectangle(image, rect(1300, 200, 520, 600), cv::Scalar(230, 240, 235), cv::FILLED);
    cv::circle(image, {int(1560 * sx), int(500 * sy)}, int(150 * sx), cv::Scalar(40, 120, 220),
               cv::FILLED);
    if (pointer.x >= 0) {
        const std::vector<cv::Point> arrow = {pointer, pointer + cv::Point(0, 22),
                                              pointer + cv::Point(6, 16),
                                              pointer + cv::Point(15, 15)};
        cv::fillConvexPoly(image, arrow, cv::Scalar(0, 0, 0));
    }
    return image;
}

// Adds Gaussian sensor noise (sigma in grey levels) with a fixed seed.
inline cv::Mat withNoise(const cv::Mat &image, double sigma, int seed)
{
    cv::Mat noise(image.size(), CV_16SC3);
    cv::RNG rng(uint64(seed) + 1);
    rng.fill(noise, cv::RNG::NORMAL, 0, sigma);
    cv::Mat widened;
    image.convertTo(widened, CV_16SC3);
    widened += noise;
    cv::Mat out;
    widened.convertTo(out, CV_8UC3);
    return out;
}

inline CapturedFrame frameOf(const cv::Mat &bgr, qint64 timestampMs)
{
    CapturedFrame frame;
    frame.image = matToImage(bgr);
    frame.timestampMs = timestampMs;
    return frame;
}

inline cv::Mat decodeJpeg(const QByteArray &jpeg)
{
    const std::vector<uchar> bytes(jpeg.begin(), jpeg.end());
    return cv::imdecode(bytes, cv::IMREAD_UNCHANGED);
}

inline bool writeImage(const QString &path, const cv::Mat &image)
{
    return cv::imwrite(path.toStdString(), image);
}

} // namespace livedesk::video::test
