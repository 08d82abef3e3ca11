// The desktop window and API 3.0 templates: until the wizard's pages edit 3.0
// orders, opening one is refused with a message naming the CLI, and the
// order being edited stays as it was.
#include "ContractsExample.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "OrderDraft.h"
#include "OrderTemplate.h"
#include "PurchaseJournal.h"
#include "SandboxServer.h"
#include "WizardContext.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestApi3Gui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void api3TemplateIsRefusedWithTheWayOut()
    {
        SandboxServer sandbox(SandboxServer::Options{});
        QVERIFY(sandbox.listen() != 0);
        WizardContext::Setup setup;
        QString error;
        QVERIFY(Endpoint::fromUrl(sandbox.endpointUrl().toString(), &setup.endpoint, &error));
        setup.sandboxAccount = {QString::fromLatin1(SandboxServer::kDemoSecretId),
                                QString::fromLatin1(SandboxServer::kDemoSecretKey), {}};
        QTemporaryDir data;
        PurchaseJournal journal(data.filePath(u"journal.jsonl"_s));
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        MainWindow window(&network, setup, &journal, &secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QByteArray before = OrderTemplate::write(window.context()->draft()->order());

        const QString path = data.filePath(u"web3.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kContractsExampleV3);
        file.close();

        QString shown;
        // The refusal is a modal message box: read it, then close it.
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        closer.start(20);
        QVERIFY(!window.openTemplate(path));
        closer.stop();
        QVERIFY2(shown.contains("API 3.0"_L1), qPrintable(shown));
        QVERIFY2(shown.contains("cvm-purchaser-cli purchase"_L1), qPrintable(shown));
        QCOMPARE(OrderTemplate::write(window.context()->draft()->order()), before);
    }
};

QTEST_MAIN(TestApi3Gui)
#include "tst_api3_gui.moc"
