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
};

} // namespace VramScope
