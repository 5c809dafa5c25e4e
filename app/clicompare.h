// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace VramScope {

// `vramscope compare A B [--json]` (docs/compare.md).
int runCompare(const QStringList &args, QTextStream &out, QTextStream &err);
// `vramscope ranks DIR|FILES... [--threshold PERCENT] [--json]` (docs/compare.md).
int runRanks(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace VramScope
