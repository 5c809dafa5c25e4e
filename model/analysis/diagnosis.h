// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/category.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace VramScope {

// The answer for one device at the OOM moment (or the peak): see ../shared/docs/ladder.md.
// Owned by analysis/; extended there.
struct Diagnosis
{
    enum class MomentKind { None, Oom, Peak, Dump };
    MomentKind momentKind = MomentKind::None;
    qint64 momentIndex = -1;
    qint64 momentTimeUs = 0;
    std::array<qint64, CategoryCount> bands{}; // live bytes per category at the moment
    Category tallest = Category::Unknown;
};

} // namespace VramScope
