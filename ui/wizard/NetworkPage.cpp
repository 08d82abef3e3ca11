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
    m_bandwidth->setRange(0, 1000);
    m_bandwidth->setSuffix(tr(" Mbps"));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Network:"), networkRow);
    addRow(form, tr("VP&C id:"), m_vpcId, {u"vpcId"_s});
    addRow(form, tr("S&ubnet id:"), m_subnetId, {u"subnetId"_s});
    form->addRow(QString(), m_vpcMissing);
    addRow(form, tr("Bandwidth bi&lling:"), m_billing, {u"internetChargeType"_s});
    addRow(form, tr("Band&width:"), m_bandwidth, {u"bandwidth"_s});
    form->addRow(QString(), m_publicIp);
    addProblemLine(form, {u"wanIp"_s});
    form->addRow(QString(), m_flags);
    addProblemLine(form, {u"isVpcGateway"_s});

    auto edit = [this](const std::function<void(PurchaseOrder &)> &change) {
        draft()->update([&](PurchaseOrder &o) {
            change(o);
            // A setting of the API's own that the order no longer allows goes off with its reason.
            const ApiProtocol &protocol = ApiProtocol::forApi(o.api);
            for (const ApiProtocol::Flag &flag : protocol.networkFlags())
                if (!protocol.flagUnavailableReason(flag.key, o).isEmpty())
                    o.own.insert(flag.key, 0);
        });
        updateEnabled();
    };
    connect(m_vpc, &QRadioButton::toggled, this, [this, edit](bool vpc) {
        edit([&](PurchaseOrder &o) {
            o.vpcId = vpc ? m_vpcId->text().trimmed() : QString();
            o.subnetId = vpc ? m_subnetId->text().trimmed() : QString();
        });
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
    m_edit = edit;
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
            m_edit([&](PurchaseOrder &o) { o.own.insert(key, on ? 1 : 0); });
        });
    }
    m_flags->setVisible(!m_flagBoxes.isEmpty());
}

void NetworkPage::syncFromOrder()
{
    fillChoices();
    const PurchaseOrder &order = draft()->order();
    QList<QObject *> widgets{m_basic, m_vpc, m_vpcId, m_subnetId, m_billing, m_bandwidth, m_publicIp};
    for (QCheckBox *box : std::as_const(m_flagBoxes))
        widgets.append(box);
    for (QObject *w : widgets)
        w->blockSignals(true);
    const bool vpc = !order.vpcId.isEmpty() || !order.subnetId.isEmpty();
    (vpc ? m_vpc : m_basic)->setChecked(true);
    m_vpcId->setText(order.vpcId);
    m_subnetId->setText(order.subnetId);
    m_billing->setCurrentIndex(std::max(0, m_billing->findData(order.internetChargeType)));
    m_bandwidth->setValue(order.bandwidth);
    m_publicIp->setChecked(order.wanIp == 1);
    for (QObject *w : widgets)
        w->blockSignals(false);
    updateEnabled();
}

void NetworkPage::updateEnabled()
{
    const PurchaseOrder &order = draft()->order();
    const bool vpc = m_vpc->isChecked();
    m_vpcId->setEnabled(vpc);
    m_subnetId->setEnabled(vpc);
    // Shown disabled with the reason rather than hidden: seeing why helps.
    const bool bandwidth = order.bandwidth > 0;
    m_publicIp->setEnabled(bandwidth);
    m_publicIp->setToolTip(bandwidth ? QString() : tr("A public IP needs bandwidth above 0 Mbps."));
    const ApiProtocol &protocol = ApiProtocol::forApi(order.api);
    // Each box shows the order's value: an edit may have turned a setting off (flagUnavailableReason).
    for (QCheckBox *box : std::as_const(m_flagBoxes)) {
        const QString reason = protocol.flagUnavailableReason(box->objectName(), order);
        const QSignalBlocker blocker(box);
        box->setChecked(order.own.value(box->objectName()).toInt() == 1);
        box->setEnabled(reason.isEmpty());
        box->setToolTip(reason);
    }
    m_vpcMissing->setProblems(
        vpcIdsMissing()
            ? QList<FieldProblem>{{u"vpcId"_s, u"required"_s,
                                   tr("Enter the VPC id and the subnet id, or choose the basic network.")}}
            : QList<FieldProblem>{});
    Q_EMIT completeChanged();
}

bool NetworkPage::vpcIdsMissing() const
{
    return m_vpc->isChecked() && m_vpcId->text().trimmed().isEmpty() && m_subnetId->text().trimmed().isEmpty();
}

bool NetworkPage::pageComplete() const
{
    return !isBuilt() || !vpcIdsMissing();
}
