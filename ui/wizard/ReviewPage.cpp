#include "wizard/ReviewPage.h"

#include "api/ApiClient.h"
#include "api/CloudQueries.h"
#include "order/Catalog.h"
#include "order/OrderDraft.h"
#include "protocol/ApiProtocol.h"
#include "protocol/InstanceSettings.h"
#include "wizard/ExportDialog.h"
#include "wizard/Format.h"
#include "wizard/NamesPreview.h"
#include "wizard/PurchaseWizard.h"
#include "wizard/WizardContext.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// A name on one line, never squeezed; its value wraps only when the page is too narrow for it.
QString row(const QString &name, const QString &value)
{
    return u"<tr><td style='padding-right:12px; white-space:nowrap'>%1</td><td>%2</td></tr>"_s.arg(
        name.toHtmlEscaped(), value.toHtmlEscaped());
}

// A value of the user's own text (a name of up to 60 characters without a space), which may take more than
// one line: it wraps within its cell, at its spaces, and inside a long run of letters every few characters,
// where an invisible break is allowed, so that it does not widen its column and squeeze the others
// ("Guangzhou Zone / 1").
QString wrappingRow(const QString &name, const QString &value)
{
    constexpr int kRun = 12;
    QString breakable;
    int run = 0;
    for (QChar c : value) {
        run = c.isSpace() ? 0 : run + 1;
        breakable.append(c);
        if (run >= kRun && !c.isHighSurrogate()) {
            breakable.append(QChar(0x200b)); // zero width space
            run = 0;
        }
    }
    return u"<tr><td style='padding-right:12px; white-space:nowrap'>%1</td><td>%2</td></tr>"_s.arg(
        name.toHtmlEscaped(), breakable.toHtmlEscaped());
}

// The label the protocol gives a value of its own, or the value.
QString choiceLabel(const QList<ApiProtocol::Choice> &choices, const QString &value)
{
    for (const ApiProtocol::Choice &choice : choices)
        if (choice.value == value)
            return choice.label;
    return value;
}
} // namespace

ReviewPage::ReviewPage(WizardContext *context, QWidget *parent) : OrderPage(context, {}, parent)
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check the order. Nothing is bought until you press the purchase button."));
    // Estimates arrive while the earlier steps are filled in: the latest is kept for when the page is built.
    connect(context->queries(), &CloudQueries::priceReady, this, &ReviewPage::showPrice);
    connect(context->queries(), &CloudQueries::priceForgotten, this, [this] {
        m_priceText = tr("The price of this order is not known yet.");
        if (isBuilt())
            m_price->setText(m_priceText);
    });
    connect(draft(), &OrderDraft::changed, this, [this] {
        // A check of an order since changed says nothing about this one.
        if (m_checkResult && !m_checking) {
            m_checkResult->clear();
            m_checkResult->hide();
        }
        if (isVisible())
            syncFromOrder();
    });
    connect(context->queries(), &CloudQueries::dryRunReady, this, &ReviewPage::showCheck);
}

void ReviewPage::build()
{
    m_summary = new QLabel(this);
    m_price = new QLabel(this);
    m_showRequest = new QPushButton(tr("Show &request"), this);
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(u"exportOrder"_s);
    m_export->setToolTip(
        tr("The order as a request for the official SDKs and tccli, or as a Terraform resource, "
           "to copy or save; without the password"));
    m_request = new QPlainTextEdit(this);
    m_progressBar = new QProgressBar(this);
    m_progress = new QLabel(this);
    m_check = new QPushButton(tr("Check with the &cloud"), this);
    m_checkResult = new QLabel(this);
    m_check->setObjectName(u"checkWithCloud"_s);
    m_checkResult->setObjectName(u"checkResult"_s);
    m_check->setToolTip(tr("Sends the order as a dry run: the cloud checks everything it would check before "
                           "buying, and buys nothing."));
    m_checkResult->setWordWrap(true);
    m_checkResult->hide(); // until there is an answer: no empty line between the buttons
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(u"summary"_s);
    m_price->setObjectName(u"price"_s);
    m_showRequest->setObjectName(u"showRequest"_s);
    m_request->setObjectName(u"request"_s);
    m_progress->setObjectName(u"progress"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_price->setWordWrap(true);
    m_showRequest->setCheckable(true);
    m_request->setReadOnly(true);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_request->setAccessibleName(tr("Request"));
    m_request->hide();
    // The request takes the room that is left: the summary, the price and the check's answer come first.
    m_request->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_request->setMinimumHeight(m_request->fontMetrics().lineSpacing() * 4);
    m_progressBar->setRange(0, 0);
    m_progressBar->hide();
    m_progress->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_price);
    // The answer under the button, the whole width: a refusal can take two lines.
    layout->addWidget(m_check, 0, Qt::AlignLeft);
    layout->addWidget(m_checkResult);
    auto *requestButtons = new QHBoxLayout;
    requestButtons->addWidget(m_showRequest);
    requestButtons->addWidget(m_export);
    requestButtons->addStretch();
    layout->addLayout(requestButtons);
    layout->addWidget(m_request, 1);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_progress);
    layout->addStretch();

    connect(m_summary, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT editRequested(link.section(u':', 1).toInt()); });
    connect(m_showRequest, &QPushButton::toggled, this, [this](bool shown) {
        m_request->setVisible(shown);
        m_showRequest->setText(shown ? tr("Hide &request") : tr("Show &request"));
    });
    connect(m_check, &QPushButton::clicked, this, &ReviewPage::checkWithCloud);
    connect(m_export, &QPushButton::clicked, this, [this] {
        auto *dialog = new ExportDialog(draft()->order(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    for (int id : wizard()->pageIds())
        if (QWizardPage *page = wizard()->page(id); page != this)
            connect(page, &QWizardPage::completeChanged, this, &QWizardPage::completeChanged);
    m_price->setText(m_priceText);
}

void ReviewPage::checkWithCloud()
{
    m_checking = true;
    m_check->setEnabled(false);
    m_checkResult->setText(tr("Asking the cloud to check the order; nothing is bought…"));
    m_checkResult->show();
    context()->queries()->queryDryRun(draft()->order());
}

void ReviewPage::showCheck(const ApiResult &result, bool supported)
{
    m_checking = false;
    if (!isBuilt())
        return;
    m_check->setEnabled(true);
    if (!supported)
        m_checkResult->setText(tr("This API cannot check an order without buying it."));
    else if (result.ok())
        m_checkResult->setText(tr("✔ The cloud would accept this order. Nothing was bought."));
    else
        m_checkResult->setText(tr("✘ The cloud would refuse this order: %1 Nothing was bought.").arg(result.describe()));
}

void ReviewPage::syncFromOrder()
{
    const PurchaseOrder &o = draft()->order();
    const ApiProtocol &protocol = ApiProtocol::forApi(o.api);
    // A protocol with region names of its own maps them onto the catalog's codes for the display name.
    QString regionCode = o.region;
    for (const auto &[name, code] : protocol.regionNames())
        if (name == o.region)
            regionCode = code;
    const Catalog::Region *region = Catalog::builtIn().region(regionCode);
    const int dataSize = o.dataDisks.isEmpty() ? 0 : o.dataDisks.first().size;
    // Only an API with a dry run offers the check.
    if (isBuilt()) {
        m_check->setVisible(!protocol.dryRun(o).action.isEmpty());
        // Only an API whose request the SDKs and Terraform know is exported.
        m_export->setVisible(!protocol.sdkRequestBody(o).isEmpty());
    }
    auto group = [](const QString &title, int page, const QString &rows) {
        return u"<tr><td colspan='2' style='padding-top:8px'><b>%1</b> &nbsp;<a href='edit:%2'>%3</a></td></tr>%4"_s
            .arg(title.toHtmlEscaped())
            .arg(page)
            .arg(tr("Edit"), rows);
    };
    const bool vpc = !o.vpcId.isEmpty();
    // API 3.0's instance settings: the disks, each of its type; the names the cloud gives; tags; the script's
    // size (never its content).
    const bool settings = InstanceSettings::supported(o.api);
    // Disks alike in a row are counted, not repeated: "3 × 50 GB CLOUD_PREMIUM".
    QStringList diskTexts;
    QString previous;
    int alike = 0;
    const auto flush = [&] {
        if (alike > 0)
            diskTexts.append(alike == 1 ? previous : tr("%1 × %2").arg(alike).arg(previous));
    };
    for (qsizetype i = 0; i < o.dataDisks.size(); ++i) {
        const PurchaseOrder::Disk &disk = o.dataDisks.at(i);
        QString text = tr("%1 %2").arg(Format::gigabytes(disk.size), disk.type);
        if (!InstanceSettings::deleteWithInstanceOf(o, i).value_or(true))
            text = tr("%1 (kept after the instance)").arg(text);
        if (text == previous) {
            ++alike;
            continue;
        }
        flush();
        previous = text;
        alike = 1;
    }
    flush();
    const QString disks = diskTexts.isEmpty() ? tr("none") : diskTexts.join(tr(", "));
    const QString hostName = InstanceSettings::hostNameOf(o);
    // Each name with the names the cloud makes of it for the count, the first and the last: one line.
    const auto made = [](const QString &pattern, const QStringList &names) {
        if (names.size() < 2)
            return pattern == names.value(0) ? pattern : tr("%1: %2").arg(pattern, names.value(0));
        return tr("%1: %2 to %3").arg(pattern, names.first(), names.last());
    };
    const QString nameText = o.instanceName.isEmpty() ? tr("none")
                             : settings               ? made(o.instanceName, NamesPreview::instanceNames(o))
                                                      : o.instanceName;
    const QString hostNameText = hostName.isEmpty() ? tr("none") : made(hostName, NamesPreview::hostNames(o));
    QStringList tagTexts;
    for (const auto &[key, value] : InstanceSettings::tagsOf(o))
        tagTexts.append(tr("%1 = %2").arg(key, value));
    const QString tagsText = tagTexts.isEmpty() ? tr("none") : tagTexts.join(tr(", "));
    const QString script = InstanceSettings::userDataOf(o);
    const QLocale locale;
    const QString scriptText =
        script.isEmpty()
            ? tr("none")
            : tr("%1 of %2 once base64-encoded")
                  .arg(locale.formattedDataSize(InstanceSettings::userDataEncodedSize(script), 1),
                       locale.formattedDataSize(InstanceSettings::kMaxUserDataBase64, 0));
    // The account's resources by the names its lookups gave them, with their ids.
    const auto named = [this](const QString &id) {
        const QString name = context()->resourceName(id);
        return name.isEmpty() ? id : tr("%1 (%2)").arg(name, id);
    };
    QStringList groups;
    for (const QString &id : ApiProtocol::chosenSecurityGroups(o))
        groups.append(named(id));
    const QString projectName = context()->projectName(o.projectId);
    const QString project = o.projectId == 0        ? tr("default project")
                            : projectName.isEmpty() ? QString::number(o.projectId)
                                                    : tr("%1 (%2)").arg(projectName).arg(o.projectId);
    const QString imageName = context()->imageName(o.imageId);
    const QString login = !o.password.isEmpty() ? tr("password (set)")
                          : !o.keyIds.isEmpty() ? tr("SSH key %1").arg(o.keyIds.join(u", "_s))
                                                : tr("password generated by the cloud, sent by site message");
    // Two columns of groups, in the order of the steps, so the whole order fits without scrolling.
    const QString left =
        group(tr("Location"), 1,
              // The region and its zone on one line.
              row(tr("Zone"),
                  tr("%1, %2").arg(region ? Format::localized(region->nameEn, region->nameZh) : o.region,
                                   Format::zoneName(o.zone)))) +
        group(tr("Instance"), 2,
              // One line, so that the whole order fits a 768-pixel screen.
              row(tr("Type"),
                  tr("%1: %2, %3").arg(o.instanceType, Format::cores(o.cpu), Format::gigabytes(o.mem)))) +
        group(tr("Image"), 3,
              // The image and its operating system on one line.
              row(tr("Image"),
                  tr("%1, %2").arg(
                      imageName == o.imageId ? o.imageId : tr("%1 (%2)").arg(imageName, o.imageId),
                      o.osFamily == PurchaseOrder::OsFamily::Windows ? tr("Windows") : tr("Linux")))) +
        group(tr("Storage"), 4,
              (settings ? row(tr("System disk"),
                              tr("%1 %2").arg(Format::gigabytes(o.systemDisk.size), o.systemDisk.type))
                        : row(tr("Disk type"), choiceLabel(protocol.diskTypes(o), o.systemDisk.type)) +
                              row(tr("System disk"), Format::gigabytes(o.systemDisk.size))) +
                  (settings
                       ? wrappingRow(tr("Data disks"), disks)
                       : row(tr("Data disk"), dataSize == 0 ? tr("none") : Format::gigabytes(dataSize)))) +
        (settings ? group(tr("Setup"), PurchaseWizard::Tags,
                          wrappingRow(tr("Tags"), tagsText) + row(tr("Start-up script"), scriptText))
                  : QString());
    const QString right =
        group(tr("Network"), 5,
              wrappingRow(tr("Network"), vpc ? tr("VPC %1, subnet %2").arg(named(o.vpcId), named(o.subnetId))
                                             : tr("Basic network")) +
                  // None chosen is the project's default group, as the Network page says: no line of its own.
                  (groups.isEmpty() ? QString() : wrappingRow(tr("Security groups"), groups.join(tr(", ")))) +
                  row(tr("Bandwidth"), tr("%1 Mbps").arg(o.bandwidth)) +
                  row(tr("Billing"), choiceLabel(protocol.internetChargeTypes(), o.internetChargeType)) +
                  row(tr("Public IP"), o.wanIp == 1 && o.bandwidth > 0 ? tr("yes") : tr("no"))) +
        group(tr("Login"), 6, row(tr("Login"), login)) +
        group(
            tr("Options"), 7,
            row(tr("Quantity"), Format::instances(o.goodsNum)) + wrappingRow(tr("Name"), nameText) +
                (settings ? wrappingRow(tr("Host name"), hostNameText) : QString()) +
                wrappingRow(tr("Project"), project) +
                row(tr("Agents"), tr("security %1, monitoring %2")
                                      .arg(o.needSecurityAgent ? tr("on") : tr("off"),
                                           o.needMonitorAgent ? tr("on") : tr("off"))) +
                (protocol.schedulesTermination()
                     ? row(tr("Destroyed"),
                           (ApiProtocol::terminateAt(o).isValid()
                                ? tr("automatically at %1").arg(Format::moment(ApiProtocol::terminateAt(o)))
                                : tr("only when you destroy them")) +
                               (InstanceSettings::disablesApiTermination(o)
                                    ? tr("; protected from termination through the API")
                                    : QString()))
                     : QString()));
    m_summary->setText(u"<table width='100%'><tr><td valign='top'><table>%1</table></td>"
                       "<td valign='top' style='padding-left:24px'><table>%2</table></td></tr></table>"_s.arg(left, right));
    m_request->setPlainText(requestPreview());
}

QString ReviewPage::requestPreview() const
{
    const PurchaseOrder &o = draft()->order();
    return ApiProtocol::forApi(o.api).requestPreview(o, context()->client()->endpoint().url());
}

void ReviewPage::showPrice(const ApiResult &result, const ApiReplies::Price &price)
{
    m_priceText = priceText(result, price);
    if (isBuilt())
        m_price->setText(m_priceText);
}

QString ReviewPage::priceText(const ApiResult &result, const ApiReplies::Price &price) const
{
    if (!result.ok())
        return tr("The price could not be estimated: %1").arg(result.describe());
    const int count = draft()->order().goodsNum;
    // Hourly and per-GB prices are never summed: traffic is a line of its own, in its own unit.
    if (price.bandwidthPerGb())
        return tr("<b>Estimated price: %1 in all</b> (%2 at %3 each), plus traffic at %4. An estimate: the "
                  "cloud bills what is used.")
            .arg(Format::hourlyPrice(price.hourly()), Format::instances(count),
                 Format::hourlyPrice(price.instancePerHour / count),
                 Format::perGbPrice(price.bandwidthPerHour));
    return tr("<b>Estimated price: %1 in all</b> (%2 at %3 each, bandwidth %4). An estimate: the cloud "
              "bills what is used.")
        .arg(Format::hourlyPrice(price.hourly()), Format::instances(count),
             Format::hourlyPrice(price.instancePerHour / count), Format::hourlyPrice(price.bandwidthPerHour));
}

bool ReviewPage::pageComplete() const
{
    if (m_submitting)
        return false;
    // Nothing is bought while an earlier step needs attention, whatever made it so after it was left (a
    // lookup that answered late): the step list says which.
    const QWizard *w = wizard();
    if (!w)
        return true;
    const QList<int> visited = w->visitedIds();
    return std::none_of(visited.cbegin(), visited.cend(), [&](int id) {
        const auto *page = qobject_cast<const OrderPage *>(w->page(id));
        return page && page != this && !page->isComplete();
    });
}

bool ReviewPage::validatePage()
{
    if (m_submitting)
        return false;
    Q_EMIT purchaseRequested();
    return false; // the main window moves on to the status view once the cloud has the order
}

void ReviewPage::setSubmitting(bool submitting, const QString &progress)
{
    ensureBuilt();
    m_submitting = submitting;
    m_progressBar->setVisible(submitting);
    m_progress->setText(progress);
    Q_EMIT completeChanged();
}
