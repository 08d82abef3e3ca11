// A client process for the kill tests: submits one purchase through the real
// PurchaseSubmission and dies where it is told to, as a crash or a kill would.
//   --journal PATH --secrets PATH --endpoint URL [--password PW] [--goods N]
//   --exit-before-send   journal the order, then _Exit before the request leaves
//   (otherwise)          send and wait; the test kills this process
#include "api/ApiClient.h"
#include "purchase/PurchaseJournal.h"
#include "purchase/PurchaseSubmission.h"
#include "purchase/PurchaseTestSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
void say(const QByteArray &line)
{
    // _Exit skips stdio's buffers: write and flush by hand.
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption journalOption(u"journal"_s, u"journal file"_s, u"path"_s);
    const QCommandLineOption secretsOption(u"secrets"_s, u"secrets file"_s, u"path"_s);
    const QCommandLineOption endpointOption(u"endpoint"_s, u"endpoint"_s, u"url"_s);
    const QCommandLineOption passwordOption(u"password"_s, u"instance password"_s, u"password"_s);
    const QCommandLineOption goodsOption(u"goods"_s, u"instances"_s, u"n"_s, u"1"_s);
    const QCommandLineOption exitOption(u"exit-before-send"_s, u"die between journal and request"_s);
    parser.addOptions(
        {journalOption, secretsOption, endpointOption, passwordOption, goodsOption, exitOption});
    parser.process(app);

    QNetworkAccessManager network;
    ApiClient client(&network, PurchaseTest::endpointFor(QUrl(parser.value(endpointOption))),
                     PurchaseTest::demoCredentials());
    PurchaseJournal journal(parser.value(journalOption));
    PurchaseTest::FileSecretStore secrets(parser.value(secretsOption));
    PurchaseSubmission submission(&client, &journal, &secrets);

    const bool exitBeforeSend = parser.isSet(exitOption);
    // Direct connection: this runs inside the submission, before it sends.
    QObject::connect(&submission, &PurchaseSubmission::journaled, &app,
                     [exitBeforeSend](const QString &entryId, const QString &token) {
                         say("journaled " + entryId.toLatin1() + ' ' + token.toLatin1());
                         if (exitBeforeSend)
                             std::_Exit(42);
                     });
    QObject::connect(&submission, &PurchaseSubmission::submitted, &app, [](const QStringList &ids) {
        say("submitted " + ids.join(u',').toLatin1());
        QCoreApplication::exit(0);
    });
    QObject::connect(&submission, &PurchaseSubmission::failed, &app, [](const ApiResult &result) {
        say("failed " + result.errorName().toUtf8());
        QCoreApplication::exit(3);
    });
    QObject::connect(&submission, &PurchaseSubmission::notSent, &app, [](const QString &reason) {
        say("notSent " + reason.toUtf8());
        QCoreApplication::exit(4);
    });
    QObject::connect(&submission, &PurchaseSubmission::orderInvalid, &app, [](const QList<FieldProblem> &) {
        say("invalid");
        QCoreApplication::exit(1);
    });

    PurchaseOrder order = PurchaseTest::validOrder();
    order.goodsNum = parser.value(goodsOption).toInt();
    order.password = parser.value(passwordOption);
    submission.submit(order);
    return app.exec();
}
