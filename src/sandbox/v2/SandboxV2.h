#pragma once

#include "protocol/ApiParams.h"
#include "sandbox/SandboxProtocol.h"

#include <QHash>

class SandboxServer;

// API 2.0's server side (PROTOCOL.md sections 1-9): form parameters in the URL or in the body,
// signature v1 over them, a Timestamp within the window and a Nonce never used twice in it,
// {code, message, codeDesc} replies.
class SandboxV2 final : public SandboxProtocol
{
public:
    explicit SandboxV2(SandboxServer &cloud) : m_cloud(cloud) {}

    Kind kind(const SandboxRequest &request) const override;
    QJsonObject busyReply() const override;
    QJsonObject handle(const SandboxRequest &request) override;

private:
    QJsonObject checkRequest(const QString &method, const QString &host, const QString &path,
                             const ApiParams &params);
    QJsonObject runInstances(const ApiParams &params, const QString &region);
    QJsonObject describeInstances(const ApiParams &params);
    QJsonObject describeZones(const QString &region);
    QJsonObject describeImages(const ApiParams &params);
    QJsonObject describeKeyPairs();
    QJsonObject inquiryPrice(const ApiParams &params);

    SandboxServer &m_cloud;
    QHash<QString, qint64> m_seenNonces; // "nonce" -> timestamp, pruned past the window
};
