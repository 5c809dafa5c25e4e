// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"

#include <QJsonObject>

namespace VramScope {

// The `vramscope summary --json` contract (docs/cli.md).
QJsonObject summaryToJson(const Document &document);
// The same facts as readable text, one device per block.
QString summaryToText(const Document &document);
// "1.50 GiB" style, binary units.
QString formatBytes(qint64 bytes);

} // namespace VramScope
