// What the application remembers between runs, in its settings: the window's
// geometry, the last template opened or saved (where the file dialogs start),
// and the region and zone of the last order of each API (where a new order of
// that API starts). A sandbox run remembers nothing.
#include "MainWindow.h"
#include "common/V2Fields.h"
#include "order/OrderDraft.h"
#include "purchase/PurchaseJournal.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "status/StatusView.h"
#include "wizard/LookupStatus.h"
#include "wizard/PurchaseWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestWizardSettings : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PurchaseJournal> m_journal;
    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_secrets;

    // A run against the sandbox's server as if it were the cloud (credentials from the environment), or,
    // with sandbox set, the way --sandbox runs. The settings file is the one "the next run" reads.
    // With api3, at the sandbox's API 3.0 address.
    std::unique_ptr<MainWindow> open(bool sandbox = false, bool api3 = false)
    {
        WizardContext::Setup setup;
        QString error;
        const QUrl url = api3 ? m_sandbox->endpointUrlV3() : m_sandbox->endpointUrl();
        if (!Endpoint::fromUrl(url.toString(), &setup.endpoint, &error, PurchaseOrder::Api::V2))
            qFatal("%s", qPrintable(error));
        if (sandbox)
            setup.sandboxAccount = {QString::fromLatin1(SandboxServer::kDemoSecretId),
                                    QString::fromLatin1(SandboxServer::kDemoSecretKey), {}};
        setup.settings = m_settings.get();
        auto window = std::make_unique<MainWindow>(&m_network, setup, m_journal.get(), &m_secrets);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qFatal("the window did not show");
        return window;
    }

    // Quitting: the window closes and the settings reach the disk; the next run reads the file again.
    void quit(std::unique_ptr<MainWindow> &window)
    {
        // The user confirms when closing asks (a typed order, a purchase being tracked).
        MainWindow::setCloseAnswerForTesting([](const QString &) { return true; });
        window->close();
        MainWindow::setCloseAnswerForTesting(nullptr);
        window.reset();
        m_settings.reset();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"cvm-purchaser.conf"_s), QSettings::IniFormat);
    }

    // From the current page to Review, with a password the cloud generates, then Purchase: one purchase.
    void buyFromHere(MainWindow *window)
    {
        PurchaseWizard *wizard = window->wizard();
        while (wizard->currentId() != PurchaseWizard::Review) {
            if (wizard->currentId() == PurchaseWizard::Login)
                wizard->currentPage()->findChild<QAbstractButton *>(u"generatedMode"_s)->click();
            QTRY_VERIFY2(wizard->button(QWizard::NextButton)->isEnabled(),
                         qPrintable(u"page %1 blocked"_s.arg(wizard->currentId())));
            wizard->next();
        }
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(window->statusView()->isVisible());
    }

    // The Account page's API box set to API 3.0: a new order of that API.
    static void chooseApi3(MainWindow *window)
    {
        auto *api = window->wizard()->currentPage()->findChild<QComboBox *>(u"api"_s);
        api->setCurrentIndex(api->findData(int(PurchaseOrder::Api::V3)));
    }

    // The file dialog "Open template…" (Ctrl+O) shows, as it opens: the file it starts at.
    static QString openDialogStart(MainWindow *window)
    {
        window->activateWindow(); // again, after the last dialog
        if (!QTest::qWaitForWindowActive(window))
            return u"(the window is not active)"_s;
        QString start = u"(no file dialog opened)"_s;
        QTimer watcher; // the dialog runs its own event loop: look for it from there, then close it
        watcher.setInterval(10);
        QObject::connect(&watcher, &QTimer::timeout, window, [&] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                watcher.stop();
                start = dialog->selectedFiles().value(0);
                dialog->reject();
            }
        });
        watcher.start();
        QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier);
        watcher.stop();
        return start;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>(SandboxServer::Options{});
        QVERIFY(m_sandbox->listen() != 0);
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<PurchaseJournal>(m_dir->filePath(u"history.sqlite"_s));
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"cvm-purchaser.conf"_s), QSettings::IniFormat);
        qputenv("TENCENTCLOUD_SECRET_ID", SandboxServer::kDemoSecretId);
        qputenv("TENCENTCLOUD_SECRET_KEY", SandboxServer::kDemoSecretKey);
        // Qt's own file dialog, which the test can see and close (no desktop's native one offscreen anyway).
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void cleanup()
    {
        qunsetenv("TENCENTCLOUD_SECRET_ID");
        qunsetenv("TENCENTCLOUD_SECRET_KEY");
        m_settings.reset();
        m_journal.reset();
        m_dir.reset();
        m_sandbox.reset();
    }

    void windowGeometryIsRemembered()
    {
        auto window = open();
        // The first run's size: about 1100×720, or what the screen has room for (never below the minimum).
        const QSize first = window->size();
        QVERIFY(first.width() <= 1100 && first.height() <= 720);
        window->resize(first + QSize(60, 40));
        quit(window);

        window = open();
        QCOMPARE(window->size(), first + QSize(60, 40));
    }

    void lastTemplateIsWhereTheFileDialogStarts()
    {
        auto window = open();
        QCOMPARE(openDialogStart(window.get()), QString()); // nothing used yet: the dialog's own start
        QTemporaryDir templates;
        const QString path = templates.filePath(u"web-servers.json"_s);
        QVERIFY(window->saveTemplate(path));
        QCOMPARE(openDialogStart(window.get()), path);
        quit(window);

        window = open();
        QCOMPARE(openDialogStart(window.get()), path);
        // Opening another one makes that the last.
        const QString other = templates.filePath(u"other.json"_s);
        QVERIFY(QFile::copy(path, other));
        QVERIFY(window->openTemplate(other));
        quit(window);
        window = open();
        QCOMPARE(openDialogStart(window.get()), other);
    }

    void lastRegionAndZoneStartTheNextOrder()
    {
        auto window = open();
        PurchaseWizard *wizard = window->wizard();
        QCOMPARE(window->context()->draft()->order().region, u"gz"_s);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        // Shanghai, its second zone.
        auto *region = wizard->currentPage()->findChild<QComboBox *>(u"region"_s);
        region->setCurrentIndex(region->findData(u"sh"_s));
        auto *zones = wizard->currentPage()->findChild<QListWidget *>(u"zones"_s);
        QTRY_VERIFY(zones->count() > 1);
        zones->setCurrentRow(1);
        const int zone = zones->currentItem()->data(Qt::UserRole).toInt();
        QVERIFY(zone / 10000 == 20);
        window->context()->draft()->update([](PurchaseOrder &o) { o.imageId = u"img-3wnd9xpl"_s; });
        buyFromHere(window.get());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_sandbox->purchaseCount(), 1);
        quit(window);

        // The next run's new order starts there, and the Location page shows it chosen.
        window = open();
        wizard = window->wizard();
        QCOMPARE(window->context()->draft()->order().region, u"sh"_s);
        QCOMPARE(v2Int(window->context()->draft()->order(), "zoneId"), zone);
        window->showWizard();
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        zones = wizard->currentPage()->findChild<QListWidget *>(u"zones"_s);
        QTRY_VERIFY(zones->count() > 1);
        QCOMPARE(zones->currentItem()->data(Qt::UserRole).toInt(), zone);
        QCOMPARE(wizard->currentPage()->findChild<QComboBox *>(u"region"_s)->currentData().toString(), u"sh"_s);
    }

    // API 3.0 orders remember their own region and zone, by name, apart from API 2.0's codes.
    void lastApi3RegionAndZoneStartTheNextApi3Order()
    {
        auto window = open(false, true);
        PurchaseWizard *wizard = window->wizard();
        chooseApi3(window.get());
        QCOMPARE(window->context()->draft()->order().region, u"ap-guangzhou"_s);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        // Shanghai, its second zone.
        auto *region = wizard->currentPage()->findChild<QComboBox *>(u"region"_s);
        region->setCurrentIndex(region->findData(u"ap-shanghai"_s));
        auto *zones = wizard->currentPage()->findChild<QListWidget *>(u"zones"_s);
        QTRY_VERIFY(zones->count() > 1);
        zones->setCurrentRow(1);
        const QString zone = zones->currentItem()->data(Qt::UserRole).toString();
        QVERIFY2(zone.startsWith("ap-shanghai-"_L1), qPrintable(zone));
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        auto *types = wizard->currentPage()->findChild<QTreeWidget *>(u"liveInstanceTypes"_s);
        QTRY_VERIFY(types->topLevelItemCount() > 0);
        for (int row = 0; row < types->topLevelItemCount(); ++row)
            if (types->topLevelItem(row)->data(0, Qt::UserRole).toString() == "S5.MEDIUM4"_L1)
                types->setCurrentItem(types->topLevelItem(row));
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        auto *images = wizard->currentPage()->findChild<QListWidget *>(u"images"_s);
        QTRY_VERIFY(images->count() > 0);
        images->setCurrentRow(0);
        buyFromHere(window.get());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_sandbox->purchaseCount(), 1);
        quit(window);
        // API 2.0's place is not touched: its codes and 3.0's names do not mix.
        QVERIFY(!m_settings->contains(u"order/region"_s));

        // The next run's new API 3.0 order starts there, and the Location page shows it chosen.
        window = open(false, true);
        wizard = window->wizard();
        window->showWizard(); // the purchases come first now
        chooseApi3(window.get());
        QCOMPARE(window->context()->draft()->order().region, u"ap-shanghai"_s);
        QCOMPARE(window->context()->draft()->order().zone, zone);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        zones = wizard->currentPage()->findChild<QListWidget *>(u"zones"_s);
        QTRY_VERIFY2(zones->count() > 1,
                     qPrintable(wizard->currentPage()->findChild<LookupStatus *>(u"zoneStatus"_s)->text()));
        QCOMPARE(zones->currentItem()->data(Qt::UserRole).toString(), zone);
        QCOMPARE(wizard->currentPage()->findChild<QComboBox *>(u"region"_s)->currentData().toString(),
                 u"ap-shanghai"_s);
    }

    // "A sandbox run touches neither the keychain nor the settings."
    void sandboxRunRemembersNothing()
    {
        m_settings->setValue(u"order/region"_s, u"sh"_s);
        m_settings->setValue(u"order/zoneId"_s, 200002);
        m_settings->sync();
        const QStringList before = m_settings->allKeys();

        auto window = open(true);
        QCOMPARE(window->context()->draft()->order().region, u"gz"_s); // not the remembered region
        const QSize first = window->size();
        window->resize(first + QSize(60, 40));
        QTemporaryDir templates;
        QVERIFY(window->saveTemplate(templates.filePath(u"sandbox.json"_s)));
        quit(window);

        QCOMPARE(m_settings->allKeys(), before);
        window = open(true);
        QCOMPARE(window->size(), first); // the sandbox's size was not kept either
        QCOMPARE(m_settings->value(u"order/region"_s).toString(), u"sh"_s);
    }
};

QTEST_MAIN(TestWizardSettings)
#include "tst_wizard_settings.moc"
