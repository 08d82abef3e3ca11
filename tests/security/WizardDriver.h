#pragma once

// Drives the purchase wizard of a MainWindow through its pages as a user does,
// for the security tests: the contract's order, a given instance password.
#include "MainWindow.h"
#include "wizard/PurchaseWizard.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

namespace SecurityTest {

using namespace Qt::StringLiterals;

template <typename T> T *onPage(MainWindow *window, const QString &name)
{
    T *widget = window->wizard()->currentPage()->findChild<T *>(name);
    if (!widget)
        qFatal("no %s on page %d", qPrintable(name), window->wizard()->currentId());
    return widget;
}

// Alt+N, as a keyboard user moves on, once Next is enabled; false when the page did not change.
inline bool pressNext(MainWindow *window)
{
    QAbstractButton *next = window->wizard()->button(QWizard::NextButton);
    if (!QTest::qWaitFor([next] { return next->isEnabled(); }, 15000))
        return false;
    const int before = window->wizard()->currentId();
    QTest::keyClick(window, Qt::Key_N, Qt::AltModifier);
    return QTest::qWaitFor([&] { return window->wizard()->currentId() != before; }, 10000);
}

// From the Account page to the Login page, with the zones and images loaded from the endpoint.
inline bool walkToLogin(MainWindow *window)
{
    PurchaseWizard *wizard = window->wizard();
    if (wizard->currentId() != PurchaseWizard::Account || !pressNext(window))
        return false;
    if (!QTest::qWaitFor([&] { return onPage<QListWidget>(window, u"zones"_s)->count() > 0; }, 15000))
        return false;
    if (!pressNext(window) || !pressNext(window))
        return false;
    auto *images = onPage<QListWidget>(window, u"images"_s);
    if (!QTest::qWaitFor([&] { return images->count() > 0; }, 15000))
        return false;
    images->setCurrentRow(0);
    for (int page : {PurchaseWizard::Storage, PurchaseWizard::Network, PurchaseWizard::Login}) {
        if (!pressNext(window) || wizard->currentId() != page)
            return false;
    }
    return true;
}

// Types the password twice on the Login page, then goes on to the Review page.
inline bool enterPasswordAndReview(MainWindow *window, const QString &password)
{
    for (const QString &name : {u"password"_s, u"passwordConfirm"_s}) {
        auto *edit = onPage<QLineEdit>(window, name);
        edit->clear();
        QTest::keyClicks(edit, password);
    }
    // Login, Options, Setup.
    return pressNext(window) && pressNext(window) && pressNext(window) &&
           window->wizard()->currentId() == PurchaseWizard::Review;
}

} // namespace SecurityTest
