#include "protocol/InstanceSettings.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

bool InstanceSettings::supported(PurchaseOrder::Api api)
{
    return api == PurchaseOrder::Api::V3;
}

int InstanceSettings::maxDataDisks(PurchaseOrder::Api api)
{
    return supported(api) ? 21 : 1;
}

qsizetype InstanceSettings::userDataEncodedSize(const QString &script)
{
    return script.toUtf8().toBase64().size();
}

QList<QPair<QString, QString>> InstanceSettings::tagsOf(const PurchaseOrder &order)
{
    QList<QPair<QString, QString>> list;
    const QJsonObject object = order.own.value(QLatin1StringView("tags")).toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        list.append({it.key(), it.value().toString()});
    return list;
}

void InstanceSettings::setTags(PurchaseOrder *order, const QList<QPair<QString, QString>> &tags)
{
    QJsonObject object;
    for (const auto &[key, value] : tags)
        object.insert(key, value);
    order->setOwn(QStringLiteral("tags"), object);
}

QString InstanceSettings::hostNameOf(const PurchaseOrder &order)
{
    return order.own.value(QLatin1StringView("hostName")).toString();
}

void InstanceSettings::setHostName(PurchaseOrder *order, const QString &hostName)
{
    order->setOwn(QStringLiteral("hostName"), hostName);
}

QString InstanceSettings::userDataOf(const PurchaseOrder &order)
{
    return order.own.value(QLatin1StringView("userData")).toString();
}

void InstanceSettings::setUserData(PurchaseOrder *order, const QString &script)
{
    order->setOwn(QStringLiteral("userData"), script);
}

bool InstanceSettings::disablesApiTermination(const PurchaseOrder &order)
{
    return order.own.value(QLatin1StringView("disableApiTermination")).toBool(false);
}

void InstanceSettings::setDisableApiTermination(PurchaseOrder *order, bool on)
{
    order->setOwn(QStringLiteral("disableApiTermination"), on);
}

std::optional<bool> InstanceSettings::deleteWithInstanceOf(const PurchaseOrder &order, qsizetype index)
{
    const QJsonValue flag = order.own.value(QLatin1StringView("deleteWithInstance")).toArray().at(index);
    return flag.isBool() ? std::optional<bool>(flag.toBool()) : std::nullopt;
}

void InstanceSettings::setDeleteWithInstance(PurchaseOrder *order, qsizetype index, std::optional<bool> on)
{
    QJsonArray flags = order->own.value(QLatin1StringView("deleteWithInstance")).toArray();
    while (flags.size() <= index)
        flags.append(QJsonValue());
    flags.replace(index, on ? QJsonValue(*on) : QJsonValue());
    while (!flags.isEmpty() && flags.last().isNull())
        flags.removeLast();
    order->setOwn(QStringLiteral("deleteWithInstance"), flags);
}

void InstanceSettings::removeDataDisk(PurchaseOrder *order, qsizetype index)
{
    if (index < 0 || index >= order->dataDisks.size())
        return;
    order->dataDisks.removeAt(index);
    QJsonArray flags = order->own.value(QLatin1StringView("deleteWithInstance")).toArray();
    if (index < flags.size())
        flags.removeAt(index);
    while (!flags.isEmpty() && flags.last().isNull())
        flags.removeLast();
    order->setOwn(QStringLiteral("deleteWithInstance"), flags);
}
