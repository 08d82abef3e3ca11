#pragma once

#include "SandboxPlugin.h"

// Loads cvm-purchaser-sandbox.so (next to the executable in a build tree, in
// the lib folder of an installation) and starts its sandbox. On failure
// *error says why, in the UI language, and the result's server is null.
SandboxPlugin::Started startInProcessSandbox(QString *error);
