#include "wizard/AccountPage.h"

#include "api/ApiClient.h"
#include "api/CloudQueries.h"
#include "api/Endpoint.h"
#include "credentials/CredentialsDialog.h"
#include "order/OrderDraft.h"
#include "protocol/ApiProtocol.h"
#include "protocol/ProfileApi.h"
#include "secrets/CredentialStore.h"
#include "secrets/Redaction.h"
#include "wizard/ProblemLabel.h"
#include "wizard/WizardContext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {
// Item data: the source kind, and for profiles the profile's name.
enum CredentialSource { Sandbox, Environment, Profile };
constexpr int kNameRole = Qt::UserRole + 1;
} // namespace

AccountPage::AccountPage(WizardContext *context, QWidget *parent) : OrderPage(context, {}, parent)
{
    setTitle(tr("Account"));
    setSubTitle(tr("Choose the credentials and the endpoint the purchase goes to."));
    ensureBuilt();
}

void AccountPage::build()
{
    WizardContext *context = this->context();
    m_credentials = new QComboBox(this);
    m_manage = new QPushButton(tr("&Manage credentials…"), this);
    m_credentialsDetail = new QLabel(this);
    m_api = new QComboBox(this);
    m_api->setObjectName(u"api"_s);
    // Every registered API, today's first.
    const QList<const ApiProtocol *> &protocols = ApiProtocol::all();
    for (auto it = protocols.crbegin(); it != protocols.crend(); ++it)
        m_api->addItem((*it)->displayName(), int((*it)->api()));
    m_endpoint = new QLineEdit(this);
    m_endpointProblem = new ProblemLabel(this);
    m_test = new QPushButton(tr("&Test connection"), this);
    m_testResult = new QLabel(this);
    m_queries = new CloudQueries(context->client(), this);
    m_credentials->setObjectName(u"credentials"_s);
    m_manage->setObjectName(u"manageCredentials"_s);
    m_credentialsDetail->setObjectName(u"credentialsDetail"_s);
    m_credentialsDetail->setWordWrap(true); // an API 3.0 profile gets a whole sentence here
    m_endpoint->setObjectName(u"endpoint"_s);
    m_test->setObjectName(u"testConnection"_s);
    m_testResult->setObjectName(u"testResult"_s);
    m_endpointProblem->setObjectName(u"endpointProblem"_s);
    m_endpointProblem->setField(m_endpoint);

    m_endpoint->setText(context->setup().endpoint.url().toString());
    m_endpoint->setClearButtonEnabled(true);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->hide();
    m_manage->setEnabled(context->setup().credentialStore != nullptr);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // The box and its button in a layout, not a widget of their own: a screen reader finds the label of a
    // control among its siblings, so the box stays a sibling of its label.
    auto *sourceLayout = new QHBoxLayout;
    sourceLayout->addWidget(m_credentials, 1);
    sourceLayout->addWidget(m_manage);
    auto *label = new QLabel(tr("&Credentials:"), this);
    label->setBuddy(m_credentials);
    form->addRow(label, sourceLayout);
    m_credentials->setAccessibleName(tr("Credentials"));
    form->addRow(QString(), m_credentialsDetail);
    addRow(form, tr("&API:"), m_api, {});
    addRow(form, tr("&Endpoint:"), m_endpoint, {});
    form->addRow(QString(), m_endpointProblem);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    form->addRow(QString(), testRow);

    connect(m_credentials, &QComboBox::currentIndexChanged, this, &AccountPage::sourceChosen);
    connect(m_api, &QComboBox::currentIndexChanged, this, &AccountPage::apiChosen);
    connect(context->draft(), &OrderDraft::changed, this, &AccountPage::showOrderApi);
    connect(m_endpoint, &QLineEdit::textChanged, this, &AccountPage::applyConnection);
    connect(m_test, &QPushButton::clicked, this, &AccountPage::testConnection);
    connect(m_manage, &QPushButton::clicked, this, &AccountPage::manageCredentials);
    connect(m_queries, &CloudQueries::zonesReady, this, [this](const ApiResult &result, const auto &zones) {
        m_test->setEnabled(m_valid);
        m_testResult->show();
        m_testResult->setText(result.ok()
                                  ? tr("✔ Connected: the credentials work. Zones in this region: %1.").arg(zones.size())
                                  : tr("✘ %1").arg(result.describe()));
    });

    // CONTRACTS.md's order: the environment, then --profile, then "default".
    const WizardContext::Setup &setup = context->setup();
    QString select;
    if (setup.isSandbox())
        select = u"sandbox"_s;
    else if (Credentials::fromEnvironment().isComplete())
        select = u"environment"_s;
    else if (!setup.profile.isEmpty())
        select = setup.profile;
    else
        select = QString::fromLatin1(CredentialStore::kDefaultProfile);
    fillSources(select);
}

void AccountPage::fillSources(const QString &select)
{
    const QSignalBlocker blocker(m_credentials);
    m_credentials->clear();
    if (context()->setup().isSandbox())
        m_credentials->addItem(tr("Sandbox demo account (nothing is bought)"), Sandbox);
    m_credentials->addItem(tr("Environment (TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY)"), Environment);
    if (CredentialStore *store = context()->setup().credentialStore) {
        for (const CredentialStore::Profile &profile : store->profiles()) {
            // Which API the profile speaks (ProfileApi): shown, so that a 3.0 profile is not mistaken for a 2.0 one.
            const PurchaseOrder::Api api = ProfileApi::read(profile.name);
            m_credentials->addItem(api == ApiProtocol::assumed().api()
                                       ? tr("Profile %1").arg(profile.name)
                                       : tr("Profile %1 (API %2)").arg(profile.name, PurchaseOrder::apiName(api)),
                                   Profile);
            m_credentials->setItemData(m_credentials->count() - 1, profile.name, kNameRole);
        }
    }
    int index = m_credentials->findData(select, kNameRole);
    if (select == "sandbox"_L1)
        index = m_credentials->findData(Sandbox);
    if (index < 0)
        index = m_credentials->findData(Environment);
    m_credentials->setCurrentIndex(index);
    sourceChosen();
}

PurchaseOrder::Api AccountPage::sourceApi() const
{
    switch (m_credentials->currentData().toInt()) {
    case Sandbox:
        return context()->api(); // the API box's choice
    case Environment: {
        PurchaseOrder::Api api = ApiProtocol::assumed().api();
        QString unused;
        return Endpoint::apiFromEnvironment(&api, &unused) ? api : ApiProtocol::assumed().api();
    }
    default:
        return ProfileApi::read(m_credentials->currentData(kNameRole).toString());
    }
}

void AccountPage::apiChosen()
{
    // An explicit choice: a new order in that API, even over an opened template of the other.
    context()->setApi(PurchaseOrder::Api(m_api->currentData().toInt()));
    showOrderApi();
    applyConnection();
}

void AccountPage::showOrderApi()
{
    const PurchaseOrder::Api api = draft()->order().api;
    {
        const QSignalBlocker blocker(m_api);
        m_api->setCurrentIndex(std::max(0, m_api->findData(int(api))));
    }
    const bool sandbox = m_credentials->currentData().toInt() == Sandbox;
    m_api->setEnabled(sandbox);
    m_api->setToolTip(sandbox ? tr("The sandbox serves both APIs.")
                              : tr("A profile's API is set with: cvm-purchaser-cli credentials set --api 3.0"));
    // The endpoint field shows where the calls go: a default (or the sandbox's own address) follows the API.
    const WizardContext::Setup &setup = context()->setup();
    auto natural = [&](PurchaseOrder::Api of) {
        return (setup.isSandbox() && !setup.sandbox.isEmpty() ? context()->sandboxUrl(of) : Endpoint::forApi(of).url())
            .toString();
    };
    const QString text = m_endpoint->text().trimmed();
    const QString wanted = natural(api);
    const QList<const ApiProtocol *> &protocols = ApiProtocol::all();
    const bool isNatural = std::any_of(protocols.cbegin(), protocols.cend(),
                                       [&](const ApiProtocol *p) { return text == natural(p->api()); });
    if (isNatural && text != wanted)
        m_endpoint->setText(wanted); // applyConnection() follows
}

void AccountPage::sourceChosen()
{
    m_chosen = {};
    // The source's API becomes the window's when it differs; an opened template keeps its own otherwise.
    if (sourceApi() != context()->api())
        context()->setApi(sourceApi());
    showOrderApi();
    const int source = m_credentials->currentData().toInt();
    if (source == Sandbox) {
        m_chosen = context()->setup().sandboxAccount;
    } else if (source == Environment) {
        m_chosen = Credentials::fromEnvironment();
        if (!m_chosen.isComplete())
            m_credentialsDetail->setText(tr("Not set: export TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY "
                                            "before starting CVM Purchaser, or add a profile."));
    } else if (CredentialStore *store = context()->setup().credentialStore) {
        const QString name = m_credentials->currentData(kNameRole).toString();
        m_credentialsDetail->setText(tr("Reading the key of profile %1 from the keychain…").arg(name));
        QPointer<AccountPage> self(this);
        store->load(name, [self, name](CredentialStore::Error error, const Credentials &credentials,
                                       const QString &message) {
            if (!self || self->m_credentials->currentData(kNameRole).toString() != name)
                return; // another source was chosen meanwhile
            if (error != CredentialStore::Error::None) {
                self->m_credentialsDetail->setText(message);
                return;
            }
            self->m_chosen = credentials;
            self->applyConnection();
        });
    }
    applyConnection();
}

void AccountPage::applyConnection()
{
    // A profile stored for another API than the one assumed says so.
    const bool profileOfItsOwnApi = m_credentials->currentData().toInt() == Profile &&
                                    ProfileApi::read(m_credentials->currentData(kNameRole).toString()) !=
                                        ApiProtocol::assumed().api();
    const PurchaseOrder::Api orderApi = draft()->order().api;
    if (m_chosen.isComplete()) {
        const QString secretId = Redaction::maskSecretId(m_chosen.secretId);
        if (orderApi != sourceApi())
            m_credentialsDetail->setText(tr("SecretId %1. The order is written for API %2, so it is sent through "
                                            "API %2 with these keys.")
                                             .arg(secretId, PurchaseOrder::apiName(orderApi)));
        else if (profileOfItsOwnApi)
            m_credentialsDetail->setText(tr("SecretId %1. This profile buys through API %2.")
                                             .arg(secretId, PurchaseOrder::apiName(orderApi)));
        else
            m_credentialsDetail->setText(tr("SecretId %1").arg(secretId));
    }

    // The field shows the endpoint of the order's API (showOrderApi).
    Endpoint endpoint(orderApi);
    QString problem;
    const bool endpointOk = Endpoint::fromUrl(m_endpoint->text().trimmed(), &endpoint, &problem, orderApi);
    m_endpointProblem->setProblems(
        endpointOk ? QList<FieldProblem>{} : QList<FieldProblem>{{u"endpoint"_s, u"url"_s, problem}});
    m_valid = endpointOk && m_chosen.isComplete();
    if (endpointOk)
        context()->setConnection(endpoint, m_chosen);
    m_test->setEnabled(m_valid);
    m_testResult->clear();
    m_testResult->hide(); // no empty line to land on until a test says something
    Q_EMIT completeChanged();
}

void AccountPage::testConnection()
{
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1…").arg(context()->client()->endpoint().url().host()));
    m_testResult->show();
    m_queries->queryZones(draft()->order().region);
}

void AccountPage::manageCredentials()
{
    CredentialStore *store = context()->setup().credentialStore;
    if (!store)
        return;
    WizardContext *context = this->context();
    CredentialsDialog dialog(
        store, context->network(), [context](PurchaseOrder::Api api) { return context->endpointFor(api); },
        this);
    dialog.exec();
    // A profile chosen in the dialog becomes the page's choice.
    const QString chosen = dialog.selectedProfile();
    fillSources(chosen.isEmpty() ? m_credentials->currentData(kNameRole).toString() : chosen);
}

bool AccountPage::pageComplete() const
{
    return m_valid;
}
