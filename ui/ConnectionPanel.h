#pragma once

#include "Credentials.h"

#include <QScopedPointer>
#include <QWidget>

class QNetworkAccessManager;
class ApiClient;
class ZoneLookup;
namespace Ui {
class ConnectionPanel;
}

// Which credentials and endpoint to use, and a real DescribeAvailabilityZones
// call that shows whether they work: the zones on success, the reason otherwise.
class ConnectionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPanel)

public:
    struct Setup
    {
        QString endpoint;           // as resolved from --endpoint / environment / default
        Credentials sandboxAccount; // set when running on the built-in sandbox
        QString region = QStringLiteral("gz");
    };

    ConnectionPanel(QNetworkAccessManager *network, const Setup &setup, QWidget *parent = nullptr);
    ~ConnectionPanel() override;

    void testConnection();

private:
    void updateCredentialsDetail();
    void updateEndpointProblem();
    Credentials chosenCredentials() const;
    void showResult(bool success, const QString &text);

    const QScopedPointer<Ui::ConnectionPanel> m_ui;
    QNetworkAccessManager *m_network;
    Setup m_setup;
    ApiClient *m_client = nullptr;
    ZoneLookup *m_lookup = nullptr;
};
