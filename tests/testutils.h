// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Absolute path of a fixture in tests/data.
QString testDataPath(const QString &name);

// Writes a small input file for a test (rules, JSON); true when all of it was written.
bool writeTestFile(const QString &path, const QByteArray &bytes);

// The shared corpus (../shared/corpus beside the clone), or an empty string when it is absent.
QString sharedCorpusPath();
