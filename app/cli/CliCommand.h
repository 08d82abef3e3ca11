#pragma once

#include "api/ApiClient.h"
#include "api/Endpoint.h"
#include "secrets/Credentials.h"

#include <QObject>
#include <QString>

#include <functional>

class CliReporter;
class CredentialStore;
class PurchaseJournal;
class KeychainSecretStore;
class QNetworkAccessManager;

// One asynchronous cvm-purchaser-cli command. Cli starts it from the event
// loop and leaves the loop with the status it finishes with.
class CliCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommand)

public:
    explicit CliCommand(CliReporter &reporter, QObject *parent = nullptr);
    ~CliCommand() override;

    virtual void start() = 0;
    // CONTRACTS.md's exit statuses for a failed call: 3 when the API refused
    // (it answered with an error code), 6 when no usable answer came back.
    static int exitStatusFor(const ApiResult &result);

Q_SIGNALS:
    // Exactly once, from the event loop.
    void finished(int exitStatus);

protected:
    void finish(int exitStatus);

    // The OS keychain, created on first use (a command that needs none never touches D-Bus).
    KeychainSecretStore *keychain();
    CredentialStore *credentialStore();

    // CONTRACTS.md's order: the environment, then --profile NAME, then profile "default".
    // On failure the problem and its fix are reported and the command finishes with 2.
    void resolveCredentials(const QString &profileFlag, std::function<void(const Credentials &)> then);

    // An API client for the endpoint with the credentials, whose secrets the reporter masks from now on.
    ApiClient *createClient(const Endpoint &endpoint, const Credentials &credentials);
    // The command's one network access manager, created on first use.
    QNetworkAccessManager *network();

    // For a history that is damaged or has lost purchases: asks the regions, through a client of an API with
    // tags (3.0), for the instances the program bought that the history does not list, reports each
    // purchase's as an "untracked" event with the command that follows them, then finishes with exitStatus.
    // Finishes at once where the client's API has no tags.
    void reportUntrackedThenFinish(ApiClient *client, const PurchaseJournal *journal,
                                   const QStringList &regions, int exitStatus);

    CliReporter &m_reporter;
    // The command's result is what standard output carries (list): where the credentials come from is said
    // on standard error.
    bool m_resultOnStandardOutput = false;

private:
    QNetworkAccessManager *m_network = nullptr;
    KeychainSecretStore *m_keychain = nullptr;
    CredentialStore *m_credentialStore = nullptr;
    bool m_finished = false;
};
