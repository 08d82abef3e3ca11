// API 2.0's order rules (RunInstancesHour, PROTOCOL.md section 4): what the API refuses, said before
// anything is sent.
#include "order/Catalog.h"
#include "protocol/v2/V2Protocol.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString joinedChoices(const QList<int> &values)
{
    QStringList parts;
    parts.reserve(values.size());
    const QLocale locale;
    for (int v : values)
        parts.append(locale.toString(v));
    return QLocale().createSeparatedList(parts);
}

bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

bool hasPrefixAndId(const QString &value, QLatin1StringView prefix)
{
    if (!value.startsWith(prefix) || value.size() == prefix.size())
        return false;
    for (qsizetype i = prefix.size(); i < value.size(); ++i)
        if (!isLowerAlnum(value.at(i)))
            return false;
    return true;
}

// The first two digits of a zone id name its region (PROTOCOL.md section 7).
int zonePrefix(int zoneId)
{
    return zoneId >= 100000 && zoneId <= 999999 ? zoneId / 10000 : -1;
}
} // namespace

QList<FieldProblem> V2Protocol::validate(const PurchaseOrder &o, const Catalog &catalog) const
{
    QList<FieldProblem> problems;
    auto error = [&](const char *field, const char *rule, const QString &message) {
        problems.append({QLatin1StringView(field), QLatin1StringView(rule), message, FieldProblem::Severity::Error});
    };
    auto zeroOrOne = [&](const char *field, int value) {
        if (value != 0 && value != 1)
            error(field, "flag", tr("%1 must be 0 (off) or 1 (on).").arg(QLatin1StringView(field)));
    };
    const bool windows = o.osFamily == PurchaseOrder::OsFamily::Windows;
    // The order as RunInstancesHour's parameters (RequestBuilder::fields) see it.
    const int zoneId = o.zone.toInt();
    const int storageType = o.systemDisk.type.toInt();
    const int storageSize = o.dataDisks.isEmpty() ? 0 : o.dataDisks.first().size;
    const int rootSize = o.systemDisk.size;
    const QString &bandwidthType = o.internetChargeType;
    const int isVpcGateway = o.own.value("isVpcGateway"_L1).toInt();
    const QString keyId = o.keyIds.value(0);

    // Location
    const Catalog::Region *region = catalog.region(o.region);
    if (!region) {
        QStringList codes;
        for (const Catalog::Region &r : catalog.regions())
            codes.append(r.code);
        error("region", "known", tr("Region \"%1\" is unknown; choose one of %2.").arg(o.region, codes.join(u", ")));
    }
    const bool zoneDigits = std::all_of(o.zone.cbegin(), o.zone.cend(), [](QChar c) { return c.isDigit(); });
    if (!zoneDigits) {
        error("zoneId", "format",
              tr("A zone id is a number such as 100003 (\"%1\" is not one).").arg(o.zone));
    } else if (zoneId == 0) {
        error("zoneId", "required", tr("Choose an availability zone."));
    } else if (region && !region->zones.isEmpty() &&
               zonePrefix(zoneId) != zonePrefix(region->zones.first().id)) {
        error("zoneId", "inRegion",
              tr("Zone %1 is not in region %2 (%3); its zones start with %4.")
                  .arg(zoneId)
                  .arg(region->name(), region->code)
                  .arg(zonePrefix(region->zones.first().id)));
    }

    // Instance
    const Catalog::InstanceType *type = catalog.instanceType(o.instanceType);
    if (!type) {
        QStringList ids;
        for (const Catalog::InstanceType &t : catalog.instanceTypes())
            ids.append(t.id);
        error("instanceType", "known",
              tr("Instance type \"%1\" is not sold; choose one of %2.").arg(o.instanceType, ids.join(u", ")));
    }
    if (o.cpu <= 0) {
        error("cpu", "required", tr("Choose the number of CPU cores."));
    } else if (type && !type->memoryByCpu.contains(o.cpu)) {
        error("cpu", "sold", tr("%1 offers %2 cores.").arg(type->id, joinedChoices(type->memoryByCpu.keys())));
    }
    if (o.mem <= 0) {
        error("mem", "required", tr("Choose the memory size in GB."));
    } else if (type && type->memoryByCpu.contains(o.cpu) && !type->memoryByCpu.value(o.cpu).contains(o.mem)) {
        const QString choices = joinedChoices(type->memoryByCpu.value(o.cpu));
        error("mem", "sold",
              tr("%n core(s) of %1 offer(s) %2 GB.", nullptr, o.cpu).arg(type->id, choices));
    }

    // Image
    if (o.imageId.isEmpty())
        error("imageId", "required", tr("Choose an image."));
    else if (!hasPrefixAndId(o.imageId, "img-"_L1))
        error("imageId", "format", tr("An image id looks like img-31tjrtph: \"img-\" then lower-case letters and digits."));
    if (o.imageType < 1 || o.imageType > 4)
        error("imageType", "range", tr("Image type must be 1 (private), 2 (public), 3 (marketplace) or 4 (shared)."));

    // Storage
    const Catalog::StorageType *storage = catalog.storageType(storageType);
    if (!storage) {
        error("storageType", "range",
              tr("Disk type must be 1 (local disk), 2 (cloud block storage), 3 (local SSD) or 4 (SSD cloud disk)."));
    } else if (type && !type->storageTypes.contains(storageType)) {
        error("storageType", "forType",
              tr("%1 is not offered with %2; choose disk type %3.")
                  .arg(storage->name(), type->id, joinedChoices(type->storageTypes)));
    }
    if (o.dataDisks.size() > 1)
        error("storageSize", "one", tr("API 2.0 buys one data disk at most."));
    if (storageSize < 0 || storageSize % 10 != 0) {
        error("storageSize", "step", tr("Data disk size must be 0 (no data disk) or a multiple of 10 GB."));
    } else if (storage && storageSize != 0 && (storageSize < storage->dataMin || storageSize > storage->dataMax)) {
        error("storageSize", "limits",
              tr("A %1 data disk must be 0 (none) or %2 to %3 GB.")
                  .arg(storage->name(), QLocale().toString(storage->dataMin), QLocale().toString(storage->dataMax)));
    }
    if (windows) {
        if (rootSize != 50)
            error("rootSize", "windowsFixed", tr("Windows system disks are fixed at 50 GB."));
    } else if (rootSize < 20 || rootSize > 50 || rootSize % 10 != 0) {
        error("rootSize", "linuxRange", tr("A Linux system disk is 20, 30, 40 or 50 GB."));
    }

    // Network
    if (bandwidthType != "PayByHour"_L1 && bandwidthType != "PayByTraffic"_L1)
        error("bandwidthType", "known", tr("Bandwidth billing must be PayByHour or PayByTraffic."));
    if (o.bandwidth < 0 || o.bandwidth > kMaxBandwidth)
        error("bandwidth", "range", tr("Bandwidth must be 0 to %1 Mbps.").arg(kMaxBandwidth));
    zeroOrOne("wanIp", o.wanIp);
    if (o.wanIp == 1 && o.bandwidth == 0) {
        problems.append({u"wanIp"_s, u"needsBandwidth"_s,
                         tr("With 0 Mbps of bandwidth no public IP is assigned; the API's default bandwidth is 0."),
                         FieldProblem::Severity::Warning});
    }
    const bool vpc = !o.vpcId.isEmpty() || !o.subnetId.isEmpty();
    if (!o.vpcId.isEmpty() && o.subnetId.isEmpty())
        error("subnetId", "withVpc", tr("A VPC needs a subnet id too."));
    if (o.vpcId.isEmpty() && !o.subnetId.isEmpty())
        error("vpcId", "withSubnet", tr("A subnet needs its VPC id too."));
    zeroOrOne("isVpcGateway", isVpcGateway);
    if (isVpcGateway == 1 && (!vpc || o.wanIp != 1 || o.bandwidth <= 0))
        error("isVpcGateway", "needsVpcAndPublicIp",
              tr("A public network gateway needs a VPC and a public IP (bandwidth above 0 Mbps)."));

    // Login
    if (!o.password.isEmpty()) {
        const PasswordCheck check = OrderValidator::checkPassword(o.password, passwordPolicy(o.osFamily));
        if (!check.invalidCharacters.isEmpty())
            error("password", "characters",
                  tr("The password contains characters that are not allowed: %1. Use letters, digits and %2")
                      .arg(OrderValidator::describeCharacters(check.invalidCharacters),
                           OrderValidator::allowedSpecials(o.osFamily)));
        if (!check.lengthOk)
            error("password", "length",
                  windows ? tr("A Windows password has 12 to 16 characters.")
                          : tr("A Linux password has 8 to 16 characters."));
        if (!check.classesOk())
            error("password", "classes",
                  windows ? tr("A Windows password mixes at least three of: lower-case letters, upper-case letters, "
                               "digits and special characters.")
                          : tr("A Linux password mixes at least two of: letters, digits and special characters."));
    }
    if (o.keyIds.size() > 1)
        error("keyId", "one", tr("API 2.0 logs in with one SSH key at most."));
    if (!keyId.isEmpty()) {
        if (windows)
            error("keyId", "notWindows", tr("Windows instances cannot log in with an SSH key; use a password."));
        else if (!o.password.isEmpty())
            error("keyId", "exclusive", tr("Choose either a password or an SSH key, not both."));
        else if (!hasPrefixAndId(keyId, "skey-"_L1))
            error("keyId", "format", tr("A key id looks like skey-3glfot13: \"skey-\" then lower-case letters and digits."));
    }

    // Options
    zeroOrOne("needSecurityAgent", o.needSecurityAgent);
    zeroOrOne("needMonitorAgent", o.needMonitorAgent);
    if (o.projectId < 0)
        error("projectId", "range", tr("Project id must be 0 (default project) or a positive number."));
    if (o.goodsNum < 1 || o.goodsNum > maxInstanceCount())
        error("goodsNum", "range", tr("Quantity must be 1 to 100 instances."));
    if (o.instanceName.size() > maxInstanceNameLength())
        error("instanceName", "length", tr("An instance name has at most 60 characters (this one has %1).").arg(o.instanceName.size()));
    if (o.clientToken.size() > 64 ||
        std::any_of(o.clientToken.cbegin(), o.clientToken.cend(), [](QChar c) { return c.unicode() < 0x21 || c.unicode() > 0x7e; }))
        error("clientToken", "format", tr("A client token has at most 64 printable ASCII characters."));
    return problems;
}
