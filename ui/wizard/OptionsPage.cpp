#include "wizard/OptionsPage.h"

#include "order/OrderDraft.h"
#include "protocol/ApiProtocol.h"
#include "wizard/ProjectChoice.h"
#include "wizard/WizardContext.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    : OrderPage(context, {u"instanceName"_s, u"projectId"_s, u"goodsNum"_s, u"count"_s, u"terminateAt"_s},
                parent)
{
    setTitle(tr("Options"));
    setSubTitle(tr("How many instances, what they are called, and the agents they run."));
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
