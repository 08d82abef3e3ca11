#include "InProcessSandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

using namespace Qt::StringLiterals;

SandboxPlugin::Started startInProcessSandbox(QString *error)
{
    // Absolute paths only: the module is never looked up in the library search path.
    const QDir programDir(QCoreApplication::applicationDirPath());
    const QString name = QStringLiteral(CVM_SANDBOX_MODULE);
    const QStringList candidates = {
        programDir.filePath(name), programDir.filePath(QStringLiteral(CVM_SANDBOX_MODULE_DIR) + u'/' + name)};
    QString reason;
    for (const QString &candidate : candidates) {
        if (!QFileInfo::exists(candidate))
            continue;
        QPluginLoader loader(QDir::cleanPath(candidate));
        auto *plugin = qobject_cast<SandboxPlugin *>(loader.instance());
        if (!plugin) {
            reason = loader.errorString();
            continue;
        }
        SandboxPlugin::Started started = plugin->start();
        if (!started.server)
            *error = QCoreApplication::translate("main", "the built-in sandbox cannot listen on 127.0.0.1.");
        return started;
    }
    if (reason.isEmpty())
        reason = QCoreApplication::translate("main", "%1 is in neither %2 nor %3.")
                     .arg(name, QDir::toNativeSeparators(programDir.path()),
                          QDir::toNativeSeparators(
                              QDir::cleanPath(programDir.filePath(QStringLiteral(CVM_SANDBOX_MODULE_DIR)))));
    *error = QCoreApplication::translate("main", "the built-in sandbox cannot be loaded: %1").arg(reason);
    return {};
}
