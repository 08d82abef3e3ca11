#include "V3Protocol.h"

#include "Catalog.h"
#include "Tc3Signer.h"
#include "TemplateValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
const char *const kValidator = "OrderValidator";
const char *const kTemplate = "OrderTemplate";

struct RegionName
{
    const char *name;
    const char *legacy;
};

// PROTOCOL.md section 7's regions under their API 3.0 names.
constexpr RegionName kRegions[] = {
    {"ap-guangzhou", "gz"},      {"ap-shanghai", "sh"},       {"ap-hongkong", "hk"},
    {"na-toronto", "ca"},        {"ap-shanghai-fsi", "shjr"}, {"ap-beijing", "bj"},
    {"ap-singapore", "sg"},      {"ap-shenzhen-fsi", "szjr"}, {"ap-guangzhou-open", "gzopen"},
    {"na-siliconvalley", "usw"}, {"ap-chengdu", "cd"},        {"eu-frankfurt", "de"},
    {"ap-seoul", "kr"},
};

constexpr const char *kDiskTypes[] = {"LOCAL_BASIC",   "LOCAL_SSD",  "CLOUD_BASIC", "CLOUD_SSD",
                                      "CLOUD_PREMIUM", "CLOUD_BSSD", "CLOUD_HSSD"};
constexpr const char *kInternetChargeTypes[] = {"TRAFFIC_POSTPAID_BY_HOUR", "BANDWIDTH_POSTPAID_BY_HOUR",
                                                "BANDWIDTH_PACKAGE", "BANDWIDTH_PREPAID"};
// PROTOCOL.md section 10: one set of specials for both families.
constexpr QLatin1StringView kSpecials("()`~!@#$%^&*-+=|{}[]:;',.?/");
constexpr int kMaxDataDisks = 20;

struct StateCode
{
    const char *state;
    int status;
};

// InstanceState onto the API 2.0 status of the same meaning (PROTOCOL.md
// section 5), so that tracking, the journal and the status texts are shared.
constexpr StateCode kStates[] = {
    {"PENDING", 3},  {"RUNNING", 2},   {"LAUNCH_FAILED", -1}, {"STOPPED", 4},     {"STARTING", 8},
    {"STOPPING", 9}, {"REBOOTING", 7}, {"SHUTDOWN", 5},       {"TERMINATING", 6},
};

struct ErrorClass
{
    const char *code; // exact, or a prefix when it ends with '*'
    int errorClass;
};

// API 3.0 error codes onto PROTOCOL.md section 6's classes. The first match wins.
constexpr ErrorClass kErrorClasses[] = {
    {"InternalError*", 6000},
    {"RequestLimitExceeded*", 4400},
    {"AuthFailure.SignatureExpire", 4200},
    {"ReplayAttack", 4500},
    {"AuthFailure*", 4100},
    {"UnauthorizedOperation*", 4300},
    {"InvalidAccount.InsufficientBalance", 5300},
    {"InvalidAccount*", 5500},
    {"ResourceInsufficient*", 5200},
    {"ResourceUnavailable*", 5200},
    {"ResourcesSoldOut*", 5200},
    {"ResourceNotFound*", 5000},
    {"InvalidInstanceId.NotFound", 5000},
    {"LimitExceeded*", 4400},
    {"InvalidAction", 4000},
    {"InvalidParameter*", 4000},
    {"MissingParameter*", 4000},
    {"UnknownParameter*", 4000},
    {"InvalidPassword", 4000},
    {"InvalidZone*", 4000},
    {"InvalidRegion*", 4000},
    {"InvalidInstanceType*", 4000},
    {"InvalidImageId*", 4000},
    {"UnsupportedProtocol", 4600},
    {"UnsupportedRegion", 4000},
    {"NoSuchVersion", 6100},
    {"ServiceUnavailable", 6200},
};

bool isIdOf(const QString &value, QLatin1StringView prefix)
{
    static const QRegularExpression tail(u"^[a-z0-9]+$"_s);
    return value.startsWith(prefix) && tail.match(QStringView(value).mid(prefix.size())).hasMatch();
}

template <typename Names> bool isOneOf(const QString &value, const Names &names)
{
    for (const char *name : names)
        if (value == QLatin1StringView(name))
            return true;
    return false;
}

template <typename Names> QString joined(const Names &names)
{
    QStringList out;
    for (const char *name : names)
        out.append(QString::fromLatin1(name));
    return out.join(u", "_s);
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray diskArray(const QList<PurchaseOrder::DataDisk> &disks, const char *typeKey, const char *sizeKey)
{
    QJsonArray out;
    for (const PurchaseOrder::DataDisk &d : disks)
        out.append(QJsonObject{{QLatin1StringView(typeKey), d.type}, {QLatin1StringView(sizeKey), d.size}});
    return out;
}

QStringList looseStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        if (item.isString() && !item.toString().isEmpty())
            out.append(item.toString());
    return out;
}

int looseInt(const QJsonValue &v, int fallback)
{
    if (v.isDouble())
        return TemplateValues::isInteger(v) ? v.toInt() : fallback;
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}
} // namespace

QUrl V3Protocol::defaultUrl() const
{
    return QUrl(QString::fromLatin1(kDefaultUrl));
}

QList<QPair<QString, QString>> V3Protocol::regions()
{
    QList<QPair<QString, QString>> out;
    for (const RegionName &r : kRegions)
        out.append({QString::fromLatin1(r.name), QString::fromLatin1(r.legacy)});
    return out;
}

QList<ApiProtocol::Choice> V3Protocol::diskTypes() const
{
    // The kinds RunInstances takes by the hour, the usual first; local disks only come with some types.
    return {{u"CLOUD_PREMIUM"_s, tr("Premium cloud disk (CLOUD_PREMIUM)")},
            {u"CLOUD_SSD"_s, tr("SSD cloud disk (CLOUD_SSD)")},
            {u"CLOUD_BSSD"_s, tr("Balanced SSD cloud disk (CLOUD_BSSD)")},
            {u"CLOUD_HSSD"_s, tr("Enhanced SSD cloud disk (CLOUD_HSSD)")},
            {u"CLOUD_BASIC"_s, tr("Basic cloud disk (CLOUD_BASIC)")},
            {u"LOCAL_BASIC"_s, tr("Local disk (LOCAL_BASIC)")},
            {u"LOCAL_SSD"_s, tr("Local SSD disk (LOCAL_SSD)")}};
}

QList<ApiProtocol::Choice> V3Protocol::internetChargeTypes() const
{
    return {{u"TRAFFIC_POSTPAID_BY_HOUR"_s, tr("By traffic, per hour (TRAFFIC_POSTPAID_BY_HOUR)")},
            {u"BANDWIDTH_POSTPAID_BY_HOUR"_s, tr("By bandwidth, per hour (BANDWIDTH_POSTPAID_BY_HOUR)")},
            {u"BANDWIDTH_PACKAGE"_s, tr("Shared bandwidth package (BANDWIDTH_PACKAGE)")},
            {u"BANDWIDTH_PREPAID"_s, tr("Bandwidth paid in advance (BANDWIDTH_PREPAID)")}};
}

ApiProtocol::DiskSizes V3Protocol::diskSizes(PurchaseOrder::OsFamily family) const
{
    // The rules validate() applies.
    return {family == PurchaseOrder::OsFamily::Windows ? 50 : 20, 1024, 10, 32000, 10};
}

QString V3Protocol::legacyRegion(const QString &region)
{
    for (const RegionName &r : kRegions)
        if (region == QLatin1StringView(r.name))
            return QString::fromLatin1(r.legacy);
    return {};
}

int V3Protocol::errorClass(const QString &code)
{
    for (const ErrorClass &e : kErrorClasses) {
        const QLatin1StringView pattern(e.code);
        if (pattern.endsWith(u'*') ? code.startsWith(pattern.chopped(1)) : code == pattern)
            return e.errorClass;
    }
    return 5100; // the operation failed
}

int V3Protocol::statusForState(const QString &instanceState)
{
    for (const StateCode &s : kStates)
        if (instanceState == QLatin1StringView(s.state))
            return s.status;
    return 21; // rescue, migration and newer states: maintenance, still in progress
}

EncodedRequest V3Protocol::encode(const ApiRequest &request, const QString &region,
                                  const Credentials &credentials, const QUrl &url, qint64 timestamp,
                                  quint32) const
{
    Tc3Signer::Input in;
    in.secretId = credentials.secretId;
    in.secretKey = credentials.secretKey;
    in.host = url.host(); // the bare host, as the official SDKs sign it
    in.payload = QJsonDocument(request.body).toJson(QJsonDocument::Compact);
    in.timestamp = timestamp;
    EncodedRequest out;
    out.url = url;
    out.body = in.payload;
    out.headers = {{"Content-Type", Tc3Signer::kContentType},
                   {"X-TC-Action", request.action.toLatin1()},
                   {"X-TC-Timestamp", QByteArray::number(timestamp)},
                   {"X-TC-Version", kVersion}};
    if (!region.isEmpty())
        out.headers.append({"X-TC-Region", region.toLatin1()});
    if (!credentials.sessionToken.isEmpty())
        out.headers.append({"X-TC-Token", credentials.sessionToken.toUtf8()});
    out.headers.append({"Authorization", Tc3Signer::authorization(in)});
    return out;
}

ApiResult V3Protocol::parseReply(int httpStatus, const QByteArray &body) const
{
    ApiResult r;
    r.httpStatus = httpStatus;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue response = doc.object().value("Response"_L1);
    if (!doc.isObject() || !response.isObject()) {
        if (httpStatus != 200) {
            r.status = ApiResult::Status::HttpError;
            return r;
        }
        r.status = ApiResult::Status::BadReply;
        r.message =
            parseError.error != QJsonParseError::NoError
                ? ApiResult::tr("not JSON (%1)").arg(parseError.errorString())
            : doc.object().contains("code"_L1)
                ? tr("the endpoint answered like an API 2.0 endpoint; an API 3.0 order needs an API 3.0 "
                     "endpoint, such as https://cvm.tencentcloudapi.com/")
                : tr("the reply has no \"Response\" object");
        return r;
    }
    const QJsonObject object = response.toObject();
    const QJsonValue error = object.value("Error"_L1);
    // A dry run that would succeed answers DryRunOperation on the real cloud: that is a pass.
    if (error.isObject() && error.toObject().value("Code"_L1).toString() != "DryRunOperation"_L1) {
        const QString code = error.toObject().value("Code"_L1).toString();
        r.status = ApiResult::Status::ApiError;
        r.codeDesc = code.isEmpty() ? u"UnknownError"_s : code;
        r.code = errorClass(r.codeDesc);
        r.message = error.toObject().value("Message"_L1).toString();
        return r;
    }
    r.status = ApiResult::Status::Ok;
    r.data = object;
    return r;
}

ApiRequest V3Protocol::runInstances(const PurchaseOrder &o) const
{
    QJsonObject body{
        {"InstanceChargeType"_L1, u"POSTPAID_BY_HOUR"_s},
        {"Placement"_L1, QJsonObject{{"Zone"_L1, o.zone}, {"ProjectId"_L1, o.projectId}}},
        {"InstanceType"_L1, o.instanceType},
        {"ImageId"_L1, o.imageId},
        {"SystemDisk"_L1, QJsonObject{{"DiskType"_L1, o.systemDiskType}, {"DiskSize"_L1, o.systemDiskSize}}},
        {"InternetAccessible"_L1, QJsonObject{{"InternetChargeType"_L1, o.internetChargeType},
                                              {"InternetMaxBandwidthOut"_L1, o.bandwidth},
                                              {"PublicIpAssigned"_L1, o.wanIp == 1}}},
        {"InstanceCount"_L1, o.goodsNum},
        {"EnhancedService"_L1,
         QJsonObject{{"SecurityService"_L1, QJsonObject{{"Enabled"_L1, o.needSecurityAgent == 1}}},
                     {"MonitorService"_L1, QJsonObject{{"Enabled"_L1, o.needMonitorAgent == 1}}}}},
    };
    if (!o.dataDisks.isEmpty())
        body.insert("DataDisks"_L1, diskArray(o.dataDisks, "DiskType", "DiskSize"));
    if (!o.vpcId.isEmpty() || !o.subnetId.isEmpty())
        body.insert("VirtualPrivateCloud"_L1,
                    QJsonObject{{"VpcId"_L1, o.vpcId}, {"SubnetId"_L1, o.subnetId}});
    if (!o.instanceName.isEmpty())
        body.insert("InstanceName"_L1, o.instanceName);
    if (!o.password.isEmpty())
        body.insert("LoginSettings"_L1, QJsonObject{{"Password"_L1, o.password}});
    else if (!o.keyIds.isEmpty())
        body.insert("LoginSettings"_L1, QJsonObject{{"KeyIds"_L1, stringArray(o.keyIds)}});
    if (!o.securityGroupIds.isEmpty())
        body.insert("SecurityGroupIds"_L1, stringArray(o.securityGroupIds));
    if (!o.clientToken.isEmpty())
        body.insert("ClientToken"_L1, o.clientToken);
    return {u"RunInstances"_s, {}, body};
}

PurchaseOrder V3Protocol::orderFromRunInstances(const QJsonObject &body, const QString &region)
{
    PurchaseOrder o;
    o.api = PurchaseOrder::Api::V3;
    o.region = region;
    const QJsonObject placement = body.value("Placement"_L1).toObject();
    o.zone = placement.value("Zone"_L1).toString();
    o.projectId = looseInt(placement.value("ProjectId"_L1), 0);
    o.instanceType = body.value("InstanceType"_L1).toString();
    o.imageId = body.value("ImageId"_L1).toString();
    if (body.contains("SystemDisk"_L1)) {
        const QJsonObject disk = body.value("SystemDisk"_L1).toObject();
        o.systemDiskType = disk.value("DiskType"_L1).toString(o.systemDiskType);
        o.systemDiskSize = looseInt(disk.value("DiskSize"_L1), disk.contains("DiskSize"_L1) ? -1 : 50);
    }
    for (const QJsonValue &d : body.value("DataDisks"_L1).toArray())
        o.dataDisks.append({d.toObject().value("DiskType"_L1).toString(u"CLOUD_BASIC"_s),
                            looseInt(d.toObject().value("DiskSize"_L1), -1)});
    const QJsonObject vpc = body.value("VirtualPrivateCloud"_L1).toObject();
    o.vpcId = vpc.value("VpcId"_L1).toString();
    o.subnetId = vpc.value("SubnetId"_L1).toString();
    const QJsonObject internet = body.value("InternetAccessible"_L1).toObject();
    o.internetChargeType = internet.value("InternetChargeType"_L1).toString(o.internetChargeType);
    o.bandwidth = looseInt(internet.value("InternetMaxBandwidthOut"_L1), 0);
    const QJsonValue publicIp = internet.value("PublicIpAssigned"_L1);
    o.wanIp = publicIp.isUndefined() ? (o.bandwidth > 0 ? 1 : 0) : (publicIp.toBool() ? 1 : 0);
    o.goodsNum = body.contains("InstanceCount"_L1) ? looseInt(body.value("InstanceCount"_L1), -1) : 1;
    o.instanceName = body.value("InstanceName"_L1).toString();
    const QJsonObject login = body.value("LoginSettings"_L1).toObject();
    o.password = login.value("Password"_L1).toString();
    o.keyIds = looseStrings(login.value("KeyIds"_L1));
    o.securityGroupIds = looseStrings(body.value("SecurityGroupIds"_L1));
    const QJsonObject enhanced = body.value("EnhancedService"_L1).toObject();
    o.needSecurityAgent =
        enhanced.value("SecurityService"_L1).toObject().value("Enabled"_L1).toBool(true) ? 1 : 0;
    o.needMonitorAgent =
        enhanced.value("MonitorService"_L1).toObject().value("Enabled"_L1).toBool(true) ? 1 : 0;
    o.clientToken = body.value("ClientToken"_L1).toString();
    return o;
}

ApiReplies::RunInstances V3Protocol::parseRunInstances(const QJsonObject &data) const
{
    ApiReplies::RunInstances r;
    r.instanceIds = looseStrings(data.value("InstanceIdSet"_L1));
    if (r.instanceIds.isEmpty())
        r.error = QCoreApplication::translate("ApiReplies", "the reply has no usable \"%1\"")
                      .arg(u"InstanceIdSet"_s);
    return r;
}

ApiRequest V3Protocol::describeInstances(const QStringList &instanceIds) const
{
    return {u"DescribeInstances"_s,
            {},
            QJsonObject{{"InstanceIds"_L1, stringArray(instanceIds)}, {"Offset"_L1, 0}, {"Limit"_L1, 100}}};
}

ApiReplies::DescribeInstances V3Protocol::parseDescribeInstances(const QJsonObject &data) const
{
    ApiReplies::DescribeInstances r;
    const QJsonValue set = data.value("InstanceSet"_L1);
    if (!set.isArray()) {
        r.error =
            QCoreApplication::translate("ApiReplies", "the reply has no usable \"%1\"").arg(u"InstanceSet"_s);
        return r;
    }
    r.totalCount = looseInt(data.value("TotalCount"_L1), int(set.toArray().size()));
    for (const QJsonValue &item : set.toArray()) {
        const QJsonObject o = item.toObject();
        ApiReplies::Instance i;
        i.instanceId = o.value("InstanceId"_L1).toString();
        if (i.instanceId.isEmpty())
            continue; // nothing to match it with
        i.instanceName = o.value("InstanceName"_L1).toString();
        i.status = statusForState(o.value("InstanceState"_L1).toString());
        i.state = ApiReplies::stateForStatus(i.status);
        const QStringList lanIps = looseStrings(o.value("PrivateIpAddresses"_L1));
        i.lanIp = lanIps.value(0);
        i.wanIps = looseStrings(o.value("PublicIpAddresses"_L1));
        i.cpu = looseInt(o.value("CPU"_L1), 0);
        i.mem = looseInt(o.value("Memory"_L1), 0);
        i.createTime = o.value("CreatedTime"_L1).toString();
        i.os = o.value("OsName"_L1).toString();
        r.instances.append(i);
    }
    return r;
}

PasswordPolicy V3Protocol::passwordPolicy(PurchaseOrder::OsFamily family) const
{
    // PROTOCOL.md section 10: 8-30 (Linux, two classes) or 12-30 (Windows, three),
    // upper and lower case counted apart on both.
    const bool windows = family == PurchaseOrder::OsFamily::Windows;
    return {windows ? 12 : 8, 30, windows ? 3 : 2, true, QString(kSpecials)};
}

QList<FieldProblem> V3Protocol::validate(const PurchaseOrder &o, const Catalog &) const
{
    QList<FieldProblem> problems;
    auto error = [&](const char *field, const char *rule, const QString &message) {
        problems.append(
            {QLatin1StringView(field), QLatin1StringView(rule), message, FieldProblem::Severity::Error});
    };
    auto tv = [](const char *text) { return QCoreApplication::translate(kValidator, text); };
    const bool windows = o.osFamily == PurchaseOrder::OsFamily::Windows;

    // Location
    if (o.region.isEmpty()) {
        error("region", "required", tr("Choose a region, such as ap-guangzhou."));
    } else if (legacyRegion(o.region).isEmpty()) {
        QStringList names;
        for (const RegionName &r : kRegions)
            names.append(QString::fromLatin1(r.name));
        error("region", "known",
              tr("Region \"%1\" is not an API 3.0 region; choose one of %2.")
                  .arg(o.region, names.join(u", "_s)));
    }
    static const QRegularExpression zoneForm(u"^[a-z]+(-[a-z]+)+-[0-9]+$"_s);
    if (o.zone.isEmpty())
        error("zone", "required", tr("Choose an availability zone."));
    else if (!zoneForm.match(o.zone).hasMatch())
        error("zone", "format",
              tr("An availability zone looks like ap-guangzhou-3: the region, a hyphen, a number."));
    else if (!o.region.isEmpty() && !o.zone.startsWith(o.region + u'-'))
        error("zone", "inRegion", tr("Zone %1 is not in region %2.").arg(o.zone, o.region));
    else if (o.zone.mid(o.region.size() + 1).contains(u'-'))
        error("zone", "inRegion", tr("Zone %1 is not in region %2.").arg(o.zone, o.region));

    // Instance and image
    static const QRegularExpression typeForm(
        u"^[A-Z][A-Za-z0-9]*\\.(SMALL|MEDIUM|LARGE|[0-9]*XLARGE)[0-9]+$"_s);
    if (o.instanceType.isEmpty())
        error("instanceType", "required", tr("Choose an instance type, such as S5.MEDIUM4."));
    else if (!typeForm.match(o.instanceType).hasMatch())
        error("instanceType", "format",
              tr("An API 3.0 instance type looks like S5.MEDIUM4: the family, a dot, the size and the memory "
                 "in GB."));
    if (o.imageId.isEmpty())
        error("imageId", "required", tv("Choose an image."));
    else if (!isIdOf(o.imageId, "img-"_L1))
        error("imageId", "format",
              tv("An image id looks like img-31tjrtph: \"img-\" then lower-case letters and digits."));

    // Disks
    if (!isOneOf(o.systemDiskType, kDiskTypes))
        error("systemDisk", "type", tr("The system disk type must be one of %1.").arg(joined(kDiskTypes)));
    const int systemMin = windows ? 50 : 20;
    if (o.systemDiskSize < systemMin || o.systemDiskSize > 1024)
        error("systemDisk", "size",
              windows ? tr("A Windows system disk has 50 to 1024 GB.")
                      : tr("A Linux system disk has 20 to 1024 GB."));
    if (o.dataDisks.size() > kMaxDataDisks)
        error("dataDisks", "count", tr("An instance has at most %1 data disks.").arg(kMaxDataDisks));
    for (const PurchaseOrder::DataDisk &d : o.dataDisks) {
        if (!isOneOf(d.type, kDiskTypes)) {
            error("dataDisks", "type", tr("A data disk type must be one of %1.").arg(joined(kDiskTypes)));
            break;
        }
        if (d.size < 10 || d.size > 32000 || d.size % 10 != 0) {
            error("dataDisks", "size", tr("A data disk has 10 to 32000 GB, in steps of 10 GB."));
            break;
        }
    }

    // Network
    if (!isOneOf(o.internetChargeType, kInternetChargeTypes))
        error("internetChargeType", "known",
              tr("Internet charging must be one of %1.").arg(joined(kInternetChargeTypes)));
    if (o.bandwidth < 0)
        error("bandwidth", "range", tv("Bandwidth must be 0 Mbps or more."));
    if (o.wanIp != 0 && o.wanIp != 1)
        error("publicIp", "flag", tr("publicIp must be true or false."));
    if (o.wanIp == 1 && o.bandwidth == 0)
        problems.append(
            {u"publicIp"_s, u"needsBandwidth"_s,
             tr("With 0 Mbps of bandwidth no public IP is assigned; the API's default bandwidth is 0."),
             FieldProblem::Severity::Warning});
    if (!o.vpcId.isEmpty() && o.subnetId.isEmpty())
        error("subnetId", "withVpc", tv("A VPC needs a subnet id too."));
    if (o.vpcId.isEmpty() && !o.subnetId.isEmpty())
        error("vpcId", "withSubnet", tv("A subnet needs its VPC id too."));
    if (!o.vpcId.isEmpty() && !isIdOf(o.vpcId, "vpc-"_L1))
        error("vpcId", "format",
              tr("A VPC id looks like vpc-2zez8cp4: \"vpc-\" then lower-case letters and digits."));
    if (!o.subnetId.isEmpty() && !isIdOf(o.subnetId, "subnet-"_L1))
        error("subnetId", "format",
              tr("A subnet id looks like subnet-8fh2xa1k: \"subnet-\" then lower-case letters and digits."));
    for (const QString &id : o.securityGroupIds) {
        if (!isIdOf(id, "sg-"_L1)) {
            error("securityGroupIds", "format",
                  tr("A security group id looks like sg-5tjt7v3n: \"sg-\" then lower-case letters and "
                     "digits."));
            break;
        }
    }

    // Login
    if (!o.password.isEmpty()) {
        const PasswordPolicy policy = passwordPolicy(o.osFamily);
        const PasswordCheck check = OrderValidator::checkPassword(o.password, policy);
        if (!check.invalidCharacters.isEmpty())
            error("password", "characters",
                  tv("The password contains characters that are not allowed: %1. Use letters, digits and %2")
                      .arg(check.invalidCharacters, policy.specials));
        if (!check.lengthOk)
            error("password", "length",
                  windows ? tr("A Windows password has 12 to 30 characters.")
                          : tr("A Linux password has 8 to 30 characters."));
        if (!check.classesOk())
            error("password", "classes",
                  windows
                      ? tv("A Windows password mixes at least three of: lower-case letters, upper-case "
                           "letters, "
                           "digits and special characters.")
                      : tr("A Linux password mixes at least two of: lower-case letters, upper-case letters, "
                           "digits and special characters."));
    }
    if (!o.keyIds.isEmpty()) {
        if (windows)
            error("keyIds", "notWindows",
                  tv("Windows instances cannot log in with an SSH key; use a password."));
        else if (!o.password.isEmpty())
            error("keyIds", "exclusive", tv("Choose either a password or an SSH key, not both."));
        else if (!std::all_of(o.keyIds.cbegin(), o.keyIds.cend(),
                              [](const QString &k) { return isIdOf(k, "skey-"_L1); }))
            error("keyIds", "format",
                  tv("A key id looks like skey-3glfot13: \"skey-\" then lower-case letters and digits."));
    }

    // Options
    if (o.projectId < 0)
        error("projectId", "range", tv("Project id must be 0 (default project) or a positive number."));
    if (o.goodsNum < 1 || o.goodsNum > 100)
        error("count", "range", tv("Quantity must be 1 to 100 instances."));
    if (o.instanceName.size() > 60)
        error("instanceName", "length",
              tv("An instance name has at most 60 characters (this one has %1).").arg(o.instanceName.size()));
    if (o.clientToken.size() > 64 || std::any_of(o.clientToken.cbegin(), o.clientToken.cend(), [](QChar c) {
            return c.unicode() < 0x21 || c.unicode() > 0x7e;
        }))
        error("clientToken", "format", tv("A client token has at most 64 printable ASCII characters."));
    return problems;
}

void V3Protocol::readTemplate(const QJsonObject &keys, PurchaseOrder *o, QList<FieldProblem> *problems,
                              QStringList *presentKeys) const
{
    auto refuse = [&](const QString &key, const char *rule, const QString &message) {
        problems->append({key, QLatin1StringView(rule), message, FieldProblem::Severity::Error});
    };
    auto tt = [](const char *text) { return QCoreApplication::translate(kTemplate, text); };
    // Nothing of API 2.0's defaults carries over: a 3.0 template names its own region and type.
    o->region.clear();
    o->instanceType.clear();
    o->wanIp = 1;

    auto disk = [&](const QString &key, const QJsonValue &value, PurchaseOrder::DataDisk *out) {
        const QJsonObject d = value.toObject();
        if (!value.isObject() || !d.value("type"_L1).isString() ||
            !TemplateValues::isInteger(d.value("size"_L1)) || d.size() != 2) {
            refuse(key, "type",
                   tr("%1 must be an object like {\"type\": \"CLOUD_PREMIUM\", \"size\": 50}.").arg(key));
            return false;
        }
        *out = {d.value("type"_L1).toString(), d.value("size"_L1).toInt()};
        return true;
    };
    auto strings = [&](const QString &key, const QJsonValue &value, QStringList *out) {
        const QJsonArray array = value.toArray();
        const bool allStrings =
            std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isString(); });
        if (!value.isArray() || !allStrings) {
            refuse(key, "type", tr("%1 must be a list of strings.").arg(key));
            return false;
        }
        *out = looseStrings(value);
        return true;
    };

    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        QString *stringMember = key == "region"_L1               ? &o->region
                                : key == "zone"_L1               ? &o->zone
                                : key == "instanceType"_L1       ? &o->instanceType
                                : key == "imageId"_L1            ? &o->imageId
                                : key == "vpcId"_L1              ? &o->vpcId
                                : key == "subnetId"_L1           ? &o->subnetId
                                : key == "internetChargeType"_L1 ? &o->internetChargeType
                                : key == "instanceName"_L1       ? &o->instanceName
                                                                 : nullptr;
        int *intMember = key == "bandwidth"_L1   ? &o->bandwidth
                         : key == "projectId"_L1 ? &o->projectId
                         : key == "count"_L1     ? &o->goodsNum
                                                 : nullptr;
        int *flagMember = key == "publicIp"_L1          ? &o->wanIp
                          : key == "securityService"_L1 ? &o->needSecurityAgent
                          : key == "monitorService"_L1  ? &o->needMonitorAgent
                                                        : nullptr;
        bool read = true;
        if (stringMember) {
            read = value.isString();
            if (read)
                *stringMember = value.toString();
            else
                refuse(key, "type", tt("%1 must be a string.").arg(key));
        } else if (intMember) {
            read = TemplateValues::isInteger(value);
            if (read)
                *intMember = value.toInt();
            else
                refuse(key, "type", tt("%1 must be a whole number.").arg(key));
        } else if (flagMember) {
            read = value.isBool();
            if (read)
                *flagMember = value.toBool() ? 1 : 0;
            else
                refuse(key, "type", tr("%1 must be true or false.").arg(key));
        } else if (key == "osFamily"_L1) {
            read = value == QJsonValue(u"linux"_s) || value == QJsonValue(u"windows"_s);
            if (read)
                o->osFamily = value == QJsonValue(u"windows"_s) ? PurchaseOrder::OsFamily::Windows
                                                                : PurchaseOrder::OsFamily::Linux;
            else
                refuse(key, "known", tt("osFamily must be \"linux\" or \"windows\"."));
        } else if (key == "systemDisk"_L1) {
            PurchaseOrder::DataDisk d;
            read = disk(key, value, &d);
            if (read) {
                o->systemDiskType = d.type;
                o->systemDiskSize = d.size;
            }
        } else if (key == "dataDisks"_L1) {
            QList<PurchaseOrder::DataDisk> disks;
            read = value.isArray();
            for (const QJsonValue &item : value.toArray()) {
                PurchaseOrder::DataDisk d;
                read = read && disk(key, item, &d);
                disks.append(d);
            }
            if (!value.isArray())
                refuse(key, "type", tr("%1 must be a list of disks.").arg(key));
            if (read)
                o->dataDisks = disks;
        } else if (key == "keyIds"_L1) {
            read = strings(key, value, &o->keyIds);
        } else if (key == "securityGroupIds"_L1) {
            read = strings(key, value, &o->securityGroupIds);
        } else {
            refuse(key, "unknown", tt("\"%1\" is not a template key.").arg(key));
            read = false;
        }
        if (read)
            presentKeys->append(key);
    }
    // Windows needs a bigger system disk; the API's default follows.
    if (o->osFamily == PurchaseOrder::OsFamily::Windows && !presentKeys->contains("systemDisk"_L1))
        o->systemDiskSize = std::max(o->systemDiskSize, 50);
}

QList<QPair<QByteArray, QJsonValue>> V3Protocol::templateKeys(const PurchaseOrder &o) const
{
    return {
        {"region", o.region},
        {"zone", o.zone},
        {"instanceType", o.instanceType},
        {"imageId", o.imageId},
        {"osFamily", PurchaseOrder::osFamilyName(o.osFamily)},
        {"systemDisk", QJsonObject{{"type"_L1, o.systemDiskType}, {"size"_L1, o.systemDiskSize}}},
        {"dataDisks", diskArray(o.dataDisks, "type", "size")},
        {"vpcId", o.vpcId},
        {"subnetId", o.subnetId},
        {"internetChargeType", o.internetChargeType},
        {"bandwidth", o.bandwidth},
        {"publicIp", o.wanIp == 1},
        {"keyIds", stringArray(o.keyIds)},
        {"securityGroupIds", stringArray(o.securityGroupIds)},
        {"securityService", o.needSecurityAgent == 1},
        {"monitorService", o.needMonitorAgent == 1},
        {"projectId", o.projectId},
        {"count", o.goodsNum},
        {"instanceName", o.instanceName},
    };
}

namespace {
const char *const kImageTypes[] = {"", "PRIVATE_IMAGE", "PUBLIC_IMAGE", "MARKET_IMAGE", "SHARED_IMAGE"};

QString noUsable(const char *field)
{
    return QCoreApplication::translate("ApiReplies", "the reply has no usable \"%1\"")
        .arg(QLatin1StringView(field));
}

double looseDouble(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : v.toString().toDouble();
}

QJsonArray filter(const char *name, const QString &value)
{
    return QJsonArray{QJsonObject{{"Name"_L1, QLatin1StringView(name)}, {"Values"_L1, QJsonArray{value}}}};
}
} // namespace

ApiRequest V3Protocol::describeZones() const
{
    return {u"DescribeZones"_s, {}, {}};
}

ApiReplies::Zones V3Protocol::parseZones(const QJsonObject &data) const
{
    ApiReplies::Zones r;
    const QJsonValue set = data.value("ZoneSet"_L1);
    if (!set.isArray()) {
        r.error = noUsable("ZoneSet");
        return r;
    }
    for (const QJsonValue &item : set.toArray()) {
        const QJsonObject o = item.toObject();
        ApiReplies::Zone z;
        z.zone = o.value("Zone"_L1).toString();
        if (z.zone.isEmpty())
            continue;
        z.zoneName = o.value("ZoneName"_L1).toString();
        z.zoneId = looseInt(o.value("ZoneId"_L1), 0);
        z.available = o.value("ZoneState"_L1).toString(u"AVAILABLE"_s) == "AVAILABLE"_L1;
        r.zones.append(z);
    }
    return r;
}

ApiRequest V3Protocol::describeImages(int imageType) const
{
    const QString type = QString::fromLatin1(kImageTypes[imageType >= 1 && imageType <= 4 ? imageType : 2]);
    return {
        u"DescribeImages"_s, {}, QJsonObject{{"Filters"_L1, filter("image-type", type)}, {"Limit"_L1, 100}}};
}

ApiReplies::Images V3Protocol::parseImages(const QJsonObject &data) const
{
    ApiReplies::Images r;
    const QJsonValue set = data.value("ImageSet"_L1);
    if (!set.isArray()) {
        r.error = noUsable("ImageSet");
        return r;
    }
    for (const QJsonValue &item : set.toArray()) {
        const QJsonObject o = item.toObject();
        ApiReplies::Image i;
        i.imageId = o.value("ImageId"_L1).toString();
        if (i.imageId.isEmpty())
            continue;
        i.imageName = o.value("ImageName"_L1).toString();
        i.osName = o.value("OsName"_L1).toString();
        const QString type = o.value("ImageType"_L1).toString();
        for (int t = 1; t <= 4; ++t)
            if (type == QLatin1StringView(kImageTypes[t]))
                i.imageType = t;
        i.isWindows = o.value("Platform"_L1).toString().contains("windows"_L1, Qt::CaseInsensitive) ||
                      i.osName.contains("windows"_L1, Qt::CaseInsensitive);
        r.images.append(i);
    }
    r.totalCount = looseInt(data.value("TotalCount"_L1), int(r.images.size()));
    return r;
}

ApiRequest V3Protocol::describeKeyPairs() const
{
    return {u"DescribeKeyPairs"_s, {}, QJsonObject{{"Limit"_L1, 100}}};
}

ApiReplies::KeyPairs V3Protocol::parseKeyPairs(const QJsonObject &data) const
{
    ApiReplies::KeyPairs r;
    const QJsonValue set = data.value("KeyPairSet"_L1);
    if (!set.isArray()) {
        r.error = noUsable("KeyPairSet");
        return r;
    }
    for (const QJsonValue &item : set.toArray()) {
        const QJsonObject o = item.toObject();
        if (!o.value("KeyId"_L1).toString().isEmpty())
            r.keyPairs.append({o.value("KeyId"_L1).toString(), o.value("KeyName"_L1).toString()});
    }
    return r;
}

ApiRequest V3Protocol::inquiryPrice(const PurchaseOrder &order) const
{
    ApiRequest request = runInstances(order);
    request.action = u"InquiryPriceRunInstances"_s;
    // A price needs no login and no idempotency: the password never leaves for an inquiry.
    request.body.remove("LoginSettings"_L1);
    request.body.remove("ClientToken"_L1);
    return request;
}

ApiReplies::Price V3Protocol::parsePrice(const QJsonObject &data) const
{
    ApiReplies::Price r;
    const QJsonObject price = data.value("Price"_L1).toObject();
    const QJsonObject instance = price.value("InstancePrice"_L1).toObject();
    if (!instance.contains("UnitPrice"_L1)) {
        r.error = noUsable("Price.InstancePrice.UnitPrice");
        return r;
    }
    r.instancePerHour = looseDouble(instance.value("UnitPrice"_L1));
    r.instanceUnit = instance.value("ChargeUnit"_L1).toString();
    const QJsonObject bandwidth = price.value("BandwidthPrice"_L1).toObject();
    r.bandwidthPerHour = looseDouble(bandwidth.value("UnitPrice"_L1));
    r.bandwidthUnit = bandwidth.value("ChargeUnit"_L1).toString();
    auto usable = [](double price) { return std::isfinite(price) && price >= 0; };
    if (!usable(r.instancePerHour) || !usable(r.bandwidthPerHour))
        r = {0, {}, 0, {}, noUsable("Price")};
    return r;
}

ApiRequest V3Protocol::describeInstanceTypes(const QString &zone) const
{
    QJsonArray filters = filter("instance-charge-type", u"POSTPAID_BY_HOUR"_s);
    if (!zone.isEmpty())
        filters.append(filter("zone", zone).first());
    return {u"DescribeZoneInstanceConfigInfos"_s, {}, QJsonObject{{"Filters"_L1, filters}}};
}

ApiReplies::InstanceTypeConfigs V3Protocol::parseInstanceTypes(const QJsonObject &data) const
{
    ApiReplies::InstanceTypeConfigs r;
    const QJsonValue set = data.value("InstanceTypeQuotaSet"_L1);
    if (!set.isArray()) {
        r.error = noUsable("InstanceTypeQuotaSet");
        return r;
    }
    for (const QJsonValue &item : set.toArray()) {
        const QJsonObject o = item.toObject();
        ApiReplies::InstanceTypeConfig c;
        c.instanceType = o.value("InstanceType"_L1).toString();
        if (c.instanceType.isEmpty())
            continue;
        c.zone = o.value("Zone"_L1).toString();
        c.family = o.value("InstanceFamily"_L1).toString();
        c.typeName = o.value("TypeName"_L1).toString();
        c.cpu = looseInt(o.value("Cpu"_L1), 0);
        c.memory = looseInt(o.value("Memory"_L1), 0);
        // Anything but SELL cannot be bought now.
        c.soldOut = o.value("Status"_L1).toString() != "SELL"_L1;
        c.soldOutReason = o.value("SoldOutReason"_L1).toString();
        const QJsonObject price = o.value("Price"_L1).toObject();
        c.unitPrice = looseDouble(price.value("UnitPrice"_L1));
        if (!std::isfinite(c.unitPrice) || c.unitPrice < 0)
            c.unitPrice = 0; // unknown, never negative
        c.chargeUnit = price.value("ChargeUnit"_L1).toString();
        r.configs.append(c);
    }
    return r;
}

ApiRequest V3Protocol::dryRun(const PurchaseOrder &order) const
{
    ApiRequest request = runInstances(order);
    request.body.insert("DryRun"_L1, true);
    return request;
}
