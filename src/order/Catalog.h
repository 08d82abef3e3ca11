#pragma once

#include <QList>
#include <QMap>
#include <QString>

// The built-in catalog (resources/catalog.json, compiled in): regions and
// zones, instance types with their sold CPU:memory combinations, disk types
// and their data disk limits.
class Catalog final
{
public:
    struct Zone
    {
        int id = 0;
        QString nameEn;
        QString nameZh;
        QString name() const { return localized(nameEn, nameZh); }
    };
    struct Region
    {
        QString code;
        QString nameEn;
        QString nameZh;
        QList<Zone> zones;
        QString name() const { return localized(nameEn, nameZh); }
    };
    struct InstanceType
    {
        QString id;
        QString descriptionEn;
        QString descriptionZh;
        QList<int> storageTypes;
        QMap<int, QList<int>> memoryByCpu; // cores -> memory choices in GB, ascending
    };
    struct StorageType
    {
        int id = 0;
        QString nameEn;
        QString nameZh;
        int dataMin = 0;
        int dataMax = 0;
        QString name() const { return localized(nameEn, nameZh); }
    };

    // The catalog's Chinese text when the program speaks Chinese (QLocale's default, which the
    // translations set), else its English text.
    static QString localized(const QString &english, const QString &chinese);

    // The catalog compiled into the binary, parsed once on first use.
    static const Catalog &builtIn();
    // Parses catalog JSON; returns an empty catalog and sets *error when it is malformed.
    static Catalog fromJson(const QByteArray &json, QString *error = nullptr);

    const QList<Region> &regions() const { return m_regions; }
    const QList<InstanceType> &instanceTypes() const { return m_instanceTypes; }
    const QList<StorageType> &storageTypes() const { return m_storageTypes; }

    const Region *region(const QString &code) const;
    const InstanceType *instanceType(const QString &id) const;
    const StorageType *storageType(int id) const;
    // The region a zone belongs to, or an empty string for an unknown zone.
    QString regionOfZone(int zoneId) const;

private:
    QList<Region> m_regions;
    QList<InstanceType> m_instanceTypes;
    QList<StorageType> m_storageTypes;
};
