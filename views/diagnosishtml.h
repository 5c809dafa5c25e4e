// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace VramScope {

struct Document;

// The analysis' answer for one device as HTML for the Summary panel: the moment, the verdict,
// the tallest band, the recommended fix and the capture-health notes.
class DiagnosisHtml
{
    Q_DECLARE_TR_FUNCTIONS(VramScope::DiagnosisHtml)
public:
    static QString build(const Document &document, int deviceIndex);
};

} // namespace VramScope
