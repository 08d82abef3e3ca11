#pragma once

#include <QSettings>
#include <QString>

#include <memory>

// The product's one settings file, $XDG_CONFIG_HOME/cvm-purchaser/cvm-purchaser.conf: language, proxy,
// credential profiles (names and SecretIds only), window geometry, last template, last region and zone.
// Named explicitly rather than from the application name: cvm-purchaser and cvm-purchaser-cli share it.
inline std::unique_ptr<QSettings> openAppSettings()
{
    return std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("cvm-purchaser"),
                                       QStringLiteral("cvm-purchaser"));
}
