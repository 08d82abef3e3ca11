// API 3.0's order rules: what RunInstances refuses, said before anything is sent.
#include "order/Catalog.h"
#include "order/NamePattern.h"
#include "protocol/v3/V3Protocol.h"
#include "protocol/v3/V3Values.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace V3Values;

namespace {
void refuse(QList<FieldProblem> *problems, const char *field, const char *rule, const QString &message)
{
    problems->append(
        {QLatin1StringView(field), QLatin1StringView(rule), message, FieldProblem::Severity::Error});
}
} // namespace

// HostName (PROTOCOL.md section 11), checked on the names the cloud makes of it: each {IP} counted as the
// longest private address, the numbers and suffixes of the order's count.
void V3Protocol::validateHostName(const PurchaseOrder &o, QList<FieldProblem> *problems)
{
    const QString hostName = ownText(o, "hostName"_L1);
    if (hostName.isEmpty())
        return;
    const bool windows = o.osFamily == PurchaseOrder::OsFamily::Windows;
    if (windows && hostName.contains("{IP}"_L1)) {
        refuse(problems, "hostName", "ipOnWindows",
               tr("A Windows host name has no dots, so it cannot hold {IP}."));
        return;
    }
    const int count = std::clamp(o.goodsNum, 1, kMaxInstances);
    const QStringList names =
        NamePattern::hostNames(hostName, count, QStringList(count, u"255.255.255.255"_s));
    static const QRegularExpression linuxCharacters(u"^[A-Za-z0-9.-]*$"_s);
    static const QRegularExpression windowsCharacters(u"^[A-Za-z0-9-]*$"_s);
    static const QRegularExpression doubled(u"[.-]{2}"_s);
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    const int maxLength = windows ? 15 : 60;
    for (const QString &name : names) {
        if (!(windows ? windowsCharacters : linuxCharacters).match(name).hasMatch()) {
            refuse(problems, "hostName", "characters",
                   windows ? tr("A Windows host name holds letters, digits and \"-\" only.")
                           : tr("A Linux host name holds letters, digits, \"-\" and \".\" only."));
            return;
        }
        if (name.size() < 2 || name.size() > maxLength) {
            refuse(problems, "hostName", "length",
                   tr("A %1 host name has 2 to %2 characters (\"%3\" makes one of %4).")
                       .arg(windows ? u"Windows"_s : u"Linux"_s)
                       .arg(maxLength)
                       .arg(hostName)
                       .arg(name.size()));
            return;
        }
        if (name.startsWith(u'.') || name.startsWith(u'-') || name.endsWith(u'.') || name.endsWith(u'-')) {
            refuse(problems, "hostName", "edges",
                   tr("A host name neither starts nor ends with \".\" or \"-\"."));
            return;
        }
        if (doubled.match(name).hasMatch()) {
            refuse(problems, "hostName", "doubled",
                   tr("\".\" and \"-\" never come twice in a row in a host name."));
            return;
        }
        if (windows && digits.match(name).hasMatch()) {
            refuse(problems, "hostName", "allDigits", tr("A Windows host name is not all digits."));
            return;
        }
    }
}

// Tags (PROTOCOL.md section 11): the cloud's limits, and the purchase token's key kept for the program.
void V3Protocol::validateTags(const PurchaseOrder &o, QList<FieldProblem> *problems)
{
    const QJsonObject all = tags(o);
    if (all.size() > kMaxTags)
        refuse(problems, "tags", "count",
               tr("An instance has at most %1 tags (this order has %2).").arg(kMaxTags).arg(all.size()));
    else if (all.size() == kMaxTags)
        problems->append({u"tags"_s, u"noTokenTag"_s,
                          tr("With %1 tags the instances have no room for the purchase's own tag (%2), so if "
                             "the cloud's answer to the purchase is lost they cannot be found by it; %3 tags "
                             "leave room.")
                              .arg(kMaxTags)
                              .arg(QLatin1StringView(kPurchaseTokenTag))
                              .arg(kMaxTags - 1),
                          FieldProblem::Severity::Warning});
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QString key = it.key();
        const QString value = it.value().toString();
        const auto control = [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; };
        if (key.isEmpty() || key.size() > kMaxTagKey) {
            refuse(problems, "tags", "keyLength", tr("A tag key has 1 to %1 characters.").arg(kMaxTagKey));
        } else if (value.size() > kMaxTagValue) {
            refuse(problems, "tags", "valueLength",
                   tr("The value of tag \"%1\" has more than %2 characters.").arg(key).arg(kMaxTagValue));
        } else if (std::any_of(key.cbegin(), key.cend(), control) ||
                   std::any_of(value.cbegin(), value.cend(), control)) {
            refuse(problems, "tags", "characters",
                   tr("Tag \"%1\" holds a control character; only printable text is allowed.").arg(key));
        } else if (std::any_of(
                       std::begin(kReservedTagPrefixes), std::end(kReservedTagPrefixes),
                       [&](const char *prefix) { return key.startsWith(QLatin1StringView(prefix)); })) {
            refuse(
                problems, "tags", "reserved",
                tr("A tag key does not start with %1 (\"%2\" does).").arg(joined(kReservedTagPrefixes), key));
        } else if (key == QLatin1StringView(kPurchaseTokenTag)) {
            refuse(problems, "tags", "reserved",
                   tr("The tag key \"%1\" is the program's own: it tags every purchase with it.").arg(key));
        } else {
            continue;
        }
        return;
    }
}

namespace {
std::function<qint64()> &terminateClock()
{
    static std::function<qint64()> c;
    return c;
}
} // namespace

void V3Protocol::setClock(std::function<qint64()> c)
{
    terminateClock() = std::move(c);
}

qint64 V3Protocol::now()
{
    return terminateClock() ? terminateClock()() : QDateTime::currentSecsSinceEpoch();
}

// terminateAt (CONTRACTS.md): a time with a zone, at least 5 minutes after now, for the cloud refuses a
// timer closer than that.
void V3Protocol::validateTerminateAt(const PurchaseOrder &o, QList<FieldProblem> *problems)
{
    const QString text = ownText(o, "terminateAt"_L1);
    if (text.isEmpty())
        return;
    QDateTime time;
    switch (readZonedTime(text, &time)) {
    case ZonedTime::Format:
        refuse(problems, "terminateAt", "format",
               tr("terminateAt is a time like 2026-12-08T18:00:00+08:00 (\"%1\" is not one).").arg(text));
        return;
    case ZonedTime::NoZone:
        refuse(problems, "terminateAt", "zone",
               tr("terminateAt needs a time zone, such as +08:00 or Z (\"%1\" has none).").arg(text));
        return;
    case ZonedTime::Ok:
        break;
    }
    if (time.toSecsSinceEpoch() < now() + kMinTerminateLeadSeconds)
        refuse(problems, "terminateAt", "tooSoon",
               tr("terminateAt must be at least 5 minutes from now (%1 is not).").arg(text));
}

QList<FieldProblem> V3Protocol::validate(const PurchaseOrder &o, const Catalog &) const
{
    QList<FieldProblem> problems;
    auto error = [&](const char *field, const char *rule, const QString &message) {
        problems.append(
            {QLatin1StringView(field), QLatin1StringView(rule), message, FieldProblem::Severity::Error});
    };
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
        error("imageId", "required", tr("Choose an image."));
    else if (!isIdOf(o.imageId, "img-"_L1))
        error("imageId", "format",
              tr("An image id looks like img-31tjrtph: \"img-\" then lower-case letters and digits."));

    // Disks
    if (!isOneOf(o.systemDisk.type, kDiskTypes))
        error("systemDisk", "type", tr("The system disk type must be one of %1.").arg(joined(kDiskTypes)));
    const int systemMin = windows ? 50 : 20;
    if (o.systemDisk.size < systemMin || o.systemDisk.size > 1024)
        error("systemDisk", "size",
              windows ? tr("A Windows system disk has 50 to 1024 GB.")
                      : tr("A Linux system disk has 20 to 1024 GB."));
    if (o.dataDisks.size() > kMaxDataDisks)
        error("dataDisks", "count", tr("An instance has at most %1 data disks.").arg(kMaxDataDisks));
    if (std::count_if(o.dataDisks.cbegin(), o.dataDisks.cend(),
                      [](const PurchaseOrder::Disk &d) { return isOneOf(d.type, kLocalDiskTypes); }) > 1)
        error("dataDisks", "oneLocal",
              tr("An instance has at most one local data disk (%1).").arg(joined(kLocalDiskTypes)));
    for (const PurchaseOrder::Disk &d : o.dataDisks) {
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
    if (o.bandwidth < 0 || o.bandwidth > kMaxBandwidth)
        error("bandwidth", "range", tr("Bandwidth must be 0 to %1 Mbps.").arg(kMaxBandwidth));
    if (o.wanIp != 0 && o.wanIp != 1)
        error("publicIp", "flag", tr("publicIp must be true or false."));
    if (o.wanIp == 1 && o.bandwidth == 0)
        problems.append(
            {u"publicIp"_s, u"needsBandwidth"_s,
             tr("With 0 Mbps of bandwidth no public IP is assigned; the API's default bandwidth is 0."),
             FieldProblem::Severity::Warning});
    if (!o.vpcId.isEmpty() && o.subnetId.isEmpty())
        error("subnetId", "withVpc", tr("A VPC needs a subnet id too."));
    if (o.vpcId.isEmpty() && !o.subnetId.isEmpty())
        error("vpcId", "withSubnet", tr("A subnet needs its VPC id too."));
    // The ids' format is both APIs' (OrderValidator).
    const QStringList groups = securityGroupIds(o);
    if (groups.size() > kMaxSecurityGroups)
        error("securityGroupIds", "count",
              tr("An instance joins at most %1 security groups (this order names %2).")
                  .arg(kMaxSecurityGroups)
                  .arg(groups.size()));
    for (const QString &id : groups) {
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
                  tr("The password contains characters that are not allowed: %1. Use letters, digits and %2")
                      .arg(OrderValidator::describeCharacters(check.invalidCharacters), policy.specials));
        if (!check.lengthOk)
            error("password", "length",
                  windows ? tr("A Windows password has 12 to 30 characters.")
                          : tr("A Linux password has 8 to 30 characters."));
        if (!check.classesOk())
            error("password", "classes",
                  windows
                      ? tr("A Windows password mixes at least three of: lower-case letters, upper-case "
                           "letters, "
                           "digits and special characters.")
                      : tr("A Linux password mixes at least two of: lower-case letters, upper-case letters, "
                           "digits and special characters."));
    }
    if (!o.keyIds.isEmpty()) {
        if (windows)
            error("keyIds", "notWindows",
                  tr("Windows instances cannot log in with an SSH key; use a password."));
        else if (!o.password.isEmpty())
            error("keyIds", "exclusive", tr("Choose either a password or an SSH key, not both."));
        else if (o.keyIds.size() > 1)
            error("keyIds", "one",
                  tr("RunInstances takes one SSH key per purchase (this order names %1).").arg(o.keyIds.size()));
        else if (!std::all_of(o.keyIds.cbegin(), o.keyIds.cend(),
                              [](const QString &k) { return isIdOf(k, "skey-"_L1); }))
            error("keyIds", "format",
                  tr("A key id looks like skey-3glfot13: \"skey-\" then lower-case letters and digits."));
    }

    // Options
    if (o.projectId < 0)
        error("projectId", "range", tr("Project id must be 0 (default project) or a positive number."));
    if (o.goodsNum < 1 || o.goodsNum > maxInstanceCount())
        error("count", "range", tr("Buy 1 to %1 instances at a time.").arg(kMaxInstances));
    if (o.instanceName.size() > kMaxInstanceName)
        error("instanceName", "length",
              tr("An instance name has at most %1 characters, patterns included (this one has %2).")
                  .arg(kMaxInstanceName)
                  .arg(o.instanceName.size()));
    validateHostName(o, &problems);
    validateTags(o, &problems);
    validateTerminateAt(o, &problems);
    if (const QString userData = ownText(o, "userData"_L1); !userData.isEmpty()) {
        const qsizetype encoded = userData.toUtf8().toBase64().size();
        if (encoded > kMaxUserDataBase64)
            error("userData", "size",
                  tr("The start-up script (userData) takes at most 16 KiB once base64-encoded (this one "
                     "takes %1 "
                     "bytes).")
                      .arg(encoded));
    }
    if (o.clientToken.size() > 64 || std::any_of(o.clientToken.cbegin(), o.clientToken.cend(), [](QChar c) {
            return c.unicode() < 0x21 || c.unicode() > 0x7e;
        }))
        error("clientToken", "format", tr("A client token has at most 64 printable ASCII characters."));
    return problems;
}

int V3Protocol::maxSecurityGroups() const
{
    return kMaxSecurityGroups;
}

int V3Protocol::maxInstanceCount() const
{
    return kMaxInstances;
}

int V3Protocol::maxInstanceNameLength() const
{
    return kMaxInstanceName;
}
