// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "compare/snapshotcomparison.h"
#include "document.h"
#include "plotexport.h"

#include <QByteArray>

namespace VramScope {

// The comparison form of the HTML report, shared by `vramscope report A --compare B` and
// File > Export > HTML Report on a comparison. Needs a running QApplication (it draws plots).
// Empty with *error set when the template is missing or a side's device has no timeline.
QByteArray buildComparisonReport(const DocumentPtr &a, const DocumentPtr &b,
                                 const SnapshotComparison &comparison,
                                 const PlotExportOptions &options, QString *error);

// Both allocated curves on the axis the comparison aligned them on, with the two moments, as the
// comparison window draws them; PNG bytes at options.size and options.scale.
QByteArray renderAlignedPlot(const DocumentPtr &a, const DocumentPtr &b,
                             const SnapshotComparison &comparison,
                             const PlotExportOptions &options);

// The index into document.devices of a device ordinal, -1 when it has no timeline.
int deviceIndexOf(const Document &document, int ordinal);

} // namespace VramScope
