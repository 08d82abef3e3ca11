#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <memory>

// What cvm-purchaser --sandbox needs from the simulated endpoint. The sandbox
// (SandboxServer on QHttpServer) lives in a module of its own,
// cvm-purchaser-sandbox.so, loaded only when --sandbox is given: a normal
// start loads neither QtHttpServer nor QtWebSockets.
class SandboxPlugin
{
public:
    struct Started
    {
        std::unique_ptr<QObject> server; // null when it cannot listen on 127.0.0.1
        QUrl endpoint;   // API 2.0
        QUrl endpointV3; // API 3.0
        QString secretId; // the published demo account: it opens nothing but the sandbox
        QString secretKey;
    };

    virtual ~SandboxPlugin() = default;
    // Starts the simulated endpoint on 127.0.0.1, on a free port.
    virtual Started start() = 0;
};

#define CvmSandboxPlugin_iid "io.github.cvmpurchaser.SandboxPlugin/1"
Q_DECLARE_INTERFACE(SandboxPlugin, CvmSandboxPlugin_iid)
