#include "ConnectionPanel.h"

#include "ApiClient.h"
#include "Catalog.h"
#include "ZoneLookup.h"
#include "ui_ConnectionPanel.h"

#include <QLocale>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {
enum CredentialSource { Sandbox, Environment };

QString masked(const QString &secretId)
{
    // A fixed run of dots: the length of the id is nobody's business either.
    return QString(8, u'•') + secretId.right(4);
}

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}
} // namespace

ConnectionPanel::ConnectionPanel(QNetworkAccessManager *network, const Setup &setup, QWidget *parent)
    : QWidget(parent), m_ui(new Ui::ConnectionPanel), m_network(network), m_setup(setup)
{
    m_ui->setupUi(this);
    if (m_setup.sandboxAccount.isComplete())
        m_ui->credentialsCombo->addItem(tr("Sandbox demo account (nothing is bought)"), Sandbox);
    m_ui->credentialsCombo->addItem(tr("Environment (TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY)"), Environment);
    m_ui->endpointEdit->setText(m_setup.endpoint);
    for (const Catalog::Region &region : Catalog::builtIn().regions())
        m_ui->regionCombo->addItem(u"%1 (%2)"_s.arg(chineseUi() ? region.nameZh : region.nameEn, region.code),
                                   region.code);
    m_ui->regionCombo->setCurrentIndex(std::max(0, m_ui->regionCombo->findData(m_setup.region)));

    connect(m_ui->credentialsCombo, &QComboBox::currentIndexChanged, this, &ConnectionPanel::updateCredentialsDetail);
    connect(m_ui->endpointEdit, &QLineEdit::textChanged, this, &ConnectionPanel::updateEndpointProblem);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionPanel::testConnection);
    updateCredentialsDetail();
    updateEndpointProblem();
}

ConnectionPanel::~ConnectionPanel() = default;

Credentials ConnectionPanel::chosenCredentials() const
{
    return m_ui->credentialsCombo->currentData().toInt() == Sandbox ? m_setup.sandboxAccount
                                                                    : Credentials::fromEnvironment();
}

void ConnectionPanel::updateCredentialsDetail()
{
    const Credentials credentials = chosenCredentials();
    if (credentials.isComplete())
        m_ui->credentialsDetail->setText(tr("SecretId %1").arg(masked(credentials.secretId)));
    else
        m_ui->credentialsDetail->setText(
            tr("Not set: export TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY before starting CVM Purchaser."));
    updateEndpointProblem();
}

void ConnectionPanel::updateEndpointProblem()
{
    Endpoint endpoint;
    QString problem;
    const bool valid = Endpoint::fromUrl(m_ui->endpointEdit->text().trimmed(), &endpoint, &problem);
    m_ui->endpointProblem->setText(problem);
    m_ui->endpointProblem->setVisible(!valid);
    m_ui->testButton->setEnabled(valid && chosenCredentials().isComplete());
}

void ConnectionPanel::testConnection()
{
    Endpoint endpoint;
    QString problem;
    if (!Endpoint::fromUrl(m_ui->endpointEdit->text().trimmed(), &endpoint, &problem))
        return;
    delete m_client; // also ends its lookup and any call in flight
    m_client = new ApiClient(m_network, endpoint, chosenCredentials(), this);
    m_lookup = new ZoneLookup(m_client, m_client);
    connect(m_lookup, &ZoneLookup::finished, this, [this](const ApiResult &result, const QList<ApiReplies::Zone> &zones) {
        m_ui->testButton->setEnabled(true);
        m_ui->zoneList->clear();
        if (!result.ok()) {
            showResult(false, result.describe());
            return;
        }
        for (const ApiReplies::Zone &zone : zones)
            m_ui->zoneList->addItem(u"%1  %2"_s.arg(zone.zoneId).arg(zone.zoneName));
        showResult(true, tr("Connected: the credentials work. Zones in this region: %1.").arg(zones.size()));
    });
    m_ui->testButton->setEnabled(false);
    m_ui->zoneList->clear();
    m_ui->resultIcon->clear();
    m_ui->resultLabel->setText(tr("Connecting to %1…").arg(endpoint.url().host()));
    m_lookup->start(m_ui->regionCombo->currentData().toString());
}

void ConnectionPanel::showResult(bool success, const QString &text)
{
    // An icon and words: never colour alone.
    const QIcon icon = style()->standardIcon(success ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->resultIcon->setPixmap(icon.pixmap(size, size));
    m_ui->resultLabel->setText(text);
}
