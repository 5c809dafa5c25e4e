// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace VramScope {
// Translation context for model/ strings, so model code needs no QObject to translate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VramScope)
};
} // namespace VramScope
