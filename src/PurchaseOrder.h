#pragma once

#include <QList>
#include <QString>

// Every parameter of RunInstancesHour, plus the region, the OS family and the
// instance name. Member defaults are the API's own defaults.
struct PurchaseOrder
{
    enum class OsFamily { Linux, Windows };

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

    bool operator==(const PurchaseOrder &other) const;
    bool operator!=(const PurchaseOrder &other) const { return !(*this == other); }

    static QString osFamilyName(OsFamily family);

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
