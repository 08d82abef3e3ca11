#pragma once

#include "protocol/ApiProtocol.h"

#include <QCoreApplication>

// API 2.0: RunInstancesHour on cvm.api.qcloud.com/v2, signature v1, form
// POST, numeric reply codes (PROTOCOL.md sections 1 to 9).
class V2Protocol final : public ApiProtocol
{
    Q_DECLARE_TR_FUNCTIONS(V2Protocol)

public:
    PurchaseOrder::Api api() const override { return PurchaseOrder::Api::V2; }
    QString name() const override { return QStringLiteral("2.0"); }
    QString displayName() const override { return tr("API 2.0 (RunInstancesHour, legacy)"); }
    // Settings from before API 3.0 have no group of their own.
    QString settingsGroup() const override { return QStringLiteral("order"); }
    // The original specification's API: templates, profiles and runs that name none are 2.0.
    bool isAssumedWhenUnsaid() const override { return true; }
    QUrl defaultUrl() const override;
    bool hasEndpointShape(const QUrl &url) const override;
    QUrl urlForAction(const QUrl &endpointUrl, bool isDefaultEndpoint, const QString &action) const override;
    EncodedRequest encode(const ApiRequest &request, const QString &region, const Credentials &credentials,
                          const QUrl &url, qint64 timestamp, quint32 nonce) const override;
    ApiResult parseReply(int httpStatus, const QByteArray &body) const override;

    ApiRequest runInstances(const PurchaseOrder &order) const override;
    QString requestPreview(const PurchaseOrder &order, const QUrl &endpointUrl) const override;
    ApiReplies::RunInstances parseRunInstances(const QJsonObject &data, int ordered) const override;
    ApiRequest describeInstances(const QStringList &instanceIds) const override;
    ApiReplies::DescribeInstances parseDescribeInstances(const QJsonObject &data) const override;

    ApiRequest describeZones() const override;
    ApiReplies::Zones parseZones(const QJsonObject &data) const override;
    ApiRequest describeImages(int imageType, int offset) const override;
    ApiReplies::Images parseImages(const QJsonObject &data) const override;
    ApiRequest describeKeyPairs(int offset) const override;
    ApiReplies::KeyPairs parseKeyPairs(const QJsonObject &data) const override;
    ApiRequest inquiryPrice(const PurchaseOrder &order) const override;
    ApiReplies::Price parsePrice(const QJsonObject &data) const override;

    // V2Rules.cpp
    PurchaseOrder newOrder() const override;
    PurchaseOrder wizardOrder() const override;
    QList<QPair<QString, QString>> regionNames() const override;
    QList<ApiReplies::Zone> builtInZones(const QString &region) const override;
    bool hasLiveInstanceTypes() const override { return false; }
    QList<Choice> diskTypes(const PurchaseOrder &order) const override;
    DiskSizes diskSizes(const PurchaseOrder &order) const override;
    QList<Choice> internetChargeTypes() const override;
    int maxInstanceCount() const override { return 100; }
    int maxInstanceNameLength() const override { return 60; }
    QList<Flag> networkFlags() const override;
    QString flagUnavailableReason(const QString &key, const PurchaseOrder &order) const override;
    QString orderField(const QString &problemField) const override;

    QList<FieldProblem> validate(const PurchaseOrder &order, const Catalog &catalog) const override;
    PasswordPolicy passwordPolicy(PurchaseOrder::OsFamily family) const override;
    void readTemplate(const QJsonObject &keys, PurchaseOrder *order, QList<FieldProblem> *problems,
                      QStringList *presentKeys) const override;
    QList<QPair<QByteArray, QJsonValue>> templateKeys(const PurchaseOrder &order) const override;
};
