// API 3.0's order rules: what RunInstances refuses, said before anything is sent.
#include "protocol/v3/V3Protocol.h"

#include "order/Catalog.h"
#include "protocol/v3/V3Values.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace V3Values;

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
    if (o.goodsNum < 1 || o.goodsNum > 100)
        error("count", "range", tr("Quantity must be 1 to 100 instances."));
    if (o.instanceName.size() > 60)
        error("instanceName", "length",
              tr("An instance name has at most 60 characters (this one has %1).").arg(o.instanceName.size()));
    if (o.clientToken.size() > 64 || std::any_of(o.clientToken.cbegin(), o.clientToken.cend(), [](QChar c) {
            return c.unicode() < 0x21 || c.unicode() > 0x7e;
        }))
        error("clientToken", "format", tr("A client token has at most 64 printable ASCII characters."));
    return problems;
}
