#include "order/Catalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QList<int> intList(const QJsonArray &array)
{
    QList<int> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out.append(v.toInt());
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

QString Catalog::localized(const QString &english, const QString &chinese)
{
    return QLocale().language() == QLocale::Chinese && !chinese.isEmpty() ? chinese : english;
}

const Catalog &Catalog::builtIn()
{
    static const Catalog catalog = [] {
        QFile file(u":/cvm/catalog.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in catalog resource is missing from this build");
        QString error;
        Catalog c = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qFatal("The built-in catalog is malformed: %s", qPrintable(error));
        return c;
    }();
    return catalog;
}

Catalog Catalog::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return {};
    }
    const QJsonObject root = doc.object();
    Catalog c;
    for (const QJsonValue &rv : root.value("regions"_L1).toArray()) {
        const QJsonObject r = rv.toObject();
        Region region{r.value("code"_L1).toString(), r.value("en"_L1).toString(), r.value("zh"_L1).toString(), {}};
        for (const QJsonValue &zv : r.value("zones"_L1).toArray()) {
            const QJsonObject z = zv.toObject();
            region.zones.append({z.value("id"_L1).toInt(), z.value("en"_L1).toString(), z.value("zh"_L1).toString()});
        }
        c.m_regions.append(region);
    }
    for (const QJsonValue &tv : root.value("instanceTypes"_L1).toArray()) {
        const QJsonObject t = tv.toObject();
        InstanceType type{t.value("id"_L1).toString(), t.value("en"_L1).toString(), t.value("zh"_L1).toString(),
                          intList(t.value("storageTypes"_L1).toArray()), {}};
        const QJsonObject configs = t.value("configs"_L1).toObject();
        for (auto it = configs.begin(); it != configs.end(); ++it)
            type.memoryByCpu.insert(it.key().toInt(), intList(it.value().toArray()));
        c.m_instanceTypes.append(type);
    }
    for (const QJsonValue &sv : root.value("storageTypes"_L1).toArray()) {
        const QJsonObject s = sv.toObject();
        c.m_storageTypes.append({s.value("id"_L1).toInt(), s.value("en"_L1).toString(), s.value("zh"_L1).toString(),
                                 s.value("dataMin"_L1).toInt(), s.value("dataMax"_L1).toInt()});
    }
    if (c.m_regions.isEmpty() || c.m_instanceTypes.isEmpty() || c.m_storageTypes.isEmpty()) {
        if (error)
            *error = u"the catalog needs regions, instanceTypes and storageTypes"_s;
        return {};
    }
    return c;
}

const Catalog::Region *Catalog::region(const QString &code) const
{
    auto it = std::find_if(m_regions.cbegin(), m_regions.cend(), [&](const Region &r) { return r.code == code; });
    return it == m_regions.cend() ? nullptr : &*it;
}

const Catalog::InstanceType *Catalog::instanceType(const QString &id) const
{
    auto it = std::find_if(m_instanceTypes.cbegin(), m_instanceTypes.cend(),
                           [&](const InstanceType &t) { return t.id == id; });
    return it == m_instanceTypes.cend() ? nullptr : &*it;
}

const Catalog::StorageType *Catalog::storageType(int id) const
{
    auto it = std::find_if(m_storageTypes.cbegin(), m_storageTypes.cend(),
                           [&](const StorageType &s) { return s.id == id; });
    return it == m_storageTypes.cend() ? nullptr : &*it;
}

QString Catalog::regionOfZone(int zoneId) const
{
    for (const Region &r : m_regions)
        for (const Zone &z : r.zones)
            if (z.id == zoneId)
                return r.code;
    return {};
}
