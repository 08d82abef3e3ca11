// The programs speak the user's language: Simplified Chinese for a Chinese locale or setting, with
// Qt's own buttons translated too; English, with correct plurals, for everything else. API errors
// the product knows are told in that language with the server's own words kept as detail.
#include "AppLanguage.h"
#include "api/ApiResult.h"
#include "common/ProgramRun.h"
#include "order/Catalog.h"
#include "order/OrderValidator.h"
#include "protocol/ApiProtocol.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString translated(const char *context, const char *text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

bool qtTranslationsInstalled()
{
    return QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_zh_CN.qm"_s);
}

using Run = ProgramRun;

// One of the programs in a given locale, the way a user's session starts it.
Run runIn(const QString &program, const QStringList &arguments, const QString &locale)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, locale);
    env.insert(u"LC_ALL"_s, locale);
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return runProgram(program, arguments, env);
}
} // namespace

class TestI18nRuntime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QSettings(QSettings::UserScope, u"cvm-purchaser"_s, u"cvm-purchaser"_s).remove(u"language"_s);
    }

    void cleanup() { AppLanguage::install(QCoreApplication::instance(), QLocale::c()); }

    void chineseLocaleGetsChinese()
    {
        QVERIFY(AppLanguage::install(QCoreApplication::instance(), QLocale(u"zh_CN"_s)));
        QCOMPARE(translated("PurchaseWizard", "&Next"), u"下一步(&N)"_s);
        QCOMPARE(QLocale().language(), QLocale::Chinese); // the catalog's Chinese names follow QLocale()
        if (!qtTranslationsInstalled())
            QSKIP("qt6-translations-l10n is not installed: Qt's own buttons cannot be checked");
        QCOMPARE(translated("QPlatformTheme", "Cancel"), u"取消"_s);
    }

    // The status title reads as Chinese writes it: a place name joins 的 without a gap; numbers and type
    // names keep theirs (issue 19, item 13).
    void statusTitleHasNoStraySpaces()
    {
        QVERIFY(AppLanguage::install(QCoreApplication::instance(), QLocale(u"zh_CN"_s)));
        QCOMPARE(translated("MainWindow", "%n %1 instance(s) in %2", 3).arg(u"S5.SMALL2"_s, u"广州一区"_s),
                 u"广州一区的 3 台 S5.SMALL2 实例"_s);
    }

    // Any Chinese locale reads the Simplified Chinese translation rather than English.
    void otherChineseLocalesGetChinese_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("zh_CN.UTF-8 as LANG writes it") << u"zh_CN.UTF-8"_s;
        QTest::newRow("BCP 47") << u"zh-Hans-CN"_s;
        QTest::newRow("Singapore") << u"zh_SG"_s;
        QTest::newRow("Taiwan") << u"zh_TW"_s;
        QTest::newRow("Hong Kong") << u"zh_HK"_s;
    }
    void otherChineseLocalesGetChinese()
    {
        QFETCH(QString, name);
        QVERIFY(AppLanguage::install(QCoreApplication::instance(), QLocale(name)));
        QCOMPARE(translated("PurchaseWizard", "&Next"), u"下一步(&N)"_s);
    }

    void englishGetsEnglishPlurals()
    {
        QVERIFY(AppLanguage::install(QCoreApplication::instance(), QLocale(u"en_GB"_s)));
        QCOMPARE(translated("PurchaseWizard", "&Next"), u"&Next"_s);
        QCOMPARE(translated("TrackingSummary", "All %n instance(s) are running.", 1),
                 u"The instance is running."_s);
        QCOMPARE(translated("TrackingSummary", "All %n instance(s) are running.", 3),
                 u"All 3 instances are running."_s);
        QCOMPARE(translated("PurchaseSubmission", "no confirmation within %n second(s)", 1),
                 u"no confirmation within 1 second"_s);
    }

    // A language without a translation shows English with English plurals, and Qt's buttons in
    // English too rather than half the window in another language.
    void untranslatedLanguageFallsBackToEnglish()
    {
        QVERIFY(!AppLanguage::install(QCoreApplication::instance(), QLocale(u"de_DE"_s)));
        QCOMPARE(translated("PurchaseWizard", "&Next"), u"&Next"_s);
        QCOMPARE(translated("TrackingSummary", "All %n instance(s) are running.", 2),
                 u"All 2 instances are running."_s);
        QCOMPARE(translated("QPlatformTheme", "Cancel"), u"Cancel"_s);
    }

    void settingChoosesTheLanguage_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QLocale::Language>("expected");
        QTest::newRow("unset follows the system") << QString() << u"zh_CN"_s << QLocale::Chinese;
        QTest::newRow("system follows the system") << u"system"_s << u"zh_CN"_s << QLocale::Chinese;
        QTest::newRow("en on a Chinese system") << u"en"_s << u"zh_CN"_s << QLocale::English;
        QTest::newRow("zh_CN on an English system") << u"zh_CN"_s << u"en_US"_s << QLocale::Chinese;
        QTest::newRow("nonsense follows the system")
            << u"klingon-nonsense"_s << u"en_US"_s << QLocale::English;
    }
    void settingChoosesTheLanguage()
    {
        QFETCH(QString, setting);
        QFETCH(QString, system);
        QFETCH(QLocale::Language, expected);
        if (!setting.isEmpty())
            QSettings(QSettings::UserScope, u"cvm-purchaser"_s, u"cvm-purchaser"_s)
                .setValue(u"language"_s, setting);
        QCOMPARE(AppLanguage::storedSetting(), setting);
        if (setting.startsWith("klingon"_L1))
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"names no known language"_s));
        QCOMPARE(AppLanguage::chosenLocale(AppLanguage::storedSetting(), QLocale(system)).language(),
                 expected);
    }

    // The product's own words for the codes it knows, the server's text after them.
    void knownApiErrorsAreTranslated_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("codeDesc");
        QTest::addColumn<QString>("expectedStart");
        QTest::newRow("4100") << 4100 << QString() << u"身份验证失败"_s;
        QTest::newRow("5300") << 5300 << QString() << u"账户余额不足"_s;
        QTest::newRow("password policy")
            << 4000 << u"InvalidParameter.PasswordNotConformSpecs"_s << u"密码不符合"_s;
        QTest::newRow("unknown code") << 9999 << QString() << u"云端拒绝了请求"_s;
    }
    void knownApiErrorsAreTranslated()
    {
        QFETCH(int, code);
        QFETCH(QString, codeDesc);
        QFETCH(QString, expectedStart);
        QVERIFY(AppLanguage::install(QCoreApplication::instance(), QLocale(u"zh_CN"_s)));
        ApiResult result;
        result.status = ApiResult::Status::ApiError;
        result.code = code;
        result.codeDesc = codeDesc;
        result.message = u"(server words) Some message from the API"_s;
        const QString text = result.describe();
        QVERIFY2(text.startsWith(expectedStart), qPrintable(text));
        QVERIFY2(text.contains(result.message), qPrintable(text));
    }

    // Every rule of every API speaks the user's language: an order that breaks many rules gets only Chinese
    // sentences (API 3.0's rules once looked their texts up in a context no longer translated).
    void orderProblemsSpeakTheLanguage()
    {
        QVERIFY(AppLanguage::install(QCoreApplication::instance(), QLocale(u"zh_CN"_s)));
        auto chinese = [](const QString &text) {
            return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
        };
        for (const ApiProtocol *protocol : ApiProtocol::all()) {
            PurchaseOrder order = protocol->newOrder();
            order.imageId.clear();
            order.bandwidth = -1;
            order.projectId = -1;
            order.goodsNum = 0;
            order.password = u"a b"_s;
            order.instanceName = QString(61, u'n');
            const QList<FieldProblem> problems = OrderValidator(Catalog::builtIn()).validate(order);
            QVERIFY(problems.size() >= 5);
            for (const FieldProblem &p : problems)
                QVERIFY2(chinese(p.message), qPrintable(protocol->name() + u": "_s + p.field + u": "_s + p.message));
        }
    }

    // Both programs install the translation before they say anything, Qt's --help texts included.
    void cliSpeaksTheLocale()
    {
        QVERIFY(AppLanguage::install(QCoreApplication::instance(), QLocale(u"zh_CN"_s)));
        const QString chinese = translated("Cli", "a command is required.");
        QVERIFY(chinese != u"a command is required."_s);
        const Run zh = runIn(QStringLiteral(CVM_CLI_PATH), {}, u"zh_CN.UTF-8"_s);
        QCOMPARE(zh.exitCode, 2);
        QVERIFY2(zh.err.contains(chinese), qPrintable(zh.err));
        const Run c = runIn(QStringLiteral(CVM_CLI_PATH), {}, u"C"_s);
        QVERIFY2(c.err.contains(u"a command is required."_s), qPrintable(c.err));
    }

    void guiHelpSpeaksTheLocale()
    {
        QVERIFY(AppLanguage::install(QCoreApplication::instance(), QLocale(u"zh_CN"_s)));
        const Run zh = runIn(QStringLiteral(CVM_GUI_PATH), {u"--help"_s}, u"zh_CN.UTF-8"_s);
        QCOMPARE(zh.exitCode, 0);
        QVERIFY2(zh.out.contains(translated("main", "Use the built-in simulated cloud: nothing is bought.")),
                 qPrintable(zh.out));
        if (!qtTranslationsInstalled())
            QSKIP("qt6-translations-l10n is not installed: Qt's own --help texts cannot be checked");
        QVERIFY2(zh.out.contains(translated("QCommandLineParser", "Displays help on commandline options.")),
                 qPrintable(zh.out));
        QVERIFY(translated("QCommandLineParser", "Displays help on commandline options.") !=
                u"Displays help on commandline options."_s);
    }

    void settingOverridesTheLocaleOfThePrograms()
    {
        QSettings(QSettings::UserScope, u"cvm-purchaser"_s, u"cvm-purchaser"_s)
            .setValue(u"language"_s, u"en"_s);
        const Run r = runIn(QStringLiteral(CVM_CLI_PATH), {}, u"zh_CN.UTF-8"_s);
        QVERIFY2(r.err.contains(u"a command is required."_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestI18nRuntime)
#include "tst_i18n_runtime.moc"
