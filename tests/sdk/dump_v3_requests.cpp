// Every kind of API 3.0 request the program sends, one JSON object per line ({"service", "action", "body"}:
// cvm's, and the vpc and tag services' lookups of the account's resources), for
// check_models.js to hold against the official SDK's models. The orders cover each optional part a request
// can carry: VPC and subnet, security groups, data disks, a password or key pairs, a client token (and the
// tag it brings), a name, and the settings admins use (tags, host name, user data, protection, disks that go
// with the instance), and the request `export --format sdk-json` hands to the SDKs.
#include "common/ContractsExample.h"
#include "order/OrderTemplate.h"
#include "protocol/ApiProtocol.h"
#include "protocol/v3/V3Protocol.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
void print(const ApiRequest &request)
{
    if (request.action.isEmpty())
        return;
    const QJsonObject line{{"service"_L1, V3Protocol::serviceOf(request)},
                           {"action"_L1, request.action},
                           {"body"_L1, request.body}};
    std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
}

PurchaseOrder exampleOrder()
{
    const OrderTemplate::ReadResult read = OrderTemplate::read(kContractsExampleV3);
    if (!read.problems.isEmpty()) {
        std::fputs("dump_v3_requests: the CONTRACTS.md example does not read\n", stderr);
        std::exit(1);
    }
    return read.order;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const ApiProtocol &v3 = ApiProtocol::forApi(PurchaseOrder::Api::V3);

    PurchaseOrder withPassword = exampleOrder();
    withPassword.password = u"Abcd1234!xyz"_s;
    withPassword.clientToken = u"3f0c9b1e-5a7d-4c2e-9b8a-1d2e3f4a5b6c"_s;
    withPassword.vpcId = u"vpc-abcd1234"_s;
    withPassword.subnetId = u"subnet-abcd1234"_s;
    withPassword.dataDisks.append({u"CLOUD_SSD"_s, 200});
    withPassword.goodsNum = 3;

    PurchaseOrder withKeys = exampleOrder();
    withKeys.keyIds = {u"skey-abcd1234"_s, u"skey-efgh5678"_s};
    withKeys.instanceName.clear();
    withKeys.dataDisks.clear();

    const QJsonObject groups = QJsonDocument::fromJson(R"({"securityGroupIds": ["sg-abcd1234", "sg-efgh5678"]})")
                                   .object();
    QJsonObject keys = QJsonDocument::fromJson(kContractsExampleV3).object();
    keys.insert(u"securityGroupIds"_s, groups.value(u"securityGroupIds"_s));
    PurchaseOrder withGroups = OrderTemplate::read(QJsonDocument(keys).toJson()).order;

    // The settings admins use (issue 17): tags besides the token's, host and instance name patterns, a
    // start-up script, protection from the API, destruction on schedule (issue 18), data disks with and
    // without deleteWithInstance.
    QJsonObject adminKeys = QJsonDocument::fromJson(kContractsExampleV3).object();
    const QJsonObject admin = QJsonDocument::fromJson(R"({"count": 2, "instanceName": "web-{R:1,F:2}",
        "hostName": "web-{IP}-{R:1}", "tags": {"team": "ops", "env": "prod"},
        "userData": "#!/bin/sh\necho hello\n", "disableApiTermination": true,
        "terminateAt": "2099-12-08T18:00:00+08:00",
        "dataDisks": [{"type": "LOCAL_SSD", "size": 100}, {"type": "CLOUD_SSD", "size": 200, "deleteWithInstance": true},
                      {"type": "CLOUD_PREMIUM", "size": 100, "deleteWithInstance": false}]})")
                                  .object();
    for (auto it = admin.begin(); it != admin.end(); ++it)
        adminKeys.insert(it.key(), it.value());
    const OrderTemplate::ReadResult adminRead = OrderTemplate::read(QJsonDocument(adminKeys).toJson());
    if (!adminRead.problems.isEmpty()) {
        std::fputs("dump_v3_requests: the admin settings' order does not read\n", stderr);
        return 1;
    }
    PurchaseOrder withAdminSettings = adminRead.order;
    withAdminSettings.clientToken = u"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"_s;

    for (const PurchaseOrder &order : {withPassword, withKeys, withGroups, withAdminSettings}) {
        print(v3.runInstances(order));
        print(v3.inquiryPrice(order));
        print(v3.dryRun(order));
    }
    // The hand-off (issue 18): `export --format sdk-json` of the full order (tags, host name, user data,
    // several data disks, security groups, a VPC, 3 instances) is a RunInstances request the SDK takes.
    PurchaseOrder handedOff = withAdminSettings;
    handedOff.goodsNum = 3;
    handedOff.vpcId = u"vpc-abcd1234"_s;
    handedOff.subnetId = u"subnet-abcd1234"_s;
    handedOff.keyIds = {u"skey-abcd1234"_s};
    handedOff.own.insert(u"securityGroupIds"_s, groups.value(u"securityGroupIds"_s));
    handedOff.password = u"Abcd1234!xyz"_s;
    print({u"RunInstances"_s, {}, v3.sdkRequestBody(handedOff)});
    print(v3.describeInstances({u"ins-abcd1234"_s, u"ins-efgh5678"_s}));
    print(v3.describeTaggedInstances(100));
    print(v3.describeZones());
    for (int imageType = 0; imageType <= 4; ++imageType)
        print(v3.describeImages(imageType, 100));
    print(v3.describeKeyPairs(100));
    // The account's resources, first and later pages: vpc's Offset and Limit are strings, tag's numbers.
    for (int offset : {0, 100}) {
        print(v3.describeVpcs(offset));
        print(v3.describeSubnets(u"vpc-abcd1234"_s, u"ap-guangzhou-3"_s, offset));
        print(v3.describeSubnets({}, {}, offset));
        print(v3.describeSecurityGroups(offset));
    }
    print(v3.describeProjects(0));
    print(v3.describeProjects(1000));
    print(v3.describeInstanceTypes(u"ap-guangzhou-3"_s));
    return 0;
}
