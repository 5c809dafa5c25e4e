// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace VramScope {

// The example snapshot compiled into the binary. The loader takes a path, so the resource is
// copied to a temporary file first.
class ExampleSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(VramScope::ExampleSnapshot)
public:
    static QString resourcePath();
    static bool isAvailable();
    // Returns the path of the extracted copy, or an empty string with *error set.
    static QString extract(QString *error);
};

} // namespace VramScope
