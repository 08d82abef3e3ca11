// API 3.0 order templates (CONTRACTS.md, "Order template for API 3.0").
#include "protocol/v3/V3Protocol.h"

#include "protocol/v3/V3Values.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace V3Values;

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

    auto disk = [&](const QString &key, const QJsonValue &value, PurchaseOrder::Disk *out) {
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
            PurchaseOrder::Disk d;
            read = disk(key, value, &d);
            if (read) {
                o->systemDisk.type = d.type;
                o->systemDisk.size = d.size;
            }
        } else if (key == "dataDisks"_L1) {
            // Each disk as the system disk, and optionally "deleteWithInstance": true or false.
            QList<PurchaseOrder::Disk> disks;
            QJsonArray deleteFlags;
            read = value.isArray();
            for (const QJsonValue &item : value.toArray()) {
                QJsonObject d = item.toObject();
                const QJsonValue flag = d.take("deleteWithInstance"_L1);
                if (!flag.isUndefined() && !flag.isBool()) {
                    refuse(key, "type", tr("%1: deleteWithInstance must be true or false.").arg(key));
                    read = false;
                    break;
                }
                PurchaseOrder::Disk parsed;
                read = read && disk(key, item.isObject() ? QJsonValue(d) : item, &parsed);
                disks.append(parsed);
                deleteFlags.append(flag.isBool() ? flag : QJsonValue());
            }
            if (!value.isArray())
                refuse(key, "type", tr("%1 must be a list of disks.").arg(key));
            if (read) {
                o->dataDisks = disks;
                setOwn(*o, "deleteWithInstance"_L1, deleteFlags);
            }
        } else if (key == "tags"_L1) {
            const QJsonObject tagObject = value.toObject();
            read = value.isObject() && std::all_of(tagObject.begin(), tagObject.end(),
                                                   [](const QJsonValue &v) { return v.isString(); });
            if (read)
                setOwn(*o, "tags"_L1, tagObject);
            else
                refuse(key, "type", tr("%1 must be an object of texts, like {\"team\": \"ops\"}.").arg(key));
        } else if (key == "hostName"_L1 || key == "userData"_L1 || key == "terminateAt"_L1) {
            read = value.isString();
            if (read)
                setOwn(*o, key, value);
            else
                refuse(key, "type", tt("%1 must be a string.").arg(key));
        } else if (key == "disableApiTermination"_L1) {
            read = value.isBool();
            if (read)
                setOwn(*o, "disableApiTermination"_L1, value);
            else
                refuse(key, "type", tr("%1 must be true or false.").arg(key));
        } else if (key == "keyIds"_L1) {
            read = strings(key, value, &o->keyIds);
        } else if (key == "securityGroupIds"_L1) {
            QStringList groups;
            read = strings(key, value, &groups);
            setSecurityGroupIds(*o, groups);
        } else {
            refuse(key, "unknown", tt("\"%1\" is not a template key.").arg(key));
            read = false;
        }
        if (read)
            presentKeys->append(key);
    }
    // Windows needs a bigger system disk; the API's default follows.
    if (o->osFamily == PurchaseOrder::OsFamily::Windows && !presentKeys->contains("systemDisk"_L1))
        o->systemDisk.size = std::max(o->systemDisk.size, 50);
}

QList<QPair<QByteArray, QJsonValue>> V3Protocol::templateKeys(const PurchaseOrder &o) const
{
    QList<QPair<QByteArray, QJsonValue>> keys{
        {"region", o.region},
        {"zone", o.zone},
        {"instanceType", o.instanceType},
        {"imageId", o.imageId},
        {"osFamily", PurchaseOrder::osFamilyName(o.osFamily)},
        {"systemDisk", QJsonObject{{"type"_L1, o.systemDisk.type}, {"size"_L1, o.systemDisk.size}}},
        {"dataDisks", dataDiskArray(o, "type", "size", "deleteWithInstance")},
        {"vpcId", o.vpcId},
        {"subnetId", o.subnetId},
        {"internetChargeType", o.internetChargeType},
        {"bandwidth", o.bandwidth},
        {"publicIp", o.wanIp == 1},
        {"keyIds", stringArray(o.keyIds)},
        {"securityGroupIds", stringArray(securityGroupIds(o))},
        {"securityService", o.needSecurityAgent == 1},
        {"monitorService", o.needMonitorAgent == 1},
        {"projectId", o.projectId},
        {"count", o.goodsNum},
        {"instanceName", o.instanceName},
    };
    // The settings only admins use are written when they are set, so that a plain order stays short.
    for (const char *key : {"hostName", "userData", "tags", "terminateAt", "disableApiTermination"})
        if (o.own.contains(QLatin1StringView(key)))
            keys.append({key, o.own.value(QLatin1StringView(key))});
    return keys;
}
