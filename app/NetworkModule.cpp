// cvm-purchaser-network.so: the network backend as a Qt plugin (NetworkPlugin.h).
#include "NetworkPlugin.h"
#include "net/QtNetworkBackend.h"

class NetworkModule final : public QObject, public NetworkPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CvmNetworkPlugin_iid)
    Q_INTERFACES(NetworkPlugin)

public:
    std::unique_ptr<NetworkBackend> createBackend() override { return std::make_unique<QtNetworkBackend>(); }
};

#include "NetworkModule.moc"
