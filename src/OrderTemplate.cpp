#include "OrderTemplate.h"

#include "Catalog.h"

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

const PurchaseOrder::Field *templateField(const QString &key)
{
    for (const PurchaseOrder::Field &f : PurchaseOrder::fields())
        if ((f.uses & PurchaseOrder::Field::Template) && key == QLatin1StringView(f.name))
            return &f;
    return nullptr;
}

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && d >= std::numeric_limits<int>::min() &&
           d <= std::numeric_limits<int>::max();
}
} // namespace

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
    if (!api.isUndefined() && api != QJsonValue(u"2.0"_s))
        refuse(u"api"_s, "version", tr("This version reads API 2.0 templates only (\"api\": \"2.0\" or no \"api\" key)."));

    QList<QString> presentKeys;
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
        if (key == "osFamily"_L1) {
            if (value == QJsonValue(u"linux"_s))
                result.order.osFamily = PurchaseOrder::OsFamily::Linux;
            else if (value == QJsonValue(u"windows"_s))
                result.order.osFamily = PurchaseOrder::OsFamily::Windows;
            else
                refuse(key, "known", tr("osFamily must be \"linux\" or \"windows\"."));
            continue;
        }
        const PurchaseOrder::Field *field = templateField(key);
        if (!field) {
            refuse(key, "unknown", tr("\"%1\" is not a template key.").arg(key));
            continue;
        }
        if (field->intMember) {
            if (!isInteger(value)) {
                refuse(key, "type", tr("%1 must be a whole number.").arg(key));
                continue;
            }
            result.order.*(field->intMember) = value.toInt();
        } else {
            if (!value.isString()) {
                refuse(key, "type", tr("%1 must be a string.").arg(key));
                continue;
            }
            result.order.*(field->stringMember) = value.toString();
        }
        presentKeys.append(key);
    }

    // The API's default system disk depends on the OS: 20 GB for Linux, a fixed 50 GB for Windows.
    if (result.order.osFamily == PurchaseOrder::OsFamily::Windows && !presentKeys.contains("rootSize"_L1))
        result.order.rootSize = 50;

    // Values out of range: the validator's judgement, for the keys this template sets.
    // Omitted required keys (zone, cpu...) are left for OrderValidator to report in context.
    const QList<FieldProblem> problems = OrderValidator(Catalog::builtIn()).validate(result.order);
    for (const FieldProblem &p : problems)
        if (p.isError() && p.rule != "required"_L1 && presentKeys.contains(p.field))
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
    for (const PurchaseOrder::Field &f : PurchaseOrder::fields()) {
        if (!(f.uses & PurchaseOrder::Field::Template))
            continue;
        if (f.intMember)
            add(f.name, order.*(f.intMember));
        else
            add(f.name, order.*(f.stringMember));
        if (QByteArrayView(f.name) == "imageType")
            add("osFamily", PurchaseOrder::osFamilyName(order.osFamily));
    }
    out += "\n}\n";
    return out;
}
