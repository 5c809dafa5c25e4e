// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "qcustomplotinclude.h"

namespace VramScope {

// Y axis in human byte units: ticks fall on round numbers of KiB/MiB/GiB and are labelled
// "512 MiB", "1.5 GiB" (hotspot's TimeAxis idea, for bytes).
class ByteAxisTicker : public QCPAxisTicker
{
public:
    ByteAxisTicker();

protected:
    double getTickStep(const QCPRange &range) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;

private:
    qint64 m_labelUnit = 1;
    int m_decimals = 0;
};

// X axis in seconds since the first event, labelled "250 ms", "1.5 s", "2 min".
class TimeAxisTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;
};

} // namespace VramScope
