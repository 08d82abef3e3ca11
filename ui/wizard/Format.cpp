#include "wizard/Format.h"

#include "order/Catalog.h"

#include <QCoreApplication>
#include <QLocale>

namespace Format {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Format", text, disambiguation, n);
}
} // namespace

// The count in the locale's digits (%Ln); the English singular and plural come from cvm-purchaser_en.ts.
QString cores(int count)
{
    return tr("%Ln core(s)", nullptr, count);
}

QString gigabytes(int count)
{
    return tr("%1 GB").arg(QLocale().toString(count));
}

QString instances(int count)
{
    return tr("%Ln instance(s)", nullptr, count);
}

QString hourlyPrice(double yuan)
{
    return tr("¥%1/hour").arg(QLocale().toString(yuan, 'f', 2));
}

QString price(double yuan)
{
    return tr("¥%1").arg(QLocale().toString(yuan, 'f', 2));
}

QString moment(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                : QLocale().toString(local, QLocale::ShortFormat);
}

QString dailyPrice(double yuan)
{
    return tr("¥%1/day").arg(QLocale().toString(yuan, 'f', 2));
}

QString monthlyPrice(double yuan)
{
    return tr("¥%1/30 days").arg(QLocale().toString(yuan, 'f', 2));
}

QString perGbPrice(double yuan)
{
    return tr("¥%1/GB").arg(QLocale().toString(yuan, 'f', 2));
}
QString localized(const QString &english, const QString &chinese)
{
    return QLocale().language() == QLocale::Chinese && !chinese.isEmpty() ? chinese : english;
}

QString zoneName(int zoneId, const QString &fallback)
{
    for (const Catalog::Region &r : Catalog::builtIn().regions())
        for (const Catalog::Zone &z : r.zones)
            if (z.id == zoneId)
                return localized(z.nameEn, z.nameZh);
    return fallback.isEmpty() ? QString::number(zoneId) : fallback;
}

QString zoneName(const QString &zone)
{
    // A numeric id ("100003") is one the built-in catalog can name; a zone name ("ap-guangzhou-3") says itself.
    bool numeric = false;
    const int id = zone.toInt(&numeric);
    return numeric ? zoneName(id, zone) : zone;
}
} // namespace Format
