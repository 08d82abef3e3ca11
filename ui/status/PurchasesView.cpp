#include "status/PurchasesView.h"

#include "protocol/ApiProtocol.h"
#include "purchase/PurchaseJournal.h"
#include "status/PurchasesModel.h"
#include "wizard/Format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PurchasesView::PurchasesView(PurchaseJournal *journal, QWidget *parent)
    : QWidget(parent), m_journal(journal), m_model(new PurchasesModel(journal, this)),
      m_problems(new QLabel(this)), m_unfinished(new QLabel(this)),
      m_empty(new QLabel(
          tr("No purchases yet. Every purchase you make is listed here with how it ended; start one "
             "with New purchase."),
          this)),
      m_search(new QLineEdit(this)), m_state(new QComboBox(this)), m_zone(new QComboBox(this)),
      m_since(new QComboBox(this)), m_searchDelay(new QTimer(this)), m_list(new QTreeView(this)),
      m_open(new QPushButton(tr("&Open"), this)), m_resume(new QPushButton(tr("&Resume"), this)),
      m_dismiss(new QPushButton(tr("&Dismiss"), this)), m_terminate(new QPushButton(tr("&Terminate…"), this))
{
    m_problems->setObjectName(u"historyProblems"_s);
    m_unfinished->setObjectName(u"unfinishedNotice"_s);
    m_empty->setObjectName(u"noPurchases"_s);
    m_empty->setWordWrap(true);
    m_list->setObjectName(u"purchases"_s);
    m_search->setObjectName(u"searchPurchases"_s);
    m_state->setObjectName(u"stateFilter"_s);
    m_zone->setObjectName(u"zoneFilter"_s);
    m_since->setObjectName(u"dateFilter"_s);
    m_open->setObjectName(u"openPurchase"_s);
    m_resume->setObjectName(u"resumePurchase"_s);
    m_dismiss->setObjectName(u"dismissPurchase"_s);
    m_terminate->setObjectName(u"terminatePurchase"_s);
    m_terminate->setToolTip(tr("Destroy the purchase's instances that are left, after asking"));
    for (QLabel *notice : {m_problems, m_unfinished}) {
        notice->setWordWrap(true);
        notice->setFrameShape(QFrame::StyledPanel);
        notice->setMargin(8);
        notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    m_search->setPlaceholderText(tr("Search instance id, name, client token or zone"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search purchases"));
    // The states as `history --state` names them.
    m_state->addItem(tr("Any state"), QString());
    m_state->addItem(tr("Not confirmed"), u"unconfirmed"_s);
    m_state->addItem(tr("Being tracked"), u"tracking"_s);
    m_state->addItem(tr("Running"), u"running"_s);
    m_state->addItem(tr("Partly failed"), u"partly-failed"_s);
    m_state->addItem(tr("Failed"), u"failed"_s);
    m_state->addItem(tr("Terminated"), u"terminated"_s);
    m_state->setAccessibleName(tr("State"));
    m_zone->setAccessibleName(tr("Zone"));
    m_since->addItem(tr("Any date"), 0);
    m_since->addItem(tr("Last 24 hours"), 1);
    m_since->addItem(tr("Last 7 days"), 7);
    m_since->addItem(tr("Last 30 days"), 30);
    m_since->addItem(tr("Last 365 days"), 365);
    m_since->setAccessibleName(tr("Submitted since"));
    // A query per keystroke would be wasted while typing an id.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);

    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true); // scrolling never measures every row
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Purchases"));
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->resizeSection(PurchasesModel::Submitted, 150);
    m_list->header()->resizeSection(PurchasesModel::Order, 260);
    m_list->header()->resizeSection(PurchasesModel::Instances, 90);

    auto *title = new QLabel(tr("Purchases"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    auto *newPurchase = new QPushButton(tr("&New purchase…"), this);
    newPurchase->setObjectName(u"newPurchase"_s);
    newPurchase->setDefault(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_state);
    filters->addWidget(m_zone);
    filters->addWidget(m_since);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_terminate);
    buttons->addStretch();
    buttons->addWidget(newPurchase);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_problems);
    layout->addWidget(m_unfinished);
    layout->addWidget(m_empty);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(newPurchase, &QPushButton::clicked, this, &PurchasesView::newPurchaseRequested);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(selectedEntry()); });
    connect(m_list, &QTreeView::activated, this, [this] { Q_EMIT openRequested(selectedEntry()); });
    connect(m_resume, &QPushButton::clicked, this, [this] { Q_EMIT resumeRequested(selectedEntry()); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { Q_EMIT dismissRequested(selectedEntry()); });
    connect(m_terminate, &QPushButton::clicked, this, [this] { Q_EMIT terminateRequested(selectedEntry()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PurchasesView::updateButtons);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &PurchasesView::applyFilter);
    for (QComboBox *box : {m_state, m_zone, m_since})
        connect(box, &QComboBox::activated, this, &PurchasesView::applyFilter);
    connect(journal, &PurchaseJournal::entryChanged, this, &PurchasesView::refresh);
    connect(journal, &PurchaseJournal::problemsChanged, this, &PurchasesView::refresh);
    refresh();
}

void PurchasesView::fillZones()
{
    const QString current = m_zone->currentData().toString();
    m_zone->clear();
    m_zone->addItem(tr("Any zone"), QString());
    for (const QString &zone : m_journal->zones())
        m_zone->addItem(Format::zoneName(zone), zone);
    m_zone->setCurrentIndex(std::max(0, m_zone->findData(current)));
}

void PurchasesView::applyFilter()
{
    PurchaseJournal::Filter filter;
    filter.search = m_search->text().trimmed();
    filter.state = m_state->currentData().toString();
    filter.zone = m_zone->currentData().toString();
    if (const int days = m_since->currentData().toInt(); days > 0)
        filter.since = QDateTime::currentDateTimeUtc().addDays(-days);
    const QString selected = selectedEntry();
    m_model->setFilter(filter);
    readFirstPage(selected);
    updateButtons();
}

void PurchasesView::readFirstPage(const QString &selected)
{
    m_list->doItemsLayout(); // the model fetches on demand: laying the list out reads its first page
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(std::max(0, m_model->rowOf(selected)), 0));
}

void PurchasesView::refresh()
{
    const QString selected = selectedEntry();
    fillZones();
    m_model->refresh();
    readFirstPage(selected);
    updateNotices();
    updateButtons();
}

void PurchasesView::updateNotices()
{
    const QStringList problems = m_journal->problems();
    m_problems->setText(problems.join(u"\n\n"_s));
    m_problems->setVisible(!problems.isEmpty());
    const qsizetype unfinished = m_journal->countInState(u"unconfirmed"_s);
    const QString explanation = tr(
        "The application stopped, or the network failed, before the cloud answered, so instances may or may "
        "not have been bought. Resume sends the same order with the same client token: the cloud returns "
        "what "
        "it already bought instead of buying again. Dismiss only if you know it did not go through.");
    m_unfinished->setText(tr("%n purchase(s) was/were sent but never confirmed.", nullptr, int(unfinished)) +
                          u' ' + explanation);
    m_unfinished->setVisible(unfinished > 0);
    m_empty->setVisible(m_journal->isEmpty() && problems.isEmpty());
}

QString PurchasesView::selectedEntry() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(PurchasesModel::EntryIdRole).toString()
                             : QString();
}

void PurchasesView::updateButtons()
{
    const PurchaseJournal::Summary *s = m_model->summary(m_list->currentIndex().row());
    const bool unfinished = s && s->state == "unconfirmed"_L1 && !s->dismissed;
    m_open->setEnabled(s && !s->instanceIds.isEmpty());
    // A damaged record is never sent again; it can still be dismissed.
    m_resume->setEnabled(unfinished && s->damage.isEmpty());
    m_dismiss->setEnabled(unfinished);
    // Where the purchase's API can terminate (3.0); a damaged record is not acted on.
    const ApiProtocol *api = s ? ApiProtocol::forName(s->api) : nullptr;
    m_terminate->setEnabled(api && !api->terminateInstances(s->instanceIds).action.isEmpty() &&
                            s->damage.isEmpty() && s->terminated < s->instanceIds.size());
}

void PurchasesView::setTrackedCheck(std::function<bool(const QString &entryId)> tracked)
{
    m_model->setTrackedCheck(std::move(tracked));
}
