#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Every parameter of RunInstancesHour (API 2.0) and of RunInstances (API 3.0),
// plus the region, the OS family and the instance name: one order for both
// protocols. Fields that mean the same in both are shared (region, instanceType,
// imageId, vpcId, subnetId, bandwidth, wanIp = PublicIpAssigned, goodsNum =
// InstanceCount, the agents = EnhancedService, projectId, instanceName,
// password, clientToken). Member defaults are the API's own defaults.
struct PurchaseOrder
{
    enum class OsFamily { Linux, Windows };
    // Which API the order is written for; it decides the meaning of region,
    // instanceType and the other protocol-specific fields.
    enum class Api { V2, V3 };
    struct DataDisk
    {
        QString type;
        int size = 0;
        bool operator==(const DataDisk &other) const { return type == other.type && size == other.size; }
    };

    Api api = Api::V2;

    QString region = QStringLiteral("gz");
    int zoneId = 0;
    QString instanceType = QStringLiteral("CVM.S1");
    int cpu = 0;
    int mem = 0;
    QString imageId;
    int imageType = 2;
    OsFamily osFamily = OsFamily::Linux;
    int storageType = 1;
    int storageSize = 0;
    int rootSize = 20;
    QString bandwidthType = QStringLiteral("PayByHour");
    int bandwidth = 0;
    int wanIp = 1;
    QString vpcId;
    QString subnetId;
    int isVpcGateway = 0;
    QString password; // never written to a template, the journal or a log
    QString keyId;
    int needSecurityAgent = 1;
    int needMonitorAgent = 1;
    int projectId = 0;
    int goodsNum = 1;
    QString clientToken;
    QString instanceName;

    // API 3.0 only (CONTRACTS.md, "Order template for API 3.0").
    QString zone; // "ap-guangzhou-3"
    QString systemDiskType = QStringLiteral("CLOUD_BASIC");
    int systemDiskSize = 50;
    QList<DataDisk> dataDisks;
    QString internetChargeType = QStringLiteral("TRAFFIC_POSTPAID_BY_HOUR");
    QStringList keyIds;
    QStringList securityGroupIds;

    bool operator==(const PurchaseOrder &other) const;
    bool operator!=(const PurchaseOrder &other) const { return !(*this == other); }

    static QString osFamilyName(OsFamily family);
    // "2.0" or "3.0", as templates, the journal and CVM_PURCHASER_API spell it.
    static QString apiName(Api api);
    static std::optional<Api> apiFromName(const QString &name);

    // The order's fields by API parameter name, in the order templates list
    // them; the one table behind templates, request parameters and the sandbox.
    struct Field
    {
        enum Use { Template = 1, Request = 2 };
        const char *name;
        int uses;
        int PurchaseOrder::*intMember;
        QString PurchaseOrder::*stringMember;
    };
    static const QList<Field> &fields();
};
