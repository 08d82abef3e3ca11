// No secret reaches the clipboard unasked: not the instance password (typed, or
// generated and shown in plain text), not the SecretKey typed into the
// credentials dialog, not through the request preview; Ctrl+C, Ctrl+X and
// Ctrl+Insert tried on every one of those fields.
#include "MainWindow.h"
#include "common/SandboxWindow.h"
#include "credentials/CredentialsDialog.h"
#include "purchase/PurchaseJournal.h"
#include "sandbox/SandboxServer.h"
#include "secrets/CredentialStore.h"
#include "secrets/MemorySecretStore.h"
#include "security/WizardDriver.h"
#include "wizard/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SecurityTest;

namespace {
const QString kSentinel = u"clipboard-before-the-test"_s;
const QString kSecretKey = u"ClipboardTestSecretKey0123456789ab"_s;

// Everything the clipboard holds, in every mode the platform has.
QString clipboardContents()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    QString all = clipboard->text(QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        all += u'\n' + clipboard->text(QClipboard::Selection);
    if (const QMimeData *data = clipboard->mimeData())
        for (const QString &format : data->formats())
            all += u'\n' + QString::fromUtf8(data->data(format));
    return all;
}

// Selects everything in the widget, then every copy and cut key there is.
void tryToCopy(QWidget *widget)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Insert, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_X, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Delete, Qt::ShiftModifier);
}
} // namespace

class TestClipboard : public QObject
{
    Q_OBJECT

    SandboxWindow m_app;

private Q_SLOTS:
    void init()
    {
        QGuiApplication::clipboard()->setText(kSentinel);
        m_app.open({});
    }
    void cleanup()
    {
        m_app.close();
    }

    void generatedPasswordIsShownButNeverCopied()
    {
        QVERIFY(walkToLogin(m_app.window.get()));
        QTest::mouseClick(onPage<QPushButton>(m_app.window.get(), u"generatePassword"_s), Qt::LeftButton);
        auto *password = onPage<QLineEdit>(m_app.window.get(), u"password"_s);
        const QString generated = password->text();
        QVERIFY(generated.size() >= 12);
        // Shown so that it can be noted down...
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
        // ...and still not copied, from either field, by any key.
        for (const QString &name : {u"password"_s, u"passwordConfirm"_s}) {
            auto *edit = onPage<QLineEdit>(m_app.window.get(), name);
            tryToCopy(edit);
            QVERIFY2(!clipboardContents().contains(generated), qPrintable(name));
            QCOMPARE(edit->text(), generated); // cut neither copied nor took it away
        }
        // A mouse selection does not reach the X11 selection clipboard either.
        QTest::mouseDClick(password, Qt::LeftButton);
        QVERIFY(!clipboardContents().contains(generated));
        QCOMPARE(password->contextMenuPolicy(), Qt::NoContextMenu); // no menu with "Copy" in it
        QCOMPARE(QGuiApplication::clipboard()->text(), kSentinel);
    }

    // The one exception: a deliberate click on Copy puts the generated password on the clipboard, marked as a
    // secret for clipboard managers, and it is cleared again unless something else was copied meanwhile.
    void generatedPasswordCopiedByClickIsMarkedAndCleared()
    {
        QVERIFY(walkToLogin(m_app.window.get()));
        auto *copy = onPage<QPushButton>(m_app.window.get(), u"copyPassword"_s);
        QVERIFY(!copy->isVisible()); // nothing generated, nothing to copy
        QTest::mouseClick(onPage<QPushButton>(m_app.window.get(), u"generatePassword"_s), Qt::LeftButton);
        QVERIFY(copy->isVisible());
        const QString generated = onPage<QLineEdit>(m_app.window.get(), u"password"_s)->text();
        auto *clipboardOwner = copy->window()->findChild<SecretClipboard *>();
        QVERIFY(clipboardOwner);
        QCOMPARE(clipboardOwner->clearAfterMs(), 30'000);
        clipboardOwner->setClearAfter(300);

        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), generated);
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        QCOMPARE(data->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        auto *note = onPage<QLabel>(m_app.window.get(), u"copyPasswordNote"_s);
        QVERIFY2(note->isVisible() && note->text().contains(u"cleared"_s), qPrintable(note->text()));
        QVERIFY(QTest::qWaitFor([&generated] { return !clipboardContents().contains(generated); }, 5000));

        // Copied again, then something else copied meanwhile: that is left alone.
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), generated);
        QGuiApplication::clipboard()->setText(kSentinel);
        QTest::qWait(600);
        QCOMPARE(QGuiApplication::clipboard()->text(), kSentinel);

        // A password the user changed is theirs: no Copy.
        QTest::keyClick(onPage<QLineEdit>(m_app.window.get(), u"password"_s), Qt::Key_X);
        QVERIFY(!copy->isVisible());
    }

    void typedPasswordAndRequestPreviewAreNeverCopied()
    {
        const QString secret = u"Typed+Secret42"_s;
        QVERIFY(walkToLogin(m_app.window.get()));
        for (const QString &name : {u"password"_s, u"passwordConfirm"_s}) {
            auto *edit = onPage<QLineEdit>(m_app.window.get(), name);
            QTest::keyClicks(edit, secret);
            tryToCopy(edit);
            QVERIFY(!clipboardContents().contains(secret));
            // The password echo mode refuses the cut too: the text stays.
            QCOMPARE(edit->text(), secret);
        }
        QVERIFY(enterPasswordAndReview(m_app.window.get(), secret));
        QTest::mouseClick(onPage<QPushButton>(m_app.window.get(), u"showRequest"_s), Qt::LeftButton);
        auto *request = onPage<QPlainTextEdit>(m_app.window.get(), u"request"_s);
        request->setFocus();
        QTest::keyClick(request, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(request, Qt::Key_C, Qt::ControlModifier);
        // The preview is copied (it is there to be read and shared), redacted.
        const QString copied = clipboardContents();
        QVERIFY2(copied.contains(u"Action=RunInstancesHour"_s), qPrintable(copied));
        QVERIFY2(copied.contains(u"password=••••"_s), qPrintable(copied));
        QVERIFY(!copied.contains(secret));
        QVERIFY(!copied.contains(QString::fromLatin1(SandboxServer::kDemoSecretKey)));
    }

    void secretKeyInTheCredentialsDialogIsNeverCopied()
    {
        QTemporaryDir folder;
        MemorySecretStore secrets;
        CredentialStore store(&secrets, folder.filePath(u"cvm-purchaser.conf"_s), QSettings::IniFormat);
        CredentialsDialog dialog(&store, &m_app.network, &Endpoint::forApi);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"secretIdEdit"_s), u"AKIDclipboard0001"_s);
        auto *key = dialog.findChild<QLineEdit *>(u"secretKeyEdit"_s);
        QTest::keyClicks(key, kSecretKey);
        tryToCopy(key);
        QVERIFY(!clipboardContents().contains(kSecretKey));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!store.profiles().isEmpty());
        // Whatever is left on the dialog, copied: still no key.
        for (QWidget *w : dialog.findChildren<QWidget *>())
            if (w->isVisible() && w->focusPolicy() != Qt::NoFocus)
                tryToCopy(w);
        QVERIFY(!clipboardContents().contains(kSecretKey));
    }
};

QTEST_MAIN(TestClipboard)
#include "tst_clipboard.moc"
