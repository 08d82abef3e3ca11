#pragma once

#include "api/ApiResult.h"
#include "protocol/ApiProtocol.h"

#include <QWizard>

#include <functional>

class FeeBar;
class QTimer;
class ReviewPage;
class WizardContext;
class WizardSidePanel;

// The purchase wizard: ten pages editing one shared order. It is embedded in
// the main window, which starts the purchase when the review page asks.
class PurchaseWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseWizard)

public:
    enum PageId { Account, Location, Instance, Image, Storage, Network, Login, Options, Tags, Review };

    explicit PurchaseWizard(WizardContext *context, QWidget *parent = nullptr);

    // Moves back (or forward over valid pages) to a step reached in this order, also one left by Back.
    void goToPage(int id);
    // An API refusal, shown on the page it concerns with everything typed kept.
    void showSubmissionError(const ApiResult &result);
    ReviewPage *reviewPage() const;

    // Esc asks before discarding typed input; tests answer for the user.
    static void setDiscardAnswerForTesting(std::function<bool()> answer);

    void reject() override;

Q_SIGNALS:
    void purchaseRequested();

private:
    void updateCommitButton();
    // Says the price shown is gone and asks the cloud for the order's, or says why it cannot.
    void askPrice();
    // The cloud's last answer on the fee bar, with what it comes to until the order's terminateAt.
    void showPrice();

    WizardContext *m_context;
    WizardSidePanel *m_side;
    FeeBar *m_fees = nullptr;
    QTimer *m_priceTimer;
    bool m_priceAnswered = false; // the cloud answered the inquiry m_priceInquiry
    ApiRequest m_priceInquiry; // the price inquiry of the order as it was last seen
    ApiResult m_priceResult;   // and the cloud's answer to it
    ApiReplies::Price m_price;
    QDateTime m_priceTerminateAt; // the order's terminateAt when the price was shown
};
