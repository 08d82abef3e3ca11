#include "AccountPage.h"

#include "ApiClient.h"
#include "CloudQueries.h"
#include "OrderDraft.h"
#include "ProblemLabel.h"
#include "WizardContext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {
enum CredentialSource { Sandbox, Environment };

QString masked(const QString &secretId)
{
    return QString(8, u'•') + secretId.right(4);
}
} // namespace

AccountPage::AccountPage(WizardContext *context, QWidget *parent)
    : OrderPage(context, parent), m_credentials(new QComboBox(this)), m_credentialsDetail(new QLabel(this)),
      m_endpoint(new QLineEdit(this)), m_endpointProblem(new ProblemLabel(this)),
      m_test(new QPushButton(tr("&Test connection"), this)), m_testResult(new QLabel(this)),
      m_queries(new CloudQueries(context->client(), this))
{
    setTitle(tr("Account"));
    setSubTitle(tr("Choose the credentials and the endpoint the purchase goes to."));
    m_credentials->setObjectName(u"credentials"_s);
    m_endpoint->setObjectName(u"endpoint"_s);
    m_test->setObjectName(u"testConnection"_s);
    m_testResult->setObjectName(u"testResult"_s);
    m_endpointProblem->setObjectName(u"endpointProblem"_s);

    if (context->setup().isSandbox())
        m_credentials->addItem(tr("Sandbox demo account (nothing is bought)"), Sandbox);
    m_credentials->addItem(tr("Environment (TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY)"), Environment);
    m_endpoint->setText(context->setup().endpoint.url().toString());
    m_endpoint->setClearButtonEnabled(true);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, tr("&Credentials:"), m_credentials, {});
    form->addRow(QString(), m_credentialsDetail);
    addRow(form, tr("&Endpoint:"), m_endpoint, {});
    form->addRow(QString(), m_endpointProblem);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    form->addRow(QString(), testRow);

    connect(m_credentials, &QComboBox::currentIndexChanged, this, &AccountPage::applyConnection);
    connect(m_endpoint, &QLineEdit::textChanged, this, &AccountPage::applyConnection);
    connect(m_test, &QPushButton::clicked, this, &AccountPage::testConnection);
    connect(m_queries, &CloudQueries::zonesReady, this, [this](const ApiResult &result, const auto &zones) {
        m_test->setEnabled(m_valid);
        m_testResult->setText(result.ok()
                                  ? tr("✔ Connected: the credentials work. Zones in this region: %1.").arg(zones.size())
                                  : tr("✘ %1").arg(result.describe()));
    });
    applyConnection();
}

void AccountPage::applyConnection()
{
    const bool sandbox = m_credentials->currentData().toInt() == Sandbox;
    const Credentials credentials = sandbox ? context()->setup().sandboxAccount : Credentials::fromEnvironment();
    if (credentials.isComplete())
        m_credentialsDetail->setText(tr("SecretId %1").arg(masked(credentials.secretId)));
    else
        m_credentialsDetail->setText(tr("Not set: export TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY before "
                                        "starting CVM Purchaser."));

    Endpoint endpoint;
    QString problem;
    const bool endpointOk = Endpoint::fromUrl(m_endpoint->text().trimmed(), &endpoint, &problem);
    m_endpointProblem->setProblems(
        endpointOk ? QList<FieldProblem>{} : QList<FieldProblem>{{u"endpoint"_s, u"url"_s, problem}});
    m_valid = endpointOk && credentials.isComplete();
    if (endpointOk)
        context()->setConnection(endpoint, credentials);
    m_test->setEnabled(m_valid);
    m_testResult->clear();
    Q_EMIT completeChanged();
}

void AccountPage::testConnection()
{
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1…").arg(context()->client()->endpoint().url().host()));
    m_queries->queryZones(draft()->order().region);
}

bool AccountPage::pageComplete() const
{
    return m_valid;
}
