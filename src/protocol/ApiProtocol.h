#pragma once

#include "api/ApiResult.h"
#include "order/OrderValidator.h"
#include "order/PurchaseOrder.h"
#include "protocol/ApiParams.h"
#include "protocol/ApiReplies.h"
#include "secrets/Credentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

class Catalog;

// One request before it is signed: API 2.0 actions take flat parameters,
// API 3.0 actions a JSON body, addressed to one of the API's services ("vpc", version "2017-03-12";
// empty: the protocol's own, cvm's).
struct ApiRequest
{
    // A constructor rather than an aggregate: most requests name no service and no version.
    ApiRequest(const QString &a = {}, const ApiParams &p = {}, const QJsonObject &b = {},
               const QString &s = {}, const QString &v = {})
        : action(a), params(p), body(b), service(s), version(v)
    {
    }
    QString action;
    ApiParams params;
    QJsonObject body;
    QString service;
    QString version;
};

// What leaves the machine: URL, headers and body, signed.
struct EncodedRequest
{
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// Everything that differs between the API generations, behind one interface,
// so that the order model, the validator, PurchaseSubmission, InstanceTracker,
// the journal and the CLI exist once. A protocol is stateless; one instance of
// each lives for the program's life. Adding a protocol means adding a folder
// beside v2/ and v3/ and one line in ApiProtocol::all().
class ApiProtocol
{
public:
    virtual ~ApiProtocol() = default;

    virtual PurchaseOrder::Api api() const = 0;
    // "2.0", "3.0": as templates, the journal, profiles and CVM_PURCHASER_API spell it.
    virtual QString name() const = 0;
    // How the Account page offers it: "API 3.0 (RunInstances)".
    virtual QString displayName() const = 0;
    // Where the wizard remembers the last location of an order in this API (a settings group).
    virtual QString settingsGroup() const = 0;
    // The API assumed where nothing says which (CONTRACTS.md: a template without "api", a profile stored
    // without --api, status without an order): the registered protocol that says so, else the first.
    virtual bool isAssumedWhenUnsaid() const { return false; }
    static const ApiProtocol &assumed();
    // Today's API, the last registered: what a new credentials profile speaks unless told otherwise, and what
    // a sandbox run (which serves every API) starts in.
    static const ApiProtocol &current();

    // Transport
    virtual QUrl defaultUrl() const = 0;
    // Whether the URL has the shape of this API's endpoints (its hosts, its path), so that an order is never
    // sent to an endpoint of another API, where the answer could not be read and the purchase would stay
    // unconfirmed for good. A URL of neither shape (a gateway of one's own) is either API's.
    virtual bool hasEndpointShape(const QUrl &url) const = 0;
    // Where an action goes: some actions of the default endpoint live on other hosts.
    virtual QUrl urlForAction(const QUrl &endpointUrl, bool isDefaultEndpoint, const QString &action) const;
    // Where a request goes: urlForAction(), unless the API has other services on hosts of their own.
    virtual QUrl urlForRequest(const QUrl &endpointUrl, bool isDefaultEndpoint,
                               const ApiRequest &request) const;
    virtual EncodedRequest encode(const ApiRequest &request, const QString &region,
                                  const Credentials &credentials, const QUrl &url, qint64 timestamp,
                                  quint32 nonce) const = 0;
    // A reply body as an ApiResult: error codes mapped onto the numeric classes
    // of PROTOCOL.md section 6, so that retries, messages and exit statuses are shared.
    virtual ApiResult parseReply(int httpStatus, const QByteArray &body) const = 0;

    // Purchase and tracking
    virtual ApiRequest runInstances(const PurchaseOrder &order) const = 0;
    // The purchase request as the review page shows it: where it goes and what it says, every secret as
    // ••••, and a line naming what is added when it is signed.
    virtual QString requestPreview(const PurchaseOrder &order, const QUrl &endpointUrl) const = 0;
    // The bought ids, checked against the `ordered` count (ApiReplies::boughtIds).
    virtual ApiReplies::RunInstances parseRunInstances(const QJsonObject &data, int ordered) const = 0;
    virtual ApiRequest describeInstances(const QStringList &instanceIds) const = 0;
    virtual ApiReplies::DescribeInstances parseDescribeInstances(const QJsonObject &data) const = 0;
    // A DescribeInstances answer read: its instances when *result is ok; data that cannot be trusted turns
    // *result into BadReply with the reason, so callers have one failure to handle.
    ApiReplies::DescribeInstances readDescribeInstances(ApiResult *result) const;

    // Discovery and price
    virtual ApiRequest describeZones() const = 0;
    virtual ApiReplies::Zones parseZones(const QJsonObject &data) const = 0;
    // A page of images from `offset`; imageType: 1 private, 2 public, 3 marketplace, 4 shared, 0 every kind.
    // The reply's totalCount says how many there are in all.
    virtual ApiRequest describeImages(int imageType, int offset) const = 0;
    virtual ApiReplies::Images parseImages(const QJsonObject &data) const = 0;
    // A page of key pairs from `offset` (API 2.0 answers all of them at once, whatever the offset).
    virtual ApiRequest describeKeyPairs(int offset) const = 0;
    virtual ApiReplies::KeyPairs parseKeyPairs(const QJsonObject &data) const = 0;
    // The account's VPCs, subnets, security groups and projects, a page from `offset` each (API 3.0's vpc
    // and tag services); an empty action where the API has no such lookup. The replies say how many there
    // are in all; CloudQueries pages on until it has them.
    virtual ApiRequest describeVpcs(int offset) const;
    virtual ApiReplies::Vpcs parseVpcs(const QJsonObject &data) const;
    // The subnets of the VPC in the zone; an empty VPC or zone does not filter.
    virtual ApiRequest describeSubnets(const QString &vpcId, const QString &zone, int offset) const;
    virtual ApiReplies::Subnets parseSubnets(const QJsonObject &data) const;
    virtual ApiRequest describeSecurityGroups(int offset) const;
    virtual ApiReplies::SecurityGroups parseSecurityGroups(const QJsonObject &data) const;
    virtual ApiRequest describeProjects(int offset) const;
    virtual ApiReplies::Projects parseProjects(const QJsonObject &data) const;
    virtual ApiRequest inquiryPrice(const PurchaseOrder &order) const = 0;
    virtual ApiReplies::Price parsePrice(const QJsonObject &data) const = 0;
    // The live catalog of a zone's instance types, sold-out ones included; an
    // empty action means the protocol has none and the built-in catalog is the source.
    virtual ApiRequest describeInstanceTypes(const QString &zone) const;
    virtual ApiReplies::InstanceTypeConfigs parseInstanceTypes(const QJsonObject &data) const;
    // The purchase request checked by the cloud without buying; an empty action when the API has no dry run.
    virtual ApiRequest dryRun(const PurchaseOrder &order) const;
    // The tag every purchase gives its instances where the API has tags, its value the purchase's
    // clientToken, so that the instances can be found again when the history has lost their record.
    static constexpr const char *kPurchaseTokenTag = "cvm-purchaser-token";
    // A page (100 from `offset`) of the instances of the request's region tagged kPurchaseTokenTag; their
    // ApiReplies::Instance::purchaseToken says which purchase. An empty action when the API has no tags.
    virtual ApiRequest describeTaggedInstances(int offset) const;
    // Destroys instances (at most 100 a request); an empty action when the API has no way to.
    static constexpr int kTerminateBatchSize = 100;
    virtual ApiRequest terminateInstances(const QStringList &instanceIds) const;

    // Destruction on schedule (the 3.0 template key terminateAt, CONTRACTS.md): whether the API has it, the
    // order's time (invalid when unset or no time with a zone), and setting it (an invalid time unsets it).
    static constexpr int kMinTerminateLeadSeconds = 5 * 60;
    virtual bool schedulesTermination() const { return false; }
    static QDateTime terminateAt(const PurchaseOrder &order);
    static void setTerminateAt(PurchaseOrder *order, const QDateTime &time);
    // The security groups the instances join (the 3.0 template key securityGroupIds, CONTRACTS.md): how many
    // the API lets an order name (0: the API has no such setting), the order's ids, and setting them (an
    // empty list unsets them: the project's default group is bound).
    virtual int maxSecurityGroups() const { return 0; }
    static QStringList chosenSecurityGroups(const PurchaseOrder &order);
    static void setChosenSecurityGroups(PurchaseOrder *order, const QStringList &ids);

    // Hand-off: the order for tools of the user's own, written for someone to buy it there (issue 18). A
    // template never holds a password, and neither export holds one or the purchase's client token.
    // The RunInstances request body the official SDKs and tccli's --cli-input-json take: everything
    // runInstances() sends but the password and the client token (and the tag that carries it). An empty
    // object when the API has no such SDK request (API 2.0).
    virtual QJsonObject sdkRequestBody(const PurchaseOrder &order) const;
    // The order as a Terraform resource of the tencentcloud provider, with a `#` comment for each setting the
    // resource cannot express; empty when the API has none (API 2.0).
    virtual QString terraformResource(const PurchaseOrder &order) const;

    // What the wizard offers, described by the protocol so that the pages render it without knowing the API.
    struct Choice
    {
        Choice(const QString &v, const QString &l, const QString &reason = {})
            : value(v), label(l), unavailableReason(reason)
        {
        }
        QString value;             // what the order takes: "CLOUD_PREMIUM", "2"
        QString label;             // what the user reads, translated
        QString unavailableReason; // empty when the choice can be taken
    };
    // A new order with the API's own defaults (what a template that leaves a key out gets).
    virtual PurchaseOrder newOrder() const = 0;
    // A new order as the wizard starts it: the defaults, with the first choices of a small instance (1 core,
    // 2 GB, 1 Mbps so that it gets a public IP) and, where the API has no default, a region, type and disk.
    virtual PurchaseOrder wizardOrder() const = 0;
    // Regions as the protocol names them, each with the built-in catalog's code for its display name:
    // {"ap-guangzhou", "gz"}, {"gz", "gz"}.
    virtual QList<QPair<QString, QString>> regionNames() const = 0;
    // The protocol's name of a built-in catalog region ("gz" -> "ap-guangzhou").
    QString regionName(const QString &catalogCode) const;
    // The zones to offer when the cloud cannot be asked: the built-in catalog's, or none.
    virtual QList<ApiReplies::Zone> builtInZones(const QString &region) const = 0;
    // Whether instance types come from the cloud for the zone (with their price and sold-out reason) rather
    // than from the built-in catalog's CPU x memory grid.
    virtual bool hasLiveInstanceTypes() const = 0;
    // With live instance types: those to offer for the zone when the cloud cannot be asked, from the built-in
    // catalog's sold CPU x memory combinations under the API's names (no price, none sold out); else none.
    virtual QList<ApiReplies::InstanceTypeConfig> builtInInstanceTypes(const QString &zone) const;
    // Disk types for the order's instance type; those it is not sold with carry their reason.
    virtual QList<Choice> diskTypes(const PurchaseOrder &order) const = 0;
    struct DiskSizes
    {
        int systemMin = 0;
        int systemMax = 0;
        int systemStep = 1;
        QString systemNote; // the rule in words, for under the field
        int dataMin = 0;
        int dataMax = 0;
        int dataStep = 10;
        QString dataNote;
    };
    virtual DiskSizes diskSizes(const PurchaseOrder &order) const = 0;
    virtual QList<Choice> internetChargeTypes() const = 0;
    // How many instances one order buys at most, and how long an instance name may be.
    virtual int maxInstanceCount() const = 0;
    virtual int maxInstanceNameLength() const = 0;
    // The most public bandwidth, in Mbps, an instance bought by the hour can have, in either API.
    static constexpr int kMaxBandwidth = 100;
    // The protocol's own on/off settings (PurchaseOrder::own), for the Network page.
    struct Flag
    {
        QString key;   // the template key: "isVpcGateway"
        QString label; // translated
    };
    virtual QList<Flag> networkFlags() const { return {}; }
    // Why the order cannot have the flag on now ("A gateway needs a VPC and a public IP."), or empty.
    virtual QString flagUnavailableReason(const QString &, const PurchaseOrder &) const { return {}; }
    // The part of the order a problem of the protocol's is about, by the order's own names ("zone",
    // "diskType", "systemDisk", "dataDisks", "internetChargeType", "keyIds", "goodsNum", "wanIp", or the
    // field itself), so that pages find the problems of their controls: API 2.0 calls the zone "zoneId".
    virtual QString orderField(const QString &problemField) const { return problemField; }

    // Order rules and templates
    virtual QList<FieldProblem> validate(const PurchaseOrder &order, const Catalog &catalog) const = 0;
    virtual PasswordPolicy passwordPolicy(PurchaseOrder::OsFamily family) const = 0;
    // Reads the protocol's own template keys (schema, api, secrets and the
    // client token are handled by OrderTemplate). presentKeys receives the keys
    // read, so that range problems are reported only for keys the template sets.
    virtual void readTemplate(const QJsonObject &keys, PurchaseOrder *order, QList<FieldProblem> *problems,
                              QStringList *presentKeys) const = 0;
    // The template's keys after "schema" (and "api"), as `"key": value` lines in documented order.
    virtual QList<QPair<QByteArray, QJsonValue>> templateKeys(const PurchaseOrder &order) const = 0;

    static const QList<const ApiProtocol *> &all();
    static const ApiProtocol &forApi(PurchaseOrder::Api api);
    // "2.0" or "3.0"; nullptr for anything else.
    static const ApiProtocol *forName(const QString &name);
};
