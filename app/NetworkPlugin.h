#pragma once

#include "NetworkBackend.h"

#include <QtPlugin>

#include <memory>

// The network backend of cvm-purchaser (src/NetworkBackend.h) lives in a module of its own,
// cvm-purchaser-network.so, loaded once the first window is up: starting loads neither QtNetwork (with
// Kerberos, GSSAPI, libproxy) nor QtKeychain. The module takes the core (src/) from the program, which
// exports it, so that there is one of each class and each registry.
class NetworkPlugin
{
public:
    virtual ~NetworkPlugin() = default;
    virtual std::unique_ptr<NetworkBackend> createBackend() = 0;
};

#define CvmNetworkPlugin_iid "io.github.cvmpurchaser.NetworkPlugin/1"
Q_DECLARE_INTERFACE(NetworkPlugin, CvmNetworkPlugin_iid)
