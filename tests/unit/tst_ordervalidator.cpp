// OrderValidator: every rule of PROTOCOL.md section 4 and the seed's
// parameter table, both sides of each boundary, for Linux and Windows.

#include "common/V2Fields.h"
#include "order/Catalog.h"
#include "order/OrderValidator.h"
#include "order/PurchaseOrder.h"
#include "unit/TestHelpers.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

using Family = PurchaseOrder::OsFamily;

PurchaseOrder validFor(Family family)
{
    PurchaseOrder o = validOrder();
    o.osFamily = family;
    if (family == Family::Windows)
        v2Set(o, "rootSize", 50); // fixed for Windows
    return o;
}

const char *familyName(Family family)
{
    return family == Family::Windows ? "windows" : "linux";
}

QList<FieldProblem> problemsFor(const QList<FieldProblem> &problems, const QString &field)
{
    QList<FieldProblem> out;
    for (const FieldProblem &p : problems)
        if (p.field == field)
            out.append(p);
    return out;
}

} // namespace

class TestOrderValidator : public QObject
{
    Q_OBJECT

private slots:
    void validDefaultOrderHasNoProblems_data();
    void validDefaultOrderHasNoProblems();
    void rules_data();
    void rules();
    void reportsEveryProblemAtOnce();
    void warningIsNotAnError();
    void memMessageListsTheChoices();
    void checkPassword_data();
    void checkPassword();
    void allowedSpecials();
};

void TestOrderValidator::validDefaultOrderHasNoProblems_data()
{
    QTest::addColumn<PurchaseOrder>("order");
    QTest::newRow("linux") << validFor(Family::Linux);
    QTest::newRow("windows") << validFor(Family::Windows);
}

void TestOrderValidator::validDefaultOrderHasNoProblems()
{
    QFETCH(PurchaseOrder, order);
    const OrderValidator validator(Catalog::builtIn());
    const QList<FieldProblem> problems = validator.validate(order);
    QVERIFY2(problems.isEmpty(), qPrintable(describeProblems(problems)));
    QVERIFY(!OrderValidator::hasErrors(problems));
}

void TestOrderValidator::rules_data()
{
    QTest::addColumn<PurchaseOrder>("order");
    // An empty field: the order must have no problem at all.
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("warning");
    QTest::addColumn<QStringList>("messageContains");

    using Change = std::function<void(PurchaseOrder &)>;

    for (const Family family : {Family::Linux, Family::Windows}) {
        const bool windows = family == Family::Windows;
        const char *fam = familyName(family);
        auto ok = [&](const char *name, const Change &change) {
            PurchaseOrder o = validFor(family);
            change(o);
            QTest::addRow("%s: %s ok", fam, name) << o << QString() << QString() << false << QStringList();
        };
        auto bad = [&](const char *name, const Change &change, const char *field, const char *rule,
                       const QStringList &contains = {}) {
            PurchaseOrder o = validFor(family);
            change(o);
            QTest::addRow("%s: %s", fam, name)
                << o << QString::fromLatin1(field) << QString::fromLatin1(rule) << false << contains;
        };
        auto warn = [&](const char *name, const Change &change, const char *field, const char *rule) {
            PurchaseOrder o = validFor(family);
            change(o);
            QTest::addRow("%s: %s", fam, name)
                << o << QString::fromLatin1(field) << QString::fromLatin1(rule) << true << QStringList();
        };

        // Location
        bad("region unknown", [](PurchaseOrder &o) { o.region = u"xx"_s; }, "region", "known",
            {u"xx"_s, u"gz"_s});
        bad(
            "region empty", [](PurchaseOrder &o) { o.region.clear(); }, "region", "known");
        bad(
            "region is a 3.0 name", [](PurchaseOrder &o) { o.region = u"ap-guangzhou"_s; }, "region",
            "known");
        bad(
            "zone missing", [](PurchaseOrder &o) { v2Set(o, "zoneId", 0); }, "zoneId", "required");
        ok("zone 100004 in gz", [](PurchaseOrder &o) { v2Set(o, "zoneId", 100004); });
        // A zone typed by hand where the cloud could not list them: API 2.0 names zones by number.
        bad("zone typed as a 3.0 name", [](PurchaseOrder &o) { o.zone = u"ap-guangzhou-3"_s; }, "zoneId",
            "format", {u"100003"_s, u"ap-guangzhou-3"_s});
        bad("zone 200001 in gz", [](PurchaseOrder &o) { v2Set(o, "zoneId", 200001); }, "zoneId", "inRegion",
            {u"200001"_s});
        bad(
            "zone 110001 (szjr) in gz", [](PurchaseOrder &o) { v2Set(o, "zoneId", 110001); }, "zoneId", "inRegion");
        bad(
            "zone 1000010 in gz", [](PurchaseOrder &o) { v2Set(o, "zoneId", 1000010); }, "zoneId", "inRegion");
        ok("zone 200001 in sh", [](PurchaseOrder &o) {
            o.region = u"sh"_s;
            v2Set(o, "zoneId", 200001);
        });
        bad(
            "zone 100001 in sh", [](PurchaseOrder &o) { o.region = u"sh"_s; }, "zoneId", "inRegion");
        ok("zone 180001 in kr", [](PurchaseOrder &o) {
            o.region = u"kr"_s;
            v2Set(o, "zoneId", 180001);
        });
        ok("zone 110002 in szjr", [](PurchaseOrder &o) {
            o.region = u"szjr"_s;
            v2Set(o, "zoneId", 110002);
        });

        // Instance type, CPU, memory
        bad("instance type unknown", [](PurchaseOrder &o) { o.instanceType = u"CVM.X9"_s; }, "instanceType",
            "known", {u"CVM.X9"_s, u"CVM.S1"_s});
        bad(
            "instance type empty", [](PurchaseOrder &o) { o.instanceType.clear(); }, "instanceType", "known");
        bad(
            "instance type in lower case", [](PurchaseOrder &o) { o.instanceType = u"cvm.s1"_s; },
            "instanceType", "known");
        bad(
            "cpu missing", [](PurchaseOrder &o) { o.cpu = 0; }, "cpu", "required");
        bad(
            "cpu negative", [](PurchaseOrder &o) { o.cpu = -1; }, "cpu", "required");
        bad("cpu 3 not sold for CVM.S1", [](PurchaseOrder &o) { o.cpu = 3; }, "cpu", "sold",
            {u"CVM.S1"_s, u"12"_s, u"32"_s});
        bad(
            "cpu 48 not sold for CVM.S1",
            [](PurchaseOrder &o) {
                o.cpu = 48;
                o.mem = 368;
            },
            "cpu", "sold");
        ok("CVM.S1 32 cores 64 GB", [](PurchaseOrder &o) {
            o.cpu = 32;
            o.mem = 64;
        });
        ok("CVM.M1 48 cores 368 GB", [](PurchaseOrder &o) {
            o.instanceType = u"CVM.M1"_s;
            o.cpu = 48;
            o.mem = 368;
        });
        bad("CVM.M1 48 cores 384 GB",
            [](PurchaseOrder &o) {
                o.instanceType = u"CVM.M1"_s;
                o.cpu = 48;
                o.mem = 384;
            },
            "mem", "sold", {u"368"_s});
        ok("CVM.M2 48 cores 384 GB", [](PurchaseOrder &o) {
            o.instanceType = u"CVM.M2"_s;
            o.cpu = 48;
            o.mem = 384;
        });
        bad(
            "CVM.C2 has no 1 core",
            [](PurchaseOrder &o) {
                o.instanceType = u"CVM.C2"_s;
                v2Set(o, "storageType", 2);
            },
            "cpu", "sold");
        for (const int mem : {1, 2, 4, 8}) {
            PurchaseOrder o = validFor(family);
            o.mem = mem;
            QTest::addRow("%s: CVM.S1 1 core %d GB ok", fam, mem)
                << o << QString() << QString() << false << QStringList();
        }
        bad("CVM.S1 1 core 3 GB", [](PurchaseOrder &o) { o.mem = 3; }, "mem", "sold", {u"CVM.S1"_s, u"8"_s});
        bad(
            "CVM.S1 1 core 16 GB", [](PurchaseOrder &o) { o.mem = 16; }, "mem", "sold");
        bad(
            "mem missing", [](PurchaseOrder &o) { o.mem = 0; }, "mem", "required");
        bad(
            "mem negative", [](PurchaseOrder &o) { o.mem = -2; }, "mem", "required");
        ok("CVM.S1 12 cores 28 GB", [](PurchaseOrder &o) {
            o.cpu = 12;
            o.mem = 28;
        });
        bad(
            "CVM.S1 12 cores 20 GB",
            [](PurchaseOrder &o) {
                o.cpu = 12;
                o.mem = 20;
            },
            "mem", "sold");

        // Image
        bad(
            "image missing", [](PurchaseOrder &o) { o.imageId.clear(); }, "imageId", "required");
        ok("image img-31tjrtph", [](PurchaseOrder &o) { o.imageId = u"img-31tjrtph"_s; });
        bad(
            "image prefix only", [](PurchaseOrder &o) { o.imageId = u"img-"_s; }, "imageId", "format");
        bad(
            "image without prefix", [](PurchaseOrder &o) { o.imageId = u"3wnd9xpl"_s; }, "imageId", "format");
        bad(
            "image upper case", [](PurchaseOrder &o) { o.imageId = u"img-3WND9XPL"_s; }, "imageId", "format");
        bad(
            "image with space", [](PurchaseOrder &o) { o.imageId = u"img-3wnd 9xpl"_s; }, "imageId",
            "format");
        bad(
            "image type 0", [](PurchaseOrder &o) { o.imageType = 0; }, "imageType", "range");
        ok("image type 1", [](PurchaseOrder &o) { o.imageType = 1; });
        ok("image type 3", [](PurchaseOrder &o) { o.imageType = 3; });
        ok("image type 4", [](PurchaseOrder &o) { o.imageType = 4; });
        bad(
            "image type 5", [](PurchaseOrder &o) { o.imageType = 5; }, "imageType", "range");

        // Storage
        bad(
            "storage type 0", [](PurchaseOrder &o) { v2Set(o, "storageType", 0); }, "storageType", "range");
        bad(
            "storage type 5", [](PurchaseOrder &o) { v2Set(o, "storageType", 5); }, "storageType", "range");
        ok("storage type 2 for CVM.S1", [](PurchaseOrder &o) { v2Set(o, "storageType", 2); });
        ok("storage type 4 for CVM.S1", [](PurchaseOrder &o) { v2Set(o, "storageType", 4); });
        bad("local SSD for CVM.S1", [](PurchaseOrder &o) { v2Set(o, "storageType", 3); }, "storageType", "forType",
            {u"CVM.S1"_s});
        ok("local SSD for CVM.I1", [](PurchaseOrder &o) {
            o.instanceType = u"CVM.I1"_s;
            o.cpu = 2;
            o.mem = 10;
            v2Set(o, "storageType", 3);
        });
        bad("local disk for CVM.I1",
            [](PurchaseOrder &o) {
                o.instanceType = u"CVM.I1"_s;
                o.cpu = 2;
                o.mem = 10;
            },
            "storageType", "forType", {u"CVM.I1"_s});
        bad(
            "local disk for CVM.C2",
            [](PurchaseOrder &o) {
                o.instanceType = u"CVM.C2"_s;
                o.cpu = 4;
                o.mem = 8;
            },
            "storageType", "forType");
        ok("data disk 0", [](PurchaseOrder &o) { v2Set(o, "storageSize", 0); });
        bad(
            "data disk 5", [](PurchaseOrder &o) { v2Set(o, "storageSize", 5); }, "storageSize", "step");
        bad(
            "data disk 15", [](PurchaseOrder &o) { v2Set(o, "storageSize", 15); }, "storageSize", "step");
        bad(
            "data disk -10", [](PurchaseOrder &o) { v2Set(o, "storageSize", -10); }, "storageSize", "step");
        ok("local data disk 10", [](PurchaseOrder &o) { v2Set(o, "storageSize", 10); });
        ok("local data disk 1000", [](PurchaseOrder &o) { v2Set(o, "storageSize", 1000); });
        bad("local data disk 1010", [](PurchaseOrder &o) { v2Set(o, "storageSize", 1010); }, "storageSize", "limits",
            {u"10"_s});
        bad("SSD cloud data disk 90",
            [](PurchaseOrder &o) {
                v2Set(o, "storageType", 4);
                v2Set(o, "storageSize", 90);
            },
            "storageSize", "limits", {u"100"_s});
        ok("SSD cloud data disk 100", [](PurchaseOrder &o) {
            v2Set(o, "storageType", 4);
            v2Set(o, "storageSize", 100);
        });
        ok("SSD cloud data disk 4000", [](PurchaseOrder &o) {
            v2Set(o, "storageType", 4);
            v2Set(o, "storageSize", 4000);
        });
        bad(
            "SSD cloud data disk 4010",
            [](PurchaseOrder &o) {
                v2Set(o, "storageType", 4);
                v2Set(o, "storageSize", 4010);
            },
            "storageSize", "limits");
        ok("cloud data disk 4000", [](PurchaseOrder &o) {
            v2Set(o, "storageType", 2);
            v2Set(o, "storageSize", 4000);
        });
        if (windows) {
            ok("system disk 50", [](PurchaseOrder &o) { v2Set(o, "rootSize", 50); });
            bad("system disk 20", [](PurchaseOrder &o) { v2Set(o, "rootSize", 20); }, "rootSize", "windowsFixed",
                {u"50"_s});
            bad(
                "system disk 60", [](PurchaseOrder &o) { v2Set(o, "rootSize", 60); }, "rootSize", "windowsFixed");
        } else {
            bad(
                "system disk 10", [](PurchaseOrder &o) { v2Set(o, "rootSize", 10); }, "rootSize", "linuxRange");
            ok("system disk 20", [](PurchaseOrder &o) { v2Set(o, "rootSize", 20); });
            ok("system disk 30", [](PurchaseOrder &o) { v2Set(o, "rootSize", 30); });
            ok("system disk 50", [](PurchaseOrder &o) { v2Set(o, "rootSize", 50); });
            bad(
                "system disk 60", [](PurchaseOrder &o) { v2Set(o, "rootSize", 60); }, "rootSize", "linuxRange");
            bad(
                "system disk 25", [](PurchaseOrder &o) { v2Set(o, "rootSize", 25); }, "rootSize", "linuxRange");
        }

        // Network
        ok("PayByTraffic", [](PurchaseOrder &o) { v2Set(o, "bandwidthType", u"PayByTraffic"_s); });
        bad(
            "bandwidth type empty", [](PurchaseOrder &o) { v2Set(o, "bandwidthType", QString()); }, "bandwidthType",
            "known");
        bad(
            "bandwidth type lower case", [](PurchaseOrder &o) { v2Set(o, "bandwidthType", u"paybyhour"_s); },
            "bandwidthType", "known");
        bad(
            "bandwidth -1", [](PurchaseOrder &o) { o.bandwidth = -1; }, "bandwidth", "range");
        ok("bandwidth 100", [](PurchaseOrder &o) { o.bandwidth = 100; });
        bad("bandwidth 101", [](PurchaseOrder &o) { o.bandwidth = 101; }, "bandwidth", "range",
            {u"0 to 100 Mbps"_s});
        // Ids as the cloud gives them: the prefix and 8 lower-case letters and digits.
        bad("VPC id too short",
            [](PurchaseOrder &o) {
                o.vpcId = u"vpc-bad"_s;
                o.subnetId = u"subnet-7h3k2l0p"_s;
            },
            "vpcId", "format", {u"vpc-2zez8cp4"_s});
        bad("subnet id without prefix",
            [](PurchaseOrder &o) {
                o.vpcId = u"vpc-2x9d8k1m"_s;
                o.subnetId = u"x"_s;
            },
            "subnetId", "format", {u"subnet-8fh2xa1k"_s});
        bad(
            "VPC id upper case",
            [](PurchaseOrder &o) {
                o.vpcId = u"vpc-2X9D8K1M"_s;
                o.subnetId = u"subnet-7h3k2l0p"_s;
            },
            "vpcId", "format");
        warn(
            "public IP with bandwidth 0", [](PurchaseOrder &o) { o.bandwidth = 0; }, "wanIp",
            "needsBandwidth");
        ok("no public IP, bandwidth 0", [](PurchaseOrder &o) {
            o.bandwidth = 0;
            o.wanIp = 0;
        });
        ok("no public IP, bandwidth 1", [](PurchaseOrder &o) { o.wanIp = 0; });
        bad(
            "wanIp 2", [](PurchaseOrder &o) { o.wanIp = 2; }, "wanIp", "flag");
        bad(
            "wanIp -1", [](PurchaseOrder &o) { o.wanIp = -1; }, "wanIp", "flag");
        ok("VPC with subnet", [](PurchaseOrder &o) {
            o.vpcId = u"vpc-2x9d8k1m"_s;
            o.subnetId = u"subnet-7h3k2l0p"_s;
        });
        bad(
            "VPC without subnet", [](PurchaseOrder &o) { o.vpcId = u"vpc-2x9d8k1m"_s; }, "subnetId",
            "withVpc");
        bad(
            "subnet without VPC", [](PurchaseOrder &o) { o.subnetId = u"subnet-7h3k2l0p"_s; }, "vpcId",
            "withSubnet");
        ok("VPC gateway with VPC and public IP", [](PurchaseOrder &o) {
            o.vpcId = u"vpc-2x9d8k1m"_s;
            o.subnetId = u"subnet-7h3k2l0p"_s;
            v2Set(o, "isVpcGateway", 1);
        });
        bad(
            "VPC gateway without VPC", [](PurchaseOrder &o) { v2Set(o, "isVpcGateway", 1); }, "isVpcGateway",
            "needsVpcAndPublicIp");
        bad(
            "VPC gateway without public IP",
            [](PurchaseOrder &o) {
                o.vpcId = u"vpc-2x9d8k1m"_s;
                o.subnetId = u"subnet-7h3k2l0p"_s;
                v2Set(o, "isVpcGateway", 1);
                o.wanIp = 0;
            },
            "isVpcGateway", "needsVpcAndPublicIp");
        bad(
            "VPC gateway with bandwidth 0",
            [](PurchaseOrder &o) {
                o.vpcId = u"vpc-2x9d8k1m"_s;
                o.subnetId = u"subnet-7h3k2l0p"_s;
                v2Set(o, "isVpcGateway", 1);
                o.wanIp = 0;
                o.bandwidth = 0;
            },
            "isVpcGateway", "needsVpcAndPublicIp");
        bad(
            "isVpcGateway 2", [](PurchaseOrder &o) { v2Set(o, "isVpcGateway", 2); }, "isVpcGateway", "flag");

        // Password (each row breaks one part of the policy only)
        if (windows) {
            bad("password 11 characters", [](PurchaseOrder &o) { o.password = u"Abcdef12345"_s; }, "password",
                "length", {u"12"_s});
            ok("password 12 characters", [](PurchaseOrder &o) { o.password = u"Abcdef123456"_s; });
            ok("password 16 characters", [](PurchaseOrder &o) { o.password = u"Abcdefgh12345678"_s; });
            bad("password 17 characters", [](PurchaseOrder &o) { o.password = u"Abcdefgh123456789"_s; },
                "password", "length", {u"16"_s});
            bad(
                "password lower and digits", [](PurchaseOrder &o) { o.password = u"abcdefgh1234"_s; },
                "password", "classes");
            bad(
                "password upper and specials", [](PurchaseOrder &o) { o.password = u"ABCDEFGH!@#$"_s; },
                "password", "classes");
            bad(
                "password letters only", [](PurchaseOrder &o) { o.password = u"abcdefghIJKL"_s; }, "password",
                "classes");
            ok("password lower, upper, digits", [](PurchaseOrder &o) { o.password = u"abcdEFGH1234"_s; });
            ok("password lower, digits, specials", [](PurchaseOrder &o) { o.password = u"abcdefgh!@#1"_s; });
            ok("password upper, digits, specials", [](PurchaseOrder &o) { o.password = u"ABCDEFGH[]/1"_s; });
            bad("password with |", [](PurchaseOrder &o) { o.password = u"Abcdef|12345"_s; }, "password",
                "characters", {u"|"_s});
            // The space by its name, not an invisible gap: "not allowed: space."
            bad("password with space", [](PurchaseOrder &o) { o.password = u"Abcdef 12345"_s; }, "password",
                "characters", {u"not allowed: space."_s});
            bad("password with tab", [](PurchaseOrder &o) { o.password = u"Abcdef\t12345"_s; }, "password",
                "characters", {u"not allowed: tab."_s});
            bad("password with chinese", [](PurchaseOrder &o) { o.password = u"Abcdef中12345"_s; },
                "password", "characters", {u"中"_s});
            bad(
                "key on windows", [](PurchaseOrder &o) { v2Set(o, "keyId", u"skey-3glfot13"_s); }, "keyId",
                "notWindows");
            bad(
                "key and password on windows",
                [](PurchaseOrder &o) {
                    v2Set(o, "keyId", u"skey-3glfot13"_s);
                    o.password = u"Abcdef123456"_s;
                },
                "keyId", "notWindows");
        } else {
            bad("password 7 characters", [](PurchaseOrder &o) { o.password = u"Abc1234"_s; }, "password",
                "length", {u"8"_s});
            ok("password 8 characters", [](PurchaseOrder &o) { o.password = u"Abc12345"_s; });
            ok("password 16 characters", [](PurchaseOrder &o) { o.password = u"Abcdefgh12345678"_s; });
            bad("password 17 characters", [](PurchaseOrder &o) { o.password = u"Abcdefgh123456789"_s; },
                "password", "length", {u"16"_s});
            bad(
                "password lower case only", [](PurchaseOrder &o) { o.password = u"abcdefgh"_s; }, "password",
                "classes");
            bad(
                "password upper and lower only", [](PurchaseOrder &o) { o.password = u"abcdEFGH"_s; },
                "password", "classes");
            bad(
                "password digits only", [](PurchaseOrder &o) { o.password = u"12345678"_s; }, "password",
                "classes");
            bad(
                "password specials only", [](PurchaseOrder &o) { o.password = u"!@#$%^&*"_s; }, "password",
                "classes");
            ok("password letters and digits", [](PurchaseOrder &o) { o.password = u"abcd1234"_s; });
            ok("password letters and specials", [](PurchaseOrder &o) { o.password = u"abcd!@#$"_s; });
            ok("password digits and specials", [](PurchaseOrder &o) { o.password = u"1234()`~"_s; });
            ok("password with |", [](PurchaseOrder &o) { o.password = u"abc|1234"_s; });
            // The space by its name, not an invisible gap: "not allowed: space."
            bad("password with space", [](PurchaseOrder &o) { o.password = u"abc 1234"_s; }, "password",
                "characters", {u"not allowed: space."_s});
            bad("password with tab", [](PurchaseOrder &o) { o.password = u"abc\t1234"_s; }, "password",
                "characters", {u"not allowed: tab."_s});
            bad("password with chinese", [](PurchaseOrder &o) { o.password = u"abc中1234"_s; }, "password",
                "characters", {u"中"_s});
            bad("password with backslash", [](PurchaseOrder &o) { o.password = u"abc\\1234"_s; }, "password",
                "characters", {u"\\"_s});
            bad(
                "password with double quote", [](PurchaseOrder &o) { o.password = u"abc\"1234"_s; },
                "password", "characters");
            ok("key alone", [](PurchaseOrder &o) { v2Set(o, "keyId", u"skey-3glfot13"_s); });
            bad(
                "key and password",
                [](PurchaseOrder &o) {
                    v2Set(o, "keyId", u"skey-3glfot13"_s);
                    o.password = u"abcd1234"_s;
                },
                "keyId", "exclusive");
            bad(
                "key id format", [](PurchaseOrder &o) { v2Set(o, "keyId", u"key-3glfot13"_s); }, "keyId", "format");
        }

        // Options
        for (const char *agent : {"needSecurityAgent", "needMonitorAgent"}) {
            for (const int value : {-1, 0, 1, 2}) {
                PurchaseOrder o = validFor(family);
                (QByteArrayView(agent) == "needSecurityAgent" ? o.needSecurityAgent : o.needMonitorAgent) =
                    value;
                const bool good = value == 0 || value == 1;
                QTest::addRow("%s: %s %d", fam, agent, value)
                    << o << (good ? QString() : QString::fromLatin1(agent)) << (good ? QString() : u"flag"_s)
                    << false << QStringList();
            }
        }
        bad(
            "project -1", [](PurchaseOrder &o) { o.projectId = -1; }, "projectId", "range");
        ok("project 0", [](PurchaseOrder &o) { o.projectId = 0; });
        ok("project 1000123", [](PurchaseOrder &o) { o.projectId = 1000123; });
        bad("goodsNum 0", [](PurchaseOrder &o) { o.goodsNum = 0; }, "goodsNum", "range", {u"100"_s});
        ok("goodsNum 1", [](PurchaseOrder &o) { o.goodsNum = 1; });
        ok("goodsNum 100", [](PurchaseOrder &o) { o.goodsNum = 100; });
        bad("goodsNum 101", [](PurchaseOrder &o) { o.goodsNum = 101; }, "goodsNum", "range", {u"100"_s});
        ok("name 60 characters", [](PurchaseOrder &o) { o.instanceName = QString(60, u'n'); });
        ok("name 60 chinese characters", [](PurchaseOrder &o) { o.instanceName = QString(60, u'网'); });
        bad("name 61 characters", [](PurchaseOrder &o) { o.instanceName = QString(61, u'n'); },
            "instanceName", "length", {u"60"_s, u"61"_s});
        // A name is one line of printable text; the message names the invisible character.
        bad("name with a tab", [](PurchaseOrder &o) { o.instanceName = u"web\tdb"_s; }, "instanceName",
            "characters", {u"tab"_s});
        bad("name with a NUL", [](PurchaseOrder &o) { o.instanceName = u"web"_s + QChar(0) + u"x"_s; },
            "instanceName", "characters", {u"NUL"_s});
        bad("name with a line break", [](PurchaseOrder &o) { o.instanceName = u"web\nDone"_s; }, "instanceName",
            "characters", {u"line break"_s});
        bad("vpc id with an escape",
            [](PurchaseOrder &o) {
                o.vpcId = u"vpc-\x1b[2J"_s;
                o.subnetId = u"subnet-7h3k2l0p"_s;
            },
            "vpcId", "characters", {u"escape"_s});
        ok("client token 64 characters", [](PurchaseOrder &o) { o.clientToken = QString(64, u'a'); });
        bad("client token 65 characters", [](PurchaseOrder &o) { o.clientToken = QString(65, u'a'); },
            "clientToken", "format", {u"64"_s});
        bad(
            "client token non-ASCII", [](PurchaseOrder &o) { o.clientToken = u"令牌-1"_s; }, "clientToken",
            "format");
        bad(
            "client token with space", [](PurchaseOrder &o) { o.clientToken = u"tok 1"_s; }, "clientToken",
            "format");
        ok("client token uuid",
           [](PurchaseOrder &o) { o.clientToken = u"6f1c2b9e-1d2a-4c3b-9f8e-7a6b5c4d3e2f"_s; });
    }
}

void TestOrderValidator::rules()
{
    QFETCH(PurchaseOrder, order);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    QFETCH(bool, warning);
    QFETCH(QStringList, messageContains);

    const OrderValidator validator(Catalog::builtIn());
    const QList<FieldProblem> problems = validator.validate(order);
    for (const FieldProblem &p : problems)
        QVERIFY2(!p.message.trimmed().isEmpty(), qPrintable(p.field + u'/' + p.rule));

    if (field.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(describeProblems(problems)));
        return;
    }
    // Exactly the one broken rule, on the field it belongs to.
    QVERIFY2(problems.size() == 1, qPrintable(describeProblems(problems)));
    const FieldProblem &p = problems.first();
    QCOMPARE(p.field, field);
    QCOMPARE(p.rule, rule);
    QCOMPARE(p.severity, warning ? FieldProblem::Severity::Warning : FieldProblem::Severity::Error);
    QCOMPARE(OrderValidator::hasErrors(problems), !warning);
    for (const QString &part : messageContains)
        QVERIFY2(p.message.contains(part), qPrintable(u"\""_s + p.message + u"\" lacks "_s + part));
}

void TestOrderValidator::reportsEveryProblemAtOnce()
{
    PurchaseOrder o = validOrder();
    o.region = u"xx"_s;
    o.cpu = 0;
    o.imageId.clear();
    o.goodsNum = 0;
    o.password = u"short"_s;
    const QList<FieldProblem> problems = OrderValidator(Catalog::builtIn()).validate(o);
    QStringList fields;
    for (const FieldProblem &p : problems)
        fields << p.field + u'/' + p.rule;
    for (const QString &expected : {u"region/known"_s, u"cpu/required"_s, u"imageId/required"_s,
                                    u"goodsNum/range"_s, u"password/length"_s})
        QVERIFY2(fields.contains(expected), qPrintable(describeProblems(problems)));
    QVERIFY(OrderValidator::hasErrors(problems));
}

void TestOrderValidator::warningIsNotAnError()
{
    PurchaseOrder o = validOrder();
    o.bandwidth = 0;
    const QList<FieldProblem> problems = OrderValidator(Catalog::builtIn()).validate(o);
    QCOMPARE(problems.size(), 1);
    QVERIFY(!problems.first().isError());
    QVERIFY(!OrderValidator::hasErrors(problems));
    QVERIFY(!problems.first().message.isEmpty());
    QVERIFY(OrderValidator::hasErrors({{u"x"_s, u"y"_s, u"z"_s, FieldProblem::Severity::Error}}));
    QVERIFY(!OrderValidator::hasErrors({}));
}

void TestOrderValidator::memMessageListsTheChoices()
{
    PurchaseOrder o = validOrder();
    o.mem = 3;
    const QList<FieldProblem> mem = problemsFor(OrderValidator(Catalog::builtIn()).validate(o), u"mem"_s);
    QCOMPARE(mem.size(), 1);
    // "1 core(s) of CVM.S1 offer 1, 2, 4 and 8 GB.": each choice, and none of the 2-core list.
    const QString message = mem.first().message;
    QVERIFY2(message.contains(u"2, 4"_s) && message.contains(u'8') && !message.contains(u"12"_s) &&
                 !message.contains(u"16"_s),
             qPrintable(message));
}

void TestOrderValidator::checkPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("windows");
    QTest::addColumn<int>("minLength");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<int>("classesRequired");
    QTest::addColumn<int>("classesPresent");
    QTest::addColumn<bool>("lengthOk");
    QTest::addColumn<QString>("invalidCharacters");
    QTest::addColumn<bool>("ok");

    QTest::newRow("linux empty") << QString() << false << 8 << 16 << 2 << 0 << false << QString() << false;
    QTest::newRow("linux 7") << u"abc1234"_s << false << 8 << 16 << 2 << 2 << false << QString() << false;
    QTest::newRow("linux 8") << u"abcd1234"_s << false << 8 << 16 << 2 << 2 << true << QString() << true;
    QTest::newRow("linux 16") << u"abcdefgh12345678"_s << false << 8 << 16 << 2 << 2 << true << QString()
                              << true;
    QTest::newRow("linux 17") << u"abcdefgh123456789"_s << false << 8 << 16 << 2 << 2 << false << QString()
                              << false;
    QTest::newRow("linux mixed case is one class")
        << u"abcdEFGH"_s << false << 8 << 16 << 2 << 1 << true << QString() << false;
    QTest::newRow("linux all three") << u"aB1!aB1!"_s << false << 8 << 16 << 2 << 3 << true << QString()
                                     << true;
    QTest::newRow("linux pipe is special")
        << u"abcd|||x"_s << false << 8 << 16 << 2 << 2 << true << QString() << true;
    QTest::newRow("linux invalid, once each, in order")
        << u"a b 中c 中1234"_s << false << 8 << 16 << 2 << 2 << true << u" 中"_s << false;
    QTest::newRow("linux every special") << u"()`~!@#$%^&*-+=|{}[]:;',.?/"_s.left(16) << false << 8 << 16 << 2
                                         << 1 << true << QString() << false;
    QTest::newRow("windows 11") << u"abcDEF12345"_s << true << 12 << 16 << 3 << 3 << false << QString()
                                << false;
    QTest::newRow("windows 12") << u"abcDEF123456"_s << true << 12 << 16 << 3 << 3 << true << QString()
                                << true;
    QTest::newRow("windows 16") << u"abcdEFGH12345678"_s << true << 12 << 16 << 3 << 3 << true << QString()
                                << true;
    QTest::newRow("windows 17") << u"abcdEFGH123456789"_s << true << 12 << 16 << 3 << 3 << false << QString()
                                << false;
    QTest::newRow("windows two classes")
        << u"abcdefgh1234"_s << true << 12 << 16 << 3 << 2 << true << QString() << false;
    QTest::newRow("windows four classes")
        << u"abcDEF123!@#"_s << true << 12 << 16 << 3 << 4 << true << QString() << true;
    QTest::newRow("windows pipe invalid")
        << u"abcDEF123|||"_s << true << 12 << 16 << 3 << 3 << true << u"|"_s << false;
    QTest::newRow("windows tab and accent invalid")
        << u"abcDEF123\té\t"_s << true << 12 << 16 << 3 << 3 << true << u"\té"_s << false;
}

void TestOrderValidator::checkPassword()
{
    QFETCH(QString, password);
    QFETCH(bool, windows);
    QFETCH(int, minLength);
    QFETCH(int, maxLength);
    QFETCH(int, classesRequired);
    QFETCH(int, classesPresent);
    QFETCH(bool, lengthOk);
    QFETCH(QString, invalidCharacters);
    QFETCH(bool, ok);

    const PasswordCheck c =
        OrderValidator::checkPassword(password, OrderValidator::passwordPolicy(PurchaseOrder::Api::V2, windows ? Family::Windows : Family::Linux));
    QCOMPARE(c.minLength, minLength);
    QCOMPARE(c.maxLength, maxLength);
    QCOMPARE(c.classesRequired, classesRequired);
    QCOMPARE(c.classesPresent, classesPresent);
    QCOMPARE(c.lengthOk, lengthOk);
    QCOMPARE(c.invalidCharacters, invalidCharacters);
    QCOMPARE(c.classesOk(), classesPresent >= classesRequired);
    QCOMPARE(c.ok(), ok);
}

void TestOrderValidator::allowedSpecials()
{
    const QString linuxSpecials = OrderValidator::allowedSpecials(Family::Linux);
    const QString windowsSpecials = OrderValidator::allowedSpecials(Family::Windows);
    QVERIFY(linuxSpecials.contains(u'|'));
    QVERIFY(!windowsSpecials.contains(u'|'));
    for (const QChar c : u"()`~!@#$%^&*-+={}[]:;',.?/"_s) {
        QVERIFY2(linuxSpecials.contains(c), qPrintable(QString(c)));
        QVERIFY2(windowsSpecials.contains(c), qPrintable(QString(c)));
    }
    QVERIFY(!linuxSpecials.contains(u' '));
    QVERIFY(!linuxSpecials.contains(u'"'));
    QVERIFY(!linuxSpecials.contains(u'\\'));
}

QTEST_GUILESS_MAIN(TestOrderValidator)
#include "tst_ordervalidator.moc"
