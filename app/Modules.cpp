#include "Modules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

QObject *loadModule(const QString &fileName, const QString &dirFromProgram, QString *error)
{
    const QDir programDir(QCoreApplication::applicationDirPath());
    const QStringList candidates = {programDir.filePath(fileName),
                                    programDir.filePath(dirFromProgram + u'/' + fileName)};
    QString reason;
    for (const QString &candidate : candidates) {
        if (!QFileInfo::exists(candidate))
            continue;
        QPluginLoader loader(QDir::cleanPath(candidate));
        // Every symbol now: one the program does not export fails the loading, not a later call.
        loader.setLoadHints(QLibrary::ResolveAllSymbolsHint);
        if (QObject *instance = loader.instance())
            return instance;
        reason = loader.errorString();
    }
    if (reason.isEmpty())
        reason = QCoreApplication::translate("main", "%1 is in neither %2 nor %3.")
                     .arg(fileName, QDir::toNativeSeparators(programDir.path()),
                          QDir::toNativeSeparators(QDir::cleanPath(programDir.filePath(dirFromProgram))));
    *error = reason;
    return nullptr;
}
