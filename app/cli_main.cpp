#include "AppLanguage.h"
#include "cli/Cli.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/NetworkSettings.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cvm-purchaser-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CVM_PURCHASER_VERSION));
    // The same language as the desktop application: the system locale, or the "language" setting.
    AppLanguage::installFromSettings(&app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    // The proxy of the desktop application's Preferences; by default the system's (http_proxy, https_proxy,
    // no_proxy), as the GUI does. A proxy password is read from the keychain before any command runs.
    const NetworkSettings::Proxy proxy = NetworkSettings::load();
    if (NetworkSettings::needsPassword(proxy)) {
        KeychainSecretStore keychain;
        NetworkSettings::applyFromSettings(&keychain, [&err](const QString &problem) {
            if (!problem.isEmpty())
                err << "cvm-purchaser-cli: " << problem << '\n';
            err.flush();
            QCoreApplication::quit();
        });
        QCoreApplication::exec(); // until the keychain answers; the command runs the loop again afterwards
    } else {
        NetworkSettings::applyToApplication(proxy);
    }
    Cli cli(out, err);
    return cli.run(QCoreApplication::arguments().mid(1));
}
