// The application process the kill-and-restart test starts and kills: the
// real MainWindow, wizard and PurchaseSubmission on the journal under
// $XDG_DATA_HOME, credentials from the environment, as cvm-purchaser runs with
// --endpoint. It opens the template, walks the wizard, presses Purchase and
// then waits, as a user would, until the test kills it.
//   --endpoint URL --template PATH --secrets PATH
#include "MainWindow.h"
#include "api/Endpoint.h"
#include "purchase/PurchaseJournal.h"
#include "purchase/PurchaseTestSupport.h"
#include "statusgui/StatusGuiSupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"cvm-purchaser"_s);
    QCommandLineParser parser;
    const QCommandLineOption endpointOption(u"endpoint"_s, u"endpoint"_s, u"url"_s);
    const QCommandLineOption templateOption(u"template"_s, u"order template"_s, u"path"_s);
    const QCommandLineOption secretsOption(u"secrets"_s, u"secrets file"_s, u"path"_s);
    parser.addOptions({endpointOption, templateOption, secretsOption});
    parser.process(app);

    WizardContext::Setup setup;
    QString error;
    if (!Endpoint::fromUrl(parser.value(endpointOption), &setup.endpoint, &error, PurchaseOrder::Api::V2)) {
        say("error " + error.toUtf8());
        return 2;
    }
    PurchaseJournal journal(PurchaseJournal::defaultPath());
    PurchaseTest::FileSecretStore secrets(parser.value(secretsOption));
    QNetworkAccessManager network;
    MainWindow window(&network, setup, &journal, &secrets);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        say("error window not exposed");
        return 1;
    }
    QObject::connect(&journal, &PurchaseJournal::entryChanged, &app,
                     [](const QString &entryId) { say("journaled " + entryId.toLatin1()); });
    if (!window.openTemplate(parser.value(templateOption))) {
        say("error template refused");
        return 1;
    }
    QString problem = StatusGui::walkToReview(&window, StatusGui::password());
    if (problem.isEmpty())
        problem = StatusGui::pressPurchase(&window);
    if (!problem.isEmpty()) {
        say("error " + problem.toUtf8());
        return 1;
    }
    say("purchase pressed");
    return app.exec();
}
