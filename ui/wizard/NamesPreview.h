#pragma once

#include "order/PurchaseOrder.h"

#include <QCoreApplication>
#include <QStringList>

class QWidget;

// The names the cloud gives the instances of an order, before it is bought: its instance name and host name
// expanded for its count as the cloud does (NamePattern: {R:x} numbers them, a name without a pattern gets
// 1, 2, ... n when there are several). For the Options page beside the name fields, and for Review.
class NamesPreview final
{
    Q_DECLARE_TR_FUNCTIONS(NamesPreview)

public:
    // How many names a summary shows before "… and N more".
    static constexpr int kShown = 3;
    // The order's count as the cloud takes it: 1 at least, the API's most at most.
    static int count(const PurchaseOrder &order);
    // Empty when the order leaves the name to the cloud.
    static QStringList instanceNames(const PurchaseOrder &order);
    static QStringList hostNames(const PurchaseOrder &order);
    // "web-001, web-002, web-003 … and 97 more", or what the cloud does when there is no name.
    static QString summary(const QStringList &names, const QString &whenNone);
    // One line a instance: its number, name and host name.
    static QString fullList(const PurchaseOrder &order);
    // The full list in a dialog of its own, over `parent`.
    static void showAll(const PurchaseOrder &order, QWidget *parent);
};
