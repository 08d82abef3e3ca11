#include "wizard/NetworkPage.h"

#include "order/OrderDraft.h"
#include "protocol/ApiProtocol.h"
#include "wizard/ProblemLabel.h"
#include "wizard/WizardContext.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NetworkPage::NetworkPage(WizardContext *context, QWidget *parent)
    : OrderPage(
          context,
          {u"vpcId"_s, u"subnetId"_s, u"internetChargeType"_s, u"bandwidth"_s, u"wanIp"_s, u"isVpcGateway"_s},
          parent)
{
    setTitle(tr("Network"));
    setSubTitle(tr("How the instances connect, and how public bandwidth is billed."));
}

void NetworkPage::build()
{
    m_basic = new QRadioButton(tr("Bas&ic network"), this);
    m_vpc = new QRadioButton(tr("&Virtual private cloud (VPC)"), this);
    m_vpcId = new QLineEdit(this);
    m_subnetId = new QLineEdit(this);
    m_billing = new QComboBox(this);
    m_bandwidth = new QSpinBox(this);
    m_publicIp = new QCheckBox(tr("Assign a &public IP"), this);
    m_flags = new QWidget(this);
    m_flags->setLayout(new QVBoxLayout);
    m_flags->layout()->setContentsMargins(0, 0, 0, 0);
    m_vpcMissing = new ProblemLabel(this);
    m_vpcMissing->setObjectName(u"vpcMissing"_s);
    m_vpcMissing->setField(m_vpcId);
    m_publicIpNote = new ProblemLabel(this);
    m_publicIpNote->setObjectName(u"publicIpNote"_s);
    m_publicIpNote->setField(m_publicIp);
    m_basic->setObjectName(u"basicNetwork"_s);
    m_vpc->setObjectName(u"vpcNetwork"_s);
    m_vpcId->setObjectName(u"vpcId"_s);
    m_subnetId->setObjectName(u"subnetId"_s);
    m_billing->setObjectName(u"internetChargeType"_s);
    m_bandwidth->setObjectName(u"bandwidth"_s);
    m_publicIp->setObjectName(u"wanIp"_s);

    auto *group = new QButtonGroup(this);
    group->addButton(m_basic);
    group->addButton(m_vpc);
    auto *networkRow = new QWidget(this);
    auto *networkLayout = new QHBoxLayout(networkRow);
    networkLayout->setContentsMargins(0, 0, 0, 0);
    networkLayout->addWidget(m_basic);
    networkLayout->addWidget(m_vpc);
    networkLayout->addStretch();
    networkRow->setAccessibleName(tr("Network type"));
    m_vpcId->setPlaceholderText(tr("vpc-xxxxxxxx"));
    m_subnetId->setPlaceholderText(tr("subnet-xxxxxxxx"));
    // Wider than the rule allows: what is typed stays as typed, and the rule's problem line names the range.
    m_bandwidth->setRange(0, 9'999'999);
    m_bandwidth->setSuffix(tr(" Mbps"));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Network:"), networkRow);
    addRow(form, tr("VP&C id:"), m_vpcId, {u"vpcId"_s});
    addRow(form, tr("S&ubnet id:"), m_subnetId, {u"subnetId"_s});
    form->addRow(QString(), m_vpcMissing);
    addRow(form, tr("Bandwidth bi&lling:"), m_billing, {u"internetChargeType"_s});
    addRow(form, tr("Band&width (0 to %1 Mbps):").arg(ApiProtocol::kMaxBandwidth), m_bandwidth,
           {u"bandwidth"_s});
    form->addRow(QString(), m_publicIp);
    form->addRow(QString(), m_publicIpNote);
    addProblemLine(form, {u"wanIp"_s}, m_publicIp);
    form->addRow(QString(), m_flags);
    addProblemLine(form, {u"isVpcGateway"_s}, m_flags);

    // Controls write to the order and show it back on every change, whoever made it: no value lives in a
    // widget alone.
    auto edit = [this](const std::function<void(PurchaseOrder &)> &change) { draft()->update(change); };
    connect(draft(), &OrderDraft::changed, this, &NetworkPage::syncFromOrder);
    connect(m_vpc, &QRadioButton::toggled, this, [this, edit](bool vpc) {
        m_vpcChosen = vpc;
        edit([&](PurchaseOrder &o) {
            o.vpcId = vpc ? m_vpcId->text().trimmed() : QString();
            o.subnetId = vpc ? m_subnetId->text().trimmed() : QString();
        });
        syncFromOrder();
    });
    connect(m_vpcId, &QLineEdit::textEdited, this,
            [edit](const QString &text) { edit([&](PurchaseOrder &o) { o.vpcId = text.trimmed(); }); });
    connect(m_subnetId, &QLineEdit::textEdited, this,
            [edit](const QString &text) { edit([&](PurchaseOrder &o) { o.subnetId = text.trimmed(); }); });
    connect(m_billing, &QComboBox::currentIndexChanged, this, [this, edit] {
        edit([&](PurchaseOrder &o) { o.internetChargeType = m_billing->currentData().toString(); });
    });
    connect(m_bandwidth, &QSpinBox::valueChanged, this,
            [edit](int value) { edit([&](PurchaseOrder &o) { o.bandwidth = value; }); });
    connect(m_publicIp, &QCheckBox::toggled, this,
            [edit](bool on) { edit([&](PurchaseOrder &o) { o.wanIp = on ? 1 : 0; }); });
}

void NetworkPage::fillChoices()
{
    // The billing choices and the settings of the order's API, as its protocol describes them.
    const PurchaseOrder::Api api = draft()->order().api;
    if (m_choicesApi == int(api))
        return;
    m_choicesApi = int(api);
    const ApiProtocol &protocol = ApiProtocol::forApi(api);
    const QSignalBlocker blocker(m_billing);
    m_billing->clear();
    for (const ApiProtocol::Choice &choice : protocol.internetChargeTypes())
        m_billing->addItem(choice.label, choice.value);
    qDeleteAll(m_flagBoxes);
    m_flagBoxes.clear();
    for (const ApiProtocol::Flag &flag : protocol.networkFlags()) {
        auto *box = new QCheckBox(flag.label, m_flags);
        box->setObjectName(flag.key);
        m_flags->layout()->addWidget(box);
        m_flagBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, [this, key = flag.key](bool on) {
            draft()->update([&](PurchaseOrder &o) { o.own.insert(key, on ? 1 : 0); });
        });
    }
    m_flags->setVisible(!m_flagBoxes.isEmpty());
}

void NetworkPage::initializePage()
{
    // A page entered afresh shows the order's network as it is; the choice of a VPC whose ids are still to be
    // typed is the page's only state of its own, and it lasts while the page is shown.
    m_vpcChosen = orderHasVpc();
    OrderPage::initializePage();
}

void NetworkPage::orderReplaced()
{
    m_vpcChosen = orderHasVpc();
    syncFromOrder();
}

bool NetworkPage::orderHasVpc() const
{
    const PurchaseOrder &order = draft()->order();
    return !order.vpcId.isEmpty() || !order.subnetId.isEmpty();
}

void NetworkPage::syncFromOrder()
{
    if (!isBuilt())
        return;
    fillChoices();
    const PurchaseOrder &order = draft()->order();
    QList<QObject *> widgets{m_basic, m_vpc, m_vpcId, m_subnetId, m_billing, m_bandwidth, m_publicIp};
    for (QCheckBox *box : std::as_const(m_flagBoxes))
        widgets.append(box);
    for (QObject *w : widgets)
        w->blockSignals(true);
    if (orderHasVpc())
        m_vpcChosen = true;
    const bool vpc = m_vpcChosen;
    (vpc ? m_vpc : m_basic)->setChecked(true);
    // Text being typed stays as typed (with its spaces) while it says the order's value.
    for (const auto &[edit, value] : {std::pair{m_vpcId, order.vpcId}, std::pair{m_subnetId, order.subnetId}})
        if (edit->text().trimmed() != value)
            edit->setText(value);
    m_vpcId->setEnabled(vpc);
    m_subnetId->setEnabled(vpc);
    m_billing->setCurrentIndex(std::max(0, m_billing->findData(order.internetChargeType)));
    if (m_bandwidth->value() != order.bandwidth)
        m_bandwidth->setValue(order.bandwidth);
    // Shown disabled with the reason rather than hidden: seeing why helps. A setting that is on can always be
    // turned off, whatever the order's other values (a template may hold what cannot be sent).
    const bool bandwidth = order.bandwidth > 0;
    m_publicIp->setChecked(order.wanIp == 1);
    m_publicIp->setEnabled(bandwidth || order.wanIp == 1);
    m_publicIp->setToolTip(bandwidth ? QString() : tr("A public IP needs bandwidth above 0 Mbps."));
    // The box went off with the bandwidth (OrderDraft): said beside it, as every automatic change is.
    m_publicIpNote->setProblems(
        !bandwidth && order.wanIp == 0
            ? QList<FieldProblem>{{u"wanIp"_s, u"needsBandwidth"_s,
                                   tr("No public IP: a public IP needs bandwidth above 0 Mbps."),
                                   FieldProblem::Severity::Warning}}
            : QList<FieldProblem>{});
    const ApiProtocol &protocol = ApiProtocol::forApi(order.api);
    for (QCheckBox *box : std::as_const(m_flagBoxes)) {
        const QString reason = protocol.flagUnavailableReason(box->objectName(), order);
        const bool on = order.own.value(box->objectName()).toInt() == 1;
        box->setChecked(on);
        box->setEnabled(reason.isEmpty() || on);
        box->setToolTip(reason);
    }
    for (QObject *w : widgets)
        w->blockSignals(false);
    m_vpcMissing->setProblems(
        vpcIdsMissing()
            ? QList<FieldProblem>{{u"vpcId"_s, u"required"_s,
                                   tr("Enter the VPC id and the subnet id, or choose the basic network.")}}
            : QList<FieldProblem>{});
    Q_EMIT completeChanged();
}

bool NetworkPage::vpcIdsMissing() const
{
    const PurchaseOrder &order = draft()->order();
    return m_vpcChosen && order.vpcId.isEmpty() && order.subnetId.isEmpty();
}

bool NetworkPage::pageComplete() const
{
    return !isBuilt() || !vpcIdsMissing();
}
