#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One order, in two parts. The common part is what every API generation buys (where, what, how many,
// which image, disks, network, login, options), each value as the order's protocol names it: region
// "gz" or "ap-guangzhou", zone "100003" or "ap-guangzhou-3", disk type "2" or "CLOUD_PREMIUM". The
// protocol's own part holds the settings only one API has (API 2.0's isVpcGateway, API 3.0's
// securityGroupIds), by template key, as JSON values. What a value means and which values are allowed is
// the protocol's business (ApiProtocol: rules, template keys, the request); nothing outside
// src/protocol/ reads the own part by name. A new order comes from ApiProtocol::newOrder().
struct PurchaseOrder
{
    enum class OsFamily { Linux, Windows };
    // Which API the order is written for: it decides how every value below is named.
    enum class Api { V2, V3 };
    struct Disk
    {
        QString type;
        int size = 0;
        bool operator==(const Disk &other) const { return type == other.type && size == other.size; }
    };

    Api api = Api::V2;

    // Where
    QString region;
    QString zone;
    // What
    QString instanceType;
    int cpu = 0;
    int mem = 0;
    QString imageId;
    int imageType = 2; // where the image comes from: 1 private, 2 public, 3 marketplace, 4 shared
    OsFamily osFamily = OsFamily::Linux;
    Disk systemDisk;
    QList<Disk> dataDisks;
    // Network
    QString internetChargeType; // how bandwidth is billed
    int bandwidth = 0;          // Mbps out
    int wanIp = 1;              // 1: a public IP
    QString vpcId;
    QString subnetId;
    // Login
    QString password; // never written to a template, the journal or a log
    QStringList keyIds;
    // Options
    int needSecurityAgent = 1;
    int needMonitorAgent = 1;
    int projectId = 0;
    int goodsNum = 1; // how many instances
    QString instanceName;
    QString clientToken;

    // The protocol's own settings, by template key.
    QJsonObject own;
    // Sets one of them; an unset value (empty text, object or list, false, a list of nulls) leaves no trace.
    void setOwn(const QString &key, const QJsonValue &value);

    bool operator==(const PurchaseOrder &other) const;
    bool operator!=(const PurchaseOrder &other) const { return !(*this == other); }

    static QString osFamilyName(OsFamily family);
    // "2.0" or "3.0", as templates, the journal and CVM_PURCHASER_API spell it.
    static QString apiName(Api api);
    static std::optional<Api> apiFromName(const QString &name);
};
