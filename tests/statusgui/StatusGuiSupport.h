#pragma once

// Shared by the status view GUI tests and their helper process: an order
// written as a template and bought through the real wizard, keyboard first,
// as a user would.
#include "MainWindow.h"
#include "common/V2Fields.h"
#include "order/OrderTemplate.h"
#include "order/PurchaseOrder.h"
#include "wizard/PurchaseWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QTest>

namespace StatusGui {

using namespace Qt::StringLiterals;

// The order every test buys: Linux, one core, 2 GB, a public IP, named "web".
inline PurchaseOrder order(int count)
{
    PurchaseOrder o = v2NewOrder();
    o.region = u"gz"_s;
    v2Set(o, "zoneId", 100001);
    o.cpu = 1;
    o.mem = 2;
    o.imageId = u"img-3wnd9xpl"_s;
    o.bandwidth = 1;
    o.instanceName = u"web"_s;
    o.goodsNum = count;
    return o;
}

// A password the sandbox accepts.
inline QString password()
{
    return u"Cvm+Kq7z/Status"_s;
}

inline bool writeTemplate(const QString &path, const PurchaseOrder &o)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(OrderTemplate::write(o)) > 0;
}

// From wherever the wizard is to the review page: Alt+N on each page once it
// lets the user on, the password typed on the login page. Empty on success,
// else what stopped it.
inline QString walkToReview(MainWindow *window, const QString &pw)
{
    PurchaseWizard *wizard = window->wizard();
    for (int step = 0; step < 12 && wizard->currentId() != PurchaseWizard::Review; ++step) {
        if (wizard->currentId() == PurchaseWizard::Login) {
            auto *field = wizard->currentPage()->findChild<QLineEdit *>(u"password"_s);
            auto *confirm = wizard->currentPage()->findChild<QLineEdit *>(u"passwordConfirm"_s);
            if (!field || !confirm)
                return u"no password fields on the login page"_s;
            field->clear();
            confirm->clear();
            QTest::keyClicks(field, pw);
            QTest::keyClicks(confirm, pw);
        }
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        if (!QTest::qWaitFor([&] { return next->isEnabled(); }, 10000))
            return u"Next stayed disabled on page %1"_s.arg(wizard->currentId());
        const int before = wizard->currentId();
        QTest::keyClick(window, Qt::Key_N, Qt::AltModifier);
        if (!QTest::qWaitFor([&] { return wizard->currentId() != before; }, 10000))
            return u"Alt+N did not leave page %1"_s.arg(before);
    }
    return wizard->currentId() == PurchaseWizard::Review ? QString() : u"the review page was never reached"_s;
}

// Alt+P on the review page, once its commit button is enabled.
inline QString pressPurchase(MainWindow *window)
{
    QAbstractButton *commit = window->wizard()->button(QWizard::FinishButton);
    if (!QTest::qWaitFor([&] { return commit->isVisible() && commit->isEnabled(); }, 10000))
        return u"the Purchase button stayed disabled"_s;
    QTest::keyClick(window, Qt::Key_P, Qt::AltModifier);
    return {};
}

} // namespace StatusGui
