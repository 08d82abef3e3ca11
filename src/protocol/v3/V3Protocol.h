#pragma once

#include "protocol/ApiProtocol.h"

#include <QCoreApplication>

#include <functional>

// API 3.0: RunInstances (POSTPAID_BY_HOUR) on cvm.tencentcloudapi.com,
// TC3-HMAC-SHA256, JSON POST with X-TC-* headers, Response.Error replies
// (PROTOCOL.md section 10; templates: CONTRACTS.md "Order template for API 3.0").
class V3Protocol final : public ApiProtocol
{
    Q_DECLARE_TR_FUNCTIONS(V3Protocol)

public:
    static constexpr const char *kDefaultUrl = "https://cvm.tencentcloudapi.com/";
    static constexpr const char *kVersion = "2017-03-12"; // cvm's
    // The services other than cvm that the program asks (for the account's VPCs, subnets, security groups
    // and projects), each with the version of its API.
    static constexpr const char *kVpcService = "vpc";
    static constexpr const char *kVpcVersion = "2017-03-12";
    static constexpr const char *kTagService = "tag";
    static constexpr const char *kTagVersion = "2018-08-13";
    // A request's service and version as sent: cvm's where it names none.
    static QString serviceOf(const ApiRequest &request);
    static QString versionOf(const ApiRequest &request);

    PurchaseOrder::Api api() const override { return PurchaseOrder::Api::V3; }
    QString name() const override { return QStringLiteral("3.0"); }
    QString displayName() const override { return tr("API 3.0 (RunInstances)"); }
    QString settingsGroup() const override { return QStringLiteral("order/v3"); }
    QUrl defaultUrl() const override;
    bool hasEndpointShape(const QUrl &url) const override;
    // The default endpoint's host for another service is <service>.tencentcloudapi.com; an endpoint of the
    // user's own (--endpoint, the sandbox) serves every service at its URL.
    QUrl urlForRequest(const QUrl &endpointUrl, bool isDefaultEndpoint,
                       const ApiRequest &request) const override;
    EncodedRequest encode(const ApiRequest &request, const QString &region, const Credentials &credentials,
                          const QUrl &url, qint64 timestamp, quint32 nonce) const override;
    ApiResult parseReply(int httpStatus, const QByteArray &body) const override;

    // Requests (V3Requests.cpp) and replies (V3Replies.cpp).
    ApiRequest runInstances(const PurchaseOrder &order) const override;
    QString requestPreview(const PurchaseOrder &order, const QUrl &endpointUrl) const override;
    ApiReplies::RunInstances parseRunInstances(const QJsonObject &data, int ordered) const override;
    ApiRequest describeInstances(const QStringList &instanceIds) const override;
    ApiReplies::DescribeInstances parseDescribeInstances(const QJsonObject &data) const override;
    ApiRequest describeTaggedInstances(int offset) const override;
    ApiRequest terminateInstances(const QStringList &instanceIds) const override;
    int maxInstanceCount() const override;
    int maxInstanceNameLength() const override;

    ApiRequest describeZones() const override;
    ApiReplies::Zones parseZones(const QJsonObject &data) const override;
    ApiRequest describeImages(int imageType, int offset) const override;
    ApiReplies::Images parseImages(const QJsonObject &data) const override;
    ApiRequest describeKeyPairs(int offset) const override;
    ApiReplies::KeyPairs parseKeyPairs(const QJsonObject &data) const override;
    // The account's resources (V3Lookups.cpp): vpc's DescribeVpcs, DescribeSubnets and
    // DescribeSecurityGroups (Offset and Limit as strings), tag's DescribeProjects.
    ApiRequest describeVpcs(int offset) const override;
    ApiReplies::Vpcs parseVpcs(const QJsonObject &data) const override;
    ApiRequest describeSubnets(const QString &vpcId, const QString &zone, int offset) const override;
    ApiReplies::Subnets parseSubnets(const QJsonObject &data) const override;
    ApiRequest describeSecurityGroups(int offset) const override;
    ApiReplies::SecurityGroups parseSecurityGroups(const QJsonObject &data) const override;
    ApiRequest describeProjects(int offset) const override;
    ApiReplies::Projects parseProjects(const QJsonObject &data) const override;
    // The most items a page of each service's lookups holds (the models' Limit).
    static constexpr int kCvmPageSize = 100;
    static constexpr int kVpcPageSize = 100;
    static constexpr int kTagPageSize = 1000;
    ApiRequest inquiryPrice(const PurchaseOrder &order) const override;
    ApiReplies::Price parsePrice(const QJsonObject &data) const override;
    ApiRequest describeInstanceTypes(const QString &zone) const override;
    ApiReplies::InstanceTypeConfigs parseInstanceTypes(const QJsonObject &data) const override;
    ApiRequest dryRun(const PurchaseOrder &order) const override;
    // Hand-off (V3Export.cpp).
    QJsonObject sdkRequestBody(const PurchaseOrder &order) const override;
    QString terraformResource(const PurchaseOrder &order) const override;

    PurchaseOrder newOrder() const override;
    PurchaseOrder wizardOrder() const override;
    QList<QPair<QString, QString>> regionNames() const override { return regions(); }
    // The built-in catalog's zones of the region, named as the cloud names them: zone 100003 of ap-guangzhou
    // is ap-guangzhou-3.
    QList<ApiReplies::Zone> builtInZones(const QString &region) const override;
    bool hasLiveInstanceTypes() const override { return true; }
    // The built-in catalog's types under their API 3.0 names: CVM.S1 with 1 core and 2 GB is S1.SMALL2.
    QList<ApiReplies::InstanceTypeConfig> builtInInstanceTypes(const QString &zone) const override;
    bool schedulesTermination() const override { return true; }
    int maxSecurityGroups() const override;
    QList<Choice> diskTypes(const PurchaseOrder &order) const override;
    QList<Choice> internetChargeTypes() const override;
    DiskSizes diskSizes(const PurchaseOrder &order) const override;
    QString orderField(const QString &problemField) const override;

    // Rules (V3Rules.cpp) and templates (V3Template.cpp).
    QList<FieldProblem> validate(const PurchaseOrder &order, const Catalog &catalog) const override;
    PasswordPolicy passwordPolicy(PurchaseOrder::OsFamily family) const override;
    void readTemplate(const QJsonObject &keys, PurchaseOrder *order, QList<FieldProblem> *problems,
                      QStringList *presentKeys) const override;
    QList<QPair<QByteArray, QJsonValue>> templateKeys(const PurchaseOrder &order) const override;

    // The numeric class (PROTOCOL.md section 6) of an API 3.0 error code, so
    // that messages, retries and exit statuses are those of API 2.0.
    static int errorClass(const QString &code);
    // InstanceState as the API 2.0 status code with the same meaning:
    // PENDING 3, RUNNING 2, LAUNCH_FAILED -1, SHUTDOWN 5, TERMINATING 6, ...
    static int statusForState(const QString &instanceState);
    // The API 3.0 region names, each with its API 2.0 code ("ap-guangzhou" -> "gz").
    static QList<QPair<QString, QString>> regions();
    static QString legacyRegion(const QString &region);

    // The clock terminateAt is checked against (seconds since the epoch): the system's unless a test sets
    // one; an empty function restores the system's.
    static void setClock(std::function<qint64()> clock);
    static qint64 now();

    // The reverse of runInstances(), for the sandbox: the order a RunInstances
    // body describes. Values of the wrong type become values no rule accepts.
    static PurchaseOrder orderFromRunInstances(const QJsonObject &body, const QString &region);

private:
    static void validateHostName(const PurchaseOrder &order, QList<FieldProblem> *problems);
    static void validateTags(const PurchaseOrder &order, QList<FieldProblem> *problems);
    static void validateTerminateAt(const PurchaseOrder &order, QList<FieldProblem> *problems);
};
