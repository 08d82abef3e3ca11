#pragma once

#include "api/Endpoint.h"
#include "order/OrderDraft.h"
#include "protocol/ApiProtocol.h"
#include "secrets/Credentials.h"

#include <QHash>
#include <QMap>
#include <QObject>

class ApiClient;
class CloudQueries;
class CredentialStore;
class QNetworkAccessManager;
class QSettings;

// What the wizard's pages share: the order being made and the connection
// lookups go through. Pages never talk to the network themselves; they ask
// CloudQueries and show its answers.
class WizardContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardContext)

public:
    struct Setup
    {
        // Where calls go, as given (--endpoint, the sandbox's address of an API); the Account page's choice of
        // API decides what is spoken there (Endpoint::withApi). Tencent Cloud unless set.
        Endpoint endpoint{ApiProtocol::assumed().api()};
        Credentials sandboxAccount; // complete when running on the built-in sandbox
        // The built-in sandbox's address (http://127.0.0.1:PORT/), which serves every API at the path of its
        // own endpoint; empty when not on the sandbox.
        QUrl sandbox;
        CredentialStore *credentialStore = nullptr; // keychain profiles; may be null (tests)
        QString profile;                             // --profile
        // Where choices are remembered between runs (window geometry, last template, last region and
        // zone); null remembers nothing. Never used on the sandbox, which touches no settings.
        QSettings *settings = nullptr;
        bool isSandbox() const { return sandboxAccount.isComplete(); }
    };

    WizardContext(QNetworkAccessManager *network, const Setup &setup, QObject *parent = nullptr);

    // What a new order in this window starts from: the window's API's wizardOrder(), in the region and zone
    // of the last order sent in that API, when they are remembered.
    PurchaseOrder startingOrder() const;
    // The API new orders are written for (the Account page's choice: the profile's API, or on the sandbox
    // the user's). Changing it starts a new order of that API: the two APIs' orders do not convert.
    PurchaseOrder::Api api() const { return m_api; }
    void setApi(PurchaseOrder::Api api);
    // An order was sent there: new orders start there from now on, and in later runs when settings are kept.
    void rememberLocation(const PurchaseOrder &order);
    // Tag keys of earlier orders, most recent first, offered when a tag key is typed (keys only, never
    // values).
    QStringList recentTagKeys() const { return m_recentTagKeys; }
    void addRecentTagKeys(const QStringList &keys);
    // The settings to remember choices in, or null (none given, or the sandbox).
    QSettings *settings() const;

    OrderDraft *draft() { return &m_draft; }
    const Setup &setup() const { return m_setup; }
    ApiClient *client() const { return m_client; }
    QNetworkAccessManager *network() const { return m_network; }
    CloudQueries *queries() const { return m_queries; }

    // The Account page's choice; lookups made after this use it. Calls go to the endpoint in the API of
    // the order being edited (an opened template may be written for another API than the profile's).
    void setConnection(const Endpoint &endpoint, const Credentials &credentials);
    bool hasCredentials() const;
    // An image by the name the cloud lists it under (escaped), or by its id when no lookup named it.
    QString imageName(const QString &imageId) const;
    // A VPC's, subnet's or security group's name as the cloud listed it (escaped), or empty when no lookup
    // named it; the same for a project by its id.
    QString resourceName(const QString &id) const;
    QString projectName(qint64 projectId) const;
    // The endpoint an API is spoken at: on the sandbox that API's own address, elsewhere the chosen one in
    // that API. Lookups of the order go to endpointFor(the order's API); the Credentials dialog tests a
    // profile at endpointFor(the profile's API).
    Endpoint endpointFor(PurchaseOrder::Api api) const;
    // Where the built-in sandbox serves an API, and whether a URL is one of those.
    QUrl sandboxUrl(PurchaseOrder::Api api) const;
    bool isSandboxUrl(const QUrl &url) const;

Q_SIGNALS:
    // Endpoint or credentials changed: lists loaded from the old connection are stale.
    void connectionChanged();

private:
    void followOrderApi();

    Setup m_setup;
    Endpoint m_endpoint; // as chosen on the Account page
    PurchaseOrder::Api m_api = ApiProtocol::assumed().api();
    QNetworkAccessManager *m_network;
    OrderDraft m_draft;
    ApiClient *m_client;
    CloudQueries *m_queries;
    // Where the last order of each API went, in this run: API 2.0 codes ("sh", 200002), API 3.0 names
    // ("ap-shanghai", "ap-shanghai-2").
    struct Location
    {
        QString region;
        QString zone;
    };
    Location lastLocation(PurchaseOrder::Api api) const;
    QMap<int, Location> m_lastLocations; // by API
    QHash<QString, QString> m_imageNames; // image id → name, from this connection's lookups
    QHash<QString, QString> m_resourceNames; // VPC, subnet and security group id → name, the same way
    QHash<qint64, QString> m_projectNames;
    QStringList m_recentTagKeys; // tag keys of orders sent, newest first
};
