// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace VramScope {

void printJson(const QJsonObject &o); // one compact JSON line on stdout
int benchProgress(const QString &file);
int benchCancel(const QString &file);

} // namespace VramScope
