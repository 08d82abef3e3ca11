// The .ts files against the current sources: nothing unfinished, vanished or missing, and every
// translation keeps what the program fills in (%1, %n), its keyboard mnemonic and its markup.
// The sources are read by lupdate itself, from the project file and with the options the
// update_translations target uses (qt_add_lupdate(), translations/CvmTranslations.cmake), run on a
// temporary copy of each .ts file.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <map>

using namespace Qt::StringLiterals;

namespace {
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one per plural form, or just one
    QString location;         // the first <location>, for the failure message

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString describe() const
    {
        return u"%1: \"%2\"%3%4"_s.arg(context, source,
                                       comment.isEmpty() ? QString() : u" (%1)"_s.arg(comment),
                                       location.isEmpty() ? QString() : u" at %1"_s.arg(location));
    }
};

struct TsFile
{
    QString language;
    std::map<QString, Message> messages; // by key, sorted for stable failure messages
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"%1 cannot be read: %2"_s.arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString currentFile;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "TS"_L1) {
                ts.language = xml.attributes().value("language"_L1).toString();
            } else if (name == "context"_L1) {
                context.clear();
            } else if (name == "name"_L1) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                message = Message{};
                message.context = context;
                message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            } else if (name == "location"_L1) {
                const QString fileName = xml.attributes().value("filename"_L1).toString();
                if (!fileName.isEmpty())
                    currentFile = fileName;
                if (message.location.isEmpty()) // shown relative to the project: the copy lives elsewhere
                    message.location =
                        QDir(QStringLiteral(CVM_SOURCE_DIR))
                            .relativeFilePath(QFileInfo(path).dir().absoluteFilePath(currentFile));
            } else if (name == "source"_L1) {
                message.source = xml.readElementText();
            } else if (name == "comment"_L1) {
                message.comment = xml.readElementText();
            } else if (name == "translation"_L1) {
                message.type = xml.attributes().value("type"_L1).toString();
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == "numerusform"_L1) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            ts.messages.emplace(message.key(), message);
        }
    }
    if (xml.hasError())
        ts.error =
            u"%1 is not a valid .ts file: %2 (line %3)"_s.arg(path, xml.errorString()).arg(xml.lineNumber());
    return ts;
}

// Logs every entry (a failure message is cut short) and says how many there are.
QString listOf(const QStringList &entries)
{
    for (const QString &entry : entries)
        qInfo().noquote() << entry;
    return u" %1, listed above."_s.arg(entries.size());
}

// What the program fills in: %1 to %99, %L1, %n and %Ln, as a sorted list (a placeholder may repeat).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text))
        found.append(m.captured(0));
    found.sort();
    return found;
}

// The mnemonic letter ("&Next" → "n"), or an empty string; "&&" is a literal ampersand.
QString mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QStringList markup(const QString &text)
{
    static const QRegularExpression tag(u"</?[a-zA-Z][^>]*>"_s);
    QStringList found;
    for (const QRegularExpressionMatch &m : tag.globalMatch(text))
        found.append(m.captured(0));
    found.sort();
    return found;
}

// Plural forms per language, as lupdate writes them.
int pluralForms(const QString &language)
{
    return language.startsWith("zh"_L1) ? 1 : 2;
}
} // namespace

class TestI18nCatalog : public QObject
{
    Q_OBJECT

private:
    QString m_lupdate;
    QJsonArray m_translations;

    void addRows()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("tsPath");
        QTest::addColumn<QString>("project"); // lupdate's: the sources and include paths it reads
        QTest::addColumn<QStringList>("options");
        for (const QJsonValue &value : std::as_const(m_translations)) {
            const QJsonObject t = value.toObject();
            QStringList options;
            for (const QJsonValue &option : t.value("options"_L1).toArray())
                options.append(option.toString());
            const QString language = t.value("language"_L1).toString();
            QTest::newRow(qPrintable(language))
                << language << t.value("ts"_L1).toString() << t.value("project"_L1).toString() << options;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile config(QStringLiteral(CVM_I18N_CONFIG));
        QVERIFY2(config.open(QIODevice::ReadOnly), qPrintable(config.errorString()));
        const QJsonObject object = QJsonDocument::fromJson(config.readAll()).object();
        m_lupdate = object.value("lupdate"_L1).toString();
        m_translations = object.value("translations"_L1).toArray();
        QVERIFY2(QFile::exists(m_lupdate), qPrintable(u"lupdate is not at %1"_s.arg(m_lupdate)));
        QCOMPARE(m_translations.size(), 2);
        for (const QJsonValue &value : std::as_const(m_translations)) {
            const QString project = value.toObject().value("project"_L1).toString();
            QVERIFY2(QFile::exists(project),
                     qPrintable(u"lupdate's project file is not at %1"_s.arg(project)));
        }
    }

    // Every entry of the committed file is translated and still in the sources.
    void everyEntryFinished_data() { addRows(); }
    void everyEntryFinished()
    {
        QFETCH(QString, language);
        QFETCH(QString, tsPath);
        const TsFile ts = readTs(tsPath);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, language);
        QVERIFY2(!ts.messages.empty(), "the .ts file has no entries");
        QStringList unfinished, gone, empty, wrongForms;
        for (const auto &[key, m] : ts.messages) {
            if (m.type == "unfinished"_L1)
                unfinished.append(m.describe());
            else if (m.type == "vanished"_L1 || m.type == "obsolete"_L1)
                gone.append(m.describe());
            if (m.numerus && m.translations.size() != pluralForms(language))
                wrongForms.append(m.describe());
            for (const QString &t : m.translations)
                if (t.isEmpty())
                    empty.append(m.describe());
        }
        const QString how =
            u"\nTranslate them in %1 (Qt Linguist, or by hand) and remove type=\"unfinished\"."_s.arg(tsPath);
        QVERIFY2(unfinished.isEmpty(), qPrintable(u"Unfinished translations:"_s + listOf(unfinished) + how));
        QVERIFY2(gone.isEmpty(),
                 qPrintable(u"Entries no longer in the sources (run the update_translations target):"_s +
                            listOf(gone)));
        QVERIFY2(empty.isEmpty(), qPrintable(u"Empty translations:"_s + listOf(empty) + how));
        QVERIFY2(wrongForms.isEmpty(),
                 qPrintable(u"Plural entries without %1 form(s):"_s.arg(pluralForms(language)) +
                            listOf(wrongForms)));
    }

    // lupdate on the current sources finds nothing the committed file lacks, and the file holds
    // nothing the sources no longer have.
    void matchesSources_data() { addRows(); }
    void matchesSources()
    {
        QFETCH(QString, tsPath);
        QFETCH(QString, project);
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(tsPath).fileName());
        QVERIFY(QFile::copy(tsPath, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        // -ts writes the copy instead of the project's file (lupdate warns that it does).
        lupdate.start(m_lupdate, options + QStringList{u"-project"_s, project, u"-ts"_s, copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        const QString output = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

        const TsFile committed = readTs(tsPath);
        const TsFile fresh = readTs(copy);
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        QStringList missing, stale;
        for (const auto &[key, m] : fresh.messages)
            if (!committed.messages.count(key) || m.type == "unfinished"_L1)
                missing.append(m.describe());
        for (const auto &[key, m] : committed.messages)
            if (!fresh.messages.count(key))
                stale.append(m.describe());
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(
                u"Texts in the sources that %1 does not translate (run `cmake --build <build dir> "
                "--target update_translations`, then translate them):"_s.arg(QFileInfo(tsPath).fileName()) +
                listOf(missing)));
        QVERIFY2(stale.isEmpty(),
                 qPrintable(u"Entries no longer in the sources (run the update_translations target):"_s +
                            listOf(stale)));
    }

    // A translation fills in the same values, keeps the same Alt+ key (the keyboard tests and the
    // users' habits rely on it) and the same rich-text tags as its source.
    // One word per term: a reader who meets 沙箱 in the banner and 沙盒 in Preferences wonders whether they
    // are two things. Each row: the word kept, the synonym refused.
    void oneWordPerTerm()
    {
        static const std::pair<const char16_t *, const char16_t *> glossary[] = {
            {u"沙箱", u"沙盒"}, // sandbox
        };
        for (const QJsonValue &value : std::as_const(m_translations)) {
            const QString tsPath = value.toObject().value("ts"_L1).toString();
            const TsFile ts = readTs(tsPath);
            QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
            QStringList problems;
            for (const auto &[key, m] : ts.messages)
                for (const QString &t : m.translations)
                    for (const auto &[kept, refused] : glossary)
                        if (t.contains(QStringView(refused)))
                            problems.append(u"%1 (say %2, not %3)"_s.arg(m.describe(), QStringView(kept).toString(),
                                                                        QStringView(refused).toString()));
            QVERIFY2(problems.isEmpty(), qPrintable(tsPath + listOf(problems)));
        }
    }

    void translationsKeepPlaceholdersMnemonicsAndMarkup_data() { addRows(); }
    void translationsKeepPlaceholdersMnemonicsAndMarkup()
    {
        QFETCH(QString, tsPath);
        const TsFile ts = readTs(tsPath);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList problems;
        for (const auto &[key, m] : ts.messages) {
            for (qsizetype form = 0; form < m.translations.size(); ++form) {
                const QString &t = m.translations.at(form);
                if (t.isEmpty())
                    continue;
                const QString shown = u"%1 → \"%2\""_s.arg(m.describe(), t);
                QStringList expected = placeholders(m.source);
                QStringList actual = placeholders(t);
                // "%n" and "%Ln" are the same number, told apart only by its locale's digits.
                expected.replaceInStrings(u"%Ln"_s, u"%n"_s);
                actual.replaceInStrings(u"%Ln"_s, u"%n"_s);
                if (m.numerus) {
                    // The general form shows the number; a singular form may say "the instance" instead.
                    expected.removeAll(u"%n"_s);
                    if (form == m.translations.size() - 1 && !actual.contains(u"%n"_s))
                        problems.append(u"no %n: "_s + shown);
                    actual.removeAll(u"%n"_s);
                }
                if (expected != actual)
                    problems.append(
                        u"placeholders %1 instead of %2: "_s.arg(actual.join(u' '), expected.join(u' ')) +
                        shown);
                if (mnemonic(m.source) != mnemonic(t))
                    problems.append(
                        u"mnemonic \"%1\" instead of \"%2\": "_s.arg(mnemonic(t), mnemonic(m.source)) +
                        shown);
                if (markup(m.source) != markup(t))
                    problems.append(u"markup differs: "_s + shown);
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"Translations that do not fit their source:"_s + listOf(problems)));
    }
};

QTEST_GUILESS_MAIN(TestI18nCatalog)
#include "tst_i18n_catalog.moc"
