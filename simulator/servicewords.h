// The real service's own words for what it refuses, as it sends them in close frames and HTTP
// bodies (docs/simulator.md): one copy, so every refusal reads exactly as the service's does.
#pragma once

#include <QString>

namespace livedesk::sim::words {

inline const QString kInvalidArgument = QStringLiteral("Request contains an invalid argument.");
inline const QString kInvalidKey = QStringLiteral(
        "API key not valid. Please pass a valid API key.");
inline const QString kExpiredKey = QStringLiteral("API key expired. Please renew the API key.");
inline const QString kDeadlineExpired = QStringLiteral(
        "Deadline expired before operation could complete.");
inline const QString kSessionNotFound = QStringLiteral("BidiGenerateContent session not found");
inline const QString kInternalError = QStringLiteral("Internal error occurred.");
inline const QString kNotImplemented = QStringLiteral(
        "Operation is not implemented, or supported, or enabled.");
inline const QString kUnavailable = QStringLiteral("The service is currently unavailable.");

} // namespace livedesk::sim::words
