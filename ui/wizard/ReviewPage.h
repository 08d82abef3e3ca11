#pragma once

#include "api/ApiResult.h"
#include "protocol/ApiReplies.h"
#include "wizard/OrderPage.h"

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
    void build() override;
    void syncFromOrder() override;
    // Not while submitting, nor while an earlier step needs attention.
    bool pageComplete() const override;

private:
    void showPrice(const ApiResult &result, const ApiReplies::Price &price);
    QString priceText(const ApiResult &result, const ApiReplies::Price &price) const;
    // "Check with the cloud": the order sent as a dry run (ApiProtocol::dryRun), nothing bought.
    void checkWithCloud();
    void showCheck(const ApiResult &result, bool supported);

    QLabel *m_summary = nullptr;
    QLabel *m_price = nullptr;
    QPushButton *m_showRequest = nullptr;
    QPushButton *m_export = nullptr; // Export…: the order for the SDKs or Terraform (ExportDialog)
    QPushButton *m_check = nullptr;
    QLabel *m_checkResult = nullptr;
    bool m_checking = false;
    QPlainTextEdit *m_request = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progress = nullptr;
    bool m_submitting = false;
    QString m_priceText; // the latest estimate, kept from before the page is first shown
};
