#!/usr/bin/env bash
# Installs every package LiveDesk needs to build, run and test on Debian 12 / Ubuntu 24.04, and on
# Debian 13 (scripts/check-debian13.sh), whose few renamed packages are picked below.
# Idempotent: only installs what is missing; apt-get update runs at most once per call.
set -euo pipefail

# Debian 13 has no clang 14 (19 is its own), and its qt6-base-dev carries the OpenGL module's
# headers that Debian 12 packs apart. Its libwebrtc-audio-processing-dev is the 1.x API
# (webrtc-audio-processing-1, AEC3) and its libqt6multimedia6 the FFmpeg backend: same names.
# Its SVG image and icon plugins left libqt6svg6 for qt6-svg-plugins: without them every icon
# fails to load ("Unsupported image format").
CODENAME=$( (. /etc/os-release && echo "${VERSION_CODENAME:-}") 2>/dev/null || true)
case "$CODENAME" in
trixie | forky | sid)
  CLANG_PACKAGES=(clang-19 libclang-rt-19-dev libfuzzer-19-dev)
  QT_OPENGL_DEV=()
  QT_SVG_PLUGINS=(qt6-svg-plugins)
  ;;
*)
  CLANG_PACKAGES=(clang-14 libclang-rt-14-dev libfuzzer-14-dev)
  QT_OPENGL_DEV=(libqt6opengl6-dev)
  QT_SVG_PLUGINS=()
  ;;
esac

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git file
  "${CLANG_PACKAGES[@]}"
  # Qt 6
  qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-websockets-dev qt6-declarative-dev
  qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
  libqt6sql6-sqlite libqt6svg6 "${QT_SVG_PLUGINS[@]}" qt6-svg-dev "${QT_OPENGL_DEV[@]}" libxkbcommon-dev libvulkan-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qtquick-dialogs qml6-module-qtquick-shapes qml6-module-qt-labs-platform
  qml6-module-qtqml qml6-module-qtcore qml6-module-qttest qml6-module-qtmultimedia
  qml6-module-qt-labs-settings qml6-module-qtquick-particles
  # QtQuick.Dialogs' FileDialog (History's export) imports it; nothing depends on it in Debian
  qml6-module-qt-labs-folderlistmodel
  # media and audio libraries
  libopencv-core-dev libopencv-imgproc-dev libopencv-imgcodecs-dev libopencv-videoio-dev
  libxcb1-dev
  libopus-dev libopusenc-dev libopusfile-dev opus-tools
  libwebrtc-audio-processing-dev libsoxr-dev libsonic-dev
  libpulse-dev # the server's device list: Qt 6.8 misses removed devices (audio/pulsedevicewatch.h)
  libespeak-ng-dev espeak-ng
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  # secrets
  qtkeychain-qt6-dev gnome-keyring libsecret-tools dbus dbus-x11
  # test infrastructure: audio server, display, tools
  pulseaudio pulseaudio-utils xvfb xauth x11-utils sox xclip
  zlib1g-dev # crc32 for the PNG headers the hostile-input tests rewrite (Qt's headers pull it in too)
  # the accessibility test: a private AT-SPI bus and the Python client screen readers use
  at-spi2-core python3-pyatspi gir1.2-atspi-2.0
  # packaging checks
  appstream desktop-file-utils dpkg-dev rpm fakeroot help2man debootstrap
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ((${#missing[@]})); then
  echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "install-deps: all packages present"
fi

# Node.js (for the official @google/genai SDK conformance test and the MCP servers). Machines that
# already have a Node.js (for instance from NodeSource, which conflicts with Debian's npm) keep it.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  $SUDO apt-get install -y -qq --no-install-recommends nodejs npm
fi
