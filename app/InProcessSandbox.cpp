#include "InProcessSandbox.h"

#include "Modules.h"

#include <QCoreApplication>

SandboxPlugin::Started startInProcessSandbox(QString *error)
{
    QString reason;
    auto *plugin = qobject_cast<SandboxPlugin *>(
        loadModule(QStringLiteral(CVM_SANDBOX_MODULE), QStringLiteral(CVM_MODULE_DIR), &reason));
    if (!plugin) {
        *error = QCoreApplication::translate("main", "the built-in sandbox cannot be loaded: %1").arg(reason);
        return {};
    }
    SandboxPlugin::Started started = plugin->start();
    if (!started.server)
        *error = QCoreApplication::translate("main", "the built-in sandbox cannot listen on 127.0.0.1.");
    return started;
}
