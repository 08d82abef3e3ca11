#pragma once

#include "api/ApiResult.h"
#include "protocol/ApiReplies.h"

#include <QDateTime>
#include <QPushButton>

class QAction;
class QLabel;

// At the foot of every page of the wizard, as the console's fee bar: what the order costs for all its
// instances per hour, per day and per 30 days, with its parts a click away; or, when there is no figure,
// why. Never a stale figure: whoever asks for a price says first that the one shown is gone.
class FeeBar final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeeBar)

public:
    explicit FeeBar(QWidget *parent = nullptr);

    // No price can be asked for the order as it stands, and why (in a sentence for people).
    void setUnavailable(const QString &reason);
    // The price of the order as it stands has been asked for.
    void setAsking();
    // The cloud's answer to that question, for an order of `count` instances, destroyed at `terminateAt`
    // when that is set (then what they cost until then is shown).
    void showPrice(const ApiResult &result, const ApiReplies::Price &price, int count,
                   const QDateTime &terminateAt = {});

Q_SIGNALS:
    // The user asked to ask the cloud again after a failed inquiry.
    void retryRequested();
    // The bar's text changed: a QWizard sets its buttons' texts again at each page, and must be told.
    void lineChanged(const QString &text);

private:
    void display(const QString &line, const QString &details, bool failed);

    QLabel *m_details;
    QAction *m_retry;
};
