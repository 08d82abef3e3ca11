// A refusal from the cloud lands on the page it concerns, with everything
// typed kept, and pressing Purchase again after fixing it buys once.
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "OrderDraft.h"
#include "OrderPage.h"
#include "PurchaseJournal.h"
#include "PurchaseWizard.h"
#include "ReviewPage.h"
#include "SandboxServer.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWizardErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authenticationRefusalGoesBackToTheAccountPage()
    {
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        WizardContext::Setup setup;
        QString error;
        QVERIFY(Endpoint::fromUrl(sandbox.endpointUrl().toString(), &setup.endpoint, &error));
        // The environment's key is wrong: everything up to the purchase works locally, the cloud refuses.
        qputenv("TENCENTCLOUD_SECRET_ID", SandboxServer::kDemoSecretId);
        qputenv("TENCENTCLOUD_SECRET_KEY", "not-the-sandbox-key");
        QTemporaryDir dir;
        PurchaseJournal journal(dir.filePath(u"journal.jsonl"_s));
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        MainWindow window(&network, setup, &journal, &secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PurchaseWizard *wizard = window.wizard();

        // A complete order without the cloud's lists: zone, image and login set directly.
        window.context()->draft()->update([](PurchaseOrder &o) {
            o.zoneId = 100001;
            o.imageId = u"img-3wnd9xpl"_s;
            o.instanceName = u"kept"_s;
        });
        for (int step = 0; step < 8; ++step) {
            if (wizard->currentId() == PurchaseWizard::Login)
                wizard->currentPage()->findChild<QAbstractButton *>(u"generatedMode"_s)->click();
            QTRY_VERIFY2(wizard->button(QWizard::NextButton)->isEnabled(),
                         qPrintable(u"step %1 blocked"_s.arg(wizard->currentId())));
            wizard->next();
        }
        QCOMPARE(wizard->currentId(), int(PurchaseWizard::Review));
        wizard->button(QWizard::FinishButton)->click();

        QTRY_COMPARE(wizard->currentId(), int(PurchaseWizard::Account));
        auto *page = qobject_cast<OrderPage *>(wizard->currentPage());
        QTRY_VERIFY(page->apiError().contains("SecretKey"_L1));
        QVERIFY(!page->apiError().contains("not-the-sandbox-key"_L1));
        QCOMPARE(window.context()->draft()->order().instanceName, u"kept"_s); // nothing typed is lost
        QCOMPARE(sandbox.purchaseCount(), 0);
        QVERIFY(!wizard->reviewPage()->isSubmitting());
        // Refused outright: the journal knows nothing was bought.
        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(journal.entries().first().state(), JournalEntry::State::Refused);
        qunsetenv("TENCENTCLOUD_SECRET_ID");
        qunsetenv("TENCENTCLOUD_SECRET_KEY");
    }
};

QTEST_MAIN(TestWizardErrors)
#include "tst_wizard_errors.moc"
