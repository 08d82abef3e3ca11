// Help → About CVM Purchaser, as a user reaches it: by keyboard from the menu bar, and what it says: the
// versions, the licence, where this run keeps its purchase history and settings, and where the documentation
// is; in English and in Chinese.
#include "AppLanguage.h"
#include "MainWindow.h"
#include "about/AboutDialog.h"
#include "purchase/PurchaseJournal.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {
// A label's text as it reads on screen (rich text without its markup).
QString shown(const QLabel *label)
{
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}
} // namespace

class TestAbout : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PurchaseJournal> m_journal;
    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_secrets;

    std::unique_ptr<MainWindow> open(bool sandbox)
    {
        WizardContext::Setup setup;
        QString error;
        if (!Endpoint::fromUrl(m_sandbox->endpointUrl().toString(), &setup.endpoint, &error,
                               PurchaseOrder::Api::V2))
            qFatal("%s", qPrintable(error));
        if (sandbox)
            setup.sandboxAccount = {QString::fromLatin1(SandboxServer::kDemoSecretId),
                                    QString::fromLatin1(SandboxServer::kDemoSecretKey),
                                    {}};
        setup.settings = m_settings.get();
        auto window = std::make_unique<MainWindow>(&m_network, setup, m_journal.get(), &m_secrets);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qFatal("the window did not show");
        return window;
    }

    // Alt+H opens the Help menu, A its About item: the dialog that opens.
    static AboutDialog *aboutByKeyboard(MainWindow *window)
    {
        QTest::keyClick(window, Qt::Key_H, Qt::AltModifier);
        auto *help = window->menuBar()->findChild<QMenu *>(u"helpMenu"_s);
        if (!help || !QTest::qWaitFor([help] { return help->isVisible(); }, 5000))
            return nullptr;
        QTest::keyClick(help, Qt::Key_A);
        AboutDialog *about = nullptr;
        const bool opened = QTest::qWaitFor(
            [&] {
                about = window->findChild<AboutDialog *>(u"aboutDialog"_s);
                return about && about->isVisible();
            },
            5000);
        return opened ? about : nullptr;
    }

    static QString value(AboutDialog *about, const char *name)
    {
        const auto *label = about->findChild<QLabel *>(QLatin1StringView(name));
        return label ? shown(label) : u"(no label %1)"_s.arg(QLatin1StringView(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxServer>(SandboxServer::Options{});
        QVERIFY(m_sandbox->listen() != 0);
    }

    void init()
    {
        QVERIFY(AppLanguage::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_journal = std::make_unique<PurchaseJournal>(m_dir->filePath(u"data/cvm-purchaser/journal.jsonl"_s));
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"config/cvm-purchaser.conf"_s),
                                                 QSettings::IniFormat);
    }

    void cleanup()
    {
        m_settings.reset();
        m_journal.reset();
        m_dir.reset();
    }

    void saysWhatRunsAndWhereTheDataLives()
    {
        auto window = open(false);
        auto *help = window->menuBar()->findChild<QMenu *>(u"helpMenu"_s);
        QVERIFY(help);
        QCOMPARE(help->title(), u"&Help"_s);
        AboutDialog *about = aboutByKeyboard(window.get());
        QVERIFY2(about, "Alt+H, A did not open the About box");
        QCOMPARE(about->windowTitle(), u"About CVM Purchaser"_s);
        QCOMPARE(value(about, "aboutVersion"), QStringLiteral(CVM_PURCHASER_VERSION));
        // The Qt the program runs with, not only the one it was built with.
        QVERIFY2(value(about, "aboutQtVersion").startsWith(QString::fromLatin1(qVersion())),
                 qPrintable(value(about, "aboutQtVersion")));
        QVERIFY2(QRegularExpression(u"^\\d+\\.\\d+\\.\\d+$"_s)
                     .match(value(about, "aboutKeychainVersion"))
                     .hasMatch(),
                 qPrintable(value(about, "aboutKeychainVersion")));
        QVERIFY(value(about, "aboutLicence").contains("GPL-3.0-or-later"_L1));
        QVERIFY(value(about, "aboutLicence").contains("GNU General Public License"_L1));
        // The folders this run really uses.
        QCOMPARE(value(about, "aboutDataFolder"), QFileInfo(m_journal->path()).absolutePath());
        QCOMPARE(value(about, "aboutSettings"), m_settings->fileName());
        QVERIFY(value(about, "aboutSecrets").contains("keychain"_L1));
        for (const char *page : {"man cvm-purchaser", "man cvm-purchaser-cli", "man cvm-sandbox"})
            QVERIFY2(value(about, "aboutManualPages").split(u'\n').contains(QLatin1StringView(page)), page);
        // Esc closes it, as any dialog.
        const QPointer<AboutDialog> guard(about);
        QTest::keyClick(about, Qt::Key_Escape);
        QTRY_VERIFY(!guard || !guard->isVisible());
    }

    void onTheSandboxSaysNothingIsKept()
    {
        auto window = open(true);
        AboutDialog *about = aboutByKeyboard(window.get());
        QVERIFY(about);
        QVERIFY2(value(about, "aboutDataFolder").contains("sandbox run only"_L1),
                 qPrintable(value(about, "aboutDataFolder")));
        QVERIFY2(value(about, "aboutSettings").startsWith("none"_L1),
                 qPrintable(value(about, "aboutSettings")));
        QVERIFY(value(about, "aboutSecrets").contains("memory"_L1));
    }

    // The whole dialog in Chinese: no English left but names and versions, and it fits a 1024×768 screen.
    void inChinese()
    {
        QVERIFY(AppLanguage::install(qApp, QLocale(QLocale::Chinese, QLocale::China)));
        // The font a Chinese desktop gives (.ci/install-deps installs it), whose average glyph is twice as
        // wide as a Latin one.
        const QFont latin = QApplication::font();
        const auto restoreFont = qScopeGuard([latin] { QApplication::setFont(latin); });
        QVERIFY2(QFontDatabase::families().contains(u"Noto Sans CJK SC"_s),
                 "fonts-noto-cjk is not installed");
        QApplication::setFont(QFont(u"Noto Sans CJK SC"_s));
        auto window = open(false);
        auto *help = window->menuBar()->findChild<QMenu *>(u"helpMenu"_s);
        QVERIFY(help);
        QVERIFY2(help->title().contains("(&H)"_L1), qPrintable(help->title()));
        AboutDialog *about = aboutByKeyboard(window.get());
        QVERIFY2(about, "Alt+H, A did not open the About box in Chinese");
        QVERIFY2(about->windowTitle().contains(u"关于"_s), qPrintable(about->windowTitle()));
        const QRegularExpression english(u"\\b(the|of|and|for|only|Version|Licence|Settings|history)\\b"_s);
        for (const QLabel *label : about->findChildren<QLabel *>()) {
            QString text = shown(label);
            // What stays as it is in every language: program names, commands, paths, the licence's own name.
            text.remove(
                QRegularExpression(u"man cvm-[a-z-]+|CVM Purchaser|GNU General Public License|/\\S*"_s));
            QVERIFY2(!english.match(text).hasMatch(),
                     qPrintable(label->objectName() + u": "_s + shown(label)));
        }
        // All of it on the screen (offscreen, 800 pixels wide), whatever the font's glyph widths.
        const QSize screen = about->screen()->availableSize();
        QVERIFY2(about->width() <= screen.width() && about->height() <= screen.height(),
                 qPrintable(u"%1×%2 on %3×%4"_s.arg(about->width())
                                .arg(about->height())
                                .arg(screen.width())
                                .arg(screen.height())));
    }
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
