// The "Credentials…" dialog as a user meets it: add a profile and see its
// SecretId masked, edit without retyping the key, delete after being asked,
// test a profile with a real call in the profile's API (API 2.0 or 3.0), and
// read keychain problems as sentences in the dialog.
#include "AppLanguage.h"
#include "credentials/CredentialsDialog.h"
#include "keychain/KeychainTestHelpers.h"
#include "protocol/ProfileApi.h"
#include "sandbox/SandboxServer.h"
#include "secrets/CredentialStore.h"
#include "secrets/MemorySecretStore.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace KeychainTest;
using Error = SecretStore::Error;

namespace {
// A keychain that is not there, as on a server without a desktop session.
class UnavailableSecretStore final : public SecretStore
{
public:
    using SecretStore::SecretStore;
    static QString message()
    {
        return u"The system keychain is not available: no Secret Service is running."_s;
    }
    void write(const QString &, const QString &, Done done) override
    {
        later([done] { done(Error::NoBackend, message()); });
    }
    void read(const QString &, ReadDone done) override
    {
        later([done] { done(Error::NoBackend, {}, message()); });
    }
    void remove(const QString &, Done done) override
    {
        later([done] { done(Error::NoBackend, message()); });
    }

private:
    void later(std::function<void()> f) { QTimer::singleShot(0, this, std::move(f)); }
};

// Where the window would test each API's profiles: the sandbox's address for that API.
CredentialsDialog::EndpointForApi sandboxEndpoints(const SandboxServer &sandbox)
{
    return [v2 = sandbox.endpointUrl(), v3 = sandbox.endpointUrlV3()](PurchaseOrder::Api api) {
        Endpoint endpoint(api);
        QString error;
        if (!Endpoint::fromUrl((api == PurchaseOrder::Api::V3 ? v3 : v2).toString(), &endpoint, &error, api))
            qFatal("bad test endpoint: %s", qPrintable(error));
        return endpoint;
    };
}

const QString kSecretId = u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPABCD"_s;
const QString kSecretKey = u"Gu5t9xGARNpq86cd98joQYCN3Cozk1qA"_s;
} // namespace

class TestCredentialsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    QNetworkAccessManager m_network;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CredentialStore> m_store;

    template <typename T> static T *child(QWidget &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s named %s", T::staticMetaObject.className(), name);
        return widget;
    }

    static QString listText(QWidget &dialog)
    {
        QStringList rows;
        auto *list = child<QListWidget>(dialog, "profileList");
        for (int i = 0; i < list->count(); ++i)
            rows.append(list->item(i)->text());
        return rows.join(u'\n');
    }

    static void select(QWidget &dialog, const QString &profile)
    {
        auto *list = child<QListWidget>(dialog, "profileList");
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().startsWith(profile + u' '))
                list->setCurrentRow(i);
    }

    static void click(QWidget &dialog, const char *button)
    {
        auto *b = child<QPushButton>(dialog, button);
        QVERIFY2(b->isEnabled(), button);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    static bool noMessageBox()
    {
        const QWidgetList windows = QApplication::topLevelWidgets();
        return std::none_of(windows.cbegin(), windows.cend(),
                            [](QWidget *w) { return w->isVisible() && qobject_cast<QMessageBox *>(w); });
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_folder.isValid());
        QFile::remove(m_folder.filePath(u"cvm-purchaser.conf"_s));
        m_secrets = std::make_unique<MemorySecretStore>();
        m_store = std::make_unique<CredentialStore>(
            m_secrets.get(), m_folder.filePath(u"cvm-purchaser.conf"_s), QSettings::IniFormat);
    }

    void cleanup()
    {
        ProfileApi::remove(u"sandbox"_s);
        ProfileApi::remove(u"work"_s);
        m_store.reset();
        m_secrets.reset();
    }

    void fitsOnTheScreenInEveryLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("font"); // what fontconfig gives a desktop in that language
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << u"DejaVu Sans"_s;
        QTest::newRow("Chinese") << QLocale(QLocale::Chinese, QLocale::China) << u"Noto Sans CJK SC"_s;
    }

    void fitsOnTheScreenInEveryLanguage()
    {
        // A Chinese font's average character is wide: the dialog once opened wider than a 1280-pixel screen.
        QFETCH(QLocale, locale);
        QFETCH(QString, font);
        const QFont applicationFont = QApplication::font();
        QApplication::setFont(QFont(font, applicationFont.pointSize()));
        QVERIFY(AppLanguage::install(qApp, locale));
        CredentialsDialog dialog(m_store.get(), &m_network, &Endpoint::forApi);
        const QSize available = dialog.screen()->availableGeometry().size();
        AppLanguage::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        QApplication::setFont(applicationFont);
        QVERIFY2(dialog.width() <= available.width() && dialog.height() <= available.height(),
                 qPrintable(u"%1x%2 on a %3x%4 screen"_s.arg(dialog.width())
                                .arg(dialog.height())
                                .arg(available.width())
                                .arg(available.height())));
        // Still room for a SecretId in the field.
        QVERIFY(dialog.width() >= dialog.fontMetrics().horizontalAdvance(QString(40, u'W')));
    }

    void addedProfileIsListedMasked()
    {
        CredentialsDialog dialog(m_store.get(), &m_network, &Endpoint::forApi);
        dialog.show();
        QVERIFY(!child<QGroupBox>(dialog, "editorGroup")->isEnabled());
        click(dialog, "addButton");
        auto *name = child<QLineEdit>(dialog, "nameEdit");
        QCOMPARE(name->text(), u"default"_s); // the first profile is offered as "default"
        name->clear();
        QTest::keyClicks(name, u"work"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, "secretIdEdit"), kSecretId);
        auto *key = child<QLineEdit>(dialog, "secretKeyEdit");
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled()); // no key yet
        QTest::keyClicks(key, kSecretKey);
        click(dialog, "saveButton");

        QTRY_COMPARE(child<QListWidget>(dialog, "profileList")->count(), 1);
        const QString listed = listText(dialog);
        QVERIFY2(listed.contains("work"_L1), qPrintable(listed));
        QVERIFY2(listed.contains(u"********ABCD"_s), qPrintable(listed));
        QVERIFY(!listed.contains("AKIDz8"_L1));
        QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains("saved"_L1));
        // A new profile speaks today's API, 3.0 (API 2.0 is legacy).
        QCOMPARE(ProfileApi::read(u"work"_s), PurchaseOrder::Api::V3);
        // The key is gone from the form, and stored where it belongs.
        QVERIFY(key->text().isEmpty());
        QVERIFY(!child<QGroupBox>(dialog, "editorGroup")->isEnabled());
        const auto loaded = load(*m_store, u"work"_s);
        QCOMPARE(loaded->credentials.secretKey, kSecretKey);
        QCOMPARE(loaded->credentials.secretId, kSecretId);
        // Nothing in the dialog shows the key.
        for (const QWidget *w : dialog.findChildren<QWidget *>()) {
            if (const auto *label = qobject_cast<const QLabel *>(w))
                QVERIFY(!label->text().contains(kSecretKey));
        }
    }

    void editingKeepsTheStoredKeyWhenLeftEmpty()
    {
        QCOMPARE(save(*m_store, u"work"_s, {kSecretId, kSecretKey, {}})->error, Error::None);
        CredentialsDialog dialog(m_store.get(), &m_network, &Endpoint::forApi);
        dialog.show();
        select(dialog, u"work"_s);
        click(dialog, "editButton");

        auto *key = child<QLineEdit>(dialog, "secretKeyEdit");
        QVERIFY(key->text().isEmpty()); // never pre-filled with the stored key
        QVERIFY2(key->placeholderText().contains("keep the stored key"_L1),
                 qPrintable(key->placeholderText()));
        QVERIFY(child<QLineEdit>(dialog, "nameEdit")->isReadOnly());
        auto *secretId = child<QLineEdit>(dialog, "secretIdEdit");
        QCOMPARE(secretId->text(), kSecretId);
        secretId->selectAll();
        QTest::keyClicks(secretId, u"AKIDnewid00000000000000000000000WXYZ"_s);
        click(dialog, "saveButton");

        QTRY_VERIFY(listText(dialog).contains(u"********WXYZ"_s));
        const auto loaded = load(*m_store, u"work"_s);
        QCOMPARE(loaded->credentials.secretId, u"AKIDnewid00000000000000000000000WXYZ"_s);
        QCOMPARE(loaded->credentials.secretKey, kSecretKey);
        // An edited profile keeps the API it spoke (here the legacy 2.0, of a profile from before 3.0).
        bool apiIsSet = true;
        QCOMPARE(ProfileApi::read(u"work"_s, &apiIsSet), PurchaseOrder::Api::V2);
        QVERIFY(!apiIsSet);
    }

    void editingWithANewKeyReplacesIt()
    {
        QCOMPARE(save(*m_store, u"work"_s, {kSecretId, kSecretKey, {}})->error, Error::None);
        CredentialsDialog dialog(m_store.get(), &m_network, &Endpoint::forApi);
        dialog.show();
        select(dialog, u"work"_s);
        click(dialog, "editButton");
        QTest::keyClicks(child<QLineEdit>(dialog, "secretKeyEdit"), u"theReplacementKey"_s);
        click(dialog, "saveButton");
        QTRY_VERIFY(!child<QGroupBox>(dialog, "editorGroup")->isEnabled());
        QCOMPARE(load(*m_store, u"work"_s)->credentials.secretKey, u"theReplacementKey"_s);

        // Editing again: the field is empty again, whatever was typed before.
        select(dialog, u"work"_s);
        click(dialog, "editButton");
        QVERIFY(child<QLineEdit>(dialog, "secretKeyEdit")->text().isEmpty());
    }

    void deletingAsksFirst()
    {
        QCOMPARE(save(*m_store, u"work"_s, {kSecretId, kSecretKey, {}})->error, Error::None);
        CredentialsDialog dialog(m_store.get(), &m_network, &Endpoint::forApi);
        dialog.show();
        select(dialog, u"work"_s);
        click(dialog, "deleteButton");
        auto *confirm = child<QWidget>(dialog, "confirmFrame");
        QVERIFY(confirm->isVisible());
        QVERIFY(child<QLabel>(dialog, "confirmLabel")->text().contains("work"_L1));
        QVERIFY(noMessageBox());
        click(dialog, "keepButton");
        QVERIFY(!confirm->isVisible());
        QCOMPARE(child<QListWidget>(dialog, "profileList")->count(), 1);
        QCOMPARE(m_secrets->size(), 1);

        click(dialog, "deleteButton");
        click(dialog, "confirmDeleteButton");
        QTRY_COMPARE(child<QListWidget>(dialog, "profileList")->count(), 0);
        QCOMPARE(m_secrets->size(), 0); // the key left the store, not just the list
        QVERIFY(m_store->profiles().isEmpty());
        QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains("deleted"_L1));
    }

    void duplicateNameIsExplainedAsYouType()
    {
        QCOMPARE(save(*m_store, u"default"_s, {kSecretId, kSecretKey, {}})->error, Error::None);
        CredentialsDialog dialog(m_store.get(), &m_network, &Endpoint::forApi);
        dialog.show();
        click(dialog, "addButton");
        auto *name = child<QLineEdit>(dialog, "nameEdit");
        QVERIFY(name->text().isEmpty()); // "default" is taken
        QTest::keyClicks(name, u"default"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, "secretIdEdit"), kSecretId);
        QTest::keyClicks(child<QLineEdit>(dialog, "secretKeyEdit"), kSecretKey);
        auto *problem = child<QLabel>(dialog, "editorProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains("exists already"_L1), qPrintable(problem->text()));
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    }

    void keychainErrorsAreSentencesInTheDialog()
    {
        UnavailableSecretStore secrets;
        CredentialStore store(&secrets, m_folder.filePath(u"unavailable.conf"_s), QSettings::IniFormat);
        CredentialsDialog dialog(&store, &m_network, &Endpoint::forApi);
        dialog.show();
        click(dialog, "addButton");
        QTest::keyClicks(child<QLineEdit>(dialog, "secretIdEdit"), kSecretId);
        QTest::keyClicks(child<QLineEdit>(dialog, "secretKeyEdit"), kSecretKey);
        click(dialog, "saveButton");
        auto *status = child<QLabel>(dialog, "statusLabel");
        QTRY_COMPARE(status->text(), UnavailableSecretStore::message());
        QVERIFY(child<QLabel>(dialog, "statusIcon")->isVisible());
        QVERIFY(noMessageBox());
        QCOMPARE(child<QListWidget>(dialog, "profileList")->count(), 0);
        QVERIFY(child<QGroupBox>(dialog, "editorGroup")->isEnabled()); // the form stays open to try again
        QVERIFY(!QFileInfo::exists(m_folder.filePath(u"unavailable.conf"_s)));

        // Session-only credentials are offered, and need no retyping.
        auto *sessionOnly = child<QPushButton>(dialog, "sessionOnlyButton");
        QVERIFY(sessionOnly->isVisible());
        QList<CredentialStore *> switched;
        connect(&dialog, &CredentialsDialog::sessionOnlyStoreCreated, this,
                [&switched](CredentialStore *store) { switched.append(store); });
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QCOMPARE(switched.size(), 1);
        CredentialStore *session = switched.constFirst();
        QVERIFY(session && session->isSessionOnly());
        QCOMPARE(dialog.store(), session);
        QTRY_COMPARE(child<QListWidget>(dialog, "profileList")->count(), 1);
        QVERIFY(listText(dialog).contains(u"********ABCD"_s));
        QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains("this run only"_L1));
        QVERIFY(child<QLabel>(dialog, "introLabel")->text().contains("this session only"_L1));
        QCOMPARE(load(*session, u"default"_s)->credentials.secretKey, kSecretKey);
        QVERIFY(!sessionOnly->isVisible());
        QVERIFY(!QFileInfo::exists(m_folder.filePath(u"unavailable.conf"_s))); // still nothing on disk
    }

    void sessionOnlyStoreSaysSo()
    {
        std::unique_ptr<CredentialStore> session(CredentialStore::createSessionOnly());
        CredentialsDialog dialog(session.get(), &m_network, &Endpoint::forApi);
        QVERIFY(child<QLabel>(dialog, "introLabel")->text().contains("this session only"_L1));
    }

    // Test connection asks the cloud in the profile's own API (ProfileApi): a 3.0 profile's test once went out
    // in 2.0 and failed at a 3.0 endpoint, so a working 3.0 profile was reported broken.
    void testRunsARealCallInTheProfilesApi_data()
    {
        QTest::addColumn<PurchaseOrder::Api>("api");
        QTest::addColumn<QString>("secretKey");
        QTest::addColumn<QString>("expected");
        const QString demoKey = QString::fromLatin1(SandboxServer::kDemoSecretKey);
        QTest::newRow("2.0 working key") << PurchaseOrder::Api::V2 << demoKey
                                         << u"works: the cloud lists 2 availability zones in bj"_s;
        QTest::newRow("2.0 wrong key") << PurchaseOrder::Api::V2 << u"not-the-right-key"_s
                                       << u"does not work: Authentication failed"_s;
        QTest::newRow("3.0 working key") << PurchaseOrder::Api::V3 << demoKey
                                         << u"works: the cloud lists 2 availability zones in ap-beijing"_s;
        QTest::newRow("3.0 wrong key") << PurchaseOrder::Api::V3 << u"not-the-right-key"_s << u"does not work:"_s;
    }

    void testRunsARealCallInTheProfilesApi()
    {
        QFETCH(PurchaseOrder::Api, api);
        QFETCH(QString, secretKey);
        QFETCH(QString, expected);
        SandboxServer sandbox({});
        QVERIFY(sandbox.listen() != 0);
        QCOMPARE(
            save(*m_store, u"sandbox"_s, {QString::fromLatin1(SandboxServer::kDemoSecretId), secretKey, {}})
                ->error,
            Error::None);
        QVERIFY(ProfileApi::write(u"sandbox"_s, api));
        CredentialsDialog dialog(m_store.get(), &m_network, sandboxEndpoints(sandbox));
        dialog.show();
        auto *region = child<QComboBox>(dialog, "regionCombo");
        region->setCurrentIndex(region->findData(u"bj"_s));
        select(dialog, u"sandbox"_s);
        click(dialog, "testButton");
        QVERIFY(!child<QPushButton>(dialog, "testButton")->isEnabled()); // one test at a time
        auto *status = child<QLabel>(dialog, "statusLabel");
        QTRY_VERIFY2(status->text().contains(expected), qPrintable(status->text()));
        QVERIFY(!status->text().contains(secretKey));
        QTRY_VERIFY(child<QPushButton>(dialog, "testButton")->isEnabled());
        // Asked in the profile's API, and only in it.
        const bool works = secretKey == QLatin1StringView(SandboxServer::kDemoSecretKey);
        const bool v3 = api == PurchaseOrder::Api::V3;
        QCOMPARE(sandbox.requestCount(u"DescribeZones"_s), v3 && works ? 1 : 0);
        QCOMPARE(sandbox.requestCount(u"DescribeAvailabilityZones"_s), !v3 && works ? 1 : 0);
    }

    void everyControlIsLabelledAndReachable()
    {
        CredentialsDialog dialog(m_store.get(), &m_network, &Endpoint::forApi);
        const auto controls = dialog.findChildren<QWidget *>();
        QStringList buddied;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->buddy())
                continue;
            QVERIFY2(label->text().contains(u'&'), qPrintable(label->objectName() + u" has no mnemonic"_s));
            buddied.append(label->buddy()->objectName());
        }
        for (const QWidget *w : controls) {
            const bool input = qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w) ||
                               qobject_cast<const QListWidget *>(w);
            if (qobject_cast<const QPushButton *>(w) && !w->objectName().isEmpty() &&
                !w->objectName().startsWith("qt_"_L1)) {
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
                QVERIFY2(static_cast<const QPushButton *>(w)->text().contains(u'&'),
                         qPrintable(w->objectName()));
            }
            if (input && !w->objectName().startsWith("qt_"_L1)) {
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
                QVERIFY2(buddied.contains(w->objectName()),
                         qPrintable(w->objectName() + u" has no buddy label"_s));
            }
        }
    }

    void escapeLeavesTheFormFirst()
    {
        CredentialsDialog dialog(m_store.get(), &m_network, &Endpoint::forApi);
        dialog.show();
        click(dialog, "addButton");
        QTest::keyClicks(child<QLineEdit>(dialog, "secretKeyEdit"), u"typed"_s);
        QTest::keyClick(child<QLineEdit>(dialog, "secretKeyEdit"), Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QGroupBox>(dialog, "editorGroup")->isEnabled());
        QVERIFY(child<QLineEdit>(dialog, "secretKeyEdit")->text().isEmpty());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"
