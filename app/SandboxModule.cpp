// cvm-purchaser-sandbox.so: the in-process sandbox as a Qt plugin (SandboxPlugin.h).
#include "SandboxPlugin.h"
#include "sandbox/SandboxServer.h"

class SandboxModule final : public QObject, public SandboxPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CvmSandboxPlugin_iid)
    Q_INTERFACES(SandboxPlugin)

public:
    Started start() override
    {
        auto server = std::make_unique<SandboxServer>(SandboxServer::Options{});
        Started started;
        started.secretId = QString::fromLatin1(SandboxServer::kDemoSecretId);
        started.secretKey = QString::fromLatin1(SandboxServer::kDemoSecretKey);
        if (server->listen() == 0)
            return started;
        started.endpoint = server->endpointUrl();
        started.endpointV3 = server->endpointUrlV3();
        started.server = std::move(server);
        return started;
    }
};

#include "SandboxModule.moc"
