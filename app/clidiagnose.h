// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace VramScope {

// `vramscope diagnose FILE ...` and `vramscope diagnose --message TEXT|-` (docs/cli.md).
int runDiagnose(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace VramScope
