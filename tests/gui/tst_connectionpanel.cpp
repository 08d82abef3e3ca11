// The connection check as a user meets it: pick credentials, press
// "Test connection", read the zones or the reason it failed.
#include "ConnectionPanel.h"
#include "SandboxServer.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectionPanel : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    ConnectionPanel::Setup sandboxSetup(const SandboxServer &sandbox)
    {
        ConnectionPanel::Setup setup;
        setup.endpoint = sandbox.endpointUrl().toString();
        setup.sandboxAccount = {QString::fromLatin1(SandboxServer::kDemoSecretId),
                                QString::fromLatin1(SandboxServer::kDemoSecretKey), {}};
        return setup;
    }

private Q_SLOTS:
    void init()
    {
        qunsetenv("TENCENTCLOUD_SECRET_ID");
        qunsetenv("TENCENTCLOUD_SECRET_KEY");
    }

    void sandboxAccountListsTheRegionsZones()
    {
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        ConnectionPanel panel(&m_network, sandboxSetup(sandbox));
        panel.show();
        auto *region = panel.findChild<QComboBox *>(u"regionCombo"_s);
        region->setCurrentIndex(region->findData(u"bj"_s));
        auto *test = panel.findChild<QPushButton *>(u"testButton"_s);
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);

        auto *zones = panel.findChild<QListWidget *>(u"zoneList"_s);
        QTRY_COMPARE(zones->count(), 2);
        QVERIFY(zones->item(0)->text().startsWith("800001"_L1));
        QVERIFY(panel.findChild<QLabel *>(u"resultLabel"_s)->text().contains("Zones in this region: 2"_L1));
        QVERIFY(test->isEnabled());
        // The SecretId is shown masked, all but its last 4 characters.
        const QString detail = panel.findChild<QLabel *>(u"credentialsDetail"_s)->text();
        QVERIFY(detail.endsWith("0000"_L1));
        QVERIFY(!detail.contains("AKIDSandbox"_L1));
    }

    void wrongKeyInTheEnvironmentIsExplained()
    {
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        qputenv("TENCENTCLOUD_SECRET_ID", SandboxServer::kDemoSecretId);
        qputenv("TENCENTCLOUD_SECRET_KEY", "not-the-right-key");
        ConnectionPanel panel(&m_network, sandboxSetup(sandbox));
        auto *credentials = panel.findChild<QComboBox *>(u"credentialsCombo"_s);
        credentials->setCurrentIndex(1); // Environment
        QTest::mouseClick(panel.findChild<QPushButton *>(u"testButton"_s), Qt::LeftButton);

        auto *result = panel.findChild<QLabel *>(u"resultLabel"_s);
        QTRY_VERIFY(result->text().contains("SecretKey"_L1));
        QCOMPARE(panel.findChild<QListWidget *>(u"zoneList"_s)->count(), 0);
        QVERIFY(!result->text().contains("not-the-right-key"_L1));
    }

    void missingEnvironmentCredentialsSayHowToSetThem()
    {
        ConnectionPanel panel(&m_network, {});
        QVERIFY(panel.findChild<QLabel *>(u"credentialsDetail"_s)->text().contains("TENCENTCLOUD_SECRET_KEY"_L1));
        QVERIFY(!panel.findChild<QPushButton *>(u"testButton"_s)->isEnabled());
    }

    void plainHttpToARemoteHostIsRefusedAsYouType()
    {
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        ConnectionPanel panel(&m_network, sandboxSetup(sandbox));
        panel.show();
        auto *endpoint = panel.findChild<QLineEdit *>(u"endpointEdit"_s);
        endpoint->clear();
        QTest::keyClicks(endpoint, u"http://cvm.example.com/v2/index.php"_s);
        auto *problem = panel.findChild<QLabel *>(u"endpointProblem"_s);
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains("https://"_L1));
        QVERIFY(!panel.findChild<QPushButton *>(u"testButton"_s)->isEnabled());
        QCOMPARE(endpoint->text(), u"http://cvm.example.com/v2/index.php"_s); // what was typed is kept

        endpoint->setText(u"https://cvm.example.com/v2/index.php"_s);
        QVERIFY(!problem->isVisible());
        QVERIFY(panel.findChild<QPushButton *>(u"testButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestConnectionPanel)
#include "tst_connectionpanel.moc"
