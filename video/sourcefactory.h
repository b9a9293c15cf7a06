// Builds a FrameSource from what a person asked for: the CLI's `--video FILE|DIR`,
// `--camera [ID]`, `--screen [N]` (and a window or region), or the settings page.
//   --video PATH     → {SourceKind::File, PATH}
//   --camera [ID]    → {SourceKind::Camera, ID}   (ID: empty, index, id or description)
//   --screen [N]     → {SourceKind::Screen, N}    (N: empty for the primary screen, or an index)
//   window           → {SourceKind::Window, ID}   (ID: 0x… or decimal window id, or part of a title)
// Device problems (no camera, Wayland, corrupt file) surface later, from start(), as the
// source's error; only a malformed request fails here.
#pragma once

#include "video/framesource.h"

#include <QRect>
#include <QString>

namespace livedesk::video {

enum class SourceKind { None, Camera, Screen, Window, File };

struct SourceRequest
{
    SourceKind kind = SourceKind::None;
    QString argument;
    QRect region; // screen and window: a part of it, in logical pixels; empty = all
};

// The new source is owned by `parent` (or the caller when parent is null). nullptr with `error`
// set when the request cannot be understood.
FrameSource *createFrameSource(const SourceRequest &request, QObject *parent,
                               QString *error = nullptr);

} // namespace livedesk::video
