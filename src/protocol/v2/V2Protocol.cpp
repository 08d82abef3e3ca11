#include "protocol/v2/V2Protocol.h"

#include "api/CloudQueries.h"
#include "api/Endpoint.h"
#include "protocol/TemplateValues.h"
#include "protocol/v2/RequestBuilder.h"
#include "protocol/v2/Signer.h"
#include "protocol/v2/V2Replies.h"
#include "secrets/Redaction.h"

using namespace Qt::StringLiterals;

namespace {
const PurchaseOrder::Field *templateField(const QString &key)
{
    for (const PurchaseOrder::Field &f : PurchaseOrder::fields())
        if ((f.uses & PurchaseOrder::Field::Template) && key == QLatin1StringView(f.name))
            return &f;
    return nullptr;
}
} // namespace

QUrl V2Protocol::defaultUrl() const
{
    return QUrl(QString::fromLatin1(Endpoint::kDefaultUrl));
}

QUrl V2Protocol::urlForAction(const QUrl &endpointUrl, bool isDefaultEndpoint, const QString &action) const
{
    // DescribeImages lives on its own host; a custom endpoint serves every action.
    if (isDefaultEndpoint && action == "DescribeImages"_L1)
        return QUrl(QString::fromLatin1(Endpoint::kDefaultImageUrl));
    return endpointUrl;
}

EncodedRequest V2Protocol::encode(const ApiRequest &request, const QString &region,
                                  const Credentials &credentials, const QUrl &url, qint64 timestamp,
                                  quint32 nonce) const
{
    const ApiParams params = RequestBuilder::signedParams(request.action, region, request.params, credentials,
                                                          url, timestamp, nonce);
    return {url, {{"Content-Type", "application/x-www-form-urlencoded"}}, Signer::formEncode(params)};
}

ApiResult V2Protocol::parseReply(int httpStatus, const QByteArray &body) const
{
    return ApiResult::fromReply(httpStatus, body);
}

ApiRequest V2Protocol::runInstances(const PurchaseOrder &order) const
{
    return {u"RunInstancesHour"_s, RequestBuilder::runInstancesParams(order), {}};
}

QString V2Protocol::requestPreview(const PurchaseOrder &order, const QUrl &endpointUrl) const
{
    QStringList lines{u"POST %1"_s.arg(endpointUrl.toString()), u"Action=RunInstancesHour"_s,
                      u"Region=%1"_s.arg(order.region)};
    for (const auto &[name, value] : Redaction::redactParams(RequestBuilder::runInstancesParams(order)))
        lines.append(u"%1=%2"_s.arg(name, value));
    lines.append(tr("(Timestamp, Nonce, SecretId, SignatureMethod and Signature are added when it is sent.)"));
    return lines.join(u'\n');
}

ApiReplies::RunInstances V2Protocol::parseRunInstances(const QJsonObject &data) const
{
    return V2Replies::parseRunInstances(data);
}

ApiRequest V2Protocol::describeInstances(const QStringList &instanceIds) const
{
    ApiParams params;
    for (qsizetype i = 0; i < instanceIds.size(); ++i)
        params.append({u"instanceIds.%1"_s.arg(i), instanceIds.at(i)});
    params.append({u"offset"_s, u"0"_s});
    params.append({u"limit"_s, u"100"_s});
    return {u"DescribeInstances"_s, params, {}};
}

ApiReplies::DescribeInstances V2Protocol::parseDescribeInstances(const QJsonObject &data) const
{
    return V2Replies::parseDescribeInstances(data);
}

PasswordPolicy V2Protocol::passwordPolicy(PurchaseOrder::OsFamily family) const
{
    // PROTOCOL.md section 4: Linux counts letters as one class; Windows has no '|'.
    const bool windows = family == PurchaseOrder::OsFamily::Windows;
    return {windows ? 12 : 8, 16, windows ? 3 : 2, windows, OrderValidator::allowedSpecials(family)};
}

void V2Protocol::readTemplate(const QJsonObject &keys, PurchaseOrder *order, QList<FieldProblem> *problems,
                              QStringList *presentKeys) const
{
    auto refuse = [&](const QString &key, const char *rule, const QString &message) {
        problems->append({key, QLatin1StringView(rule), message, FieldProblem::Severity::Error});
    };
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == "osFamily"_L1) {
            if (value == QJsonValue(u"linux"_s))
                order->osFamily = PurchaseOrder::OsFamily::Linux;
            else if (value == QJsonValue(u"windows"_s))
                order->osFamily = PurchaseOrder::OsFamily::Windows;
            else
                refuse(key, "known",
                       QCoreApplication::translate("OrderTemplate",
                                                   "osFamily must be \"linux\" or \"windows\"."));
            continue;
        }
        const PurchaseOrder::Field *field = templateField(key);
        if (!field) {
            refuse(key, "unknown",
                   QCoreApplication::translate("OrderTemplate", "\"%1\" is not a template key.").arg(key));
            continue;
        }
        if (field->intMember) {
            if (!TemplateValues::isInteger(value)) {
                refuse(key, "type",
                       QCoreApplication::translate("OrderTemplate", "%1 must be a whole number.").arg(key));
                continue;
            }
            order->*(field->intMember) = value.toInt();
        } else {
            if (!value.isString()) {
                refuse(key, "type",
                       QCoreApplication::translate("OrderTemplate", "%1 must be a string.").arg(key));
                continue;
            }
            order->*(field->stringMember) = value.toString();
        }
        presentKeys->append(key);
    }
    // The API's default system disk depends on the OS: 20 GB for Linux, a fixed 50 GB for Windows.
    if (order->osFamily == PurchaseOrder::OsFamily::Windows && !presentKeys->contains("rootSize"_L1))
        order->rootSize = 50;
}

QList<QPair<QByteArray, QJsonValue>> V2Protocol::templateKeys(const PurchaseOrder &order) const
{
    QList<QPair<QByteArray, QJsonValue>> out;
    for (const PurchaseOrder::Field &f : PurchaseOrder::fields()) {
        if (!(f.uses & PurchaseOrder::Field::Template))
            continue;
        if (f.intMember)
            out.append({f.name, order.*(f.intMember)});
        else
            out.append({f.name, order.*(f.stringMember)});
        if (QByteArrayView(f.name) == "imageType")
            out.append({"osFamily", PurchaseOrder::osFamilyName(order.osFamily)});
    }
    return out;
}

ApiRequest V2Protocol::describeZones() const
{
    return {u"DescribeAvailabilityZones"_s, {}, {}};
}

ApiReplies::Zones V2Protocol::parseZones(const QJsonObject &data) const
{
    return V2Replies::parseZones(data);
}

ApiRequest V2Protocol::describeImages(int imageType) const
{
    return {u"DescribeImages"_s,
            {{u"imageType"_s, QString::number(imageType)}, {u"offset"_s, u"0"_s}, {u"limit"_s, u"100"_s}},
            {}};
}

ApiReplies::Images V2Protocol::parseImages(const QJsonObject &data) const
{
    return V2Replies::parseImages(data);
}

ApiRequest V2Protocol::describeKeyPairs() const
{
    return {u"DescribeKeyPairs"_s, {}, {}};
}

ApiReplies::KeyPairs V2Protocol::parseKeyPairs(const QJsonObject &data) const
{
    return V2Replies::parseKeyPairs(data);
}

ApiRequest V2Protocol::inquiryPrice(const PurchaseOrder &order) const
{
    return {u"InquiryInstancePriceHour"_s, CloudQueries::priceParams(order), {}};
}

ApiReplies::Price V2Protocol::parsePrice(const QJsonObject &data) const
{
    return V2Replies::parsePrice(data);
}
