// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace VramScope {

// What the bytes are (ladder.md). Order is the stacking order of the timeline, bottom first.
enum class Category : quint8 {
    Parameter,
    OptimizerState,
    Gradient,
    Activation,
    Temporary,
    Input,
    Unknown,
};
constexpr int CategoryCount = 7;

QString categoryId(Category c);    // stable id: "parameter", "optimizer_state", ...
QString categoryLabel(Category c); // translated, for people
bool categoryFromId(QStringView id, Category *out);

} // namespace VramScope
