#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

// One HTTP request as the sandbox received it, whichever API it is addressed to.
struct SandboxRequest
{
    QByteArray method; // "POST" or "GET"
    QString path;
    QByteArray query; // fully encoded, without the '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Names in any case, as HTTP has them.
    QByteArray header(const QByteArray &name) const;
};

// The server side of one API: it checks a request as that API's cloud does, reads its wire format and
// answers in its reply shape. The instances, faults and account are the shared cloud's (SandboxServer).
class SandboxProtocol
{
    Q_DISABLE_COPY_MOVE(SandboxProtocol)

public:
    // What a request asks of the cloud: the shared faults strike purchases and instance descriptions.
    enum class Kind { Other, Run, Describe };

    virtual ~SandboxProtocol() = default;
    virtual Kind kind(const SandboxRequest &request) const = 0;
    // This API's answer when the cloud is too busy to take a purchase (busy-first-run).
    virtual QJsonObject busyReply() const = 0;
    virtual QJsonObject handle(const SandboxRequest &request) = 0;

protected:
    SandboxProtocol() = default;
};
