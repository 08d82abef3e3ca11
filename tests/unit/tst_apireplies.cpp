// ApiResult (PROTOCOL.md section 6) and the tolerant reply parsers of
// ApiReplies (sections 4, 5 and 9).

#include "api/ApiResult.h"
#include "api/ServerText.h"
#include "protocol/ApiProtocol.h"
#include "protocol/ApiReplies.h"
#include "protocol/v2/V2Replies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ApiReplies;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad test JSON: %s", text);
    return doc.object();
}

ApiResult make(ApiResult::Status status, int httpStatus = 0, const QString &message = {})
{
    ApiResult r;
    r.status = status;
    r.httpStatus = httpStatus;
    r.message = message;
    return r;
}

} // namespace

class TestApiReplies : public QObject
{
    Q_OBJECT

private slots:
    void fromReply_data();
    void fromReply();
    void nonIntegerCodeIsNotSuccess_data();
    void nonIntegerCodeIsNotSuccess();
    void isRetryable_data();
    void isRetryable();
    void describe_data();
    void describe();
    void errorName();

    void parseRunInstances_data();
    void parseRunInstances();
    void parseDescribeInstances();
    void describeInstancesStatus_data();
    void describeInstancesStatus();
    void describeInstancesToleratesTypes();
    void describeInstancesErrors_data();
    void describeInstancesErrors();
    void stateForStatus_data();
    void stateForStatus();
    void statusText();
    void parseZones();
    void parseImages();
    void parseKeyPairs_data();
    void parseKeyPairs();
    void parsePrice_data();
    void parsePrice();
    void garbage_data();
    void garbage();
    void serverTextArrivesEscaped();
};

void TestApiReplies::fromReply_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiResult::Status>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("codeDesc");
    QTest::addColumn<QString>("message");

    using S = ApiResult::Status;
    QTest::newRow("success") << 200 << QByteArray(R"({"code":0,"message":"ok","unInstanceIds":["ins-1"]})")
                             << S::Ok << 0 << QString() << u"ok"_s;
    QTest::newRow("code 0 as string")
        << 200 << QByteArray(R"({"code":"0","message":"ok"})") << S::Ok << 0 << QString() << u"ok"_s;
    QTest::newRow("password refused")
        << 200
        << QByteArray(
               R"({"code":4000,"message":"(100004)密码不符合规范","codeDesc":"InvalidParameter.PasswordNotConformSpecs"})")
        << S::ApiError << 4000 << u"InvalidParameter.PasswordNotConformSpecs"_s
        << u"(100004)密码不符合规范"_s;
    QTest::newRow("code as string 4100")
        << 200
        << QByteArray(R"({"code":"4100","message":"签名验证失败","codeDesc":"AuthFailure.SignatureFailure"})")
        << S::ApiError << 4100 << u"AuthFailure.SignatureFailure"_s << u"签名验证失败"_s;
    QTest::newRow("error without codeDesc") << 200 << QByteArray(R"({"code":5300,"message":"balance"})")
                                            << S::ApiError << 5300 << QString() << u"balance"_s;
    QTest::newRow("missing code") << 200 << QByteArray(R"({"message":"ok"})") << S::BadReply << 0 << QString()
                                  << QString();
    QTest::newRow("code not a number")
        << 200 << QByteArray(R"({"code":"abc"})") << S::BadReply << 0 << QString() << QString();
    QTest::newRow("code null") << 200 << QByteArray(R"({"code":null})") << S::BadReply << 0 << QString()
                               << QString();
    QTest::newRow("code true") << 200 << QByteArray(R"({"code":true})") << S::BadReply << 0 << QString()
                               << QString();
    QTest::newRow("not JSON") << 200 << QByteArray("<html>ok</html>") << S::BadReply << 0 << QString()
                              << QString();
    QTest::newRow("JSON array") << 200 << QByteArray(R"([{"code":0}])") << S::BadReply << 0 << QString()
                                << QString();
    QTest::newRow("empty body") << 200 << QByteArray() << S::BadReply << 0 << QString() << QString();
    QTest::newRow("HTTP 500 HTML") << 500 << QByteArray("<html><body>Internal Server Error</body></html>")
                                   << S::HttpError << 0 << QString() << QString();
    QTest::newRow("HTTP 502 empty") << 502 << QByteArray() << S::HttpError << 0 << QString() << QString();
    QTest::newRow("HTTP 404 HTML") << 404 << QByteArray("<h1>Not Found</h1>") << S::HttpError << 0
                                   << QString() << QString();
    QTest::newRow("HTTP 503 JSON without code")
        << 503 << QByteArray(R"({"error":"busy"})") << S::HttpError << 0 << QString() << QString();
    QTest::newRow("HTTP 500 with an API reply") << 500 << QByteArray(R"({"code":6000,"message":"inner"})")
                                                << S::ApiError << 6000 << QString() << u"inner"_s;
}

void TestApiReplies::fromReply()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(ApiResult::Status, status);
    QFETCH(int, code);
    QFETCH(QString, codeDesc);
    QFETCH(QString, message);

    const ApiResult r = V2Replies::parseReply(httpStatus, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.ok(), status == ApiResult::Status::Ok);
    QCOMPARE(r.httpStatus, httpStatus);
    if (status == ApiResult::Status::Ok || status == ApiResult::Status::ApiError) {
        QCOMPARE(r.code, code);
        QCOMPARE(r.codeDesc, codeDesc);
        QCOMPARE(r.message, message);
    }
    if (status == ApiResult::Status::Ok) {
        QCOMPARE(r.data, QJsonDocument::fromJson(body).object());
    } else {
        QVERIFY(r.data.isEmpty());
        QVERIFY(!r.describe().isEmpty());
        QVERIFY(!r.errorName().isEmpty());
    }
    if (status == ApiResult::Status::BadReply)
        QVERIFY2(!r.message.isEmpty(), "a bad reply says what is wrong with it");
}

void TestApiReplies::nonIntegerCodeIsNotSuccess_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("code 0.5") << QByteArray(R"({"code":0.5,"message":"?"})");
    QTest::newRow("code 4100.5") << QByteArray(R"({"code":4100.5,"message":"?"})");
    QTest::newRow("code 1e10") << QByteArray(R"({"code":1e10,"message":"?"})");
    QTest::newRow("code -1e300") << QByteArray(R"({"code":-1e300,"message":"?"})");
}

void TestApiReplies::nonIntegerCodeIsNotSuccess()
{
    // Only code 0 is success; a code that is no whole int must never read as one.
    QFETCH(QByteArray, body);
    const ApiResult r = V2Replies::parseReply(200, body);
    QVERIFY2(!r.ok(), qPrintable(u"read as success with code "_s + QString::number(r.code)));
}

void TestApiReplies::isRetryable_data()
{
    QTest::addColumn<ApiResult>("result");
    QTest::addColumn<bool>("retryable");

    using S = ApiResult::Status;
    QTest::newRow("SystemBusy")
        << V2Replies::parseReply(200,
                                R"({"code":5100,"message":"busy","codeDesc":"OperationFail.SystemBusy"})")
        << true;
    QTest::newRow("6000 internal error")
        << V2Replies::parseReply(200, R"({"code":6000,"message":"x"})") << true;
    QTest::newRow("6200 temporarily unavailable") << V2Replies::parseReply(200, R"({"code":"6200"})") << true;
    QTest::newRow("4100 authentication")
        << V2Replies::parseReply(200, R"({"code":4100,"message":"x"})") << false;
    QTest::newRow("4000 invalid parameter")
        << V2Replies::parseReply(200, R"({"code":4000,"message":"x"})") << false;
    QTest::newRow("password not conform")
        << V2Replies::parseReply(200, R"({"code":4000,"codeDesc":"InvalidParameter.PasswordNotConformSpecs"})")
        << false;
    QTest::newRow("5300 balance") << V2Replies::parseReply(200, R"({"code":5300,"message":"x"})") << false;
    QTest::newRow("balance not enough")
        << V2Replies::parseReply(200,
                                R"({"code":5100,"codeDesc":"OperationConstraints.AccountBalanceNotEnough"})")
        << false;
    QTest::newRow("4200 expired") << V2Replies::parseReply(200, R"({"code":4200})") << false;
    // A replay is what a transport-level resend of our own request looks like: safe to retry with a new nonce.
    QTest::newRow("4500 replay") << V2Replies::parseReply(200, R"({"code":4500})") << true;
    QTest::newRow("5200 out of stock") << V2Replies::parseReply(200, R"({"code":5200})") << false;
    QTest::newRow("6100 version") << V2Replies::parseReply(200, R"({"code":6100})") << false;
    QTest::newRow("InvaildZoneId") << V2Replies::parseReply(
                                          200, R"({"code":4000,"codeDesc":"InvalidParameter.InvaildZoneId"})")
                                   << false;
    QTest::newRow("network error") << make(S::NetworkError, 0, u"Connection refused"_s) << true;
    QTest::newRow("timeout") << make(S::Timeout) << true;
    QTest::newRow("HTTP 500") << V2Replies::parseReply(500, "<html>oops</html>") << true;
    QTest::newRow("HTTP 502") << V2Replies::parseReply(502, "") << true;
    QTest::newRow("HTTP 503") << make(S::HttpError, 503) << true;
    QTest::newRow("HTTP 504") << make(S::HttpError, 504) << true;
    QTest::newRow("HTTP 400") << V2Replies::parseReply(400, "bad request") << false;
    QTest::newRow("HTTP 403") << make(S::HttpError, 403) << false;
    QTest::newRow("HTTP 404") << V2Replies::parseReply(404, "<h1>Not Found</h1>") << false;
    QTest::newRow("HTTP 429") << make(S::HttpError, 429) << false;
    QTest::newRow("bad reply") << V2Replies::parseReply(200, "not json") << false;
    QTest::newRow("success") << V2Replies::parseReply(200, R"({"code":0})") << false;
}

void TestApiReplies::isRetryable()
{
    QFETCH(ApiResult, result);
    QFETCH(bool, retryable);
    QCOMPARE(result.isRetryable(), retryable);
}

void TestApiReplies::describe_data()
{
    QTest::addColumn<ApiResult>("result");
    QTest::addColumn<QStringList>("contains");

    using S = ApiResult::Status;
    QTest::newRow("password refused")
        << V2Replies::parseReply(
               200,
               R"({"code":4000,"message":"(100004)密码不符合规范","codeDesc":"InvalidParameter.PasswordNotConformSpecs"})")
        << QStringList{u"(100004)密码不符合规范"_s};
    QTest::newRow("authentication") << V2Replies::parseReply(200,
                                                            R"({"code":4100,"message":"signature mismatch"})")
                                    << QStringList{u"signature mismatch"_s};
    QTest::newRow("unknown code") << V2Replies::parseReply(200, R"({"code":9999,"message":"strange"})")
                                  << QStringList{u"9999"_s, u"strange"_s};
    QTest::newRow("unknown code, no message")
        << V2Replies::parseReply(200, R"({"code":9998})") << QStringList{u"9998"_s};
    QTest::newRow("balance")
        << V2Replies::parseReply(
               200,
               R"({"code":5300,"message":"余额不足","codeDesc":"OperationConstraints.AccountBalanceNotEnough"})")
        << QStringList{u"余额不足"_s};
    QTest::newRow("HTTP 500") << V2Replies::parseReply(500, "<html>oops</html>") << QStringList{u"500"_s};
    QTest::newRow("network") << make(S::NetworkError, 0, u"Host cvm.api.qcloud.com not found"_s)
                             << QStringList{u"Host cvm.api.qcloud.com not found"_s};
    QTest::newRow("timeout") << make(S::Timeout) << QStringList();
    QTest::newRow("bad reply") << V2Replies::parseReply(200, R"({"message":"no code"})")
                               << QStringList{u"code"_s};
    QTest::newRow("success") << V2Replies::parseReply(200, R"({"code":0})") << QStringList();
}

void TestApiReplies::describe()
{
    QFETCH(ApiResult, result);
    QFETCH(QStringList, contains);
    const QString text = result.describe();
    QVERIFY(!text.trimmed().isEmpty());
    for (const QString &part : contains)
        QVERIFY2(text.contains(part), qPrintable(u"\""_s + text + u"\" lacks "_s + part));
}

void TestApiReplies::errorName()
{
    QCOMPARE(
        V2Replies::parseReply(200, R"({"code":4000,"codeDesc":"InvalidParameter.PasswordNotConformSpecs"})")
            .errorName(),
        u"InvalidParameter.PasswordNotConformSpecs"_s);
    QCOMPARE(V2Replies::parseReply(200, R"({"code":4100})").errorName(), u"4100"_s);
    QCOMPARE(V2Replies::parseReply(500, "").errorName(), u"HttpError"_s);
    QCOMPARE(V2Replies::parseReply(200, "x").errorName(), u"BadReply"_s);
    QCOMPARE(make(ApiResult::Status::Timeout).errorName(), u"Timeout"_s);
    QCOMPARE(make(ApiResult::Status::NetworkError).errorName(), u"NetworkError"_s);
    QVERIFY(V2Replies::parseReply(200, R"({"code":0})").errorName().isEmpty());
}

void TestApiReplies::parseRunInstances_data()
{
    QTest::addColumn<QJsonObject>("reply");
    QTest::addColumn<int>("ordered");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<bool>("error");
    QTest::newRow("two ids") << json(R"({"code":0,"message":"ok","unInstanceIds":["ins-aaaa1111","ins-bbbb2222"]})")
                             << 2 << QStringList{u"ins-aaaa1111"_s, u"ins-bbbb2222"_s} << false;
    QTest::newRow("under data") << json(R"({"code":0,"data":{"unInstanceIds":["ins-3wnd9xpl"]}})") << 1
                                << QStringList{u"ins-3wnd9xpl"_s} << false;
    QTest::newRow("missing") << json(R"({"code":0,"message":"ok"})") << 1 << QStringList() << true;
    QTest::newRow("empty array") << json(R"({"code":0,"unInstanceIds":[]})") << 1 << QStringList() << true;
    QTest::newRow("null") << json(R"({"code":0,"unInstanceIds":null})") << 1 << QStringList() << true;
    QTest::newRow("object") << json(R"({"code":0,"unInstanceIds":{"0":"ins-3wnd9xpl"}})") << 1 << QStringList()
                            << true;
    QTest::newRow("a single id as a string, not a list")
        << json(R"({"code":0,"unInstanceIds":"ins-3wnd9xpl"})") << 1 << QStringList() << true;
    // A hostile or broken server: nothing of these is taken, the purchase stays unconfirmed.
    QTest::newRow("more ids than ordered")
        << json(R"({"unInstanceIds":["ins-aaaa1111","ins-bbbb2222"]})") << 1 << QStringList() << true;
    QTest::newRow("fewer ids than ordered") << json(R"({"unInstanceIds":["ins-aaaa1111"]})") << 3 << QStringList()
                                            << true;
    QTest::newRow("numbers for ids") << json(R"({"unInstanceIds":[1,2]})") << 2 << QStringList() << true;
    QTest::newRow("junk items") << json(R"({"unInstanceIds":["ins-aaaa1111",5,null]})") << 3 << QStringList()
                                << true;
    QTest::newRow("duplicate id") << json(R"({"unInstanceIds":["ins-aaaa1111","ins-aaaa1111"]})") << 2
                                  << QStringList() << true;
    QTest::newRow("escape sequence in an id")
        << json("{\"unInstanceIds\":[\"ins-\\u001b]0;PWNED\\u0007\\u001b[2J\"]}") << 1 << QStringList() << true;
    QTest::newRow("forged line in an id")
        << json(R"({"unInstanceIds":["ins-a\nDone: all running"]})") << 1 << QStringList() << true;
    QTest::newRow("upper case id") << json(R"({"unInstanceIds":["ins-AAAA1111"]})") << 1 << QStringList() << true;
}

void TestApiReplies::parseRunInstances()
{
    QFETCH(QJsonObject, reply);
    QFETCH(QStringList, ids);
    QFETCH(bool, error);
    QFETCH(int, ordered);
    const RunInstances r = V2Replies::parseRunInstances(reply, ordered);
    QCOMPARE(r.instanceIds, ids);
    QCOMPARE(!r.error.isEmpty(), error);
    // What was wrong is said, with nothing of the server's that could act on a terminal.
    QVERIFY2(!ServerText::hasControls(r.error), qPrintable(r.error));
}

void TestApiReplies::parseDescribeInstances()
{
    const DescribeInstances r = V2Replies::parseDescribeInstances(json(R"({
        "code": 0, "message": "", "codeDesc": "Success", "totalCount": 2,
        "instanceSet": [
            {"unInstanceId": "ins-aaaa1111", "instanceName": "web", "status": 2, "cpu": 1, "mem": 2,
             "zoneId": 100001, "zoneName": "广州一区", "lanIp": "10.0.0.5", "wanIpSet": ["119.29.1.2", "119.29.1.3"],
             "createTime": "2017-06-01 12:00:00", "os": "Ubuntu 14.04.1 64位", "unImgId": "img-3wnd9xpl",
             "vpcId": 0, "subnetId": 0, "diskInfo": {"rootSize": 20}},
            {"unInstanceId": "ins-bbbb2222", "instanceName": "未命名", "status": "3", "cpu": "4", "mem": "16",
             "zoneId": "100003", "lanIp": "10.0.0.6", "wanIpSet": "119.29.9.9",
             "vpcId": "vpc-abc", "subnetId": "subnet-def"}
        ]})"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.totalCount, 2);
    QCOMPARE(r.instances.size(), 2);

    const Instance &a = r.instances.at(0);
    QCOMPARE(a.instanceId, u"ins-aaaa1111"_s);
    QCOMPARE(a.instanceName, u"web"_s);
    QCOMPARE(a.status, 2);
    QCOMPARE(a.state, InstanceState::Running);
    QCOMPARE(a.lanIp, u"10.0.0.5"_s);
    QCOMPARE(a.wanIps, (QStringList{u"119.29.1.2"_s, u"119.29.1.3"_s}));
    QCOMPARE(a.zoneId, 100001);
    QCOMPARE(a.cpu, 1);
    QCOMPARE(a.mem, 2);
    QCOMPARE(a.createTime, u"2017-06-01 12:00:00"_s);
    QCOMPARE(a.os, u"Ubuntu 14.04.1 64位"_s);

    const Instance &b = r.instances.at(1);
    // The cloud's name for an instance bought without one is no name (issue 19, item 13).
    QVERIFY2(b.instanceName.isEmpty(), qPrintable(b.instanceName));
    QCOMPARE(b.instanceId, u"ins-bbbb2222"_s);
    QCOMPARE(b.status, 3);
    QCOMPARE(b.state, InstanceState::Creating);
    QCOMPARE(b.wanIps, QStringList{u"119.29.9.9"_s});
    QCOMPARE(b.zoneId, 100003);
    QCOMPARE(b.cpu, 4);
    QCOMPARE(b.mem, 16);
}

void TestApiReplies::describeInstancesStatus_data()
{
    QTest::addColumn<QJsonValue>("status");
    QTest::addColumn<int>("number");
    QTest::addColumn<InstanceState>("state");
    QTest::newRow("-1 creation failed") << QJsonValue(-1) << -1 << InstanceState::Failed;
    QTest::newRow("1 fault") << QJsonValue(1) << 1 << InstanceState::Failed;
    QTest::newRow("2 running") << QJsonValue(2) << 2 << InstanceState::Running;
    QTest::newRow("3 creating") << QJsonValue(3) << 3 << InstanceState::Creating;
    QTest::newRow("4 shut down") << QJsonValue(4) << 4 << InstanceState::Other;
    QTest::newRow("5 returned") << QJsonValue(5) << 5 << InstanceState::Failed;
    QTest::newRow("6 returning") << QJsonValue(6) << 6 << InstanceState::Failed;
    QTest::newRow("7 rebooting") << QJsonValue(7) << 7 << InstanceState::Other;
    QTest::newRow("21 maintenance") << QJsonValue(21) << 21 << InstanceState::Other;
    QTest::newRow("\"-1\"") << QJsonValue(u"-1"_s) << -1 << InstanceState::Failed;
    QTest::newRow("\"2\"") << QJsonValue(u"2"_s) << 2 << InstanceState::Running;
    QTest::newRow("\"3\"") << QJsonValue(u"3"_s) << 3 << InstanceState::Creating;
    QTest::newRow("\"6\"") << QJsonValue(u"6"_s) << 6 << InstanceState::Failed;
    QTest::newRow("words") << QJsonValue(u"RUNNING"_s) << 0 << InstanceState::Other;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 0 << InstanceState::Other;
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << 0 << InstanceState::Other;
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"code"_s, 2}}) << 0 << InstanceState::Other;
}

void TestApiReplies::describeInstancesStatus()
{
    QFETCH(QJsonValue, status);
    QFETCH(int, number);
    QFETCH(InstanceState, state);
    QJsonObject instance{{u"unInstanceId"_s, u"ins-1"_s}};
    if (!status.isUndefined())
        instance.insert(u"status"_s, status);
    const DescribeInstances r = V2Replies::parseDescribeInstances(
        QJsonObject{{u"code"_s, 0}, {u"instanceSet"_s, QJsonArray{instance}}});
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.instances.size(), 1);
    QCOMPARE(r.instances.first().state, state);
    if (state != InstanceState::Other)
        QCOMPARE(r.instances.first().status, number);
}

void TestApiReplies::describeInstancesToleratesTypes()
{
    // Items without an id are skipped, junk items too, wrong field types read as empty.
    const DescribeInstances r = V2Replies::parseDescribeInstances(json(R"({
        "code": 0, "totalCount": "7",
        "instanceSet": [
            {"status": 2, "lanIp": "10.0.0.1"},
            {"unInstanceId": "", "status": 2},
            null, 5, "ins-x", [],
            {"unInstanceId": "ins-ok", "status": 3, "wanIpSet": {"ip": "1.2.3.4"}, "lanIp": ["x"],
             "zoneId": "abc", "cpu": [1], "mem": {}, "vpcId": 12, "instanceName": null, "os": true},
            {"unInstanceId": "ins-vpc", "status": 2, "vpcId": "vpc-12", "wanIpSet": [null, "5.6.7.8", {}]}
        ]})"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.totalCount, 7);
    QCOMPARE(r.instances.size(), 2);
    const Instance &ok = r.instances.at(0);
    QCOMPARE(ok.instanceId, u"ins-ok"_s);
    QCOMPARE(ok.state, InstanceState::Creating);
    QVERIFY(ok.wanIps.isEmpty());
    QVERIFY(ok.lanIp.isEmpty());
    QCOMPARE(ok.zoneId, 0);
    QCOMPARE(ok.cpu, 0);
    QCOMPARE(ok.mem, 0);
    QVERIFY(ok.instanceName.isEmpty());
    QCOMPARE(r.instances.at(1).instanceId, u"ins-vpc"_s);
    QCOMPARE(r.instances.at(1).state, InstanceState::Running);
    QCOMPARE(r.instances.at(1).wanIps, QStringList{u"5.6.7.8"_s});

    // totalCount missing: the number of instances read.
    const DescribeInstances counted = V2Replies::parseDescribeInstances(
        json(R"({"instanceSet":[{"unInstanceId":"ins-1","status":2},{"unInstanceId":"ins-2","status":3}]})"));
    QCOMPARE(counted.totalCount, 2);
    // An empty set is an answer, not an error.
    const DescribeInstances empty =
        V2Replies::parseDescribeInstances(json(R"({"totalCount":0,"instanceSet":[]})"));
    QVERIFY(empty.error.isEmpty());
    QVERIFY(empty.instances.isEmpty());
}

void TestApiReplies::describeInstancesErrors_data()
{
    QTest::addColumn<QJsonObject>("reply");
    QTest::newRow("missing instanceSet") << json(R"({"code":0,"totalCount":1})");
    QTest::newRow("instanceSet null") << json(R"({"code":0,"instanceSet":null})");
    QTest::newRow("instanceSet object") << json(R"({"code":0,"instanceSet":{"unInstanceId":"ins-1"}})");
    QTest::newRow("instanceSet string") << json(R"({"code":0,"instanceSet":"ins-1"})");
    QTest::newRow("data not an object") << json(R"({"code":0,"data":[{"instanceSet":[]}]})");
}

void TestApiReplies::describeInstancesErrors()
{
    QFETCH(QJsonObject, reply);
    const DescribeInstances r = V2Replies::parseDescribeInstances(reply);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.instances.isEmpty());
}

void TestApiReplies::stateForStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<InstanceState>("state");
    for (int s = -2; s <= 22; ++s) {
        InstanceState state = InstanceState::Other;
        if (s == 3)
            state = InstanceState::Creating;
        else if (s == 2)
            state = InstanceState::Running;
        else if (s == -1 || s == 1 || s == 5 || s == 6)
            state = InstanceState::Failed;
        QTest::addRow("%d", s) << s << state;
    }
}

void TestApiReplies::stateForStatus()
{
    QFETCH(int, status);
    QFETCH(InstanceState, state);
    QCOMPARE(ApiReplies::stateForStatus(status), state);
}

void TestApiReplies::statusText()
{
    QStringList seen;
    for (int s = -1; s <= 20; ++s) {
        if (s == 0)
            continue;
        const QString text = ApiReplies::statusText(s);
        QVERIFY2(!text.isEmpty(), qPrintable(QString::number(s)));
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen << text;
    }
    QCOMPARE(ApiReplies::statusText(2), u"running"_s);
    QCOMPARE(ApiReplies::statusText(3), u"creating"_s);
    QCOMPARE(ApiReplies::statusText(21), ApiReplies::statusText(99));
    QVERIFY(!seen.contains(ApiReplies::statusText(21)));
}

void TestApiReplies::parseZones()
{
    const Zones r = V2Replies::parseZones(json(R"({"code":0,"zoneSet":[
        {"zoneId":"100001","zoneName":"广州一区"}, {"zoneId":100002,"zoneName":"广州二区"},
        {"zoneId":"abc","zoneName":"bad"}, {"zoneId":0}, {"zoneName":"no id"}, null, 7]})"));
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.zones.size(), 2);
    QCOMPARE(r.zones.at(0).zoneId, 100001);
    QCOMPARE(r.zones.at(0).zoneName, u"广州一区"_s);
    QCOMPARE(r.zones.at(1).zoneId, 100002);
    QCOMPARE(r.zones.at(1).zoneName, u"广州二区"_s);

    const Zones underData = V2Replies::parseZones(json(R"({"data":{"zoneSet":[{"zoneId":200001}]}})"));
    QCOMPARE(underData.zones.size(), 1);
    QCOMPARE(underData.zones.first().zoneId, 200001);

    QVERIFY(!V2Replies::parseZones(json(R"({"code":0})")).error.isEmpty());
    QVERIFY(!V2Replies::parseZones(json(R"({"zoneSet":{"zoneId":1}})")).error.isEmpty());
}

void TestApiReplies::parseImages()
{
    const Images r = V2Replies::parseImages(json(R"({"code":0,"totalCount":"40","imageSet":[
        {"unImgId":"img-31tjrtph","imageName":"CentOS 7.2 64位","osName":"CentOS 7.2 64位","imageType":2},
        {"unImgId":"img-win2016","imageName":"Windows Server 2016","osName":"Windows Server 2016 数据中心版 64位中文版","imageType":"2"},
        {"unImgId":"img-lower","osName":"windows server 2012 r2"},
        {"imageName":"no id","osName":"Windows"},
        {"unImgId":"img-3wnd9xpl","osName":"Ubuntu Server 14.04.1 LTS 64位","imageType":"private"}]})"));
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.totalCount, 40);
    QCOMPARE(r.images.size(), 4);
    QCOMPARE(r.images.at(0).imageId, u"img-31tjrtph"_s);
    QCOMPARE(r.images.at(0).imageName, u"CentOS 7.2 64位"_s);
    QCOMPARE(r.images.at(0).imageType, 2);
    QVERIFY(!r.images.at(0).isWindows);
    QCOMPARE(r.images.at(1).imageId, u"img-win2016"_s);
    QCOMPARE(r.images.at(1).imageType, 2);
    QVERIFY(r.images.at(1).isWindows);
    QVERIFY(r.images.at(2).isWindows);
    QCOMPARE(r.images.at(3).imageId, u"img-3wnd9xpl"_s);
    QVERIFY(!r.images.at(3).isWindows);

    QVERIFY(!V2Replies::parseImages(json(R"({"code":0})")).error.isEmpty());
    QVERIFY(!V2Replies::parseImages(json(R"({"imageSet":"img-1"})")).error.isEmpty());
}

void TestApiReplies::parseKeyPairs_data()
{
    QTest::addColumn<QJsonObject>("reply");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("error");
    QTest::newRow("data.sshSet") << json(R"({"code":0,"data":{"totalCount":2,"sshSet":[
        {"keyId":"skey-3glfot13","keyName":"laptop"},{"keyId":"skey-abcd1234","keyName":"ci"}]}})")
                                 << QStringList{u"skey-3glfot13"_s, u"skey-abcd1234"_s}
                                 << QStringList{u"laptop"_s, u"ci"_s} << false;
    QTest::newRow("top-level sshSet") << json(R"({"sshSet":[{"keyId":"skey-1","keyName":"a"}]})")
                                      << QStringList{u"skey-1"_s} << QStringList{u"a"_s} << false;
    QTest::newRow("items without id skipped")
        << json(R"({"data":{"sshSet":[{"keyName":"x"},null,{"keyId":""},{"keyId":"skey-2"}]}})")
        << QStringList{u"skey-2"_s} << QStringList{QString()} << false;
    QTest::newRow("none") << json(R"({"data":{"sshSet":[]}})") << QStringList() << QStringList() << false;
    QTest::newRow("missing") << json(R"({"code":0,"data":{"totalCount":0}})") << QStringList()
                             << QStringList() << true;
    QTest::newRow("sshSet object") << json(R"({"data":{"sshSet":{"keyId":"skey-1"}}})") << QStringList()
                                   << QStringList() << true;
}

void TestApiReplies::parseKeyPairs()
{
    QFETCH(QJsonObject, reply);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, names);
    QFETCH(bool, error);
    const KeyPairs r = V2Replies::parseKeyPairs(reply);
    QCOMPARE(!r.error.isEmpty(), error);
    QStringList gotIds, gotNames;
    for (const KeyPair &k : r.keyPairs) {
        gotIds << k.keyId;
        gotNames << k.keyName;
    }
    QCOMPARE(gotIds, ids);
    QCOMPARE(gotNames, names);
}

void TestApiReplies::parsePrice_data()
{
    QTest::addColumn<QJsonObject>("reply");
    QTest::addColumn<bool>("error");
    QTest::addColumn<double>("instance");
    QTest::addColumn<QString>("instanceUnit");
    QTest::addColumn<double>("bandwidth");

    QTest::newRow("numbers") << json(R"({"code":0,"data":{"cvm":{"price":0.5,"price_unit":"HOUR"},
        "bandwidth":{"price":0.8,"price_unit":"HOUR"}}})")
                             << false << 0.5 << u"HOUR"_s << 0.8;
    QTest::newRow("strings") << json(R"({"code":0,"data":{"cvm":{"price":"1.25","price_unit":"HOUR"},
        "bandwidth":{"price":" 0.10 "}}})")
                             << false << 1.25 << u"HOUR"_s << 0.1;
    QTest::newRow("free") << json(R"({"data":{"cvm":{"price":0}}})") << false << 0.0 << QString() << 0.0;
    QTest::newRow("no bandwidth price")
        << json(R"({"data":{"cvm":{"price":2}}})") << false << 2.0 << QString() << 0.0;
    QTest::newRow("bad bandwidth price")
        << json(R"({"data":{"cvm":{"price":2},"bandwidth":{"price":"n/a"}}})") << false << 2.0 << QString()
        << 0.0;
    QTest::newRow("missing data") << json(R"({"code":0})") << true << 0.0 << QString() << 0.0;
    QTest::newRow("missing cvm") << json(R"({"data":{"bandwidth":{"price":1}}})") << true << 0.0 << QString()
                                 << 0.0;
    QTest::newRow("missing price") << json(R"({"data":{"cvm":{"price_unit":"HOUR"}}})") << true << 0.0
                                   << QString() << 0.0;
    QTest::newRow("price not a number")
        << json(R"({"data":{"cvm":{"price":"cheap"}}})") << true << 0.0 << QString() << 0.0;
    QTest::newRow("negative price") << json(R"({"data":{"cvm":{"price":-1}}})") << true << 0.0 << QString()
                                    << 0.0;
    QTest::newRow("price null") << json(R"({"data":{"cvm":{"price":null}}})") << true << 0.0 << QString()
                                << 0.0;
    QTest::newRow("cvm an array") << json(R"({"data":{"cvm":[{"price":1}]}})") << true << 0.0 << QString()
                                  << 0.0;
}

void TestApiReplies::parsePrice()
{
    QFETCH(QJsonObject, reply);
    QFETCH(bool, error);
    QFETCH(double, instance);
    QFETCH(QString, instanceUnit);
    QFETCH(double, bandwidth);
    const Price r = V2Replies::parsePrice(reply);
    QCOMPARE(!r.error.isEmpty(), error);
    if (error)
        return;
    QCOMPARE(r.instancePerHour, instance);
    QCOMPARE(r.instanceUnit, instanceUnit);
    QCOMPARE(r.bandwidthPerHour, bandwidth);
}

void TestApiReplies::garbage_data()
{
    QTest::addColumn<QJsonObject>("reply");
    QTest::newRow("empty object") << QJsonObject();
    QTest::newRow("data null") << json(R"({"data":null})");
    QTest::newRow("data array") << json(R"({"data":[1,2,3]})");
    QTest::newRow("data string") << json(R"({"data":"x"})");
    QTest::newRow("every list the wrong type")
        << json(R"({"unInstanceIds":{},"instanceSet":null,"zoneSet":{"a":1},"imageSet":"x","sshSet":1,
                   "data":{"cvm":"cheap"}})");
    QTest::newRow("wrong types under data")
        << json(R"({"data":{"unInstanceIds":5,"instanceSet":true,"zoneSet":"z","imageSet":{},"sshSet":null,
                   "cvm":{"price":{"amount":1}}}})");
    QTest::newRow("deep nesting") << json(R"({"data":{"data":{"data":{"instanceSet":[]}}},
                                             "x":[[[[[[[[[[{"y":[[[[]]]]}]]]]]]]]]]})");
    QTest::newRow("arrays of arrays")
        << json(R"({"unInstanceIds":[[],[[]]],"instanceSet":[[{"unInstanceId":"ins-1"}]],
                   "zoneSet":[[100001]],"imageSet":[["img-1"]],"sshSet":[["skey-1"]],"data":{"cvm":{}}})");
}

void TestApiReplies::garbage()
{
    QFETCH(QJsonObject, reply);

    const RunInstances run = V2Replies::parseRunInstances(reply, 1);
    QVERIFY(run.instanceIds.isEmpty());
    QVERIFY(!run.error.isEmpty());

    const DescribeInstances described = V2Replies::parseDescribeInstances(reply);
    QVERIFY(described.instances.isEmpty());
    // An array of junk is an (empty) answer; anything else is an error.
    const bool setIsArray = reply.value("instanceSet"_L1).isArray();
    QCOMPARE(described.error.isEmpty(), setIsArray);

    const Zones zones = V2Replies::parseZones(reply);
    QVERIFY(zones.zones.isEmpty());
    QCOMPARE(zones.error.isEmpty(), reply.value("zoneSet"_L1).isArray());

    const Images images = V2Replies::parseImages(reply);
    QVERIFY(images.images.isEmpty());
    QCOMPARE(images.error.isEmpty(), reply.value("imageSet"_L1).isArray());

    const KeyPairs keys = V2Replies::parseKeyPairs(reply);
    QVERIFY(keys.keyPairs.isEmpty());
    QCOMPARE(keys.error.isEmpty(), reply.value("sshSet"_L1).isArray());

    const Price price = V2Replies::parsePrice(reply);
    QVERIFY(!price.error.isEmpty());
    QCOMPARE(price.instancePerHour, 0.0);
}

// What a status view, the CLI or an exported CSV shows of an instance carries no control character from the
// server; an id holding one names nothing and is dropped.
void TestApiReplies::serverTextArrivesEscaped()
{
    const QString hostile = u"web\x1b]0;PWNED\a\nDone"_s;
    const QString shown = u"web\\e]0;PWNED\\x07\\nDone"_s;
    const QJsonObject v2{{u"code"_s, 0},
                         {u"instanceSet"_s,
                          QJsonArray{QJsonObject{{u"unInstanceId"_s, u"ins-aaaa1111"_s},
                                                 {u"instanceName"_s, hostile},
                                                 {u"status"_s, 2},
                                                 {u"lanIp"_s, hostile},
                                                 {u"wanIpSet"_s, QJsonArray{hostile}},
                                                 {u"os"_s, hostile}},
                                     QJsonObject{{u"unInstanceId"_s, u"ins-\x1b[2J"_s}, {u"status"_s, 2}}}}};
    const QJsonObject v3{{u"InstanceSet"_s,
                          QJsonArray{QJsonObject{{u"InstanceId"_s, u"ins-aaaa1111"_s},
                                                 {u"InstanceName"_s, hostile},
                                                 {u"InstanceState"_s, u"RUNNING"_s},
                                                 {u"PrivateIpAddresses"_s, QJsonArray{hostile}},
                                                 {u"PublicIpAddresses"_s, QJsonArray{hostile}},
                                                 {u"OsName"_s, hostile}},
                                     QJsonObject{{u"InstanceId"_s, u"ins-\x1b[2J"_s},
                                                 {u"InstanceState"_s, u"RUNNING"_s}}}},
                         {u"TotalCount"_s, 2}};
    for (const auto &[api, reply] : {std::pair{PurchaseOrder::Api::V2, v2}, std::pair{PurchaseOrder::Api::V3, v3}}) {
        const DescribeInstances r = ApiProtocol::forApi(api).parseDescribeInstances(reply);
        QCOMPARE(r.instances.size(), 1);
        const Instance &i = r.instances.first();
        QCOMPARE(i.instanceId, u"ins-aaaa1111"_s);
        QCOMPARE(i.instanceName, shown);
        QCOMPARE(i.lanIp, shown);
        QCOMPARE(i.wanIps, QStringList{shown});
        QCOMPARE(i.os, shown);
    }
}

QTEST_GUILESS_MAIN(TestApiReplies)
#include "tst_apireplies.moc"
