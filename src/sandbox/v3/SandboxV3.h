#pragma once

#include "sandbox/SandboxProtocol.h"

class SandboxServer;

// API 3.0's server side (PROTOCOL.md sections 10-11): JSON POST with X-TC-* headers, a TC3-HMAC-SHA256
// signature and a timestamp within the window (TC3 has no nonce and no replay rule), {Response: ...} replies.
class SandboxV3 final : public SandboxProtocol
{
public:
    explicit SandboxV3(SandboxServer &cloud) : m_cloud(cloud) {}

    Kind kind(const SandboxRequest &request) const override;
    QJsonObject busyReply() const override;
    QJsonObject handle(const SandboxRequest &request) override;

private:
    // The request's signature, time and region; *service receives the service its credential scope names.
    QJsonObject check(const SandboxRequest &request, const QString &action, QString *service);
    QJsonObject runInstances(const QJsonObject &body, const QString &region);
    QJsonObject describeInstances(const QJsonObject &body, const QString &region);
    QJsonObject terminateInstances(const QJsonObject &body, const QString &region);
    QJsonObject describeZones(const QString &region);
    // chinese: the request asked for the cloud's texts in Chinese (X-TC-Language: zh-CN).
    QJsonObject describeZoneConfigs(const QJsonObject &body, const QString &region, bool chinese);
    QJsonObject describeImages(const QJsonObject &body);
    QJsonObject describeKeyPairs(const QJsonObject &body);
    QJsonObject inquiryPrice(const QJsonObject &body, const QString &region);
    // The demo account's network and projects (the vpc and tag services).
    QJsonObject describeVpcs(const QJsonObject &body, const QString &region);
    QJsonObject describeSubnets(const QJsonObject &body, const QString &region);
    QJsonObject describeSecurityGroups(const QJsonObject &body, const QString &region);
    QJsonObject describeProjects(const QJsonObject &body);

    SandboxServer &m_cloud;
};
