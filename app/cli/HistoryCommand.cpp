#include "cli/HistoryCommand.h"

#include "api/ServerText.h"
#include "cli/Cli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

int HistoryCommand::run(const PurchaseJournal::Filter &filter, bool json, QTextStream &out, QTextStream &err)
{
    const PurchaseJournal history;
    for (const QString &warning : history.warnings())
        err << "cvm-purchaser-cli: " << tr("warning: %1").arg(warning) << '\n';
    for (const QString &problem : history.problems())
        err << "cvm-purchaser-cli: " << problem << '\n';
    if (!history.isUsable()) {
        if (history.problems().isEmpty())
            err << "cvm-purchaser-cli: " << history.lastError() << '\n';
        err.flush();
        return Cli::UsageError;
    }
    const QList<PurchaseJournal::Summary> found = history.summaries(filter);
    for (const PurchaseJournal::Summary &s : found) {
        if (json) {
            // CONTRACTS.md's object, one per line.
            const QJsonObject object{
                {u"clientToken"_s, s.clientToken},
                {u"time"_s, s.time.toUTC().toString(Qt::ISODateWithMs)},
                {u"api"_s, s.api},
                {u"region"_s, s.region},
                {u"zone"_s, s.zone},
                {u"instanceType"_s, s.instanceType},
                {u"count"_s, s.count},
                {u"state"_s, s.state},
                {u"instanceIds"_s, QJsonArray::fromStringList(s.instanceIds)},
            };
            out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        } else {
            QStringList ids;
            for (const QString &id : s.instanceIds)
                ids.append(ServerText::shown(id));
            out << s.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << "  " << s.state.leftJustified(13)
                << ' ' << tr("API %1").arg(s.api) << "  " << s.instanceType << " × " << s.count << "  "
                << s.zone << "  " << ServerText::shown(s.clientToken);
            if (!ids.isEmpty())
                out << "  " << ids.join(u", "_s);
            out << '\n';
        }
        if (!s.damage.isEmpty())
            err << "cvm-purchaser-cli: "
                << tr("purchase %1 (clientToken %2) is damaged and is never sent again: %3")
                       .arg(s.id, ServerText::shown(s.clientToken), s.damage)
                << '\n';
    }
    if (found.isEmpty() && !json)
        err << "cvm-purchaser-cli: " << tr("No purchase in the history matches.") << '\n';
    out.flush();
    err.flush();
    return Cli::Success;
}
