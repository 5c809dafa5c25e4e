// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Absolute path of a fixture in tests/data.
QString testDataPath(const QString &name);

// The shared corpus (../shared/corpus beside the clone), or an empty string when it is absent.
QString sharedCorpusPath();
