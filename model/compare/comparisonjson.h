// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace VramScope {

class SnapshotComparison;

// The JSON of `vramscope compare A B --json` (docs/compare.md): a{file,device,moment{kind,index,
// time_us,step},bands{},allocated_bytes,reserved_bytes,peak_allocated_bytes,peak_reserved_bytes,
// oom,tallest}, b{...}, alignment, delta_bands{}, delta_by_location[]{location,a_bytes,b_bytes,
// delta_bytes}, settings_diff{key:{a,b}}, verdict.
QJsonObject comparisonToJson(const SnapshotComparison &comparison);
// The same numbers for people (translated).
QString comparisonToText(const SnapshotComparison &comparison);

} // namespace VramScope
