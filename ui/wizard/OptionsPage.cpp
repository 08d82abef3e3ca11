#include "wizard/OptionsPage.h"

#include "order/OrderDraft.h"
#include "protocol/ApiProtocol.h"
#include "protocol/InstanceSettings.h"
#include "wizard/NamesPreview.h"
#include "wizard/ProblemLabel.h"
#include "wizard/ProjectChoice.h"
#include "wizard/WizardContext.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace {
QDateTime anHourFromNow()
{
    const QDateTime inAnHour = QDateTime::currentDateTime().addSecs(3600);
    return inAnHour.addSecs(-inAnHour.time().second());
}
} // namespace

OptionsPage::OptionsPage(WizardContext *context, QWidget *parent)
    : OrderPage(
          context,
          {u"instanceName"_s, u"hostName"_s, u"projectId"_s, u"goodsNum"_s, u"count"_s, u"terminateAt"_s},
          parent)
{
    setTitle(tr("Options"));
    setSubTitle(tr("How many instances, what they are called, and the agents they run."));
    // The names follow the order whatever page changed it.
    connect(draft(), &OrderDraft::changed, this, [this] {
        if (isBuilt())
            showNames();
    });
}

void OptionsPage::build()
{
    m_name = new QLineEdit(this);
    m_project = new QSpinBox(this);
    m_quantity = new QSpinBox(this);
    m_security = new QCheckBox(tr("Cloud &security agent"), this);
    m_monitor = new QCheckBox(tr("Cloud m&onitoring agent"), this);
    m_name->setObjectName(u"instanceName"_s);
    m_project->setObjectName(u"projectId"_s);
    m_quantity->setObjectName(u"goodsNum"_s);
    m_security->setObjectName(u"needSecurityAgent"_s);
    m_monitor->setObjectName(u"needMonitorAgent"_s);
    m_project->setRange(0, 99999999);
    m_project->setSpecialValueText(tr("Default project"));
    // Wider than the rule allows: what is typed stays as typed, and the rule's problem line names the range.
    m_quantity->setRange(0, 9'999'999);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, tr("Instance na&me:"), m_name, {u"instanceName"_s});

    // The host name (API 3.0), with the rules of the order's OS, and the names both make for the count.
    m_hostName = new QLineEdit(this);
    m_hostName->setObjectName(u"hostName"_s);
    m_hostNote = new QLabel(this);
    m_hostNote->setObjectName(u"hostNameNote"_s);
    m_hostNote->setWordWrap(true);
    m_hostReason =
        new QLabel(tr("Only API 3.0 orders set host names and number names with {R:x} patterns."), this);
    m_hostReason->setObjectName(u"hostNameReason"_s);
    m_hostReason->setWordWrap(true);
    addRow(form, tr("Hos&t name:"), m_hostName, {u"hostName"_s});
    form->addRow(QString(), m_hostNote);
    form->addRow(QString(), m_hostReason);
    m_names = new QLabel(this);
    m_names->setObjectName(u"namesPreview"_s);
    m_names->setWordWrap(true);
    m_names->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hostNames = new QLabel(this);
    m_hostNames->setObjectName(u"hostNamesPreview"_s);
    m_hostNames->setWordWrap(true);
    m_hostNames->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_allNames = new QPushButton(tr("A&ll names…"), this);
    m_allNames->setObjectName(u"allNames"_s);
    m_allNames->setAutoDefault(false);
    m_allNames->setToolTip(tr("Every instance's name and host name, in a window of its own"));
    auto *namesBox = new QWidget(this);
    auto *namesText = new QVBoxLayout;
    namesText->setContentsMargins(0, 0, 0, 0);
    namesText->addWidget(m_names);
    namesText->addWidget(m_hostNames);
    auto *namesRow = new QHBoxLayout(namesBox);
    namesRow->setContentsMargins(0, 0, 0, 0);
    namesRow->addLayout(namesText, 1);
    namesRow->addWidget(m_allNames, 0, Qt::AlignTop);
    form->addRow(tr("Names given:"), namesBox);
    auto *projects = new ProjectChoice(context(), this); // the account's projects, or why not
    addRow(form, tr("Pro&ject:"), projects, {});
    addRow(form, tr("&Project id:"), m_project, {u"projectId"_s});
    m_quantity->setAccessibleName(tr("Quantity")); // the label's range follows the order's API
    m_quantityLabel =
        addRow(form, quantityLabel(), m_quantity, {u"goodsNum"_s, u"count"_s}); // 3.0 says count
    form->addRow(tr("Agents:"), m_security);
    form->addRow(QString(), m_monitor);

    // Destruction on schedule, in the user's time zone; the order keeps the time with its zone.
    m_terminate = new QCheckBox(tr("&Destroy the instances automatically"), this);
    m_terminate->setObjectName(u"terminateAtEnabled"_s);
    m_terminateAt = new QDateTimeEdit(this);
    m_terminateAt->setObjectName(u"terminateAt"_s);
    m_terminateAt->setCalendarPopup(true);
    m_terminateAt->setTimeSpec(Qt::LocalTime);
    m_terminateAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_terminateReason = new QLabel(tr("Only API 3.0 destroys instances on schedule."), this);
    m_terminateReason->setObjectName(u"terminateAtReason"_s);
    m_terminateReason->setWordWrap(true);
    form->addRow(tr("Schedule:"), m_terminate);
    addRow(form, tr("Destroy &at:"), m_terminateAt, {u"terminateAt"_s});
    form->addRow(QString(), m_terminateReason);

    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &text) { draft()->update([&](PurchaseOrder &o) { o.instanceName = text; }); });
    connect(m_hostName, &QLineEdit::textEdited, this, [this](const QString &text) {
        draft()->update([&](PurchaseOrder &o) { InstanceSettings::setHostName(&o, text); });
    });
    connect(m_allNames, &QPushButton::clicked, this,
            [this] { NamesPreview::showAll(draft()->order(), this); });
    connect(m_project, &QSpinBox::valueChanged, this,
            [this](int value) { draft()->update([&](PurchaseOrder &o) { o.projectId = value; }); });
    connect(projects, &ProjectChoice::chosen, m_project, &QSpinBox::setValue);
    connect(m_quantity, &QSpinBox::valueChanged, this,
            [this](int value) { draft()->update([&](PurchaseOrder &o) { o.goodsNum = value; }); });
    connect(m_security, &QCheckBox::toggled, this,
            [this](bool on) { draft()->update([&](PurchaseOrder &o) { o.needSecurityAgent = on ? 1 : 0; }); });
    connect(m_monitor, &QCheckBox::toggled, this,
            [this](bool on) { draft()->update([&](PurchaseOrder &o) { o.needMonitorAgent = on ? 1 : 0; }); });
    connect(m_terminate, &QCheckBox::toggled, this, [this](bool on) {
        // First checked: an hour from now, on the minute.
        if (on && !ApiProtocol::terminateAt(draft()->order()).isValid()) {
            const QSignalBlocker blocker(m_terminateAt);
            m_terminateAt->setDateTime(anHourFromNow());
        }
        setTerminateAt();
    });
    connect(m_terminateAt, &QDateTimeEdit::dateTimeChanged, this, &OptionsPage::setTerminateAt);
}

void OptionsPage::setTerminateAt()
{
    const QDateTime time = m_terminate->isChecked() ? m_terminateAt->dateTime() : QDateTime();
    draft()->update([&](PurchaseOrder &o) { ApiProtocol::setTerminateAt(&o, time); });
    m_terminateAt->setEnabled(m_terminate->isChecked());
}

QString OptionsPage::quantityLabel() const
{
    const int most = ApiProtocol::forApi(draft()->order().api).maxInstanceCount();
    return tr("&Quantity (1 to %1):").arg(QLocale().toString(most));
}

void OptionsPage::showNames()
{
    const PurchaseOrder &o = draft()->order();
    const bool api3 = InstanceSettings::supported(o.api);
    const int count = NamesPreview::count(o);
    const QString instances = NamesPreview::summary(NamesPreview::instanceNames(o), tr("named by the cloud"));
    m_names->setText(tr("Instances: %1").arg(instances));
    m_hostNames->setText(
        tr("Host names: %1")
            .arg(NamesPreview::summary(NamesPreview::hostNames(o), tr("chosen by the cloud"))));
    m_hostNames->setVisible(api3);
    m_allNames->setEnabled(count > 1);
    m_allNames->setAccessibleName(tr("All %n name(s)", nullptr, count));
    // The rules of the order's OS (the problem line says which one a name breaks).
    m_hostNote->setText(o.osFamily == PurchaseOrder::OsFamily::Windows
                            ? tr("Windows: 2 to 15 letters, digits and \"-\", not all digits; {R:x} or "
                                 "{R:x,F:y} numbers them.")
                            : tr("Linux: 2 to 60 letters, digits, \"-\" and \".\", neither first nor last "
                                 "nor twice in a row; {R:x}, {R:x,F:y} and {IP} make each its own."));
    problemLineOf(m_hostName)->setFieldNote(m_hostNote->text());
}

void OptionsPage::syncFromOrder()
{
    const PurchaseOrder &o = draft()->order();
    // The limits of the order's API: 2.0 buys up to 100 named in 60 characters, 3.0 up to 500 in 128.
    const ApiProtocol &protocol = ApiProtocol::forApi(o.api);
    m_quantityLabel->setText(quantityLabel());
    m_name->setPlaceholderText(
        tr("Optional, up to %n character(s)", nullptr, protocol.maxInstanceNameLength()));
    const QSignalBlocker b1(m_project), b2(m_quantity), b3(m_security), b4(m_monitor);
    if (m_name->text() != o.instanceName)
        m_name->setText(o.instanceName);
    // Host names are API 3.0's: a 2.0 order shows the field disabled, with the reason.
    const bool api3 = InstanceSettings::supported(o.api);
    if (m_hostName->text() != InstanceSettings::hostNameOf(o))
        m_hostName->setText(InstanceSettings::hostNameOf(o));
    m_hostName->setEnabled(api3);
    m_hostName->setPlaceholderText(api3 ? tr("Optional, as the system names itself") : QString());
    m_hostNote->setVisible(api3);
    m_hostReason->setVisible(!api3);
    showNames();
    m_project->setValue(o.projectId);
    m_quantity->setValue(o.goodsNum);
    m_security->setChecked(o.needSecurityAgent == 1);
    m_monitor->setChecked(o.needMonitorAgent == 1);

    const bool scheduled = ApiProtocol::forApi(o.api).schedulesTermination();
    const QDateTime terminateAt = ApiProtocol::terminateAt(o);
    const QSignalBlocker b5(m_terminate), b6(m_terminateAt);
    m_terminate->setEnabled(scheduled);
    m_terminate->setChecked(scheduled && terminateAt.isValid());
    m_terminateAt->setEnabled(m_terminate->isChecked());
    // Unset, the box proposes what checking it would set, never a date of the past.
    m_terminateAt->setDateTime(terminateAt.isValid() ? terminateAt.toLocalTime() : anHourFromNow());
    m_terminateReason->setVisible(!scheduled);
}
