// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <vector>

namespace VramScope {

// One `allocator_settings` key whose value differs between two snapshots (a missing key is an
// invalid QVariant).
struct SettingDifference
{
    QString key;
    QVariant a;
    QVariant b;
};

// The differing keys, sorted by name (expandable_segments, max_split_size, ...).
std::vector<SettingDifference> diffAllocatorSettings(const QVariantMap &a, const QVariantMap &b);
// A value for people: maps and lists as compact JSON, a missing key as "(absent)" (translated).
QString settingValueText(const QVariant &value);

} // namespace VramScope
