// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "apptranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

namespace VramScope {

namespace {
// Set once from main() before any QCoreApplication exists; read afterwards on the GUI thread.
QString &requestedLanguage()
{
    static QString language;
    return language;
}
} // namespace

QString AppTranslator::install(QCoreApplication *app, const QStringList &languages)
{
    QString used;
    for (const QString &language : languages) {
        const QLocale locale(language);
        if (locale.language() == QLocale::English || locale.language() == QLocale::C)
            break; // the source strings are English
        auto *own = new QTranslator(app);
        if (!own->load(locale, QStringLiteral("vramscope"), QStringLiteral("_"),
                       QStringLiteral(":/i18n"))) {
            delete own;
            continue;
        }
        QCoreApplication::installTranslator(own);
        used = locale.name();
        // Qt's own dialogs and buttons; Debian ships these in qt6-translations-l10n, which may
        // be missing: then Qt's strings stay English and ours are still translated.
        auto *qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        break;
    }
    return used;
}

QString AppTranslator::takeLanguageArgument(int &argc, char **argv)
{
    static const char Option[] = "--lang";
    const size_t optionLength = std::strlen(Option);
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, Option) == 0 && i + 1 < argc) {
            requestedLanguage() = QString::fromLocal8Bit(argv[++i]);
            continue;
        }
        if (std::strncmp(a, Option, optionLength) == 0 && a[optionLength] == '=') {
            requestedLanguage() = QString::fromLocal8Bit(a + optionLength + 1);
            continue;
        }
        argv[kept++] = argv[i];
    }
    argc = kept;
    argv[argc] = nullptr; // argv is null-terminated; QCoreApplication relies on argc only
    return requestedLanguage();
}

QStringList AppTranslator::preferredLanguages()
{
    if (!requestedLanguage().isEmpty())
        return {requestedLanguage()};
    return QLocale().uiLanguages();
}

QString AppTranslator::installPreferred(QCoreApplication *app)
{
    // --lang also sets the number format and the report's lang attribute, so a German UI does
    // not print "1.50 GiB" on an English system (the system locale already does this for LANG).
    if (!requestedLanguage().isEmpty())
        QLocale::setDefault(QLocale(requestedLanguage()));
    return install(app, preferredLanguages());
}

} // namespace VramScope
