// cvm-purchaser-cli with API 3.0 templates against the cvm-sandbox executable's
// "/": the same subcommands, events and exit statuses as API 2.0 (CONTRACTS.md).
#include "cli/CliTestSupport.h"
#include "common/ContractsExample.h"
#include "order/OrderTemplate.h"
#include "protocol/ApiProtocol.h"

#include <QJsonArray>

#include <optional>

using namespace Qt::StringLiterals;
using CliTest::Result;
using CliTest::Sandbox;

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QJsonObject v3Template(int count = 1)
{
    QJsonObject o = QJsonDocument::fromJson(kContractsExampleV3).object();
    o.insert(u"count"_s, count);
    return o;
}
} // namespace

class TestCliApi3 : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<CliTest::Cli> m_cli;

    QString templatePath(const QJsonObject &object, const QString &name = u"order3.json"_s)
    {
        return CliTest::writeTemplate(m_home->path() + u"/templates/"_s + name, object);
    }
    static QString v3Url(const Sandbox &sandbox) { return u"http://127.0.0.1:%1/"_s.arg(sandbox.port()); }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ApiResult>(); }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_cli = std::make_unique<CliTest::Cli>(m_home->path());
    }
    void cleanup()
    {
        m_cli.reset();
        m_home.reset();
    }

    void validateTakesThe3Template()
    {
        const Result ok = m_cli->run({u"validate"_s, templatePath(v3Template())});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
        QJsonObject bad = v3Template();
        bad.insert(u"zone"_s, u"ap-shanghai-2"_s);
        bad.insert(u"systemDisk"_s, QJsonObject{{u"type"_s, u"FLOPPY"_s}, {u"size"_s, 50}});
        const Result refused = m_cli->run({u"validate"_s, templatePath(bad)});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains("zone: "_L1), qPrintable(refused.describe()));
        QVERIFY2(refused.out.contains("systemDisk: "_L1), qPrintable(refused.describe()));
    }

    // The settings admins use (issue 17): validate names the field of each broken rule; a purchase with all
    // of them goes through, and the start-up script is never printed, neither as text nor as base64.
    void adminSettingsThroughTheCli()
    {
        QJsonObject bad = v3Template();
        bad.insert(u"hostName"_s, u"-web"_s);
        bad.insert(u"tags"_s, QJsonObject{{u"qcloud-team"_s, u"ops"_s}});
        const Result refused = m_cli->run({u"validate"_s, templatePath(bad)});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains("hostName: "_L1), qPrintable(refused.describe()));
        QVERIFY2(refused.out.contains("tags: "_L1), qPrintable(refused.describe()));
        QJsonObject wrongType = v3Template();
        wrongType.insert(u"disableApiTermination"_s, u"yes"_s);
        const Result typed = m_cli->run({u"validate"_s, templatePath(wrongType)});
        QCOMPARE(typed.exitCode, 1);
        QVERIFY2(typed.out.contains("disableApiTermination: "_L1), qPrintable(typed.describe()));

        Sandbox sandbox;
        QVERIFY(sandbox.start({}));
        m_cli->useDemoCredentials();
        const QString script = u"#!/bin/sh\necho CVM-USERDATA-MARKER\n"_s;
        QJsonObject admin = v3Template(2);
        admin.insert(u"instanceName"_s, u"web-{R:1,F:2}"_s);
        admin.insert(u"hostName"_s, u"web-{R:1}"_s);
        admin.insert(u"tags"_s, QJsonObject{{u"team"_s, u"ops"_s}});
        admin.insert(u"userData"_s, script);
        admin.insert(u"disableApiTermination"_s, true);
        admin.insert(u"dataDisks"_s,
                     QJsonArray{QJsonObject{
                         {u"type"_s, u"CLOUD_SSD"_s}, {u"size"_s, 100}, {u"deleteWithInstance"_s, false}}});
        const QString path = templatePath(admin);
        const Result valid = m_cli->run({u"validate"_s, path});
        QVERIFY2(valid.exitCode == 0, qPrintable(valid.describe()));
        const Result r = m_cli->run(
            {u"purchase"_s, path, u"--endpoint"_s, v3Url(sandbox), u"--password-stdin"_s, u"--json"_s},
            "abcdEFGH\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(strings(r.events.first().value(u"instanceIds"_s)).size(), 2);
        const QString encoded = QString::fromLatin1(script.toUtf8().toBase64());
        for (const QString &output : {r.out, r.err, valid.out, valid.err})
            QVERIFY2(!output.contains("CVM-USERDATA-MARKER"_L1) && !output.contains(encoded),
                     "the start-up script was printed");
        // The journal keeps the order as it was bought, the script included.
        const QJsonObject journaled =
            QJsonDocument::fromJson(OrderTemplate::write(m_cli->journal().first().order)).object();
        QCOMPARE(journaled.value(u"userData"_s).toString(), script);
        QCOMPARE(journaled.value(u"hostName"_s).toString(), u"web-{R:1}"_s);
    }

    // The resources issue's full order as a template, with ids the account lists: a VPC and its subnet in the
    // order's zone, two security groups, three tags, a host-name pattern, a start-up script, three data disks
    // of two types, 3 instances; validated and bought through the CLI at a separate endpoint (issue 17).
    void theFullOrderFromTheAccountsResourcesIsBought()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--running-after"_s, u"1"_s}));
        m_cli->useDemoCredentials();
        m_cli->setEnv(u"CVM_PURCHASER_API"_s,
                      u"3.0"_s); // what `list` asks in; the template says it for purchase
        const auto listed = [&](const QStringList &what) {
            const Result r = m_cli->run(QStringList{u"list"_s} + what +
                                        QStringList{u"--endpoint"_s, v3Url(sandbox), u"--json"_s});
            QList<QJsonObject> items;
            for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts))
                items.append(QJsonDocument::fromJson(line.toUtf8()).object());
            return r.exitCode == 0 ? items : QList<QJsonObject>{};
        };
        QString vpc;
        for (const QJsonObject &v : listed({u"vpcs"_s}))
            if (!v.value(u"isDefault"_s).toBool())
                vpc = v.value(u"vpcId"_s).toString();
        QVERIFY(!vpc.isEmpty());
        const QJsonObject subnet = listed({u"subnets"_s, u"--vpc"_s, vpc}).value(0);
        QVERIFY(!subnet.isEmpty());
        QStringList groups;
        for (const QJsonObject &g : listed({u"security-groups"_s}))
            if (!g.value(u"isDefault"_s).toBool() && groups.size() < 2)
                groups.append(g.value(u"securityGroupId"_s).toString());
        QCOMPARE(groups.size(), 2);

        QJsonObject order = v3Template(3);
        order.insert(u"zone"_s, subnet.value(u"zone"_s));
        order.insert(u"vpcId"_s, vpc);
        order.insert(u"subnetId"_s, subnet.value(u"subnetId"_s));
        order.insert(u"securityGroupIds"_s, QJsonArray::fromStringList(groups));
        order.insert(u"tags"_s,
                     QJsonObject{{u"team"_s, u"ops"_s}, {u"env"_s, u"prod"_s}, {u"cost"_s, u"42"_s}});
        order.insert(u"instanceName"_s, u"web-{R:1,F:2}"_s);
        order.insert(u"hostName"_s, u"web-{R:1}"_s);
        order.insert(u"userData"_s, u"#!/bin/sh\necho ready > /tmp/ready\n"_s);
        order.insert(u"dataDisks"_s, QJsonArray{QJsonObject{{u"type"_s, u"CLOUD_SSD"_s}, {u"size"_s, 200}},
                                                QJsonObject{{u"type"_s, u"CLOUD_SSD"_s}, {u"size"_s, 300}},
                                                QJsonObject{{u"type"_s, u"CLOUD_PREMIUM"_s},
                                                            {u"size"_s, 100},
                                                            {u"deleteWithInstance"_s, false}}});
        const QString path = templatePath(order, u"full.json"_s);
        const Result valid = m_cli->run({u"validate"_s, path});
        QVERIFY2(valid.exitCode == 0, qPrintable(valid.describe()));

        const Result bought = m_cli->run(
            {u"purchase"_s, path, u"--endpoint"_s, v3Url(sandbox), u"--password-stdin"_s, u"--json"_s},
            "abcdEFGH\n");
        QVERIFY2(bought.exitCode == 0, qPrintable(bought.describe()));
        QCOMPARE(strings(bought.eventsNamed(u"done"_s).value(0).value(u"running"_s)).size(), 3);
        QStringList names;
        for (const QJsonObject &e : bought.eventsNamed(u"state"_s))
            if (e.value(u"status"_s) == u"running"_s && !names.contains(e.value(u"name"_s).toString()))
                names.append(e.value(u"name"_s).toString());
        names.sort();
        QCOMPARE(names, (QStringList{u"web-01"_s, u"web-02"_s, u"web-03"_s}));
        QCOMPARE(sandbox.instanceCount(), 3);
    }

    // export (issue 18): the full order handed to the SDKs and to Terraform, never with a password or a
    // client token; invalid and API 2.0 templates refused.
    static QJsonObject fullOrder()
    {
        QJsonObject o = v3Template(3);
        const QJsonObject extra =
            QJsonDocument::fromJson(
                R"({"instanceName": "web", "hostName": "web.example", )"
                R"("tags": {"team": "ops", "env": "prod"}, "userData": "#!/bin/sh\necho hello\n", )"
                R"("dataDisks": [{"type": "CLOUD_SSD", "size": 200, "deleteWithInstance": false}, )"
                R"({"type": "CLOUD_PREMIUM", "size": 100}], )"
                R"("securityGroupIds": ["sg-abcd1234", "sg-efgh5678"], "vpcId": "vpc-abcd1234", )"
                R"("subnetId": "subnet-abcd1234", "keyIds": ["skey-abcd1234"]})")
                .object();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }

    void exportSdkJsonIsTheRequestWithoutSecrets()
    {
        const QString path = templatePath(fullOrder());
        const Result r = m_cli->run({u"export"_s, path, u"--format"_s, u"sdk-json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), qPrintable(r.describe()));
        QVERIFY2(r.out.contains("\n    \"InstanceCount\": 3,\n"_L1), qPrintable(r.out)); // pretty-printed
        // What a purchase of the template sends, but its client token (and the tag carrying it).
        const OrderTemplate::ReadResult read = OrderTemplate::readFile(path);
        QVERIFY(read.ok());
        const QJsonObject sent = ApiProtocol::forApi(PurchaseOrder::Api::V3).runInstances(read.order).body;
        QCOMPARE(document.object(), sent);
        QVERIFY(!r.out.contains("Password"_L1));
        QVERIFY(!r.out.contains("ClientToken"_L1));
        QVERIFY(!r.out.contains("cvm-purchaser-token"_L1));
        QCOMPARE(document.object().value(u"LoginSettings"_s).toObject(),
                 QJsonObject({{u"KeyIds"_s, QJsonArray{u"skey-abcd1234"_s}}}));
        QCOMPARE(document.object().value(u"DataDisks"_s).toArray().size(), 2);
        QCOMPARE(document.object().value(u"SecurityGroupIds"_s).toArray().size(), 2);
    }

    void exportTerraformIsAResource()
    {
        const Result r = m_cli->run({u"export"_s, templatePath(fullOrder()), u"--format=terraform"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("\nresource \"tencentcloud_instance\" \"web\" {\n  count = 3\n"_L1),
                 qPrintable(r.out));
        for (const char *line :
             {"  availability_zone = \"ap-guangzhou-3\"\n", "  instance_type = \"S5.MEDIUM4\"\n",
              "  orderly_security_groups = [\"sg-abcd1234\", \"sg-efgh5678\"]\n",
              "  vpc_id = \"vpc-abcd1234\"\n", "  key_ids = [\"skey-abcd1234\"]\n",
              "  hostname = \"web.example\"\n", "    delete_with_instance = false\n",
              "    \"env\" = \"prod\"\n", "  user_data = \"IyEvYmluL3NoCmVjaG8gaGVsbG8K\"\n"})
            QVERIFY2(r.out.contains(QLatin1StringView(line)), line);
        QVERIFY(r.out.endsWith("}\n"_L1));
        QVERIFY(!r.out.contains("cvm-purchaser-token"_L1));
    }

    void exportRefusals()
    {
        // An invalid order: the problems as validate prints them, exit 1, nothing exported.
        QJsonObject bad = fullOrder();
        bad.insert(u"hostName"_s, u"-web"_s);
        const QString badPath = templatePath(bad, u"bad.json"_s);
        const Result invalid = m_cli->run({u"export"_s, badPath, u"--format"_s, u"sdk-json"_s});
        QCOMPARE(invalid.exitCode, 1);
        QCOMPARE(invalid.out, m_cli->run({u"validate"_s, badPath}).out);
        QVERIFY2(invalid.out.startsWith("hostName: "_L1), qPrintable(invalid.describe()));
        QCOMPARE(m_cli->run({u"export"_s, badPath, u"--format"_s, u"terraform"_s}).exitCode, 1);

        // An API 2.0 template: said, exit 2; an invalid one: exit 1.
        const QString v2Path = templatePath(CliTest::contractTemplate(), u"v2.json"_s);
        const Result v2 = m_cli->run({u"export"_s, v2Path, u"--format"_s, u"sdk-json"_s});
        QCOMPARE(v2.exitCode, 2);
        QVERIFY2(v2.err.contains("API 2.0 template; export takes API 3.0 templates"_L1),
                 qPrintable(v2.describe()));
        QVERIFY(v2.out.isEmpty());
        QJsonObject v2Bad = CliTest::contractTemplate();
        v2Bad.insert(u"bandwidth"_s, -1);
        QCOMPARE(
            m_cli->run({u"export"_s, templatePath(v2Bad, u"v2bad.json"_s), u"--format"_s, u"terraform"_s})
                .exitCode,
            1);

        // Usage errors: no format, an unknown one, no template.
        const QString path = templatePath(fullOrder());
        const Result noFormat = m_cli->run({u"export"_s, path});
        QCOMPARE(noFormat.exitCode, 2);
        QVERIFY2(noFormat.err.contains("--format sdk-json or --format terraform"_L1),
                 qPrintable(noFormat.describe()));
        const Result unknown = m_cli->run({u"export"_s, path, u"--format"_s, u"yaml"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("\"yaml\""_L1), qPrintable(unknown.describe()));
        QCOMPARE(m_cli->run({u"export"_s, u"--format"_s, u"terraform"_s}).exitCode, 2);
    }

    // convert (issue 17): the contract's API 2.0 template in API 3.0 terms, which validate takes and the
    // sandbox sells; keys with no equivalent, one line each; invalid and API 3.0 templates refused.
    void convertGivesA3TemplateThatBuys()
    {
        const Result r = m_cli->run({u"convert"_s, templatePath(CliTest::contractTemplate(2), u"v2.json"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.startsWith("{\n  \"schema\": 1,\n  \"api\": \"3.0\",\n"_L1), qPrintable(r.out));
        const QJsonObject converted = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(converted.value(u"region"_s).toString(), u"ap-guangzhou"_s);
        QCOMPARE(converted.value(u"zone"_s).toString(), u"ap-guangzhou-1"_s);
        QCOMPARE(converted.value(u"instanceType"_s).toString(), u"S1.SMALL2"_s);
        QCOMPARE(converted.value(u"systemDisk"_s).toObject(),
                 QJsonObject({{u"type"_s, u"LOCAL_BASIC"_s}, {u"size"_s, 20}}));
        QCOMPARE(converted.value(u"dataDisks"_s).toArray(),
                 QJsonArray{QJsonObject({{u"type"_s, u"LOCAL_BASIC"_s}, {u"size"_s, 50}})});
        QCOMPARE(converted.value(u"internetChargeType"_s).toString(), u"BANDWIDTH_POSTPAID_BY_HOUR"_s);
        QCOMPARE(converted.value(u"count"_s).toInt(), 2);
        QCOMPARE(converted.value(u"instanceName"_s).toString(), u"web"_s);

        const QString path =
            CliTest::writeFile(m_home->path() + u"/templates/converted.json"_s, r.out.toUtf8());
        const Result valid = m_cli->run({u"validate"_s, path});
        QVERIFY2(valid.exitCode == 0, qPrintable(valid.describe()));
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--running-after"_s, u"1"_s}));
        m_cli->useDemoCredentials();
        const Result bought = m_cli->run({u"purchase"_s, path, u"--endpoint"_s, v3Url(sandbox), u"--json"_s});
        QVERIFY2(bought.exitCode == 0, qPrintable(bought.describe()));
        QCOMPARE(strings(bought.events.last().value(u"running"_s)).size(), 2);
        QCOMPARE(m_cli->journal().first().order.instanceType, u"S1.SMALL2"_s);
    }

    void convertRefusals()
    {
        // Keys with no API 3.0 equivalent: one line each, "key: why", exit 1, no template.
        QJsonObject gateway = CliTest::contractTemplate();
        gateway.insert(u"vpcId"_s, u"vpc-abcd1234"_s);
        gateway.insert(u"subnetId"_s, u"subnet-abcd1234"_s);
        gateway.insert(u"isVpcGateway"_s, 1);
        gateway.insert(u"instanceName"_s, u"web-{R:1}"_s);
        const Result unconvertible = m_cli->run({u"convert"_s, templatePath(gateway, u"gateway.json"_s)});
        QCOMPARE(unconvertible.exitCode, 1);
        const QStringList lines = unconvertible.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith("isVpcGateway: "_L1) &&
                     lines.at(0).contains(" has no API 3.0 equivalent: "_L1),
                 qPrintable(unconvertible.describe()));
        QVERIFY2(lines.at(1).startsWith("instanceName: "_L1), qPrintable(unconvertible.describe()));
        QVERIFY(!unconvertible.out.contains("\"schema\""_L1));

        // An invalid template: its problems as validate prints them, exit 1.
        QJsonObject bad = CliTest::contractTemplate();
        bad.insert(u"bandwidth"_s, -1);
        bad.insert(u"password"_s, u"Secret123!"_s);
        const QString badPath = templatePath(bad, u"bad.json"_s);
        const Result invalid = m_cli->run({u"convert"_s, badPath});
        QCOMPARE(invalid.exitCode, 1);
        QCOMPARE(invalid.out, m_cli->run({u"validate"_s, badPath}).out);
        QVERIFY2(invalid.out.contains("bandwidth: "_L1), qPrintable(invalid.describe()));
        QVERIFY(!invalid.out.contains("Secret123!"_L1) && !invalid.err.contains("Secret123!"_L1));

        // An API 3.0 template, no template, two: usage errors.
        const Result v3 = m_cli->run({u"convert"_s, templatePath(v3Template())});
        QCOMPARE(v3.exitCode, 2);
        QVERIFY2(v3.err.contains("API 3.0 template already"_L1), qPrintable(v3.describe()));
        QCOMPARE(m_cli->run({u"convert"_s}).exitCode, 2);
        QCOMPARE(m_cli->run({u"convert"_s, badPath, badPath}).exitCode, 2);
        QCOMPARE(m_cli->run({u"convert"_s, badPath, u"--format"_s, u"x"_s}).exitCode, 2);
    }

    void purchaseTracksToRunningThenStatusAndResume()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--running-after"_s, u"2"_s}));
        m_cli->useDemoCredentials();
        // Upper and lower case count as two classes in 3.0: this Linux password passes there only.
        const Result r = m_cli->run({u"purchase"_s, templatePath(v3Template(2)), u"--endpoint"_s,
                                     v3Url(sandbox), u"--password-stdin"_s, u"--json"_s},
                                    "abcdEFGH\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
        QVERIFY2(!r.out.contains("abcdEFGH"_L1) && !r.err.contains("abcdEFGH"_L1),
                 "the password was printed");
        QCOMPARE(r.events.first().value(u"event"_s).toString(), u"submitted"_s);
        QCOMPARE(r.events.last().value(u"event"_s).toString(), u"done"_s);
        const QStringList ids = strings(r.events.first().value(u"instanceIds"_s));
        QCOMPARE(ids.size(), 2);
        QStringList statuses;
        for (const QJsonObject &e : r.eventsNamed(u"state"_s))
            statuses.append(e.value(u"status"_s).toString());
        QVERIFY(statuses.contains(u"creating"_s));
        QCOMPARE(strings(r.events.last().value(u"running"_s)).size(), 2);
        QVERIFY2(r.err.contains("sending RunInstances for 2 instances"_L1), qPrintable(r.err));

        const QList<JournalEntry> journal = m_cli->journal();
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.first().order.api, PurchaseOrder::Api::V3);
        QCOMPARE(journal.first().state(), JournalEntry::State::Done);

        // status finds the API of these instances in the journal.
        const Result status =
            m_cli->run({u"status"_s, u"--endpoint"_s, v3Url(sandbox), u"--json"_s, ids.first()});
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
        QCOMPARE(status.eventsNamed(u"state"_s).first().value(u"status"_s).toString(), u"running"_s);

        // Without the journal, CVM_PURCHASER_API says which API to speak.
        CliTest::Cli stranger(m_home->path() + u"/elsewhere"_s);
        stranger.useDemoCredentials();
        stranger.setEnv(u"CVM_PURCHASER_API"_s, u"3.0"_s);
        const Result fresh = stranger.run({u"status"_s, u"--region"_s, u"ap-guangzhou"_s, u"--endpoint"_s,
                                           v3Url(sandbox), u"--json"_s, ids.last()});
        QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.describe()));
        QCOMPARE(fresh.eventsNamed(u"state"_s).first().value(u"status"_s).toString(), u"running"_s);
        stranger.setEnv(u"CVM_PURCHASER_API"_s, u"4.0"_s);
        const Result badApi = stranger.run({u"status"_s, u"--region"_s, u"ap-guangzhou"_s, ids.last()});
        QCOMPARE(badApi.exitCode, 2);
        QVERIFY2(badApi.err.contains("CVM_PURCHASER_API"_L1), qPrintable(badApi.describe()));
    }

    // A failed instance's state event carries the cloud's own words for it (escaped: no line breaks), in
    // purchase and in status alike; every state event names its instance (issue 18).
    void aFailedInstanceSaysWhy()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--faults"_s, u"fail-one"_s, u"--running-after"_s, u"1"_s}));
        m_cli->useDemoCredentials();
        const Result r = m_cli->run({u"purchase"_s, templatePath(v3Template(3)), u"--endpoint"_s,
                                     v3Url(sandbox), u"--password-stdin"_s, u"--json"_s},
                                    "abcdEFGH\n");
        QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
        const QStringList failed = strings(r.eventsNamed(u"done"_s).value(0).value(u"failed"_s));
        QCOMPARE(failed.size(), 1);
        const auto reasonOf = [&failed](const Result &result) {
            QString reason;
            for (const QJsonObject &e : result.eventsNamed(u"state"_s)) {
                if (e.value(u"name"_s).toString().isEmpty())
                    return u"(a state event without a name)"_s;
                if (e.value(u"instanceId"_s).toString() == failed.first() &&
                    e.value(u"status"_s) == u"failed"_s)
                    reason = e.value(u"reason"_s).toString();
                else if (e.contains(u"reason"_s))
                    return u"(a reason for an instance that did not fail)"_s;
            }
            return reason;
        };
        const QString reason = reasonOf(r);
        QVERIFY2(reason.contains("no capacity left"_L1) && reason.contains("Try another zone."_L1),
                 qPrintable(reason));
        QVERIFY2(!reason.contains(u'\n'), qPrintable(reason));

        const Result status =
            m_cli->run({u"status"_s, u"--endpoint"_s, v3Url(sandbox), u"--json"_s, failed.first()});
        QVERIFY2(status.exitCode == 4, qPrintable(status.describe()));
        QCOMPARE(reasonOf(status), reason);
    }

    // purchase --replace-failed buys the failed instances of a past purchase again, as a new purchase under
    // a new client token, at the endpoint the first went to (issue 18).
    void replacementsForFailedAreANewPurchase()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--faults"_s, u"fail-one"_s, u"--running-after"_s, u"1"_s}));
        m_cli->useDemoCredentials();
        const Result first = m_cli->run({u"purchase"_s, templatePath(v3Template(3)), u"--endpoint"_s,
                                         v3Url(sandbox), u"--password-stdin"_s, u"--json"_s},
                                        "abcdEFGH\n");
        QVERIFY2(first.exitCode == 4, qPrintable(first.describe()));
        const QString token = first.events.first().value(u"clientToken"_s).toString();
        const QString failed = strings(first.eventsNamed(u"done"_s).value(0).value(u"failed"_s)).value(0);
        QVERIFY(!failed.isEmpty());

        // The password is not kept, so it is asked for; elsewhere than the purchase went, nothing is bought.
        const Result noPassword =
            m_cli->run({u"purchase"_s, u"--replace-failed"_s, token, u"--endpoint"_s, v3Url(sandbox)});
        QVERIFY2(noPassword.exitCode == 2 && noPassword.err.contains("--password-stdin"_L1),
                 qPrintable(noPassword.describe()));
        const Result elsewhere = m_cli->run({u"purchase"_s, u"--replace-failed"_s, token, u"--endpoint"_s,
                                             u"http://127.0.0.1:1/"_s, u"--password-stdin"_s},
                                            "abcdEFGH\n");
        QVERIFY2(elsewhere.exitCode == 2 && elsewhere.err.contains(v3Url(sandbox)),
                 qPrintable(elsewhere.describe()));
        const Result unknown = m_cli->run({u"purchase"_s, u"--replace-failed"_s, u"ins-00000000"_s,
                                           u"--endpoint"_s, v3Url(sandbox), u"--password-stdin"_s},
                                          "abcdEFGH\n");
        QVERIFY2(unknown.exitCode == 1 && unknown.err.contains("ins-00000000"_L1),
                 qPrintable(unknown.describe()));
        QCOMPARE(sandbox.instanceCount(), 3);

        // Named by its failed instance, the purchase is found; one instance is bought under a new token.
        const Result again = m_cli->run({u"purchase"_s, u"--replace-failed"_s, failed, u"--endpoint"_s,
                                         v3Url(sandbox), u"--password-stdin"_s, u"--json"_s},
                                        "abcdEFGH\n");
        QVERIFY2(again.jsonProblem.isEmpty(), qPrintable(again.jsonProblem));
        const QJsonObject submitted = again.eventsNamed(u"submitted"_s).value(0);
        QVERIFY2(!submitted.isEmpty(), qPrintable(again.describe()));
        QVERIFY(submitted.value(u"clientToken"_s).toString() != token);
        QCOMPARE(strings(submitted.value(u"instanceIds"_s)).size(), 1);
        QCOMPARE(sandbox.instanceCount(), 4);
        const QList<JournalEntry> history = m_cli->journal();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().order.goodsNum, 1);
        QCOMPARE(history.last().order.instanceType, history.first().order.instanceType);
        QCOMPARE(history.last().order.zone, history.first().order.zone);

        // A purchase with nothing failed has nothing to replace.
        Sandbox healthy;
        QVERIFY(healthy.start({u"--running-after"_s, u"1"_s}));
        const Result fine = m_cli->run({u"purchase"_s, templatePath(v3Template(1)), u"--endpoint"_s,
                                        v3Url(healthy), u"--password-stdin"_s, u"--json"_s},
                                       "abcdEFGH\n");
        QVERIFY2(fine.exitCode == 0, qPrintable(fine.describe()));
        const Result none = m_cli->run({u"purchase"_s, u"--replace-failed"_s,
                                        fine.events.first().value(u"clientToken"_s).toString(),
                                        u"--endpoint"_s, v3Url(healthy), u"--password-stdin"_s},
                                       "abcdEFGH\n");
        QVERIFY2(none.exitCode == 1 && none.err.contains("nothing to replace"_L1),
                 qPrintable(none.describe()));
        QCOMPARE(healthy.instanceCount(), 1);
    }

    // terminate destroys a purchase's instances, follows them until the cloud lists them no more and records
    // that in the history; without a terminal it sends nothing unless told --yes (issue 18).
    void terminateLeavesNothingRunning()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--running-after"_s, u"1"_s}));
        m_cli->useDemoCredentials();
        const Result bought = m_cli->run({u"purchase"_s, templatePath(v3Template(2)), u"--endpoint"_s,
                                          v3Url(sandbox), u"--password-stdin"_s, u"--json"_s},
                                         "abcdEFGH\n");
        QVERIFY2(bought.exitCode == 0, qPrintable(bought.describe()));
        const QStringList ids = strings(bought.events.first().value(u"instanceIds"_s));
        QCOMPARE(ids.size(), 2);
        QCOMPARE(sandbox.instanceCount(), 2);

        // No terminal, no --yes: refused before anything is sent.
        const Result unasked =
            m_cli->run(QStringList{u"terminate"_s, u"--endpoint"_s, v3Url(sandbox), u"--json"_s} + ids);
        QVERIFY2(unasked.exitCode == 2, qPrintable(unasked.describe()));
        QVERIFY2(unasked.err.contains("--yes"_L1), qPrintable(unasked.err));
        QCOMPARE(sandbox.instanceCount(), 2);

        const Result r = m_cli->run(
            QStringList{u"terminate"_s, u"--yes"_s, u"--endpoint"_s, v3Url(sandbox), u"--json"_s} + ids);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
        QStringList terminated;
        for (const QJsonObject &e : r.eventsNamed(u"state"_s))
            if (e.value(u"status"_s) == u"terminated"_s)
                terminated.append(e.value(u"instanceId"_s).toString());
        terminated.sort();
        QStringList expected = ids;
        expected.sort();
        QCOMPARE(terminated, expected);
        const QJsonObject done = r.eventsNamed(u"done"_s).value(0);
        QCOMPARE(strings(done.value(u"terminated"_s)).size(), 2);
        QVERIFY(strings(done.value(u"failed"_s)).isEmpty());
        QCOMPARE(sandbox.instanceCount(), 0);

        // The history says so.
        QCOMPARE(m_cli->journal().first().terminatedIds.size(), 2);
        const Result history = m_cli->run({u"history"_s, u"--json"_s, u"--state"_s, u"terminated"_s});
        QVERIFY2(history.exitCode == 0, qPrintable(history.describe()));
        const QStringList lines = history.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(lines.first().toUtf8()).object().value(u"state"_s).toString(),
                 u"terminated"_s);

        // Gone instances are gone: asking again terminates nothing and says they are.
        const Result again = m_cli->run(
            QStringList{u"terminate"_s, u"--yes"_s, u"--endpoint"_s, v3Url(sandbox), u"--json"_s} + ids);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    }

    // An instance protected from termination is reported and never sent: the cloud would refuse the whole
    // request, and the others of the same call would stay too. Exit 4, as for instances that failed.
    void aProtectedInstanceIsReportedNotSent()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--running-after"_s, u"1"_s}));
        m_cli->useDemoCredentials();
        QJsonObject guarded = v3Template();
        guarded.insert(u"disableApiTermination"_s, true);
        const Result first = m_cli->run({u"purchase"_s, templatePath(guarded, u"guarded.json"_s), u"--endpoint"_s,
                                         v3Url(sandbox), u"--password-stdin"_s, u"--json"_s},
                                        "abcdEFGH\n");
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        const Result second = m_cli->run({u"purchase"_s, templatePath(v3Template()), u"--endpoint"_s,
                                          v3Url(sandbox), u"--password-stdin"_s, u"--json"_s},
                                         "abcdEFGH\n");
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        const QString protectedId = strings(first.events.first().value(u"instanceIds"_s)).value(0);
        const QString plainId = strings(second.events.first().value(u"instanceIds"_s)).value(0);

        const Result r = m_cli->run({u"terminate"_s, u"--yes"_s, u"--endpoint"_s, v3Url(sandbox), u"--json"_s,
                                     protectedId, plainId});
        QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
        QStringList said;
        for (const QJsonObject &e : r.eventsNamed(u"state"_s))
            said.append(e.value(u"instanceId"_s).toString() + u' ' + e.value(u"status"_s).toString());
        QVERIFY2(said.contains(protectedId + u" protected"_s), qPrintable(said.join(u", "_s)));
        QVERIFY2(said.contains(plainId + u" terminated"_s), qPrintable(said.join(u", "_s)));
        const QJsonObject done = r.eventsNamed(u"done"_s).value(0);
        QCOMPARE(strings(done.value(u"failed"_s)), QStringList{protectedId});
        QCOMPARE(sandbox.instanceCount(), 1);
    }

    void resumeFollowsA3Purchase()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--running-after"_s, u"1"_s}));
        m_cli->useDemoCredentials();
        const Result r = m_cli->run({u"purchase"_s, templatePath(v3Template()), u"--endpoint"_s,
                                     v3Url(sandbox), u"--no-wait"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(m_cli->journal().first().state(), JournalEntry::State::Tracking);
        const Result resumed = m_cli->run({u"resume"_s, u"--endpoint"_s, v3Url(sandbox), u"--json"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
        QCOMPARE(resumed.events.last().value(u"event"_s).toString(), u"done"_s);
        QCOMPARE(m_cli->journal().first().state(), JournalEntry::State::Done);
    }

    // Every purchase tags its instances with its clientToken. When the history is lost (here: emptied),
    // resume asks the cloud for the instances so tagged, names those the history does not list, and exits 2;
    // status asks its region too.
    void lostHistoryIsAnsweredByTheTags()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--running-after"_s, u"1"_s}));
        m_cli->useDemoCredentials();
        const Result bought = m_cli->run(
            {u"purchase"_s, templatePath(v3Template(2)), u"--endpoint"_s, v3Url(sandbox), u"--json"_s});
        QVERIFY2(bought.exitCode == 0, qPrintable(bought.describe()));
        const QJsonObject submitted = bought.eventsNamed(u"submitted"_s).value(0);
        const QStringList ids = strings(submitted.value(u"instanceIds"_s));
        QCOMPARE(ids.size(), 2);
        QFile history(m_cli->journalPath());
        QVERIFY(history.open(QIODevice::ReadWrite));
        QVERIFY(history.resize(0));
        history.close();

        const Result resumed = m_cli->run({u"resume"_s, u"--endpoint"_s, v3Url(sandbox), u"--json"_s});
        QVERIFY2(resumed.exitCode == 2, qPrintable(resumed.describe()));
        QVERIFY2(resumed.jsonProblem.isEmpty(), qPrintable(resumed.jsonProblem));
        const QList<QJsonObject> untracked = resumed.eventsNamed(u"untracked"_s);
        QVERIFY2(untracked.size() == 1, qPrintable(resumed.describe())); // not "nothing to resume"
        QCOMPARE(untracked.first().value(u"region"_s).toString(), u"ap-guangzhou"_s);
        QCOMPARE(untracked.first().value(u"clientToken"_s).toString(),
                 submitted.value(u"clientToken"_s).toString());
        QCOMPARE(strings(untracked.first().value(u"instanceIds"_s)), ids);
        QVERIFY2(resumed.err.contains(
                     u"CVM_PURCHASER_API=3.0 cvm-purchaser-cli status --region ap-guangzhou --wait "_s +
                     ids.join(u' ')),
                 qPrintable(resumed.err));

        // Told how to follow them, the admin can.
        m_cli->setEnv(u"CVM_PURCHASER_API"_s, u"3.0"_s);
        const Result status = m_cli->run({u"status"_s, u"--region"_s, u"ap-guangzhou"_s, u"--endpoint"_s,
                                          v3Url(sandbox), u"--json"_s, ids.first(), ids.last()});
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
        // status asks too, in its region, while the history has lost purchases.
        const QList<QJsonObject> alsoUntracked = status.eventsNamed(u"untracked"_s);
        QCOMPARE(alsoUntracked.size(), 1);
        QCOMPARE(strings(alsoUntracked.first().value(u"instanceIds"_s)), ids);
    }

    void dryRunBuysNothing()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start());
        m_cli->useDemoCredentials();
        const Result ok = m_cli->run({u"purchase"_s, templatePath(v3Template(3)), u"--endpoint"_s,
                                      v3Url(sandbox), u"--dry-run"_s, u"--json"_s});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
        QVERIFY2(ok.jsonProblem.isEmpty(), qPrintable(ok.jsonProblem));
        QCOMPARE(ok.events.size(), 1);
        const QJsonObject e = ok.events.first();
        QCOMPARE(e.value(u"event"_s).toString(), u"dryRun"_s);
        QCOMPARE(e.value(u"accepted"_s).toBool(), true);
        QCOMPARE(e.value(u"instanceCount"_s).toInt(), 3);
        QVERIFY(e.value(u"instancePrice"_s).toDouble() > 0);
        QCOMPARE(e.value(u"instanceUnit"_s).toString(), u"HOUR"_s);
        QVERIFY2(ok.err.contains("Nothing was bought"_L1), qPrintable(ok.err));
        QVERIFY(m_cli->journal().isEmpty()); // nothing to resume: nothing was sent to buy

        // Without --json, for people.
        const Result human = m_cli->run(
            {u"purchase"_s, templatePath(v3Template()), u"--endpoint"_s, v3Url(sandbox), u"--dry-run"_s});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains("would accept it"_L1), qPrintable(human.describe()));
        QVERIFY2(human.out.contains("per HOUR"_L1), qPrintable(human.describe()));

        // The cloud's refusal, before anything is bought: exit 3, the code named.
        QJsonObject soldOut = v3Template();
        soldOut.insert(u"instanceType"_s, u"S5.2XLARGE32"_s);
        const Result refused = m_cli->run({u"purchase"_s, templatePath(soldOut), u"--endpoint"_s,
                                           v3Url(sandbox), u"--dry-run"_s, u"--json"_s});
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(refused.eventsNamed(u"error"_s).first().value(u"code"_s).toString(),
                 u"ResourceInsufficient.SpecifiedInstanceType"_s);

        // Then a real purchase: the sandbox's first instances are these, so the dry runs bought none.
        const Result bought = m_cli->run({u"purchase"_s, templatePath(v3Template()), u"--endpoint"_s,
                                          v3Url(sandbox), u"--no-wait"_s, u"--json"_s});
        QCOMPARE(bought.exitCode, 0);
        const Result status = m_cli->run({u"status"_s, u"--endpoint"_s, v3Url(sandbox), u"--json"_s,
                                          strings(bought.events.first().value(u"instanceIds"_s)).first()});
        QCOMPARE(status.exitCode, 0);
    }

    void dryRunNeedsApi3()
    {
        QJsonObject v2 = QJsonDocument::fromJson(kContractsExample).object();
        m_cli->useDemoCredentials();
        const Result r = m_cli->run({u"purchase"_s, templatePath(v2, u"v2.json"_s), u"--endpoint"_s,
                                     u"http://127.0.0.1:9/v2/index.php"_s, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("3.0"_L1), qPrintable(r.describe()));
    }

    void networkFailureThenResumeBuysOnce()
    {
        const quint16 port = CliTest::deadPort();
        const QString endpoint = u"http://127.0.0.1:%1/"_s.arg(port);
        m_cli->useDemoCredentials();
        // The request leaves, then the connection is cut before an answer: it may have bought.
        std::optional<CliTest::Relay> cut;
        cut.emplace(CliTest::deadPort());
        QVERIFY(cut->listen(port));
        const Result failed =
            m_cli->run({u"purchase"_s, templatePath(v3Template(2)), u"--json"_s, u"--endpoint"_s, endpoint});
        QVERIFY(cut->connections() > 0); // it left
        cut.reset();
        QVERIFY2(failed.exitCode == 6, qPrintable(failed.describe()));
        QCOMPARE(failed.eventsNamed(u"retry"_s).size(), 3);
        const QList<JournalEntry> before = m_cli->journal();
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().state(), JournalEntry::State::Unfinished);
        QCOMPARE(before.first().order.api, PurchaseOrder::Api::V3);
        const QString token = before.first().clientToken;

        // The same endpoint URL now reaches a sandbox: the journaled 3.0 order goes again, same ClientToken.
        Sandbox sandbox;
        QVERIFY(sandbox.start({u"--running-after"_s, u"1"_s}));
        CliTest::Relay relay(sandbox.port());
        QVERIFY2(relay.listen(port), "the port was taken meanwhile");
        const Result resumed = m_cli->run({u"resume"_s, u"--json"_s, u"--endpoint"_s, endpoint});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
        QCOMPARE(resumed.eventsNamed(u"submitted"_s).value(0).value(u"clientToken"_s).toString(), token);
        QCOMPARE(strings(resumed.eventsNamed(u"done"_s).value(0).value(u"running"_s)).size(), 2);
        QCOMPARE(sandbox.instanceCount(), 2);
        QCOMPARE(m_cli->journal().first().state(), JournalEntry::State::Done);
        const Result again = m_cli->run({u"resume"_s, u"--json"_s, u"--endpoint"_s, endpoint});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, QString());
        QCOMPARE(sandbox.instanceCount(), 2);
    }

    void a3OrderAtA2EndpointIsNamed()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start());
        m_cli->useDemoCredentials();
        // The endpoint from the environment is the sandbox's API 2.0 URL.
        m_cli->setEnv(u"CVM_PURCHASER_ENDPOINT"_s, sandbox.url());
        const Result r = m_cli->run({u"purchase"_s, templatePath(v3Template()), u"--json"_s});
        // Refused before anything leaves: an answer in the other API's format could not be read, and the
        // purchase would stay unconfirmed for every later resume.
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("is an endpoint of API 2.0, and the order is written for API 3.0"_L1),
                 qPrintable(r.describe()));
        QCOMPARE(sandbox.instanceCount(), 0);
        QVERIFY(!QFile::exists(m_cli->journalPath()));
        const Result resumed = m_cli->run({u"resume"_s, u"--json"_s});
        QVERIFY2(resumed.exitCode == 0 && resumed.eventsNamed(u"error"_s).isEmpty(),
                 qPrintable(resumed.describe()));
    }

    // The other way round: an API 2.0 template at the sandbox's API 3.0 root is refused alike.
    void a2OrderAtA3EndpointIsRefused()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start());
        m_cli->useDemoCredentials();
        const Result r = m_cli->run({u"purchase"_s, templatePath(CliTest::contractTemplate()),
                                     u"--endpoint"_s, u"http://127.0.0.1:%1/"_s.arg(sandbox.port())});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("is an endpoint of API 3.0, and the order is written for API 2.0"_L1),
                 qPrintable(r.describe()));
        QCOMPARE(sandbox.instanceCount(), 0);
        QVERIFY(!QFile::exists(m_cli->journalPath()));
    }

    void refusalsExitThree_data()
    {
        QTest::addColumn<QString>("instanceType");
        QTest::addColumn<bool>("wrongKey");
        QTest::addColumn<QString>("code");
        QTest::newRow("sold out") << u"S5.2XLARGE32"_s << false
                                  << u"ResourceInsufficient.SpecifiedInstanceType"_s;
        QTest::newRow("wrong key") << u"S5.MEDIUM4"_s << true << u"AuthFailure.SignatureFailure"_s;
    }
    void refusalsExitThree()
    {
        QFETCH(QString, instanceType);
        QFETCH(bool, wrongKey);
        QFETCH(QString, code);
        Sandbox sandbox;
        QVERIFY(sandbox.start());
        m_cli->useDemoCredentials();
        if (wrongKey)
            m_cli->setEnv(u"TENCENTCLOUD_SECRET_KEY"_s, u"not-the-demo-key"_s);
        QJsonObject order = v3Template();
        order.insert(u"instanceType"_s, instanceType);
        const Result r =
            m_cli->run({u"purchase"_s, templatePath(order), u"--endpoint"_s, v3Url(sandbox), u"--json"_s});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.eventsNamed(u"error"_s).first().value(u"code"_s).toString(), code);
        QCOMPARE(m_cli->journal().first().state(), JournalEntry::State::Refused);
    }
};

QTEST_GUILESS_MAIN(TestCliApi3)
#include "tst_cli_api3.moc"
