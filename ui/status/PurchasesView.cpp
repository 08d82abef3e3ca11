#include "status/PurchasesView.h"

#include "purchase/PurchaseJournal.h"
#include "wizard/Format.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString stateText(const JournalEntry &entry)
{
    const JournalEntry::State state = entry.state();
    switch (state) {
    case JournalEntry::State::Unfinished:
        return PurchasesView::tr("not confirmed: resume to find out");
    case JournalEntry::State::Tracking:
        return PurchasesView::tr("bought, still being tracked");
    case JournalEntry::State::Done: {
        // The outcome, not just that it ended: how many run, how many failed.
        const auto failed = std::count_if(entry.settled.cbegin(), entry.settled.cend(), [](const InstanceStatus &s) {
            return s.state == ApiReplies::InstanceState::Failed;
        });
        const int running = int(entry.settled.size() - failed);
        return failed == 0 ? PurchasesView::tr("done: %n running", nullptr, running)
                           : PurchasesView::tr("done: %1 running, %2 failed").arg(running).arg(failed);
    }
    case JournalEntry::State::Refused:
        return PurchasesView::tr("refused by the cloud, nothing bought");
    case JournalEntry::State::Dismissed:
        return PurchasesView::tr("dismissed");
    }
    return {};
}

QStyle::StandardPixmap stateIcon(JournalEntry::State state)
{
    switch (state) {
    case JournalEntry::State::Unfinished:
        return QStyle::SP_MessageBoxWarning;
    case JournalEntry::State::Tracking:
        return QStyle::SP_BrowserReload;
    case JournalEntry::State::Done:
        return QStyle::SP_DialogApplyButton;
    case JournalEntry::State::Refused:
        return QStyle::SP_MessageBoxCritical;
    case JournalEntry::State::Dismissed:
        return QStyle::SP_DialogCloseButton;
    }
    return QStyle::SP_CustomBase;
}
} // namespace

PurchasesView::PurchasesView(PurchaseJournal *journal, QWidget *parent)
    : QWidget(parent), m_journal(journal), m_unfinished(new QLabel(this)),
      m_empty(new QLabel(tr("No purchases yet. Every purchase you make is listed here with how it ended; start one "
                            "with New purchase."),
                         this)),
      m_list(new QTreeWidget(this)),
      m_open(new QPushButton(tr("&Open"), this)), m_resume(new QPushButton(tr("&Resume"), this)),
      m_dismiss(new QPushButton(tr("&Dismiss"), this))
{
    m_unfinished->setObjectName(u"unfinishedNotice"_s);
    m_empty->setObjectName(u"noPurchases"_s);
    m_empty->setWordWrap(true);
    m_list->setObjectName(u"purchases"_s);
    m_open->setObjectName(u"openPurchase"_s);
    m_resume->setObjectName(u"resumePurchase"_s);
    m_dismiss->setObjectName(u"dismissPurchase"_s);
    m_unfinished->setWordWrap(true);
    m_unfinished->setFrameShape(QFrame::StyledPanel);
    m_unfinished->setMargin(8);
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Purchases"));
    m_list->setHeaderLabels({tr("Submitted"), tr("Order"), tr("Instances"), tr("Outcome")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *title = new QLabel(tr("Purchases"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    auto *newPurchase = new QPushButton(tr("&New purchase…"), this);
    newPurchase->setObjectName(u"newPurchase"_s);
    newPurchase->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    buttons->addWidget(newPurchase);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_unfinished);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(newPurchase, &QPushButton::clicked, this, &PurchasesView::newPurchaseRequested);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(selectedEntry()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { Q_EMIT openRequested(selectedEntry()); });
    connect(m_resume, &QPushButton::clicked, this, [this] { Q_EMIT resumeRequested(selectedEntry()); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { Q_EMIT dismissRequested(selectedEntry()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &PurchasesView::updateButtons);
    connect(journal, &PurchaseJournal::entryChanged, this, &PurchasesView::refresh);
    refresh();
}

void PurchasesView::refresh()
{
    const QString selected = selectedEntry();
    m_list->clear();
    const QList<JournalEntry> entries = m_journal->entries();
    int unfinished = 0;
    const QLocale locale;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const JournalEntry &e = *it;
        const JournalEntry::State state = e.state();
        unfinished += state == JournalEntry::State::Unfinished ? 1 : 0;
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, e.id);
        item->setText(0, locale.toString(e.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, tr("%1 · %n core(s), %2 GB · %3", nullptr, e.order.cpu)
                             .arg(e.order.instanceType)
                             .arg(e.order.mem)
                             .arg(Format::zoneName(e.order.zone)));
        item->setText(2, e.instanceIds.isEmpty() ? tr("%1 ordered").arg(e.order.goodsNum)
                                                 : QString::number(e.instanceIds.size()));
        item->setText(3, stateText(e));
        item->setIcon(3, style()->standardIcon(stateIcon(state)));
        item->setToolTip(3, e.refusalMessage);
        if (e.id == selected)
            m_list->setCurrentItem(item);
    }
    const QString explanation =
        tr("The application stopped, or the network failed, before the cloud answered, so instances may or may "
           "not have been bought. Resume sends the same order with the same client token: the cloud returns what "
           "it already bought instead of buying again. Dismiss only if you know it did not go through.");
    m_unfinished->setText(tr("%n purchase(s) was/were sent but never confirmed.", nullptr, unfinished) + u' ' +
                          explanation);
    m_unfinished->setVisible(unfinished > 0);
    m_empty->setVisible(entries.isEmpty());
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

QString PurchasesView::selectedEntry() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
}

void PurchasesView::updateButtons()
{
    const auto entry = m_journal->entry(selectedEntry());
    const JournalEntry::State state = entry ? entry->state() : JournalEntry::State::Dismissed;
    m_open->setEnabled(entry && !entry->instanceIds.isEmpty());
    m_resume->setEnabled(entry && state == JournalEntry::State::Unfinished);
    m_dismiss->setEnabled(entry && state == JournalEntry::State::Unfinished);
}
