#include "wizard/NetworkPage.h"

#include "api/CloudQueries.h"
#include "api/ServerText.h"
#include "order/OrderDraft.h"
#include "protocol/ApiProtocol.h"
#include "wizard/FittedList.h"
#include "wizard/LookupStatus.h"
#include "wizard/ProblemLabel.h"
#include "wizard/WizardContext.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NetworkPage::NetworkPage(WizardContext *context, QWidget *parent)
    : OrderPage(context,
                {u"vpcId"_s, u"subnetId"_s, u"securityGroupIds"_s, u"internetChargeType"_s, u"bandwidth"_s,
                 u"wanIp"_s, u"isVpcGateway"_s},
                parent)
{
    setTitle(tr("Network"));
    setSubTitle(tr("How the instances connect, and how public bandwidth is billed."));
    connect(context, &WizardContext::connectionChanged, this, [this] {
        m_vpcsKey.clear();
        m_subnetsKey.clear();
        m_groupsKey.clear();
    });
}

namespace {
// The ids typed in one field, separated by commas or spaces.
QStringList typedIds(const QString &text)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}
} // namespace

void NetworkPage::build()
{
    m_basic = new QRadioButton(tr("Bas&ic network"), this);
    m_vpc = new QRadioButton(tr("&Virtual private cloud (VPC)"), this);
    m_vpcId = new QLineEdit(this);
    m_subnetId = new QLineEdit(this);
    m_vpcChoice = new QComboBox(this);
    m_subnetChoice = new QComboBox(this);
    m_vpcStatus = new LookupStatus(this);
    m_subnetStatus = new LookupStatus(this);
    m_subnetZone = new ProblemLabel(this);
    m_subnetZone->setField(m_subnetId);
    m_noLookups = new QLabel(tr("API 2.0 cannot list the account's VPCs and subnets: type their ids."), this);
    m_noLookups->setWordWrap(true);
    m_groups = new FittedList(3, 5, this);
    m_groupCount = new QLabel(this);
    m_groupCount->setWordWrap(true);
    m_groupLimit = new ProblemLabel(this);
    m_groupLimit->setField(m_groups);
    m_groupStatus = new LookupStatus(this);
    m_groupIds = new QLineEdit(this);
    m_vpcChoice->setObjectName(u"vpcChoice"_s);
    m_subnetChoice->setObjectName(u"subnetChoice"_s);
    m_vpcStatus->setObjectName(u"vpcStatus"_s);
    m_subnetStatus->setObjectName(u"subnetStatus"_s);
    m_subnetZone->setObjectName(u"subnetZone"_s);
    m_noLookups->setObjectName(u"noNetworkLookups"_s);
    m_groups->setObjectName(u"securityGroups"_s);
    m_groupCount->setObjectName(u"securityGroupCount"_s);
    m_groupLimit->setObjectName(u"securityGroupLimit"_s);
    m_groupStatus->setObjectName(u"securityGroupStatus"_s);
    m_groupIds->setObjectName(u"securityGroupIds"_s);
    m_groupIds->setPlaceholderText(tr("sg-xxxxxxxx, sg-yyyyyyyy"));
    // As wide as the page allows, not as the longest name: a long one is elided, the popup shows it whole.
    for (QComboBox *box : {m_vpcChoice, m_subnetChoice}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
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
    m_form = form;
    form->addRow(tr("Network:"), networkRow);
    addRow(form, tr("VP&C:"), m_vpcChoice, {});
    form->addRow(QString(), m_vpcStatus);
    addRow(form, tr("VPC i&d:"), m_vpcId, {u"vpcId"_s});
    addRow(form, tr("S&ubnet:"), m_subnetChoice, {});
    form->addRow(QString(), m_subnetStatus);
    addRow(form, tr("Subne&t id:"), m_subnetId, {u"subnetId"_s});
    form->addRow(QString(), m_subnetZone);
    form->addRow(QString(), m_noLookups);
    form->addRow(QString(), m_vpcMissing);
    addRow(form, tr("Security &groups:"), m_groups, {});
    form->addRow(QString(), m_groupCount);
    form->addRow(QString(), m_groupLimit);
    form->addRow(QString(), m_groupStatus);
    addRow(form, tr("Security group id&s:"), m_groupIds, {u"securityGroupIds"_s});
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
    connect(m_vpcChoice, &QComboBox::currentIndexChanged, this, [this, edit] {
        // "Default VPC (none chosen)" is the order without a VPC; a VPC chosen keeps a subnet typed by hand,
        // and drops one listed for the VPC before.
        const QString vpcId = m_vpcChoice->currentData().toString();
        m_vpcChosen = !vpcId.isEmpty();
        const bool listedSubnet =
            std::any_of(m_subnetList.cbegin(), m_subnetList.cend(),
                        [&](const auto &subnet) { return subnet.subnetId == draft()->order().subnetId; });
        edit([&](PurchaseOrder &o) {
            o.vpcId = vpcId;
            if (vpcId.isEmpty() || listedSubnet)
                o.subnetId.clear();
        });
        syncFromOrder();
    });
    connect(m_subnetChoice, &QComboBox::currentIndexChanged, this, [this, edit] {
        const QString subnetId = m_subnetChoice->currentData().toString();
        edit([&](PurchaseOrder &o) { o.subnetId = subnetId; });
    });
    connect(m_groups, &QListWidget::itemChanged, this, &NetworkPage::groupChecked);
    connect(m_groupIds, &QLineEdit::textEdited, this, [this, edit](const QString &text) {
        m_groupLimit->setProblems({});
        edit([&](PurchaseOrder &o) { ApiProtocol::setChosenSecurityGroups(&o, typedIds(text)); });
    });
    connect(m_vpcStatus, &LookupStatus::retryRequested, this, &NetworkPage::loadVpcs);
    connect(m_subnetStatus, &LookupStatus::retryRequested, this, &NetworkPage::loadSubnets);
    connect(m_groupStatus, &LookupStatus::retryRequested, this, &NetworkPage::loadSecurityGroups);
    CloudQueries *queries = context()->queries();
    connect(
        queries, &CloudQueries::vpcsReady, this,
        [this](const ApiResult &result, const QList<ApiReplies::Vpc> &vpcs) {
            m_vpcList = vpcs;
            if (result.ok())
                m_vpcStatus->showLoaded(vpcs.isEmpty() ? tr("The account has no VPC in this region.")
                                                       : tr("The account's VPCs in this region."));
            else
                m_vpcStatus->showFailed(
                    tr("Could not load the VPCs: %1 You can type a VPC id below.").arg(result.describe()));
            syncFromOrder();
        });
    connect(queries, &CloudQueries::subnetsReady, this,
            [this](const ApiResult &result, const QList<ApiReplies::Subnet> &subnets) {
                m_subnetList = subnets;
                m_subnetsLoaded = result.ok();
                if (result.ok())
                    m_subnetStatus->showLoaded(subnets.isEmpty()
                                                   ? tr("The VPC has no subnet in the order's zone.")
                                                   : tr("The VPC's subnets in the order's zone."));
                else
                    m_subnetStatus->showFailed(
                        tr("Could not load the subnets: %1 You can type a subnet id below.")
                            .arg(result.describe()));
                syncFromOrder();
            });
    connect(queries, &CloudQueries::securityGroupsReady, this,
            [this](const ApiResult &result, const QList<ApiReplies::SecurityGroup> &groups) {
                m_groupList = groups;
                if (result.ok())
                    m_groupStatus->showLoaded(groups.isEmpty()
                                                  ? tr("The account has no security group in this region.")
                                                  : tr("The account's security groups in this region."));
                else
                    m_groupStatus->showFailed(
                        tr("Could not load the security groups: %1 You can type their ids "
                           "below.")
                            .arg(result.describe()));
                syncFromOrder();
            });
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
    lookUp();
    QList<QObject *> widgets{m_basic,    m_vpc,       m_vpcId,        m_subnetId, m_billing, m_bandwidth,
                             m_publicIp, m_vpcChoice, m_subnetChoice, m_groups,   m_groupIds};
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
    showVpcs();
    showSubnets();
    showSecurityGroups();
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

QString NetworkPage::subnetsKey() const
{
    const PurchaseOrder &order = draft()->order();
    if (!ApiReplies::isResourceId(order.vpcId, "vpc"_L1) || order.zone.isEmpty())
        return {};
    return order.region + u'|' + order.vpcId + u'|' + order.zone;
}

void NetworkPage::lookUp()
{
    const bool lookups = context()->queries()->hasResourceLookups();
    const bool groups = ApiProtocol::forApi(draft()->order().api).maxSecurityGroups() > 0;
    for (QWidget *row : {static_cast<QWidget *>(m_vpcChoice), static_cast<QWidget *>(m_vpcStatus),
                         static_cast<QWidget *>(m_subnetChoice), static_cast<QWidget *>(m_subnetStatus)})
        m_form->setRowVisible(row, lookups);
    m_form->setRowVisible(m_noLookups, !lookups);
    // (Problem lines show themselves when they have something to say: an API without the setting has none.)
    for (QWidget *row : {static_cast<QWidget *>(m_groups), static_cast<QWidget *>(m_groupCount),
                         static_cast<QWidget *>(m_groupStatus)})
        m_form->setRowVisible(row, lookups && groups);
    m_form->setRowVisible(m_groupIds, groups);
    if (!lookups)
        return;
    const QString region = draft()->order().region;
    if (m_vpcsKey != region)
        loadVpcs();
    if (groups && m_groupsKey != region)
        loadSecurityGroups();
    if (m_subnetsKey != subnetsKey())
        loadSubnets();
}

void NetworkPage::loadVpcs()
{
    m_vpcsKey = draft()->order().region;
    m_vpcList.clear();
    m_vpcStatus->showLoading(tr("Loading the account's VPCs…"));
    context()->queries()->queryVpcs(m_vpcsKey);
}

void NetworkPage::loadSubnets()
{
    m_subnetsKey = subnetsKey();
    m_subnetList.clear();
    m_subnetsLoaded = false;
    const PurchaseOrder &order = draft()->order();
    if (m_subnetsKey.isEmpty()) {
        m_subnetStatus->showLoaded(order.zone.isEmpty() ? tr("Choose a zone to list the VPC's subnets there.")
                                                        : tr("Choose a VPC to list its subnets."));
        return;
    }
    m_subnetStatus->showLoading(tr("Loading the VPC's subnets in the zone…"));
    context()->queries()->querySubnets(order.region, order.vpcId, order.zone);
}

void NetworkPage::loadSecurityGroups()
{
    m_groupsKey = draft()->order().region;
    m_groupList.clear();
    m_groupStatus->showLoading(tr("Loading the account's security groups…"));
    context()->queries()->querySecurityGroups(m_groupsKey);
}

void NetworkPage::showVpcs()
{
    const PurchaseOrder &order = draft()->order();
    const QSignalBlocker blocker(m_vpcChoice);
    m_vpcChoice->clear();
    m_vpcChoice->addItem(tr("Default VPC (none chosen)"), QString());
    for (const ApiReplies::Vpc &vpc : std::as_const(m_vpcList)) {
        const QString name = ServerText::shown(vpc.name);
        m_vpcChoice->addItem(vpc.isDefault ? tr("%1 · %2 · %3 (default)").arg(name, vpc.vpcId, vpc.cidr)
                                           : tr("%1 · %2 · %3").arg(name, vpc.vpcId, vpc.cidr),
                             vpc.vpcId);
    }
    if (!order.vpcId.isEmpty() && m_vpcChoice->findData(order.vpcId) < 0)
        m_vpcChoice->addItem(tr("%1 (typed, not listed)").arg(ServerText::shown(order.vpcId)), order.vpcId);
    m_vpcChoice->setCurrentIndex(std::max(0, m_vpcChoice->findData(order.vpcId)));
}

void NetworkPage::showSubnets()
{
    const PurchaseOrder &order = draft()->order();
    const QSignalBlocker blocker(m_subnetChoice);
    m_subnetChoice->clear();
    m_subnetChoice->addItem(order.vpcId.isEmpty() ? tr("Choose a VPC first") : tr("Choose a subnet"),
                            QString());
    auto *model = qobject_cast<QStandardItemModel *>(m_subnetChoice->model());
    for (const ApiReplies::Subnet &subnet : std::as_const(m_subnetList)) {
        const QString name = ServerText::shown(subnet.name);
        // A full subnet is shown, so that its absence is not a mystery, but cannot be chosen.
        m_subnetChoice->addItem(
            subnet.availableIps > 0
                ? tr("%1 · %2 · %3 · %n free address(es)", nullptr, subnet.availableIps)
                      .arg(name, subnet.subnetId, subnet.cidr)
                : tr("%1 · %2 · %3 · full: no free address").arg(name, subnet.subnetId, subnet.cidr),
            subnet.subnetId);
        if (subnet.availableIps <= 0 && model)
            model->item(m_subnetChoice->count() - 1)->setEnabled(false);
    }
    const bool listed = m_subnetChoice->findData(order.subnetId) >= 0;
    if (!order.subnetId.isEmpty() && !listed)
        m_subnetChoice->addItem(tr("%1 (typed, not listed)").arg(ServerText::shown(order.subnetId)),
                                order.subnetId);
    m_subnetChoice->setCurrentIndex(std::max(0, m_subnetChoice->findData(order.subnetId)));
    m_subnetChoice->setEnabled(!order.vpcId.isEmpty());
    // The subnet must be in the order's zone: the lookup lists the VPC's subnets there, so one typed that is
    // not among them is in another zone, or not the VPC's. Said, not undone: the typed id stays.
    m_subnetZone->setProblems(
        m_subnetsLoaded && m_subnetsKey == subnetsKey() &&
                ApiReplies::isResourceId(order.subnetId, "subnet"_L1) && !listed
            ? QList<FieldProblem>{{u"subnetId"_s, u"zone"_s,
                                   tr("The VPC %1 has no subnet %2 in the zone %3: choose one of its subnets "
                                      "there, or another zone.")
                                       .arg(ServerText::shown(order.vpcId), ServerText::shown(order.subnetId),
                                            order.zone),
                                   FieldProblem::Severity::Warning}}
            : QList<FieldProblem>{});
}

void NetworkPage::showSecurityGroups()
{
    const PurchaseOrder &order = draft()->order();
    const QStringList chosen = ApiProtocol::chosenSecurityGroups(order);
    const int most = ApiProtocol::forApi(order.api).maxSecurityGroups();
    {
        const QSignalBlocker blocker(m_groups);
        m_groups->clear();
        for (const ApiReplies::SecurityGroup &group : std::as_const(m_groupList)) {
            const QString name = ServerText::shown(group.name);
            const QString description = ServerText::shown(group.description);
            QString text = group.isDefault ? tr("%1 · %2 (default)").arg(name, group.securityGroupId)
                                           : u"%1 · %2"_s.arg(name, group.securityGroupId);
            if (!description.isEmpty())
                text = tr("%1 — %2").arg(text, description);
            auto *item = new QListWidgetItem(text, m_groups);
            item->setData(Qt::UserRole, group.securityGroupId);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(chosen.contains(group.securityGroupId) ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(description);
        }
    }
    const QStringList typed = typedIds(m_groupIds->text());
    if (typed != chosen)
        m_groupIds->setText(chosen.join(u", "_s));
    m_groupCount->setText(chosen.isEmpty() ? tr("None chosen: the project's default security group is bound.")
                                           : tr("%1 of %2 chosen").arg(chosen.size()).arg(most));
}

void NetworkPage::groupChecked(QListWidgetItem *item)
{
    const QString id = item->data(Qt::UserRole).toString();
    QStringList chosen = ApiProtocol::chosenSecurityGroups(draft()->order());
    const int most = ApiProtocol::forApi(draft()->order().api).maxSecurityGroups();
    if (item->checkState() == Qt::Checked) {
        if (chosen.contains(id))
            return;
        if (chosen.size() >= most) {
            // Refused where it was asked, with the rule; the order keeps its groups.
            {
                const QSignalBlocker blocker(m_groups);
                item->setCheckState(Qt::Unchecked);
            }
            m_groupLimit->setProblems(
                {{u"securityGroupIds"_s, u"count"_s,
                  tr("An instance joins at most %1 security groups: uncheck one before choosing %2.")
                      .arg(most)
                      .arg(item->data(Qt::UserRole).toString())}});
            return;
        }
        chosen.append(id);
    } else {
        chosen.removeAll(id);
    }
    m_groupLimit->setProblems({});
    draft()->update([&](PurchaseOrder &o) { ApiProtocol::setChosenSecurityGroups(&o, chosen); });
}
