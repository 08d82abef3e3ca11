#pragma once

#include "ApiReplies.h"
#include "ApiResult.h"
#include "OrderPage.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// Step 9: the whole order, grouped as the steps are, each group with a link
// back to its step; the estimated hourly price; the exact request; and the
// button that buys.
class ReviewPage final : public OrderPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(WizardContext *context, QWidget *parent = nullptr);

    bool validatePage() override; // starts the purchase; the window moves on when it is submitted
    void setSubmitting(bool submitting, const QString &progress = {});
    bool isSubmitting() const { return m_submitting; }
    // The request as it will be sent, every secret shown as ••••.
    QString requestPreview() const;

Q_SIGNALS:
    void editRequested(int pageId);
    void purchaseRequested();

protected:
    void syncFromOrder() override;
    bool pageComplete() const override { return !m_submitting; }

private:
    void showPrice(const ApiResult &result, const ApiReplies::Price &price);

    QLabel *m_summary;
    QLabel *m_price;
    QPushButton *m_showRequest;
    QPlainTextEdit *m_request;
    QProgressBar *m_progressBar;
    QLabel *m_progress;
    bool m_submitting = false;
};
