// The service's verdict on a setup, from the model's profile (resources/models.json) and the API
// version in the URL path, with the service's own close reasons (docs/service-2026.md). Pure: no
// sockets, so the tests can ask it directly.
#pragma once

#include "session/modelcatalog.h"
#include "session/protocol/clientmessages.h"

#include <QByteArrayView>
#include <QString>

namespace livedesk::sim {

enum class SetupVerdictKind {
    Accept,
    Refuse, // close with closeCode and reason
    Hang, // never answer: no setupComplete and no close (3.1 Flash Live)
};

struct SetupVerdict
{
    SetupVerdictKind kind = SetupVerdictKind::Accept;
    int closeCode = 0;
    QString reason; // the close reason, as the service words it
    QString field; // the offending field, for the simulator's log

    bool accepted() const { return kind == SetupVerdictKind::Accept; }
};

// `apiVersion` is the Gemini API version of the URL path (v1alpha, v1beta, …); `vertex` means the
// Vertex AI flavour, where the version rules of the Gemini API do not apply.
SetupVerdict checkSetup(const protocol::Setup &setup, const session::ModelCapabilities &model,
                        const QString &apiVersion, bool vertex);

// Whether a setup message says sessionResumption {"handle": null}. The codec reads a null string
// as absent, as proto-JSON does; 3.1 Flash Live refuses it all the same, so it is looked for in
// the message itself.
bool hasNullResumptionHandle(QByteArrayView setupMessage);

// The service's wording for a field its proto parser does not know at this version.
QString unknownFieldReason(const QString &name, const QString &at);

} // namespace livedesk::sim
