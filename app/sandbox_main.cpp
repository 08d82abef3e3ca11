#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"cvm-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CVM_PURCHASER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A simulated Tencent Cloud on 127.0.0.1: API 2.0 at /v2/index.php, API 3.0 at /. It checks signatures, "
        "timestamps and nonces (3.0: signatures and timestamps), "
        "validates orders, keeps clientToken idempotency and moves instances from creating to running. Nothing is "
        "bought. Prints \"listening PORT\" on its first line of standard output."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on (0, the default, picks a free one)."_s,
                                        u"N"_s, u"0"_s);
    const QCommandLineOption idOption(u"secret-id"_s, u"SecretId the sandbox accepts (default: the demo account)."_s,
                                      u"ID"_s, QString::fromLatin1(SandboxServer::kDemoSecretId));
    const QCommandLineOption keyOption(u"secret-key"_s,
                                       u"SecretKey the sandbox checks signatures with (default: the demo account)."_s,
                                       u"KEY"_s, QString::fromLatin1(SandboxServer::kDemoSecretKey));
    const QCommandLineOption runningOption(
        u"running-after"_s, u"Times an instance is described as creating before it runs (default 2)."_s, u"N"_s,
        u"2"_s);
    const QCommandLineOption faultsOption(
        u"faults"_s,
        u"Comma-separated faults to inject, each striking the first matching request only (slow-run and fail-one "
        "every time): "_s + SandboxServer::faultNames().join(u", "),
        u"LIST"_s);
    parser.addOptions({portOption, idOption, keyOption, runningOption, faultsOption});
    parser.process(app);

    auto fail = [](const QString &message) {
        QTextStream(stderr) << "cvm-sandbox: " << message << '\n';
        return 2;
    };
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(u"--port: give a number from 0 to 65535."_s);
    bool runningOk = false;
    const int runningAfter = parser.value(runningOption).toInt(&runningOk);
    if (!runningOk || runningAfter < 1)
        return fail(u"--running-after: give a number of 1 or more."_s);
    if (!parser.positionalArguments().isEmpty())
        return fail(u"unexpected argument \"%1\"; see --help."_s.arg(parser.positionalArguments().first()));

    SandboxServer::Options options;
    QString faultError;
    if (!SandboxServer::parseFaults(parser.value(faultsOption), &options.faults, &faultError))
        return fail(u"--faults: "_s + faultError);
    options.secretId = parser.value(idOption);
    options.secretKey = parser.value(keyOption);
    options.runningAfter = runningAfter;
    SandboxServer server(options);
    const quint16 listening = server.listen(quint16(port));
    if (listening == 0)
        return fail(u"cannot listen on 127.0.0.1:%1 (is the port in use?)."_s.arg(port));

    std::printf("listening %u\n", unsigned(listening));
    std::fflush(stdout);
    return app.exec();
}
