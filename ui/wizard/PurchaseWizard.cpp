#include "wizard/PurchaseWizard.h"

#include "api/CloudQueries.h"
#include "order/OrderDraft.h"
#include "wizard/AccountPage.h"
#include "wizard/FeeBar.h"
#include "wizard/Format.h"
#include "wizard/ImagePage.h"
#include "wizard/InstancePage.h"
#include "wizard/LocationPage.h"
#include "wizard/LoginPage.h"
#include "wizard/NetworkPage.h"
#include "wizard/OptionsPage.h"
#include "wizard/ReviewPage.h"
#include "wizard/StoragePage.h"
#include "wizard/TagsPage.h"
#include "wizard/WizardContext.h"
#include "wizard/WizardSidePanel.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
std::function<bool()> &discardAnswer()
{
    static std::function<bool()> answer;
    return answer;
}

// Which page an API refusal belongs on (PROTOCOL.md section 6).
int pageForError(const ApiResult &result)
{
    // API 2.0's codes, then API 3.0's.
    if (result.codeDesc == "InvalidParameter.PasswordNotConformSpecs"_L1 || result.codeDesc == "InvalidPassword"_L1)
        return PurchaseWizard::Login;
    if (result.codeDesc == "InvalidParameter.InvaildZoneId"_L1 || result.codeDesc.startsWith("InvalidZone"_L1))
        return PurchaseWizard::Location;
    if (result.codeDesc.startsWith("InnerError.Vpc"_L1))
        return PurchaseWizard::Network;
    if (result.code == 4100 || result.code == 4200 || result.code == 4300)
        return PurchaseWizard::Account;
    return PurchaseWizard::Review;
}
} // namespace

PurchaseWizard::PurchaseWizard(WizardContext *context, QWidget *parent)
    : QWizard(parent), m_context(context), m_priceTimer(new QTimer(this))
{
    setObjectName(u"purchaseWizard"_s);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::NextButton, tr("&Next"));
    setButtonText(QWizard::BackButton, tr("&Back"));
    // No mnemonic: Esc is its key, and D, N, B and P belong to fields and the other buttons.
    setButtonText(QWizard::CancelButton, tr("Cancel"));

    // The pages' constructors are light: each builds its widgets when it is first shown.
    setPage(Account, new AccountPage(context, this));
    setPage(Location, new LocationPage(context, this));
    setPage(Instance, new InstancePage(context, this));
    setPage(Image, new ImagePage(context, this));
    setPage(Storage, new StoragePage(context, this));
    setPage(Network, new NetworkPage(context, this));
    setPage(Login, new LoginPage(context, this));
    setPage(Options, new OptionsPage(context, this));
    setPage(Tags, new TagsPage(context, this));
    auto *review = new ReviewPage(context, this);
    setPage(Review, review);
    setStartId(Account);

    m_side = new WizardSidePanel(this, context, this);
    setSideWidget(m_side);
    connect(m_side, &WizardSidePanel::stepClicked, this, &PurchaseWizard::goToPage);
    connect(review, &ReviewPage::editRequested, this, &PurchaseWizard::goToPage);
    connect(review, &ReviewPage::purchaseRequested, this, &PurchaseWizard::purchaseRequested);

    // The fee bar at the foot of every page, left of the buttons, as the console's.
    m_fees = new FeeBar(this);
    setButton(QWizard::CustomButton1, m_fees);
    setOption(QWizard::HaveCustomButton1);
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
    // Tab reaches it after the buttons: the pages' fields, built later, go before them (OrderPage).
    QWidget::setTabOrder(button(QWizard::CancelButton), m_fees);
    connect(m_fees, &FeeBar::lineChanged, this,
            [this](const QString &text) { setButtonText(CustomButton1, text); });
    connect(m_fees, &FeeBar::retryRequested, this, &PurchaseWizard::askPrice);
    connect(context->queries(), &CloudQueries::priceReady, this,
            [this](const ApiResult &result, const ApiReplies::Price &price) {
                m_priceAnswered = true;
                m_priceResult = result;
                m_price = price;
                showPrice();
            });

    m_priceTimer->setSingleShot(true);
    m_priceTimer->setInterval(300);
    connect(m_priceTimer, &QTimer::timeout, this, [this] {
        const PurchaseOrder &o = m_context->draft()->order();
        m_context->queries()->queryPrice(o);
    });
    connect(context->draft(), &OrderDraft::changed, this, [this] {
        updateCommitButton();
        // A price is the price of the order it was asked for: once the inquiry would say something else, the
        // figure shown is of another order (a discarded one, say), and so is an answer still on its way.
        const PurchaseOrder &o = m_context->draft()->order();
        const ApiRequest inquiry = ApiProtocol::forApi(o.api).inquiryPrice(o);
        if (inquiry.action != m_priceInquiry.action || inquiry.params != m_priceInquiry.params ||
            inquiry.body != m_priceInquiry.body) {
            m_priceInquiry = inquiry;
            askPrice();
        } else if (!m_priceAnswered) {
            askPrice(); // what kept the price from being asked may be gone
        } else if (ApiProtocol::terminateAt(o) != m_priceTerminateAt) {
            showPrice(); // the inquiry has no time of destruction: the same price, until another time
        }
    });
    // Another account or endpoint: a price it gave is not this one's.
    connect(context, &WizardContext::connectionChanged, this, &PurchaseWizard::askPrice);
    connect(this, &QWizard::currentIdChanged, this, &PurchaseWizard::updateCommitButton);
    updateCommitButton();
    const PurchaseOrder &o = context->draft()->order();
    m_priceInquiry = ApiProtocol::forApi(o.api).inquiryPrice(o);
    askPrice();
    // Filled now, so the wizard's minimum size counts the side panel from its first page on.
    m_side->refresh();
}

ReviewPage *PurchaseWizard::reviewPage() const
{
    return qobject_cast<ReviewPage *>(page(Review));
}

void PurchaseWizard::showPrice()
{
    const PurchaseOrder &o = m_context->draft()->order();
    m_priceTerminateAt = ApiProtocol::terminateAt(o);
    m_fees->showPrice(m_priceResult, m_price, o.goodsNum, m_priceTerminateAt);
}

void PurchaseWizard::askPrice()
{
    m_context->queries()->forgetPrice();
    m_priceAnswered = false;
    m_priceTimer->stop();
    // Only an order the price can be asked for: the parts of it the price inquiry takes must hold.
    const QStringList parts{u"cpu"_s,       u"mem"_s,       u"imageId"_s,
                            u"imageType"_s, u"diskType"_s,  u"systemDisk"_s,
                            u"dataDisks"_s, u"bandwidth"_s, u"internetChargeType"_s,
                            u"goodsNum"_s,  u"zone"_s,      u"instanceType"_s};
    const OrderDraft *draft = m_context->draft();
    if (!m_context->hasCredentials()) {
        m_fees->setUnavailable(tr("there are no credentials to ask the cloud with."));
    } else if (draft->hasErrorsIn(parts)) {
        m_fees->setUnavailable(draft->problemsFor(parts).constFirst().message);
    } else {
        m_fees->setAsking();
        m_priceTimer->start();
    }
}

void PurchaseWizard::updateCommitButton()
{
    const int count = m_context->draft()->order().goodsNum;
    setButtonText(QWizard::FinishButton, tr("&Purchase %n instance(s)", nullptr, count));
}

void PurchaseWizard::goToPage(int id)
{
    // Any step reached in this order: back, or forward again (after Back) through the pages between, as
    // long as each lets Next on.
    if (!m_side->reachedIds().contains(id))
        return;
    while (currentId() != id) {
        const int before = currentId();
        if (visitedIds().contains(id))
            back();
        else if (currentPage()->isComplete())
            next();
        if (currentId() == before)
            return; // blocked by a page that is not complete
    }
}

void PurchaseWizard::showSubmissionError(const ApiResult &result)
{
    reviewPage()->setSubmitting(false);
    const int target = pageForError(result);
    goToPage(target);
    if (auto *page = qobject_cast<OrderPage *>(currentPage()))
        page->setApiError(result.describe());
}

void PurchaseWizard::setDiscardAnswerForTesting(std::function<bool()> answer)
{
    discardAnswer() = std::move(answer);
}

void PurchaseWizard::reject()
{
    // Nothing typed yet: nothing to lose, nothing to ask.
    if (m_context->draft()->order() == m_context->startingOrder()) {
        restart();
        return;
    }
    const bool discard = discardAnswer()
                             ? discardAnswer()()
                             : QMessageBox::question(this, tr("Discard this order?"),
                                                     tr("The choices you made in this order will be lost."),
                                                     QMessageBox::Discard | QMessageBox::Cancel,
                                                     QMessageBox::Cancel) == QMessageBox::Discard;
    if (!discard)
        return;
    m_context->draft()->reset(m_context->startingOrder());
    restart();
}
