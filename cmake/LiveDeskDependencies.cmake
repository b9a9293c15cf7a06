# Finds every third-party dependency. Required ones stop the configure step with a clear message;
# optional ones set LIVEDESK_HAVE_<NAME> and the build degrades gracefully (the app says what is
# missing at run time: see app/buildinfo).

include(FeatureSummary)
find_package(PkgConfig QUIET)

set(_qt_components Core Network WebSockets Concurrent Test Sql)
if(NOT LIVEDESK_FUZZ_ONLY)
    # LinguistTools too: the view models and settings (livedesk_gui) are built and tested under the
    # sanitizers without Qt Quick, and their tests switch the interface language.
    list(APPEND _qt_components Multimedia Gui LinguistTools)
endif()
if(LIVEDESK_BUILD_GUI AND NOT LIVEDESK_FUZZ_ONLY)
    list(APPEND _qt_components Qml Quick QuickControls2 QuickTest Widgets Svg)
endif()
find_package(Qt6 6.4 REQUIRED COMPONENTS ${_qt_components})
qt_standard_project_setup()
# Optional: the audio threads ask RealtimeKit for real-time scheduling over the system bus
# (audio/realtime.h) where the process may not set it itself.
if(UNIX AND NOT APPLE AND NOT LIVEDESK_FUZZ_ONLY)
    find_package(Qt6 QUIET COMPONENTS DBus)
endif()

# Helper: an imported target from a pkg-config module, or from a header + library search where
# pkg-config is not available (macOS/Windows package managers ship both ways).
function(livedesk_find_library target resultvar pcname header libname)
    if(TARGET ${target})
        set(${resultvar} TRUE PARENT_SCOPE)
        return()
    endif()
    if(PkgConfig_FOUND)
        pkg_check_modules(_pc_${pcname} QUIET IMPORTED_TARGET GLOBAL ${pcname})
        if(_pc_${pcname}_FOUND)
            add_library(${target} ALIAS PkgConfig::_pc_${pcname})
            set(${resultvar} TRUE PARENT_SCOPE)
            return()
        endif()
    endif()
    find_path(_inc_${libname} ${header} PATH_SUFFIXES ${ARGN})
    find_library(_lib_${libname} ${libname})
    if(_inc_${libname} AND _lib_${libname})
        add_library(${target} UNKNOWN IMPORTED GLOBAL)
        set_target_properties(${target} PROPERTIES
            IMPORTED_LOCATION ${_lib_${libname}}
            INTERFACE_INCLUDE_DIRECTORIES ${_inc_${libname}})
        set(${resultvar} TRUE PARENT_SCOPE)
    else()
        set(${resultvar} FALSE PARENT_SCOPE)
    endif()
endfunction()

# --- required --------------------------------------------------------------------------------
livedesk_find_library(LiveDesk::soxr LIVEDESK_HAVE_SOXR soxr soxr.h soxr)
if(NOT LIVEDESK_HAVE_SOXR)
    message(FATAL_ERROR "libsoxr not found (Debian: libsoxr-dev, Homebrew: libsoxr, vcpkg: soxr)")
endif()
if(LIVEDESK_FUZZ_ONLY)
    return() # the fuzz targets need Qt and soxr only
endif()

# OpenCV: use its CMake package where installed whole; Debian's per-module -dev packages ship no
# CMake config, so fall back to the individual libraries.
find_package(OpenCV 4 QUIET COMPONENTS core imgproc imgcodecs OPTIONAL_COMPONENTS videoio)
add_library(livedesk_opencv INTERFACE)
if(OpenCV_FOUND)
    target_link_libraries(livedesk_opencv INTERFACE ${OpenCV_LIBS})
    target_include_directories(livedesk_opencv SYSTEM INTERFACE ${OpenCV_INCLUDE_DIRS})
    set(LIVEDESK_HAVE_OPENCV_VIDEOIO ${OpenCV_videoio_FOUND})
    if(NOT DEFINED OpenCV_videoio_FOUND AND "opencv_videoio" IN_LIST OpenCV_LIBS)
        set(LIVEDESK_HAVE_OPENCV_VIDEOIO TRUE)
    endif()
else()
    find_path(LIVEDESK_OPENCV_INCLUDE opencv2/core.hpp PATH_SUFFIXES opencv4)
    foreach(_m core imgproc imgcodecs)
        find_library(LIVEDESK_OPENCV_${_m} opencv_${_m})
        if(NOT LIVEDESK_OPENCV_${_m} OR NOT LIVEDESK_OPENCV_INCLUDE)
            message(FATAL_ERROR "OpenCV ${_m} not found (Debian: libopencv-${_m}-dev)")
        endif()
        target_link_libraries(livedesk_opencv INTERFACE ${LIVEDESK_OPENCV_${_m}})
    endforeach()
    target_include_directories(livedesk_opencv SYSTEM INTERFACE ${LIVEDESK_OPENCV_INCLUDE})
    find_library(LIVEDESK_OPENCV_videoio opencv_videoio)
    if(LIVEDESK_OPENCV_videoio)
        target_link_libraries(livedesk_opencv INTERFACE ${LIVEDESK_OPENCV_videoio})
        set(LIVEDESK_HAVE_OPENCV_VIDEOIO TRUE)
    endif()
endif()
add_library(LiveDesk::opencv ALIAS livedesk_opencv)

# --- optional --------------------------------------------------------------------------------
# WebRTC audio processing: three generations with three pkg-config names and two APIs (see
# audio/apmbackend.h). "auto" takes the newest found; a generation named here must be found.
set(LIVEDESK_WEBRTC_APM "auto" CACHE STRING "WebRTC audio processing: auto, 2, 1 or 0.3")
set_property(CACHE LIVEDESK_WEBRTC_APM PROPERTY STRINGS auto 2 1 0.3)
set(LIVEDESK_HAVE_WEBRTC_APM FALSE)
set(LIVEDESK_WEBRTC_APM_API "")
foreach(_api 2 1 0.3)
    if(LIVEDESK_HAVE_WEBRTC_APM OR NOT LIVEDESK_WEBRTC_APM MATCHES "^(auto|${_api})$")
        continue()
    endif()
    if(_api STREQUAL "0.3")
        livedesk_find_library(LiveDesk::webrtc_apm _have_apm webrtc-audio-processing
            webrtc/modules/audio_processing/include/audio_processing.h webrtc_audio_processing
            webrtc_audio_processing)
    else()
        livedesk_find_library(LiveDesk::webrtc_apm _have_apm webrtc-audio-processing-${_api}
            modules/audio_processing/include/audio_processing.h
            webrtc-audio-processing-${_api} webrtc-audio-processing-${_api})
    endif()
    if(_have_apm)
        set(LIVEDESK_HAVE_WEBRTC_APM TRUE)
        set(LIVEDESK_WEBRTC_APM_API ${_api})
    endif()
endforeach()
if(NOT LIVEDESK_HAVE_WEBRTC_APM AND NOT LIVEDESK_WEBRTC_APM STREQUAL "auto")
    message(FATAL_ERROR "webrtc-audio-processing ${LIVEDESK_WEBRTC_APM} not found "
        "(LIVEDESK_WEBRTC_APM=${LIVEDESK_WEBRTC_APM}; Debian 12: libwebrtc-audio-processing-dev "
        "is 0.3, Debian 13's is 1.x)")
endif()

livedesk_find_library(LiveDesk::sonic LIVEDESK_HAVE_SONIC sonic sonic.h sonic)

# Linux only: without it a device unplugged under Qt 6.8 goes unnoticed (audio/pulsedevicewatch.h).
if(UNIX AND NOT APPLE)
    livedesk_find_library(LiveDesk::libpulse LIVEDESK_HAVE_LIBPULSE libpulse pulse/pulseaudio.h pulse)
else()
    set(LIVEDESK_HAVE_LIBPULSE FALSE)
endif()

livedesk_find_library(LiveDesk::opusenc LIVEDESK_HAVE_OPUSENC libopusenc opusenc.h opusenc opus)

livedesk_find_library(LiveDesk::opusfile LIVEDESK_HAVE_OPUSFILE opusfile opusfile.h opusfile opus)

livedesk_find_library(LiveDesk::espeak LIVEDESK_HAVE_ESPEAK espeak-ng espeak-ng/speak_lib.h espeak-ng)

find_package(Qt6Keychain QUIET)
if(Qt6Keychain_FOUND)
    set(LIVEDESK_HAVE_KEYCHAIN TRUE)
else()
    set(LIVEDESK_HAVE_KEYCHAIN FALSE)
endif()

function(livedesk_print_feature_summary)
    message(STATUS "LiveDesk optional features:")
    foreach(_f WEBRTC_APM SONIC OPUSENC OPUSFILE ESPEAK KEYCHAIN OPENCV_VIDEOIO LIBPULSE)
        if(LIVEDESK_HAVE_${_f} AND _f STREQUAL "WEBRTC_APM")
            message(STATUS "  ${_f}: yes (webrtc-audio-processing ${LIVEDESK_WEBRTC_APM_API} API)")
        elseif(LIVEDESK_HAVE_${_f})
            message(STATUS "  ${_f}: yes")
        else()
            message(STATUS "  ${_f}: NO (the feature that needs it is disabled and says so)")
        endif()
    endforeach()
endfunction()
