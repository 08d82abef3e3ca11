#include "api/ServerText.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestServerText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain id") << u"ins-3wnd9xpl"_s << u"ins-3wnd9xpl"_s;
        QTest::newRow("chinese name") << u"广州一区 web"_s << u"广州一区 web"_s;
        QTest::newRow("forged line") << u"ins-a\nDone: all running"_s << u"ins-a\\nDone: all running"_s;
        QTest::newRow("retitle and clear") << u"ins-\x1b]0;PWNED\a\x1b[2J"_s << u"ins-\\e]0;PWNED\\x07\\e[2J"_s;
        QTest::newRow("carriage return") << u"ok\rbad"_s << u"ok\\rbad"_s;
        QTest::newRow("tab and NUL") << QString(u"a\tb"_s + QChar(0) + u"c"_s) << u"a\\tb\\x00c"_s;
        QTest::newRow("DEL and C1") << QString(u"a"_s + QChar(0x7f) + QChar(0x9b) + u"b"_s) << u"a\\x7f\\x9bb"_s;
        QTest::newRow("bidi override") << QString(u"exe."_s + QChar(0x202e) + u"txt"_s) << u"exe.\\u202etxt"_s;
        QTest::newRow("line separator") << QString(u"a"_s + QChar(0x2028) + u"b"_s) << u"a\\u2028b"_s;
    }
    void escapes()
    {
        QFETCH(QString, raw);
        QFETCH(QString, shown);
        QCOMPARE(ServerText::shown(raw), shown);
        QCOMPARE(ServerText::hasControls(raw), raw != shown);
    }
};

QTEST_GUILESS_MAIN(TestServerText)
#include "tst_servertext.moc"
