// cvm-purchaser-cli list (CONTRACTS.md) against the cvm-sandbox executable: every kind, with --json one
// object per line with exactly the contract's keys and JSON types, for people aligned lines; what API 2.0
// lacks, a missing --zone and bad values as usage errors (2); a refusal 3, no answer 6.
#include "cli/CliTestSupport.h"

using namespace Qt::StringLiterals;
using CliTest::Result;
using CliTest::Sandbox;

namespace {
// The objects of standard output, one per line; empty and a failure message when a line is no object.
QList<QJsonObject> objects(const Result &r, QString *problem)
{
    QList<QJsonObject> out;
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
        if (!doc.isObject()) {
            *problem = u"not a JSON object: "_s + line;
            return {};
        }
        out.append(doc.object());
    }
    return out;
}

QString typeOf(const QJsonValue &v)
{
    return v.isString() ? u"string"_s : v.isDouble() ? u"number"_s : v.isBool() ? u"boolean"_s : u"other"_s;
}
} // namespace

class TestCliList : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<CliTest::Cli> m_cli;

    static QString v3Url(const Sandbox &sandbox) { return u"http://127.0.0.1:%1/"_s.arg(sandbox.port()); }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_cli = std::make_unique<CliTest::Cli>(m_home->path());
        m_cli->useDemoCredentials();
        m_cli->setEnv(u"CVM_PURCHASER_API"_s, u"3.0"_s);
    }
    void cleanup()
    {
        m_cli.reset();
        m_home.reset();
    }

    void everyKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("extra");
        // key:type, in the contract's order
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("zones") << u"zones"_s << QStringList{}
                               << QStringList{u"zone:string"_s, u"name:string"_s, u"state:string"_s};
        QTest::newRow("instance-types")
            << u"instance-types"_s << QStringList{u"--zone"_s, u"ap-guangzhou-3"_s}
            << QStringList{u"instanceType:string"_s, u"cpu:number"_s, u"memory:number"_s, u"status:string"_s,
                           u"price:number"_s};
        QTest::newRow("images") << u"images"_s << QStringList{}
                                << QStringList{u"imageId:string"_s, u"name:string"_s, u"os:string"_s,
                                               u"platform:string"_s, u"type:string"_s};
        QTest::newRow("key-pairs") << u"key-pairs"_s << QStringList{}
                                   << QStringList{u"keyId:string"_s, u"name:string"_s};
        QTest::newRow("vpcs") << u"vpcs"_s << QStringList{}
                              << QStringList{u"vpcId:string"_s, u"name:string"_s, u"cidr:string"_s,
                                             u"isDefault:boolean"_s};
        QTest::newRow("subnets") << u"subnets"_s << QStringList{}
                                 << QStringList{u"subnetId:string"_s, u"name:string"_s,
                                                u"vpcId:string"_s,    u"zone:string"_s,
                                                u"cidr:string"_s,     u"availableIps:number"_s};
        QTest::newRow("security-groups") << u"security-groups"_s << QStringList{}
                                         << QStringList{u"securityGroupId:string"_s, u"name:string"_s,
                                                        u"description:string"_s, u"isDefault:boolean"_s};
        QTest::newRow("projects") << u"projects"_s << QStringList{}
                                  << QStringList{u"projectId:number"_s, u"name:string"_s};
    }
    void everyKind()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, extra);
        QFETCH(QStringList, keys);
        Sandbox sandbox;
        QVERIFY(sandbox.start());
        const Result r =
            m_cli->run(QStringList{u"list"_s, kind, u"--endpoint"_s, v3Url(sandbox), u"--json"_s} + extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QString problem;
        const QList<QJsonObject> items = objects(r, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(!items.isEmpty(), qPrintable(r.describe()));
        QStringList names;
        for (const QString &key : keys)
            names.append(key.section(u':', 0, 0));
        names.sort();
        for (const QJsonObject &item : items) {
            QStringList got = item.keys();
            got.sort();
            QCOMPARE(got, names);
            for (const QString &key : keys)
                QCOMPARE(key.section(u':', 0, 0) + u':' + typeOf(item.value(key.section(u':', 0, 0))), key);
        }
        // The keys in the contract's order on the line itself.
        const QString first = r.out.section(u'\n', 0, 0);
        qsizetype at = 0;
        for (const QString &key : keys) {
            const qsizetype found = first.indexOf(u'"' + key.section(u':', 0, 0) + u"\":"_s);
            QVERIFY2(found > at, qPrintable(first));
            at = found;
        }

        // For people: as many lines, each beginning with the item's id.
        const Result human =
            m_cli->run(QStringList{u"list"_s, kind, u"--endpoint"_s, v3Url(sandbox)} + extra);
        QVERIFY2(human.exitCode == 0, qPrintable(human.describe()));
        const QStringList lines = human.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), items.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonValue id = items.at(i).value(keys.first().section(u':', 0, 0));
            QVERIFY2(lines.at(i).startsWith(id.isString() ? id.toString() : QString::number(id.toInteger())),
                     qPrintable(lines.at(i)));
        }
    }

    // The demo account as the contract's kinds show it: a default VPC and another, subnets with free
    // addresses filtered by --vpc and --zone, a default security group among three or more, projects.
    void theAccountsResources()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start());
        QString problem;
        const auto list = [&](const QStringList &arguments) {
            const Result r = m_cli->run(QStringList{u"list"_s} + arguments +
                                        QStringList{u"--endpoint"_s, v3Url(sandbox), u"--json"_s});
            if (r.exitCode != 0)
                problem = r.describe();
            return objects(r, &problem);
        };
        const QList<QJsonObject> vpcs = list({u"vpcs"_s, u"--region"_s, u"ap-shanghai"_s});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(vpcs.size(), 2);
        QCOMPARE(vpcs.first().value(u"isDefault"_s).toBool() + vpcs.last().value(u"isDefault"_s).toBool(), 1);
        const QString prod =
            vpcs.at(vpcs.first().value(u"isDefault"_s).toBool() ? 1 : 0).value(u"vpcId"_s).toString();
        const QList<QJsonObject> all = list({u"subnets"_s, u"--region"_s, u"ap-shanghai"_s});
        const QList<QJsonObject> ofProd =
            list({u"subnets"_s, u"--region"_s, u"ap-shanghai"_s, u"--vpc"_s, prod});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(ofProd.size() >= 1 && ofProd.size() < all.size());
        for (const QJsonObject &s : ofProd) {
            QCOMPARE(s.value(u"vpcId"_s).toString(), prod);
            QVERIFY(s.value(u"availableIps"_s).toInt() > 0);
        }
        const QString zone = ofProd.first().value(u"zone"_s).toString();
        const QList<QJsonObject> inZone =
            list({u"subnets"_s, u"--region"_s, u"ap-shanghai"_s, u"--vpc"_s, prod, u"--zone"_s, zone});
        QCOMPARE(inZone.size(), 1);
        QCOMPARE(inZone.first().value(u"zone"_s).toString(), zone);
        const QList<QJsonObject> groups = list({u"security-groups"_s});
        QVERIFY(groups.size() >= 3);
        QVERIFY(std::any_of(groups.cbegin(), groups.cend(),
                            [](const QJsonObject &g) { return g.value(u"isDefault"_s).toBool(); }));
        QVERIFY(list({u"projects"_s}).size() >= 2);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("vpcs under 2.0") << u"2.0"_s << QStringList{u"vpcs"_s} << u"API 2.0"_s;
        QTest::newRow("projects under 2.0") << u"2.0"_s << QStringList{u"projects"_s} << u"API 2.0"_s;
        QTest::newRow("instance-types without --zone")
            << u"3.0"_s << QStringList{u"instance-types"_s} << u"--zone"_s;
        QTest::newRow("no kind") << u"3.0"_s << QStringList{} << u"zones|instance-types"_s;
        QTest::newRow("unknown kind") << u"3.0"_s << QStringList{u"disks"_s} << u"disks"_s;
        QTest::newRow("bad --vpc") << u"3.0"_s << QStringList{u"subnets"_s, u"--vpc"_s, u"vpc-1"_s}
                                   << u"--vpc"_s;
        QTest::newRow("--vpc for vpcs")
            << u"3.0"_s << QStringList{u"vpcs"_s, u"--vpc"_s, u"vpc-abcd1234"_s} << u"--vpc"_s;
        QTest::newRow("unknown region")
            << u"3.0"_s << QStringList{u"vpcs"_s, u"--region"_s, u"mars-1"_s} << u"--region"_s;
    }
    void usageErrors()
    {
        QFETCH(QString, api);
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        m_cli->setEnv(u"CVM_PURCHASER_API"_s, api);
        const Result r = m_cli->run(QStringList{u"list"_s} + arguments +
                                    QStringList{u"--endpoint"_s, u"http://127.0.0.1:1/"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
    }

    // API 2.0 lists what it has: zones, images and key pairs.
    void api2ListsZonesImagesAndKeyPairs()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start());
        m_cli->setEnv(u"CVM_PURCHASER_API"_s, u"2.0"_s);
        for (const QString &kind : {u"zones"_s, u"images"_s, u"key-pairs"_s}) {
            const Result r = m_cli->run({u"list"_s, kind, u"--endpoint"_s, sandbox.url(), u"--json"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QString problem;
            QVERIFY2(!objects(r, &problem).isEmpty() && problem.isEmpty(), qPrintable(r.describe()));
        }
    }

    void refusedAndUnanswered()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start());
        m_cli->setEnv(u"TENCENTCLOUD_SECRET_KEY"_s, u"not-the-demo-key"_s);
        const Result refused =
            m_cli->run({u"list"_s, u"vpcs"_s, u"--endpoint"_s, v3Url(sandbox), u"--json"_s});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.out.contains("AuthFailure"_L1), qPrintable(refused.describe()));

        QTcpServer probe; // a free port, then closed: nothing answers there
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const Result unanswered =
            m_cli->run({u"list"_s, u"vpcs"_s, u"--endpoint"_s, u"http://127.0.0.1:%1/"_s.arg(port)});
        QCOMPARE(unanswered.exitCode, 6);
    }
};

QTEST_GUILESS_MAIN(TestCliList)
#include "tst_cli_list.moc"
