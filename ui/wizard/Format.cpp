#include "Format.h"

#include "Catalog.h"

#include <QCoreApplication>
#include <QLocale>

namespace Format {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Format", text);
}
} // namespace

// Whole sentences per count rather than "(s)": readable without an English translation file.
QString cores(int count)
{
    return count == 1 ? tr("1 core") : tr("%1 cores").arg(QLocale().toString(count));
}

QString gigabytes(int count)
{
    return tr("%1 GB").arg(QLocale().toString(count));
}

QString instances(int count)
{
    return count == 1 ? tr("1 instance") : tr("%1 instances").arg(QLocale().toString(count));
}

QString hourlyPrice(double yuan)
{
    return tr("¥%1/hour").arg(QLocale().toString(yuan, 'f', 2));
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
} // namespace Format
