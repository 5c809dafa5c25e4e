// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "compare/settingsdiff.h"

#include "modeltr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace VramScope {

std::vector<SettingDifference> diffAllocatorSettings(const QVariantMap &a, const QVariantMap &b)
{
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    std::vector<SettingDifference> out;
    for (const QString &k : keys) {
        const QVariant va = a.value(k), vb = b.value(k);
        if (va.isValid() != vb.isValid() || va != vb)
            out.push_back({k, va, vb});
    }
    return out;
}

QString settingValueText(const QVariant &value)
{
    if (!value.isValid())
        return Tr::tr("(absent)");
    const QJsonValue j = QJsonValue::fromVariant(value);
    if (j.isObject())
        return QString::fromUtf8(QJsonDocument(j.toObject()).toJson(QJsonDocument::Compact));
    if (j.isArray())
        return QString::fromUtf8(QJsonDocument(j.toArray()).toJson(QJsonDocument::Compact));
    return value.toString();
}

} // namespace VramScope
