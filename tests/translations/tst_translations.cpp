// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// Every catalog in translations/ holds every string lupdate finds in the sources, finished and
// with the same placeholders, markup and accelerators; the catalogs compiled into the binaries
// answer real lookups; the app's translator and the CLI follow --lang and the system locale.
#include "apptranslator.h"
#include "testutils.h"
#include "tscatalog.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

namespace {
const QString SourceDir = QStringLiteral(VRAMSCOPE_SOURCE_DIR);

// Stops a long list of failures from flooding the log; the count still tells how many.
QString describe(const QStringList &problems)
{
    const qsizetype shown = std::min<qsizetype>(problems.size(), 25);
    return QStringLiteral("%1 problem(s):\n  ").arg(problems.size())
           + problems.mid(0, shown).join(QStringLiteral("\n  "));
}

QString languageOf(const QString &catalogFile) // vramscope_zh_CN.ts -> zh_CN
{
    return QFileInfo(catalogFile).completeBaseName().section(QLatin1Char('_'), 1);
}

void removeInstalledTranslators()
{
    // ~QTranslator uninstalls itself.
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogHoldsEverySourceString_data() { catalogRows(); }
    void catalogHoldsEverySourceString();
    void translationsKeepPlaceholdersAndMarkup_data() { catalogRows(); }
    void translationsKeepPlaceholdersAndMarkup();
    void compiledCatalogAnswersLookups_data() { catalogRows(); }
    void compiledCatalogAnswersLookups();
    void appTranslatorPicksFirstAvailableLanguage();
    void languageArgumentIsTakenOutOfArgv();
    void cliFollowsLocaleAndLangOption_data() { catalogRows(); }
    void cliFollowsLocaleAndLangOption();

private:
    void catalogRows();
    const TsCatalog &catalog(const QString &file);

    QStringList m_catalogFiles;
    QHash<QString, TsCatalog> m_catalogs;
    TsCatalog m_extracted; // what lupdate finds in the sources now
};

void TestTranslations::catalogRows()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : std::as_const(m_catalogFiles))
        QTest::newRow(qPrintable(languageOf(f))) << f;
}

const TsCatalog &TestTranslations::catalog(const QString &file)
{
    return m_catalogs[file];
}

void TestTranslations::initTestCase()
{
    const QDir dir(SourceDir + QStringLiteral("/translations"));
    for (const QString &name :
         dir.entryList({QStringLiteral("vramscope_*.ts")}, QDir::Files, QDir::Name))
        m_catalogFiles << dir.filePath(name);
    // The issue asks for German and Simplified Chinese; more languages are welcome.
    QVERIFY2(m_catalogFiles.contains(dir.filePath(QStringLiteral("vramscope_de.ts"))),
             "no German catalog");
    QVERIFY2(m_catalogFiles.contains(dir.filePath(QStringLiteral("vramscope_zh_CN.ts"))),
             "no Chinese catalog");
    for (const QString &f : std::as_const(m_catalogFiles)) {
        TsCatalog c;
        const QString error = readTsCatalog(f, &c);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(c.language, languageOf(f));
        m_catalogs.insert(f, c);
    }

    // The same extraction as the update_translations target, into a scratch file.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString extracted = scratch.filePath(QStringLiteral("extracted.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(SourceDir);
    lupdate.start(QStringLiteral(VRAMSCOPE_LUPDATE),
                  {QStringLiteral("app"), QStringLiteral("model"), QStringLiteral("views"),
                   QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-ts"), extracted});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());
    const QString error = readTsCatalog(extracted, &m_extracted);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // lupdate really saw the sources: strings from app/, views/ and model/ are all there.
    for (const auto &[context, source] :
         {std::pair{"VramScope::MainActions", "&Open…"},
          std::pair{"VramScope::TimelinePlot", "Memory"}, std::pair{"VramScope", "Fragmentation"},
          std::pair{"Cli", "vramscope summary: no file given\n"}}) {
        const QString key = tsKey(QLatin1String(context), QString::fromUtf8(source));
        QVERIFY2(m_extracted.byKey.contains(key), source);
    }
}

void TestTranslations::catalogHoldsEverySourceString()
{
    QFETCH(QString, file);
    const TsCatalog &c = catalog(file);
    QStringList missing;
    QStringList unfinished;
    for (const TsMessage &wanted : std::as_const(m_extracted.messages)) {
        const auto it = c.byKey.constFind(wanted.key());
        if (it == c.byKey.cend()) {
            missing << wanted.where();
            continue;
        }
        const TsMessage &have = c.messages[*it];
        if (!have.finished() || have.numerus != wanted.numerus)
            unfinished << have.where();
    }
    // Both lists in one message, so one run shows everything a translator has to do.
    QVERIFY2(missing.isEmpty() && unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1\nmissing (run the update_translations target): %2"
                                       "\nunfinished: %3")
                            .arg(file, describe(missing), describe(unfinished))));
    // Stale entries are harmless at run time but mean the catalog was not refreshed.
    qsizetype stale = 0;
    for (const TsMessage &m : c.messages)
        stale += m_extracted.byKey.contains(m.key()) ? 0 : 1;
    QCOMPARE(stale, qsizetype(0));
}

void TestTranslations::translationsKeepPlaceholdersAndMarkup()
{
    QFETCH(QString, file);
    QStringList problems;
    qsizetype checked = 0;
    for (const TsMessage &m : catalog(file).messages) {
        if (!m.finished())
            continue; // reported by catalogHoldsEverySourceString
        for (const QString &t : m.translations) {
            ++checked;
            if (placeholdersOf(t) != placeholdersOf(m.source))
                problems << QStringLiteral("%1: placeholders %2 became %3")
                                .arg(m.where(), placeholdersOf(m.source).join(u','),
                                     placeholdersOf(t).join(u','));
            if (htmlTagsOf(t) != htmlTagsOf(m.source))
                problems << QStringLiteral("%1: HTML tags differ").arg(m.where());
            if (hasAccelerator(m.source) && !hasAccelerator(t))
                problems << QStringLiteral("%1: the & accelerator is lost").arg(m.where());
            if (m.source.endsWith(QLatin1Char('\n')) != t.endsWith(QLatin1Char('\n')))
                problems << QStringLiteral("%1: the final line break differs").arg(m.where());
        }
    }
    QVERIFY(checked > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestTranslations::compiledCatalogAnswersLookups()
{
    QFETCH(QString, file);
    const QString language = languageOf(file);
    QTranslator translator;
    // Linked in through vramscope_app, the same resources the vramscope binary carries.
    QVERIFY2(translator.load(QStringLiteral(":/i18n/vramscope_%1.qm").arg(language)),
             qPrintable(language));
    QCOMPARE(translator.language(), language);
    QStringList wrong;
    qsizetype checked = 0;
    for (const TsMessage &m : catalog(file).messages) {
        if (!m.finished())
            continue;
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        if (!m.numerus) {
            const QString got
                = translator.translate(context.constData(), source.constData(), disambiguation);
            if (got != m.translations.first())
                wrong << QStringLiteral("%1 gave \"%2\"").arg(m.where(), got);
        } else {
            for (const int n : {1, 2, 7}) {
                const QString got = translator.translate(context.constData(), source.constData(),
                                                         disambiguation, n);
                if (!m.translations.contains(got))
                    wrong << QStringLiteral("%1 (n=%2) gave \"%3\"").arg(m.where()).arg(n).arg(got);
            }
        }
        ++checked;
    }
    QVERIFY(checked > 0);
    QVERIFY2(wrong.isEmpty(), qPrintable(describe(wrong)));
    // A string no catalog holds stays untranslated rather than picking something else up.
    QVERIFY(
        translator.translate("VramScope::MainActions", "no such string in any catalog").isNull());
}

void TestTranslations::appTranslatorPicksFirstAvailableLanguage()
{
    const char *context = "VramScope::MainActions";
    const char *source = "&Open…";
    const QString english = QString::fromUtf8(source);
    const TsCatalog &german = catalog(SourceDir + QStringLiteral("/translations/vramscope_de.ts"));
    const QString expected
        = german.messages[german.byKey.value(tsKey(QLatin1String(context), english))]
              .translations.first();
    QCOMPARE(expected, QStringLiteral("Ö&ffnen…"));

    // A language without a catalog is skipped; the next one is used.
    QCOMPARE(
        VramScope::AppTranslator::install(qApp, {QStringLiteral("fr_FR"), QStringLiteral("de_AT")}),
        QStringLiteral("de_AT"));
    QCOMPARE(QCoreApplication::translate(context, source), expected);
    removeInstalledTranslators();
    QCOMPARE(QCoreApplication::translate(context, source), english);

    // English ahead of German in the user's list means English: it is the source language.
    QCOMPARE(
        VramScope::AppTranslator::install(qApp, {QStringLiteral("en_GB"), QStringLiteral("de")}),
        QString());
    QCOMPARE(QCoreApplication::translate(context, source), english);
    QCOMPARE(VramScope::AppTranslator::install(qApp, {QStringLiteral("xx")}), QString());
    QCOMPARE(VramScope::AppTranslator::install(qApp, {}), QString());
    QCOMPARE(QCoreApplication::translate(context, source), english);
    removeInstalledTranslators();
}

void TestTranslations::languageArgumentIsTakenOutOfArgv()
{
    QByteArray a0("vramscope"), a1("summary"), a2("--lang"), a3("de"), a4("f.pickle"), a5("--json");
    char *argv[] = {a0.data(), a1.data(), a2.data(), a3.data(), a4.data(), a5.data(), nullptr};
    int argc = 6;
    QCOMPARE(VramScope::AppTranslator::takeLanguageArgument(argc, argv), QStringLiteral("de"));
    QCOMPARE(argc, 4);
    QCOMPARE(QByteArray(argv[1]), QByteArray("summary"));
    QCOMPARE(QByteArray(argv[2]), QByteArray("f.pickle"));
    QCOMPARE(QByteArray(argv[3]), QByteArray("--json"));
    QVERIFY(argv[4] == nullptr);

    QByteArray b0("vramscope"), b1("--lang=zh_CN"), b2("diagnose"),
        b3("--lang"); // a trailing --lang has no value
    char *argv2[] = {b0.data(), b1.data(), b2.data(), b3.data(), nullptr};
    argc = 4;
    QCOMPARE(VramScope::AppTranslator::takeLanguageArgument(argc, argv2), QStringLiteral("zh_CN"));
    QCOMPARE(argc, 3);
    QCOMPARE(QByteArray(argv2[1]), QByteArray("diagnose"));
    QCOMPARE(QByteArray(argv2[2]), QByteArray("--lang")); // left for the parser to report
    QCOMPARE(VramScope::AppTranslator::preferredLanguages(), QStringList{QStringLiteral("zh_CN")});
}

void TestTranslations::cliFollowsLocaleAndLangOption()
{
    QFETCH(QString, file);
    const QString language = languageOf(file);
    const TsCatalog &c = catalog(file);
    const qsizetype at
        = c.byKey.value(tsKey(QStringLiteral("VramScope"), QStringLiteral("File: %1\n")), -1);
    QVERIFY(at >= 0);
    const QString translatedPrefix
        = c.messages[at].translations.first().section(QStringLiteral("%1"), 0, 0);
    QVERIFY(!translatedPrefix.isEmpty());
    QVERIFY(translatedPrefix != QLatin1String("File: "));

    const QString cli = qEnvironmentVariable("VRAMSCOPE_CLI");
    QVERIFY2(QFileInfo::exists(cli), "VRAMSCOPE_CLI must name the vramscope binary");
    const QString example
        = SourceDir + QStringLiteral("/resources/examples/example_oom.pickle.zst");
    const auto summary = [&](const QString &lang, const QStringList &extraArgs) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("LANG"), lang);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(cli, QStringList{QStringLiteral("summary"), example} + extraArgs);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return QStringLiteral("exit %1: %2")
                .arg(p.exitCode())
                .arg(QString::fromUtf8(p.readAllStandardError()));
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    // The system locale, as a user's session sets it.
    const QString localized = summary(language + QStringLiteral(".UTF-8"), {});
    QVERIFY2(localized.startsWith(translatedPrefix + example), qPrintable(localized.left(200)));
    // --lang wins over the locale, in either direction.
    const QString byOption
        = summary(QStringLiteral("C.UTF-8"), {QStringLiteral("--lang"), language});
    QCOMPARE(byOption, localized);
    const QString english
        = summary(language + QStringLiteral(".UTF-8"), {QStringLiteral("--lang=en")});
    QVERIFY2(english.startsWith(QStringLiteral("File: ") + example), qPrintable(english.left(200)));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
