// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace VramScope {

// Installs VRAMScope's catalog (compiled in under :/i18n) and Qt's own qtbase catalog for the
// first language of `languages` that has one; English needs no catalog.
class AppTranslator
{
public:
    // languages: e.g. {"de"} from --lang, or QLocale().uiLanguages(). Returns the language used
    // for VRAMScope's catalog, empty for built-in English.
    static QString install(QCoreApplication *app, const QStringList &languages);

    // Removes "--lang X" / "--lang=X" from argv and remembers X, so the headless subcommands,
    // whose parsers reject unknown options, follow --lang like the desktop app. Call before
    // the QCoreApplication is made. Returns X (empty when not given).
    static QString takeLanguageArgument(int &argc, char **argv);

    // The remembered --lang value, otherwise the system's UI languages (LANGUAGE, LC_MESSAGES,
    // ...).
    static QStringList preferredLanguages();

    // install() with preferredLanguages(); a --lang value also becomes the default QLocale.
    static QString installPreferred(QCoreApplication *app);
};

} // namespace VramScope
