// A refusal from the cloud lands on the page it concerns, with everything
// typed kept, and pressing Purchase again after fixing it buys once.
#include "MainWindow.h"
#include "common/V2Fields.h"
#include "common/V2Request.h"
#include "order/OrderDraft.h"
#include "protocol/v2/Signer.h"
#include "purchase/PurchaseJournal.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "status/StatusView.h"
#include "wizard/OrderPage.h"
#include "wizard/PurchaseWizard.h"
#include "wizard/ReviewPage.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QDir>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Stands in front of the real sandbox and passes every request on to it, except the first
// RunInstancesHour, which it refuses as the cloud does when a zone is closed or the balance is short:
// the sandbox checks orders with the client's own rules and so never refuses those itself.
class RefusingFront
{
public:
    RefusingFront(SandboxServer *sandbox, int code, const QString &codeDesc, const QString &message)
        : m_sandbox(sandbox), m_refusal{{"code"_L1, code}, {"message"_L1, message}, {"codeDesc"_L1, codeDesc}}
    {
        m_server.route(u"/v2/index.php"_s, [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const bool post = request.method() == QHttpServerRequest::Method::Post;
            const ApiParams params =
                Signer::formDecode(post ? request.body() : request.url().query(QUrl::FullyEncoded).toUtf8());
            QString action;
            for (const auto &[name, value] : params)
                if (name == "Action"_L1)
                    action = value;
            QJsonObject reply;
            if (action == "RunInstancesHour"_L1 && m_refusals == 0) {
                ++m_refusals;
                reply = m_refusal;
            } else {
                reply = m_sandbox->handle(v2Request(post ? u"POST"_s : u"GET"_s,
                                                    QString::fromLatin1(request.value("Host")), request.url().path(),
                                                    params));
            }
            const QByteArray date = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                                        .toLatin1();
            responder.write(QJsonDocument(reply).toJson(QJsonDocument::Compact),
                            {{"Content-Type", "application/json"}, {"Date", date}});
        });
    }

    quint16 listen() { return m_port = m_server.listen(QHostAddress::LocalHost, 0); }
    QString endpointUrl() const { return u"http://127.0.0.1:%1/v2/index.php"_s.arg(m_port); }
    int refusals() const { return m_refusals; }

private:
    SandboxServer *m_sandbox;
    QJsonObject m_refusal;
    QHttpServer m_server;
    quint16 m_port = 0;
    int m_refusals = 0;
};

// A main window on the sandbox's demo account, talking to endpoint.
struct Session
{
    explicit Session(const QString &endpoint)
    {
        QString error;
        if (!Endpoint::fromUrl(endpoint, &setup.endpoint, &error, PurchaseOrder::Api::V2))
            qFatal("%s", qPrintable(error));
        setup.sandboxAccount = {QString::fromLatin1(SandboxServer::kDemoSecretId),
                                QString::fromLatin1(SandboxServer::kDemoSecretKey), {}};
        window = std::make_unique<MainWindow>(&network, setup, &journal, &secrets);
        window->show();
    }
    PurchaseWizard *wizard() const { return window->wizard(); }
    QWidget *field(const QString &name) const
    {
        auto *w = wizard()->currentPage()->findChild<QWidget *>(name);
        if (!w)
            qFatal("no %s on page %d", qPrintable(name), wizard()->currentId());
        return w;
    }
    const PurchaseOrder &order() const { return window->context()->draft()->order(); }
    // CVM_SCREENSHOTS=DIR keeps a picture of how the refusal is shown.
    void screenshot(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("CVM_SCREENSHOTS");
        if (!dir.isEmpty())
            window->grab().save(QDir(dir).filePath(name + u".png"_s));
    }

    // Next through every page to Review, doing on each what fill(page) does first.
    bool walkToReview(const std::function<void(int)> &fill)
    {
        while (wizard()->currentId() != PurchaseWizard::Review) {
            const int page = wizard()->currentId();
            if (page == PurchaseWizard::Location && !QTest::qWaitFor([&] {
                    return qobject_cast<QListWidget *>(field(u"zones"_s))->count() == 4;
                }))
                return false;
            fill(page);
            if (!QTest::qWaitFor([&] { return wizard()->button(QWizard::NextButton)->isEnabled(); })) {
                qWarning("page %d blocked", page);
                return false;
            }
            wizard()->next();
        }
        return true;
    }

    QTemporaryDir dir;
    PurchaseJournal journal{dir.filePath(u"history.sqlite"_s)};
    MemorySecretStore secrets;
    QNetworkAccessManager network;
    WizardContext::Setup setup;
    std::unique_ptr<MainWindow> window;
};
} // namespace

class TestWizardErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A password good for Linux sent with a Windows image typed in by hand as Linux: the cloud knows better.
    void passwordRefusalGoesBackToTheLoginPage()
    {
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        Session s(sandbox.endpointUrl().toString());
        QVERIFY(s.walkToReview([&](int page) {
            if (page == PurchaseWizard::Image)
                QTest::keyClicks(s.field(u"imageId"_s), u"img-9id7emv7"_s); // Windows Server 2016; Linux left chosen
            if (page == PurchaseWizard::Storage)
                qobject_cast<QSpinBox *>(s.field(u"systemDiskSize"_s))->setValue(50); // as Windows needs, by chance
            if (page == PurchaseWizard::Login) {
                QTest::keyClicks(s.field(u"password"_s), u"abcdefgh1234"_s);
                QTest::keyClicks(s.field(u"passwordConfirm"_s), u"abcdefgh1234"_s);
            }
            if (page == PurchaseWizard::Options)
                QTest::keyClicks(s.field(u"instanceName"_s), u"kept"_s);
        }));
        s.wizard()->button(QWizard::FinishButton)->click();

        QTRY_COMPARE(s.wizard()->currentId(), int(PurchaseWizard::Login));
        auto *page = qobject_cast<OrderPage *>(s.wizard()->currentPage());
        QTRY_VERIFY(page->apiError().contains("password does not meet the policy"_L1));
        // Everything typed is still there, the password in both fields.
        s.screenshot(u"en-1100-login-refused"_s);
        QCOMPARE(qobject_cast<QLineEdit *>(s.field(u"password"_s))->text(), u"abcdefgh1234"_s);
        QCOMPARE(qobject_cast<QLineEdit *>(s.field(u"passwordConfirm"_s))->text(), u"abcdefgh1234"_s);
        QCOMPARE(s.order().imageId, u"img-9id7emv7"_s);
        QCOMPARE(s.order().instanceName, u"kept"_s);
        QCOMPARE(sandbox.purchaseCount(), 0);
        QVERIFY(!s.wizard()->reviewPage()->isSubmitting());
        QCOMPARE(s.journal.entries().first().state(), JournalEntry::State::Refused);
    }

    void zoneRefusalGoesBackToTheLocationPage()
    {
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        RefusingFront front(&sandbox, 4000, u"InvalidParameter.InvaildZoneId"_s, u"zone 100003 is not on sale"_s);
        QVERIFY(front.listen() != 0);
        Session s(front.endpointUrl());
        QVERIFY(s.walkToReview([&](int page) {
            if (page == PurchaseWizard::Location)
                qobject_cast<QListWidget *>(s.field(u"zones"_s))->setCurrentRow(2); // Guangzhou zone 3
            if (page == PurchaseWizard::Image)
                QTest::keyClicks(s.field(u"imageId"_s), u"img-3wnd9xpl"_s);
            if (page == PurchaseWizard::Login)
                qobject_cast<QAbstractButton *>(s.field(u"generatedMode"_s))->click();
            if (page == PurchaseWizard::Options)
                QTest::keyClicks(s.field(u"instanceName"_s), u"kept"_s);
        }));
        QCOMPARE(v2Int(s.order(), "zoneId"), 100003);
        s.wizard()->button(QWizard::FinishButton)->click();

        QTRY_COMPARE(s.wizard()->currentId(), int(PurchaseWizard::Location));
        QCOMPARE(front.refusals(), 1);
        auto *page = qobject_cast<OrderPage *>(s.wizard()->currentPage());
        QTRY_VERIFY(page->apiError().contains("availability zone is not valid"_L1));
        QVERIFY(page->apiError().contains("zone 100003 is not on sale"_L1)); // the server's words as detail
        s.screenshot(u"en-1100-location-refused"_s);
        // The refused zone is still the one chosen, and nothing else was lost.
        auto *zones = qobject_cast<QListWidget *>(s.field(u"zones"_s));
        QCOMPARE(zones->currentItem()->data(Qt::UserRole).toInt(), 100003);
        QCOMPARE(s.order().instanceName, u"kept"_s);
        QCOMPARE(sandbox.purchaseCount(), 0);

        // Another zone, and the purchase goes through.
        zones->setCurrentRow(1);
        QVERIFY(page->apiError().isEmpty()); // the message goes once the order changes
        QVERIFY(s.walkToReview([](int) {}));
        s.wizard()->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(s.window->statusView()->isVisible());
        QCOMPARE(sandbox.purchaseCount(), 1);
        QCOMPARE(v2Int(s.journal.entries().last().order, "zoneId"), 100002);
    }

    void balanceRefusalStaysOnTheReviewPage()
    {
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        RefusingFront front(&sandbox, 5300, u"OperationConstraints.AccountBalanceNotEnough"_s,
                            u"balance 0.00 is below the hourly cost"_s);
        QVERIFY(front.listen() != 0);
        Session s(front.endpointUrl());
        QVERIFY(s.walkToReview([&](int page) {
            if (page == PurchaseWizard::Image)
                QTest::keyClicks(s.field(u"imageId"_s), u"img-3wnd9xpl"_s);
            if (page == PurchaseWizard::Login)
                qobject_cast<QAbstractButton *>(s.field(u"generatedMode"_s))->click();
            if (page == PurchaseWizard::Options) {
                qobject_cast<QSpinBox *>(s.field(u"goodsNum"_s))->setValue(2);
                QTest::keyClicks(s.field(u"instanceName"_s), u"kept"_s);
            }
        }));
        const PurchaseOrder before = s.order();
        auto *purchase = s.wizard()->button(QWizard::FinishButton);
        purchase->click();

        QTRY_COMPARE(front.refusals(), 1);
        auto *page = qobject_cast<OrderPage *>(s.wizard()->currentPage());
        QTRY_VERIFY(page->apiError().contains("balance is insufficient: top up, then try again"_L1));
        QCOMPARE(s.wizard()->currentId(), int(PurchaseWizard::Review));
        QVERIFY(page->findChild<QWidget *>(u"apiError"_s)->isVisible());
        s.screenshot(u"en-1100-review-refused"_s);
        QVERIFY(s.order() == before); // the order as it was
        QVERIFY(!s.wizard()->reviewPage()->isSubmitting());
        QVERIFY(purchase->isEnabled()); // ready to try again once topped up
        QCOMPARE(sandbox.purchaseCount(), 0);

        // Topped up: the same button buys, once.
        purchase->click();
        QTRY_VERIFY(s.window->statusView()->isVisible());
        QCOMPARE(sandbox.purchaseCount(), 1);
        QCOMPARE(s.journal.entries().last().order.instanceName, u"kept"_s);
        QCOMPARE(s.journal.entries().last().order.goodsNum, 2);
    }

    void authenticationRefusalGoesBackToTheAccountPage()
    {
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        WizardContext::Setup setup;
        QString error;
        QVERIFY(Endpoint::fromUrl(sandbox.endpointUrl().toString(), &setup.endpoint, &error,
                                  PurchaseOrder::Api::V2));
        // The environment's key is wrong: everything up to the purchase works locally, the cloud refuses.
        qputenv("TENCENTCLOUD_SECRET_ID", SandboxServer::kDemoSecretId);
        qputenv("TENCENTCLOUD_SECRET_KEY", "not-the-sandbox-key");
        QTemporaryDir dir;
        PurchaseJournal journal(dir.filePath(u"history.sqlite"_s));
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        MainWindow window(&network, setup, &journal, &secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PurchaseWizard *wizard = window.wizard();

        // A complete order without the cloud's lists: zone, image and login set directly.
        window.context()->draft()->update([](PurchaseOrder &o) {
            v2Set(o, "zoneId", 100001);
            o.imageId = u"img-3wnd9xpl"_s;
            o.instanceName = u"kept"_s;
        });
        for (int step = 0; step < 9; ++step) {
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
