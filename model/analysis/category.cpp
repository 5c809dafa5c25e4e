// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "analysis/category.h"

#include "modeltr.h"

namespace VramScope {

QString categoryId(Category c)
{
    switch (c) {
    case Category::Parameter: return QStringLiteral("parameter");
    case Category::OptimizerState: return QStringLiteral("optimizer_state");
    case Category::Gradient: return QStringLiteral("gradient");
    case Category::Activation: return QStringLiteral("activation");
    case Category::Temporary: return QStringLiteral("temporary");
    case Category::Input: return QStringLiteral("input");
    case Category::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QString categoryLabel(Category c)
{
    switch (c) {
    case Category::Parameter: return Tr::tr("Parameters");
    case Category::OptimizerState: return Tr::tr("Optimizer state");
    case Category::Gradient: return Tr::tr("Gradients");
    case Category::Activation: return Tr::tr("Activations");
    case Category::Temporary: return Tr::tr("Temporaries");
    case Category::Input: return Tr::tr("Inputs");
    case Category::Unknown: return Tr::tr("Unknown");
    }
    return Tr::tr("Unknown");
}

bool categoryFromId(QStringView id, Category *out)
{
    for (int i = 0; i < CategoryCount; ++i) {
        if (id == categoryId(Category(i))) {
            *out = Category(i);
            return true;
        }
    }
    return false;
}

} // namespace VramScope
