// JSON codec for every Live API message, in both directions, with no sockets involved.
//
// Decoding is total: any byte string gives either a message or a DecodeError naming the offending
// field path; it never crashes or throws. Two strictness levels:
//  - server messages (what the client reads) are decoded leniently, as the protocol asks: unknown
//    fields are ignored, unknown enum names read as Unspecified, a missing key means the default;
//  - client messages (what the simulator reads) are decoded strictly, like the service's proto
//    parser: unknown fields and enum names are errors. snake_case names are accepted in both.
// Type errors, invalid base64 and numbers out of range are errors at either level.
#pragma once

#include "session/protocol/clientmessages.h"
#include "session/protocol/servermessages.h"

#include <QByteArrayView>

namespace livedesk::protocol {

struct DecodeError
{
    QString message; // "serverContent.modelTurn.parts[0].inlineData.data: invalid base64"
};

template<typename T>
class Decoded
{
public:
    Decoded(T value)
        : m_value(std::move(value))
    { }
    Decoded(DecodeError error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const DecodeError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    DecodeError m_error;
};

enum class Strictness { Lenient, Strict };

// Which spelling of the service's usage fields to write (Vertex says "candidates…").
enum class Dialect { GeminiApi, VertexAi };

// Client → server
QByteArray encodeClientMessage(const ClientMessage &message);
Decoded<ClientMessage> decodeClientMessage(QByteArrayView json,
                                           Strictness strictness = Strictness::Strict);

// Server → client
QByteArray encodeServerMessage(const ServerMessage &message, Dialect dialect = Dialect::GeminiApi);
Decoded<ServerMessage> decodeServerMessage(QByteArrayView json,
                                           Strictness strictness = Strictness::Lenient);

// The setup object alone: ephemeral tokens carry one as bidiGenerateContentSetup.
QJsonObject setupToJson(const Setup &setup);
Decoded<Setup> setupFromJson(const QJsonObject &json, Strictness strictness = Strictness::Strict);

// Function declarations alone: user-defined tool files and MCP tool lists are made of them.
QJsonObject functionDeclarationToJson(const FunctionDeclaration &declaration);
Decoded<FunctionDeclaration> functionDeclarationFromJson(const QJsonObject &json,
                                                         Strictness strictness = Strictness::Strict);

// Content alone: conversation history is stored and replayed as Content.
QJsonObject contentToJson(const Content &content);
Decoded<Content> contentFromJson(const QJsonObject &json,
                                 Strictness strictness = Strictness::Strict);

// proto3 Duration strings: "50s", "0.250s".
QString formatDuration(Milliseconds duration);
std::optional<Milliseconds> parseDuration(QStringView text);

// A short name of the message kind for logs and event files ("setup", "realtimeInput.audio", …).
QString describe(const ClientMessage &message);

} // namespace livedesk::protocol
