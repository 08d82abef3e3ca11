#include "AppLanguage.h"
#include "Cli.h"

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
    Cli cli(out, err);
    return cli.run(QCoreApplication::arguments().mid(1));
}
