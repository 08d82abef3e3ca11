#pragma once

// An API 2.0 request for SandboxServer::handle, without HTTP: form-encoded as the client sends it.

#include "protocol/ApiParams.h"
#include "protocol/v2/Signer.h"
#include "sandbox/SandboxProtocol.h"

inline SandboxRequest v2Request(const QString &method, const QString &host, const QString &path,
                                const ApiParams &params)
{
    SandboxRequest request;
    request.method = method.toLatin1();
    request.path = path;
    request.headers.append({"Host", host.toLatin1()});
    (request.method == "POST" ? request.body : request.query) = Signer::formEncode(params);
    return request;
}
