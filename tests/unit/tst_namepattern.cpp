// Instance and host names expanded from their patterns as PROTOCOL.md section 11 says the cloud does.

#include "order/NamePattern.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestNamePattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void instanceNames_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("padded") << u"web-{R:1,F:2}"_s << 2 << QStringList{u"web-01"_s, u"web-02"_s};
        QTest::newRow("from 3") << u"web-{R:3}"_s << 2 << QStringList{u"web-3"_s, u"web-4"_s};
        QTest::newRow("one instance") << u"web-{R:3}"_s << 1 << QStringList{u"web-3"_s};
        QTest::newRow("F:0 is no padding") << u"a{R:7,F:0}"_s << 1 << QStringList{u"a7"_s};
        QTest::newRow("longer than F") << u"app_{R:99,F:2}"_s << 2 << QStringList{u"app_99"_s, u"app_100"_s};
        QTest::newRow("F:3") << u"server_{R:3,F:3}"_s << 2 << QStringList{u"server_003"_s, u"server_004"_s};
        QTest::newRow("two patterns") << u"{R:1}-{R:10}"_s << 2 << QStringList{u"1-10"_s, u"2-11"_s};
        QTest::newRow("no pattern, several")
            << u"server_"_s << 3 << QStringList{u"server_1"_s, u"server_2"_s, u"server_3"_s};
        QTest::newRow("no pattern, one") << u"web"_s << 1 << QStringList{u"web"_s};
        // Malformed patterns are plain text, so the suffix is appended.
        QTest::newRow("empty braces") << u"a{}"_s << 2 << QStringList{u"a{}1"_s, u"a{}2"_s};
        QTest::newRow("F:9 is text") << u"a{R:1,F:9}"_s << 2
                                     << QStringList{u"a{R:1,F:9}1"_s, u"a{R:1,F:9}2"_s};
        QTest::newRow("{IP} is text in an instance name")
            << u"n-{IP}"_s << 2 << QStringList{u"n-{IP}1"_s, u"n-{IP}2"_s};
    }
    void instanceNames()
    {
        QFETCH(QString, pattern);
        QFETCH(int, count);
        QFETCH(QStringList, names);
        QCOMPARE(NamePattern::instanceNames(pattern, count), names);
    }

    void hostNames()
    {
        const QStringList ips{u"10.0.12.8"_s, u"10.0.12.9"_s};
        QCOMPARE(NamePattern::hostNames(u"node-{IP}"_s, 2, ips),
                 (QStringList{u"node-10.0.12.8"_s, u"node-10.0.12.9"_s}));
        QCOMPARE(NamePattern::hostNames(u"web-{IP}-{R:1}"_s, 2, ips),
                 (QStringList{u"web-10.0.12.8-1"_s, u"web-10.0.12.9-2"_s}));
        QCOMPARE(NamePattern::hostNames(u"db"_s, 2, ips), (QStringList{u"db1"_s, u"db2"_s}));
        // An address not known yet stays a pattern.
        QCOMPARE(NamePattern::hostNames(u"node-{IP}"_s, 2, {}),
                 (QStringList{u"node-{IP}"_s, u"node-{IP}"_s}));
        QVERIFY(NamePattern::hasPattern(u"node-{IP}"_s, true));
        QVERIFY(!NamePattern::hasPattern(u"node-{IP}"_s, false));
        QVERIFY(NamePattern::hasPattern(u"x{R:0}"_s, false));
        QVERIFY(!NamePattern::hasPattern(u"x{R:}"_s, true));
    }
};

QTEST_GUILESS_MAIN(TestNamePattern)
#include "tst_namepattern.moc"
