#include "order/OrderTemplate.h"

#include "order/Catalog.h"
#include "protocol/ApiProtocol.h"
#include "protocol/TemplateValues.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
// Keys a template may never hold, compared case-insensitively.
const QSet<QString> &secretKeys()
{
    static const QSet<QString> keys{u"password"_s, u"secretid"_s, u"secretkey"_s, u"token"_s, u"sessiontoken"_s};
    return keys;
}

bool isInteger(const QJsonValue &v)
{
    return TemplateValues::isInteger(v);
}
} // namespace

OrderTemplate::ReadResult OrderTemplate::readFile(const QString &path)
{
    ReadResult result;
    auto refuse = [&](const char *rule, const QString &message) {
        result.problems.append({u"template"_s, QLatin1StringView(rule), message, FieldProblem::Severity::Error});
        return result;
    };
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return refuse("notFile", tr("%1 is not a regular file; a template is a JSON file.").arg(path));
    if (info.size() > kMaxFileBytes)
        return refuse("tooLarge", tr("%1 is larger than %2 KiB; a template is a small JSON file.")
                                      .arg(path)
                                      .arg(kMaxFileBytes / 1024));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse("unreadable", tr("cannot read %1: %2").arg(path, file.errorString()));
    // Read with a bound too: the file may grow between the check and the read.
    const QByteArray json = file.read(kMaxFileBytes + 1);
    if (json.size() > kMaxFileBytes)
        return refuse("tooLarge", tr("%1 is larger than %2 KiB; a template is a small JSON file.")
                                      .arg(path)
                                      .arg(kMaxFileBytes / 1024));
    if (file.error() != QFileDevice::NoError)
        return refuse("unreadable", tr("cannot read %1: %2").arg(path, file.errorString()));
    return read(json);
}

OrderTemplate::ReadResult OrderTemplate::read(const QByteArray &json)
{
    ReadResult result;
    auto refuse = [&](const QString &key, const char *rule, const QString &message) {
        result.problems.append({key, QLatin1StringView(rule), message, FieldProblem::Severity::Error});
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        refuse(u"template"_s, "json",
               tr("The template is not valid JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset));
        return result;
    }
    if (!doc.isObject()) {
        refuse(u"template"_s, "object", tr("A template is a JSON object."));
        return result;
    }
    const QJsonObject root = doc.object();

    const QJsonValue schema = root.value("schema"_L1);
    if (schema.isUndefined())
        refuse(u"schema"_s, "required", tr("The \"schema\" key is missing; a CVM Purchaser template has \"schema\": 1."));
    else if (!isInteger(schema) || schema.toInt() != 1)
        refuse(u"schema"_s, "version", tr("Only template schema 1 is understood."));

    const QJsonValue api = root.value("api"_L1);
    const ApiProtocol *protocol = api.isUndefined() ? &ApiProtocol::assumed()
                                                    : ApiProtocol::forName(api.toString());
    if (!protocol) {
        refuse(u"api"_s, "version", tr("\"api\" must be \"2.0\" (or left out) or \"3.0\"."));
        return result;
    }
    result.order = protocol->newOrder();
    QJsonObject protocolKeys;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == "schema"_L1 || key == "api"_L1)
            continue;
        if (secretKeys().contains(key.toLower())) {
            refuse(key, "secret",
                   tr("A template never holds a password or credentials; remove \"%1\" and give it when you "
                      "purchase.")
                       .arg(key));
            continue;
        }
        if (key == "clientToken"_L1) {
            refuse(key, "clientToken",
                   tr("A template holds no client token: every purchase from it gets a fresh one, or a replay "
                      "would return the old instances instead of buying."));
            continue;
        }
        protocolKeys.insert(key, value);
    }
    QStringList presentKeys;
    protocol->readTemplate(protocolKeys, &result.order, &result.problems, &presentKeys);

    // Values out of range: the validator's judgement, for the keys this template sets.
    // Omitted required keys (zone, cpu...) are left for OrderValidator to report in context, and so is a time
    // too close to now (terminateAt): that says when the order may be sent, not whether it can be read, and a
    // purchase history reads its orders back long after they were sent.
    const QList<FieldProblem> problems = OrderValidator(Catalog::builtIn()).validate(result.order);
    for (const FieldProblem &p : problems)
        if (p.isError() && p.rule != "required"_L1 && p.rule != "tooSoon"_L1 && presentKeys.contains(p.field))
            result.problems.append(p);
    return result;
}

QByteArray OrderTemplate::write(const PurchaseOrder &order)
{
    // QJsonObject sorts its keys; write by hand to keep the documented order.
    QByteArray out = "{\n  \"schema\": 1";
    auto add = [&out](const char *key, const QJsonValue &value) {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out += ",\n  \"" + QByteArray(key) + "\": " + array.mid(1, array.size() - 2);
    };
    const ApiProtocol &protocol = ApiProtocol::forApi(order.api);
    if (!protocol.isAssumedWhenUnsaid())
        add("api", protocol.name());
    for (const auto &[key, value] : protocol.templateKeys(order))
        add(key.constData(), value);
    out += "\n}\n";
    return out;
}
