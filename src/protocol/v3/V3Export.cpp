// API 3.0 orders handed off to other tools (issue 18): the official SDKs' RunInstances request and a
// Terraform tencentcloud_instance resource. Neither holds a password or the purchase's client token.
#include "order/NamePattern.h"
#include "protocol/v3/V3Protocol.h"
#include "protocol/v3/V3Values.h"

using namespace Qt::StringLiterals;
using namespace V3Values;

namespace {
// A string literal of HCL: escapes as JSON's, and "${" and "%{" doubled so that nothing is interpolated.
QString hclString(const QString &text)
{
    QString out = u"\""_s;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool opensTemplate = (c == u'$' || c == u'%') && i + 1 < text.size() && text.at(i + 1) == u'{';
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += "\\n"_L1;
        else if (c == u'\r')
            out += "\\r"_L1;
        else if (c == u'\t')
            out += "\\t"_L1;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        else if (opensTemplate)
            out += QString(c) + c;
        else
            out += c;
    }
    return out + u'"';
}

QString hclList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(hclString(item));
    return u'[' + quoted.join(", "_L1) + u']';
}

QString hclBool(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

// A resource name Terraform accepts (letters, digits, "_" and "-", not starting with a digit or "-"), from
// the instance name without its numbering patterns; "cvm" when nothing is left.
QString resourceName(const QString &instanceName)
{
    static const QRegularExpression pattern(u"\\{[^{}]*\\}"_s);
    static const QRegularExpression other(u"[^A-Za-z0-9_-]+"_s);
    QString name = QString(instanceName).remove(pattern).replace(other, u"_"_s);
    while (!name.isEmpty() && (name.front() == u'-' || name.front() == u'_' || name.front().isDigit()))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.back() == u'-' || name.back() == u'_'))
        name.chop(1);
    return name.isEmpty() ? u"cvm"_s : name;
}

// What the names of the order's instances are in RunInstances: "web-01 … web-03".
QString namesInWords(const QStringList &names)
{
    return names.size() == 1 ? names.first() : names.first() + u" … "_s + names.last();
}
} // namespace

QJsonObject V3Protocol::sdkRequestBody(const PurchaseOrder &order) const
{
    // The SDK user adds a client token of their own, and logs in with the key pairs or the password the
    // cloud generates; runInstances() adds the purchase's token tag only with a client token.
    PurchaseOrder handedOff = order;
    handedOff.password.clear();
    handedOff.clientToken.clear();
    return runInstances(handedOff).body;
}

QString V3Protocol::terraformResource(const PurchaseOrder &o) const
{
    QStringList notes;
    QStringList lines;
    auto set = [&lines](const char *argument, const QString &value) {
        lines.append(u"  %1 = %2"_s.arg(QLatin1StringView(argument), value));
    };

    notes.append(u"# Region %1: the provider's region."_s.arg(hclString(o.region)));
    notes.append(
        u"# No ClientToken: Terraform's state, not RunInstances' client token, keeps the instances "_s
        u"from being bought twice."_s);
    if (o.keyIds.isEmpty())
        notes.append(u"# No key_ids: the cloud generates each instance's password and sends it to the "_s
                     u"account's messages; no password is exported."_s);
    if (o.needSecurityAgent != 1)
        notes.append(u"# The order turns the security agent off (EnhancedService.SecurityService); this "_s
                     u"resource leaves it as the provider does."_s);
    if (o.needMonitorAgent != 1)
        notes.append(u"# The order turns the monitor agent off (EnhancedService.MonitorService); this "_s
                     u"resource leaves it as the provider does."_s);
    if (const QDateTime at = terminateAt(o); at.isValid())
        notes.append(
            u"# The order destroys the instances at %1 (ActionTimer); this resource has no such timer: "_s
            u"destroy them with terraform destroy."_s.arg(at.toUTC().toString(Qt::ISODate)));

    set("count", QString::number(o.goodsNum));
    set("instance_charge_type", hclString(u"POSTPAID_BY_HOUR"_s));
    set("availability_zone", hclString(o.zone));
    set("instance_type", hclString(o.instanceType));
    set("image_id", hclString(o.imageId));
    set("system_disk_type", hclString(o.systemDisk.type));
    set("system_disk_size", QString::number(o.systemDisk.size));
    for (qsizetype i = 0; i < o.dataDisks.size(); ++i) {
        const QJsonValue deleteFlag = deleteWithInstance(o, i);
        lines.append(u""_s);
        lines.append(u"  data_disks {"_s);
        lines.append(u"    data_disk_type = %1"_s.arg(hclString(o.dataDisks.at(i).type)));
        lines.append(u"    data_disk_size = %1"_s.arg(o.dataDisks.at(i).size));
        // Unset is the API's default, which is true.
        lines.append(u"    delete_with_instance = %1"_s.arg(hclBool(deleteFlag.toBool(true))));
        lines.append(u"  }"_s);
    }
    if (!o.dataDisks.isEmpty())
        lines.append(u""_s);
    if (!o.vpcId.isEmpty() || !o.subnetId.isEmpty()) {
        set("vpc_id", hclString(o.vpcId));
        set("subnet_id", hclString(o.subnetId));
    }
    if (const QStringList groups = securityGroupIds(o); !groups.isEmpty())
        set("orderly_security_groups", hclList(groups));
    set("internet_charge_type", hclString(o.internetChargeType));
    set("internet_max_bandwidth_out", QString::number(o.bandwidth));
    set("allocate_public_ip", hclBool(o.wanIp == 1));
    if (!o.keyIds.isEmpty())
        set("key_ids", hclList(o.keyIds));

    // Terraform buys each of its `count` instances alone: RunInstances' numbering of several instances
    // (a pattern, or 1…n appended) is not Terraform's.
    if (NamePattern::hasPattern(o.instanceName, false)) {
        notes.append(u"# instance_name %1 numbers the instances in RunInstances (%2); Terraform buys each "_s
                     u"alone, so it is left out: name them with count.index."_s.arg(
                         hclString(o.instanceName),
                         hclString(namesInWords(NamePattern::instanceNames(o.instanceName, o.goodsNum)))));
    } else if (!o.instanceName.isEmpty()) {
        if (o.goodsNum > 1)
            notes.append(
                u"# RunInstances would name the instances %1; Terraform gives each the name as it is."_s.arg(
                    hclString(namesInWords(NamePattern::instanceNames(o.instanceName, o.goodsNum)))));
        set("instance_name", hclString(o.instanceName));
    }
    if (const QString hostName = ownText(o, "hostName"_L1); NamePattern::hasPattern(hostName, true)) {
        notes.append(u"# hostname %1 numbers the instances or names their private IP in RunInstances; "_s
                     u"Terraform buys each alone, so it is left out."_s.arg(hclString(hostName)));
    } else if (!hostName.isEmpty()) {
        set("hostname", hclString(hostName));
    }
    if (const QString userData = ownText(o, "userData"_L1); !userData.isEmpty())
        set("user_data", hclString(QString::fromLatin1(userData.toUtf8().toBase64())));
    set("project_id", QString::number(o.projectId));
    set("disable_api_termination", hclBool(disableApiTermination(o)));
    if (const QJsonObject ownTags = tags(o); !ownTags.isEmpty()) {
        lines.append(u""_s);
        lines.append(u"  tags = {"_s);
        for (auto it = ownTags.begin(); it != ownTags.end(); ++it)
            lines.append(u"    %1 = %2"_s.arg(hclString(it.key()), hclString(it.value().toString())));
        lines.append(u"  }"_s);
    }
    if (lines.last().isEmpty())
        lines.removeLast();

    return notes.join(u'\n') +
           u"\nresource \"tencentcloud_instance\" %1 {\n"_s.arg(hclString(resourceName(o.instanceName))) +
           lines.join(u'\n') + u"\n}\n"_s;
}
