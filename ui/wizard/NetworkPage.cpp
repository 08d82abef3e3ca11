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

using namespace Qt::StringLiterals;

NetworkPage::NetworkPage(WizardContext *context, QWidget *parent)
    : OrderPage(
          context,
          {u"vpcId"_s, u"subnetId"_s, u"bandwidthType"_s, u"internetChargeType"_s, u"bandwidth"_s, u"wanIp"_s,
           u"publicIp"_s, u"isVpcGateway"_s},
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
    m_gateway = new QCheckBox(tr("Use as the VPC's public network &gateway"), this);
    m_vpcMissing = new ProblemLabel(this);
    m_vpcMissing->setObjectName(u"vpcMissing"_s);
    m_basic->setObjectName(u"basicNetwork"_s);
    m_vpc->setObjectName(u"vpcNetwork"_s);
    m_vpcId->setObjectName(u"vpcId"_s);
    m_subnetId->setObjectName(u"subnetId"_s);
    m_billing->setObjectName(u"bandwidthType"_s);
    m_bandwidth->setObjectName(u"bandwidth"_s);
    m_publicIp->setObjectName(u"wanIp"_s);
    m_gateway->setObjectName(u"isVpcGateway"_s);

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
    addRow(form, tr("Bandwidth bi&lling:"), m_billing, {u"bandwidthType"_s, u"internetChargeType"_s});
    addRow(form, tr("Band&width:"), m_bandwidth, {u"bandwidth"_s});
    form->addRow(QString(), m_publicIp);
    addProblemLine(form, {u"wanIp"_s, u"publicIp"_s});
    form->addRow(QString(), m_gateway);
    addProblemLine(form, {u"isVpcGateway"_s});

    auto edit = [this](const std::function<void(PurchaseOrder &)> &change) {
        draft()->update(change);
        updateEnabled();
    };
    connect(m_vpc, &QRadioButton::toggled, this, [this, edit](bool vpc) {
        edit([&](PurchaseOrder &o) {
            o.vpcId = vpc ? m_vpcId->text().trimmed() : QString();
            o.subnetId = vpc ? m_subnetId->text().trimmed() : QString();
            if (!vpc)
                o.isVpcGateway = 0;
        });
    });
    connect(m_vpcId, &QLineEdit::textEdited, this,
            [edit](const QString &text) { edit([&](PurchaseOrder &o) { o.vpcId = text.trimmed(); }); });
    connect(m_subnetId, &QLineEdit::textEdited, this,
            [edit](const QString &text) { edit([&](PurchaseOrder &o) { o.subnetId = text.trimmed(); }); });
    connect(m_billing, &QComboBox::currentIndexChanged, this,
            [this, edit] {
                const bool own = ownBilling();
                edit([&](PurchaseOrder &o) {
                    (own ? o.internetChargeType : o.bandwidthType) = m_billing->currentData().toString();
                });
            });
    connect(m_bandwidth, &QSpinBox::valueChanged, this,
            [edit](int value) { edit([&](PurchaseOrder &o) { o.bandwidth = value; }); });
    connect(m_publicIp, &QCheckBox::toggled, this, [edit](bool on) {
        edit([&](PurchaseOrder &o) {
            o.wanIp = on ? 1 : 0;
            if (!on)
                o.isVpcGateway = 0;
        });
    });
    connect(m_gateway, &QCheckBox::toggled, this,
            [edit](bool on) { edit([&](PurchaseOrder &o) { o.isVpcGateway = on ? 1 : 0; }); });
}

bool NetworkPage::ownBilling() const
{
    return !ApiProtocol::forApi(draft()->order().api).internetChargeTypes().isEmpty();
}

void NetworkPage::fillBilling()
{
    const PurchaseOrder::Api api = draft()->order().api;
    if (m_billingApi == int(api))
        return;
    m_billingApi = int(api);
    const QSignalBlocker blocker(m_billing);
    m_billing->clear();
    const QList<ApiProtocol::Choice> own = ApiProtocol::forApi(api).internetChargeTypes();
    for (const ApiProtocol::Choice &choice : own)
        m_billing->addItem(choice.label, choice.value);
    if (own.isEmpty()) {
        m_billing->addItem(tr("By bandwidth, per hour"), u"PayByHour"_s);
        m_billing->addItem(tr("By traffic"), u"PayByTraffic"_s);
    }
}

void NetworkPage::syncFromOrder()
{
    fillBilling();
    const PurchaseOrder &order = draft()->order();
    const QList<QObject *> widgets{m_basic, m_vpc, m_vpcId, m_subnetId, m_billing, m_bandwidth, m_publicIp, m_gateway};
    for (QObject *w : widgets)
        w->blockSignals(true);
    const bool vpc = !order.vpcId.isEmpty() || !order.subnetId.isEmpty();
    (vpc ? m_vpc : m_basic)->setChecked(true);
    m_vpcId->setText(order.vpcId);
    m_subnetId->setText(order.subnetId);
    m_billing->setCurrentIndex(
        std::max(0, m_billing->findData(ownBilling() ? order.internetChargeType : order.bandwidthType)));
    m_bandwidth->setValue(order.bandwidth);
    m_publicIp->setChecked(order.wanIp == 1);
    m_gateway->setChecked(order.isVpcGateway == 1);
    m_gateway->setVisible(ApiProtocol::forApi(order.api).offersVpcGateway());
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
    const bool gatewayPossible = vpc && bandwidth && order.wanIp == 1;
    m_gateway->setEnabled(gatewayPossible || order.isVpcGateway == 1);
    m_gateway->setToolTip(gatewayPossible ? QString() : tr("A gateway needs a VPC and a public IP."));
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
