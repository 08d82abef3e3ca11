#include "protocol/v2/RequestBuilder.h"

#include "protocol/ApiProtocol.h"
#include "protocol/v2/Signer.h"

using namespace Qt::StringLiterals;

namespace {
QString number(int n)
{
    return QString::number(n);
}

int intOf(const QString &text)
{
    return text.toInt();
}

// API 2.0 has one disk type, storageType, for the system disk and the data disk.
void setDataDiskSize(PurchaseOrder &o, int size)
{
    o.dataDisks.clear();
    if (size != 0)
        o.dataDisks.append({o.systemDisk.type, size});
}
} // namespace

const QList<RequestBuilder::Field> &RequestBuilder::fields()
{
    using O = PurchaseOrder;
    constexpr int both = Field::Template | Field::Request;
    static const QList<Field> table{
        {"region", Field::Template, false, [](const O &o) { return o.region; },
         [](O &o, const QString &v) { o.region = v; }},
        {"zoneId", both, true, [](const O &o) { return number(intOf(o.zone)); },
         [](O &o, const QString &v) { o.zone = intOf(v) == 0 ? QString() : number(intOf(v)); }},
        {"instanceType", both, false, [](const O &o) { return o.instanceType; },
         [](O &o, const QString &v) { o.instanceType = v; }},
        {"cpu", both, true, [](const O &o) { return number(o.cpu); }, [](O &o, const QString &v) { o.cpu = intOf(v); }},
        {"mem", both, true, [](const O &o) { return number(o.mem); }, [](O &o, const QString &v) { o.mem = intOf(v); }},
        {"imageId", both, false, [](const O &o) { return o.imageId; }, [](O &o, const QString &v) { o.imageId = v; }},
        {"imageType", both, true, [](const O &o) { return number(o.imageType); },
         [](O &o, const QString &v) { o.imageType = intOf(v); }},
        {"storageType", both, true, [](const O &o) { return number(intOf(o.systemDisk.type)); },
         [](O &o, const QString &v) {
             o.systemDisk.type = number(intOf(v));
             for (O::Disk &d : o.dataDisks)
                 d.type = o.systemDisk.type;
         }},
        {"storageSize", both, true,
         [](const O &o) { return number(o.dataDisks.isEmpty() ? 0 : o.dataDisks.first().size); },
         [](O &o, const QString &v) { setDataDiskSize(o, intOf(v)); }},
        {"rootSize", both, true, [](const O &o) { return number(o.systemDisk.size); },
         [](O &o, const QString &v) { o.systemDisk.size = intOf(v); }},
        {"bandwidthType", both, false, [](const O &o) { return o.internetChargeType; },
         [](O &o, const QString &v) { o.internetChargeType = v; }},
        {"bandwidth", both, true, [](const O &o) { return number(o.bandwidth); },
         [](O &o, const QString &v) { o.bandwidth = intOf(v); }},
        {"wanIp", both, true, [](const O &o) { return number(o.wanIp); }, [](O &o, const QString &v) { o.wanIp = intOf(v); }},
        {"vpcId", both, false, [](const O &o) { return o.vpcId; }, [](O &o, const QString &v) { o.vpcId = v; }},
        {"subnetId", both, false, [](const O &o) { return o.subnetId; }, [](O &o, const QString &v) { o.subnetId = v; }},
        {"isVpcGateway", both, true, [](const O &o) { return number(o.own.value(QLatin1StringView("isVpcGateway")).toInt()); },
         [](O &o, const QString &v) { o.own.insert(QLatin1StringView("isVpcGateway"), intOf(v)); }},
        {"keyId", both, false, [](const O &o) { return o.keyIds.value(0); },
         [](O &o, const QString &v) { o.keyIds = v.isEmpty() ? QStringList() : QStringList{v}; }},
        {"needSecurityAgent", both, true, [](const O &o) { return number(o.needSecurityAgent); },
         [](O &o, const QString &v) { o.needSecurityAgent = intOf(v); }},
        {"needMonitorAgent", both, true, [](const O &o) { return number(o.needMonitorAgent); },
         [](O &o, const QString &v) { o.needMonitorAgent = intOf(v); }},
        {"projectId", both, true, [](const O &o) { return number(o.projectId); },
         [](O &o, const QString &v) { o.projectId = intOf(v); }},
        {"goodsNum", both, true, [](const O &o) { return number(o.goodsNum); },
         [](O &o, const QString &v) { o.goodsNum = intOf(v); }},
        {"instanceName", both, false, [](const O &o) { return o.instanceName; },
         [](O &o, const QString &v) { o.instanceName = v; }},
        // Never in a template: a secret, and a token that must be fresh for each purchase.
        {"password", Field::Request, false, [](const O &o) { return o.password; },
         [](O &o, const QString &v) { o.password = v; }},
        {"clientToken", Field::Request, false, [](const O &o) { return o.clientToken; },
         [](O &o, const QString &v) { o.clientToken = v; }},
    };
    return table;
}

ApiParams RequestBuilder::runInstancesParams(const PurchaseOrder &order)
{
    ApiParams params;
    for (const Field &f : fields()) {
        if (!(f.uses & Field::Request))
            continue;
        // Numbers are always sent, bandwidth 0 included: the API's silent default of 0 Mbps surprises people.
        const QString value = f.get(order);
        if (f.isNumber || !value.isEmpty())
            params.append({QString::fromLatin1(f.name), value});
    }
    return params;
}

PurchaseOrder RequestBuilder::orderFromParams(const ApiParams &params, const QString &region)
{
    PurchaseOrder order = ApiProtocol::forApi(PurchaseOrder::Api::V2).newOrder();
    order.region = region;
    for (const auto &[name, value] : params) {
        for (const Field &f : fields()) {
            if (!(f.uses & Field::Request) || name != QLatin1StringView(f.name))
                continue;
            bool isNumber = false;
            value.toInt(&isNumber);
            // Not a number: -1, which no rule accepts.
            f.set(order, f.isNumber && !isNumber ? u"-1"_s : value);
        }
    }
    return order;
}

QString RequestBuilder::hostHeader(const QUrl &url)
{
    // IPv6 literals travel in brackets, as Qt writes them into the Host header.
    const QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host();
    const int port = url.port();
    return port < 0 ? host : host + u':' + QString::number(port);
}

ApiParams RequestBuilder::signedParams(const QString &action, const QString &region, const ApiParams &actionParams,
                                       const Credentials &credentials, const QUrl &url, qint64 timestamp,
                                       quint32 nonce)
{
    ApiParams p{{u"Action"_s, action},
                {u"Region"_s, region},
                {u"Timestamp"_s, QString::number(timestamp)},
                {u"Nonce"_s, QString::number(nonce)},
                {u"SecretId"_s, credentials.secretId},
                {u"SignatureMethod"_s, u"HmacSHA256"_s}};
    if (!credentials.sessionToken.isEmpty())
        p.append({u"Token"_s, credentials.sessionToken});
    p.append(actionParams);
    const QString path = url.path().isEmpty() ? u"/"_s : url.path();
    const QString toSign = Signer::stringToSign(u"POST"_s, hostHeader(url), path, p);
    p.append({u"Signature"_s, Signer::signature(toSign, credentials.secretKey, Signer::Method::HmacSHA256)});
    return p;
}
