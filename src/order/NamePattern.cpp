#include "order/NamePattern.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
const QRegularExpression &numberPattern()
{
    static const QRegularExpression re(u"\\{R:([0-9]{1,9})(?:,F:([0-8]))?\\}"_s);
    return re;
}

QString numbered(const QString &pattern, qint64 index)
{
    QString out;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &m : numberPattern().globalMatch(pattern)) {
        out += QStringView(pattern).mid(from, m.capturedStart() - from);
        const qint64 number = m.captured(1).toLongLong() + index;
        out += QString::number(number).rightJustified(m.captured(2).toInt(), u'0');
        from = m.capturedEnd();
    }
    return out + QStringView(pattern).mid(from);
}

QStringList expand(const QString &pattern, int count, bool hostName, const QStringList &privateIps)
{
    QStringList names;
    const bool patterned = NamePattern::hasPattern(pattern, hostName);
    for (int i = 0; i < count; ++i) {
        QString name = patterned || count == 1 ? numbered(pattern, i) : pattern + QString::number(i + 1);
        if (hostName && i < privateIps.size())
            name.replace("{IP}"_L1, privateIps.at(i));
        names.append(name);
    }
    return names;
}
} // namespace

QStringList NamePattern::instanceNames(const QString &pattern, int count)
{
    return expand(pattern, count, false, {});
}

QStringList NamePattern::hostNames(const QString &pattern, int count, const QStringList &privateIps)
{
    return expand(pattern, count, true, privateIps);
}

bool NamePattern::hasPattern(const QString &text, bool hostName)
{
    return numberPattern().match(text).hasMatch() || (hostName && text.contains("{IP}"_L1));
}
