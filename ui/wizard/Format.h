#pragma once

#include <QDateTime>
#include <QString>

// Quantities as the UI writes them, in the user's locale and language.
namespace Format {
QString cores(int count);
QString gigabytes(int count);
QString instances(int count);
QString hourlyPrice(double yuan);
QString dailyPrice(double yuan);
QString monthlyPrice(double yuan); // per 30 days
QString perGbPrice(double yuan);
QString price(double yuan);
// A moment in the user's time zone: the time alone when it is today, else the date and time.
QString moment(const QDateTime &time);
// The catalog's English or Chinese text, following the UI language.
QString localized(const QString &english, const QString &chinese);
// A zone's name from the catalog in the UI language, or the given fallback (the API's own name, or the id).
QString zoneName(int zoneId, const QString &fallback = {});
// An order's zone for people: the catalog's name of a numeric zone id, else the zone as the order names it.
QString zoneName(const QString &zone);
} // namespace Format
