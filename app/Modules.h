#pragma once

#include <QString>

class QObject;

// Loads one of cvm-purchaser's modules: fileName next to the executable (a build tree) or in
// dirFromProgram, relative to the executable's folder (an installation: ../lib/<triplet>/cvm-purchaser).
// Returns the plugin's instance, or null with *error saying why in the UI language. Absolute paths
// only: a module is never looked up in the library search path.
QObject *loadModule(const QString &fileName, const QString &dirFromProgram, QString *error);
