#include "AppLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include "settings/AppSettings.h"
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace AppLanguage {
namespace {
// Marks the translators install() adds, so that a second call replaces them instead of stacking more.
constexpr char kTranslatorName[] = "cvm-purchaser-translator";

QTranslator *newTranslator(QCoreApplication *app)
{
    auto *translator = new QTranslator(app);
    translator->setObjectName(QLatin1StringView(kTranslatorName));
    return translator;
}
} // namespace

QString storedSetting()
{
    return openAppSettings()->value(QLatin1StringView(kSettingsKey)).toString().trimmed();
}

QLocale chosenLocale(const QString &setting, const QLocale &system)
{
    if (setting.isEmpty() || setting.compare("system"_L1, Qt::CaseInsensitive) == 0)
        return system;
    const QLocale named(setting);
    // QLocale turns a name it does not know into "C"; then the system's language stands.
    if (named.language() == QLocale::C && setting.compare("C"_L1, Qt::CaseInsensitive) != 0) {
        qWarning("cvm-purchaser: the language setting \"%s\" names no known language; using the system's.",
                 qUtf8Printable(setting));
        return system;
    }
    return named;
}

bool install(QCoreApplication *app, const QLocale &locale)
{
    const QList<QTranslator *> earlier =
        app->findChildren<QTranslator *>(QLatin1StringView(kTranslatorName), Qt::FindDirectChildrenOnly);
    qDeleteAll(earlier); // a deleted translator removes itself from the application

    QLocale::setDefault(locale);
    const QString directory = QLatin1StringView(kResourceDirectory);
    QTranslator *own = newTranslator(app);
    bool found = own->load(locale, u"cvm-purchaser"_s, u"_"_s, directory);
    QLocale translated = locale;
    if (!found && locale.language() == QLocale::Chinese) {
        // Every Chinese locale (Singapore, Taiwan, Hong Kong...) reads the one Chinese translation there is,
        // Simplified, as Tencent Cloud's own console does, rather than English.
        translated = QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
        found = own->load(translated, u"cvm-purchaser"_s, u"_"_s, directory);
    }
    // Without a translation for the language the English texts show, with plurals from the English file.
    if (found || own->load(u"cvm-purchaser_en"_s, directory))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    // Qt's own texts (standard buttons, file dialogs, --help) in the same language as the application's:
    // for a language the application does not speak they stay English too.
    if (found) {
        QTranslator *qt = newTranslator(app);
        if (qt->load(translated, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return found;
}

QLocale installFromSettings(QCoreApplication *app)
{
    const QLocale locale = chosenLocale(storedSetting());
    install(app, locale);
    return locale;
}
} // namespace AppLanguage
