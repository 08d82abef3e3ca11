#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// The language the programs speak: the system locale, unless the "language"
// setting names another. Both cvm-purchaser and cvm-purchaser-cli call
// install() before they print or show anything.
namespace AppLanguage {
// The settings key under QSettings("cvm-purchaser", "cvm-purchaser"): a locale
// name such as "zh_CN" or "en"; empty or "system" follows the system locale.
// Read once at start-up, so a change takes effect at the next start.
inline constexpr char kSettingsKey[] = "language";

// Where the compiled translations are: resources built into each program.
inline constexpr char kResourceDirectory[] = ":/i18n";

// The stored "language" setting, or an empty string.
QString storedSetting();

// The locale whose language to use: the setting's when it names a language, else the system's.
QLocale chosenLocale(const QString &setting, const QLocale &system = QLocale::system());

// Installs the application's translation and Qt's own (qtbase: standard buttons and dialogs) for
// locale, replacing any installed by an earlier call, and makes locale the default QLocale so that
// numbers and catalog names match the language. Every Chinese locale gets the Simplified Chinese
// translation. Returns whether a translation for the language was found; without one the English
// source texts show, with English plural forms, and Qt's texts stay English as well.
bool install(QCoreApplication *app, const QLocale &locale);

// storedSetting(), chosenLocale() and install() in one: what main() calls.
QLocale installFromSettings(QCoreApplication *app);
} // namespace AppLanguage
