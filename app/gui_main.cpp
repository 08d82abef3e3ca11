#include "Endpoint.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "PurchaseJournal.h"
#include "SandboxServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"cvm-purchaser"_s);
    QApplication::setApplicationDisplayName(u"CVM Purchaser"_s);
    QApplication::setApplicationVersion(QStringLiteral(CVM_PURCHASER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Buy pay-as-you-go Tencent Cloud CVM instances."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        u"sandbox"_s, QApplication::translate("main", "Use the built-in simulated cloud: nothing is bought."));
    const QCommandLineOption endpointOption(u"endpoint"_s, QApplication::translate("main", "API endpoint URL."),
                                            u"URL"_s);
    const QCommandLineOption templateOption(
        u"template"_s, QApplication::translate("main", "Open the wizard filled from an order template."), u"FILE"_s);
    parser.addOptions({sandboxOption, endpointOption, templateOption});
    parser.process(app);

    WizardContext::Setup setup;
    std::unique_ptr<SandboxServer> sandbox;
    if (parser.isSet(sandboxOption)) {
        sandbox = std::make_unique<SandboxServer>(SandboxServer::Options{});
        if (sandbox->listen() == 0) {
            QTextStream(stderr) << "cvm-purchaser: the built-in sandbox cannot listen on 127.0.0.1.\n";
            return 1;
        }
        QString error;
        Endpoint::fromUrl(sandbox->endpointUrl().toString(), &setup.endpoint, &error);
        setup.sandboxAccount = {QString::fromLatin1(SandboxServer::kDemoSecretId),
                                QString::fromLatin1(SandboxServer::kDemoSecretKey), {}};
    } else {
        QString error;
        if (!Endpoint::resolve(parser.value(endpointOption), &setup.endpoint, &error)) {
            QTextStream(stderr) << "cvm-purchaser: " << error << '\n';
            return 2;
        }
    }

    // A sandbox run keeps its journal for that run only: its cloud vanishes when the application closes.
    QTemporaryDir sandboxData;
    PurchaseJournal journal(sandbox ? sandboxData.filePath(u"journal.jsonl"_s) : PurchaseJournal::defaultPath());
    MemorySecretStore secrets;
    QNetworkAccessManager network;
    MainWindow window(&network, setup, &journal, &secrets);
    if (parser.isSet(templateOption) && !window.openTemplate(parser.value(templateOption)))
        return 1;
    window.show();
    return app.exec();
}
