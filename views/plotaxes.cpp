// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "plotaxes.h"

#include "displayformat.h"

#include <cmath>

namespace VramScope {

ByteAxisTicker::ByteAxisTicker()
{
    setTickCount(6);
}

double ByteAxisTicker::getTickStep(const QCPRange &range)
{
    const double extent = std::max(std::abs(range.lower), std::abs(range.upper));
    m_labelUnit = DisplayFormat::byteUnitFor(qint64(extent));
    // Steps are round in the unit of the labels: 0.5 GiB, 1 GiB, 2 GiB ... or 200 MiB, 400 MiB.
    const double unit = double(m_labelUnit);
    const double step = QCPAxisTicker::getTickStep(QCPRange(range.lower / unit, range.upper / unit));
    // As many decimals as the step needs: 2.5 GiB steps label 2.5, 5, 7.5 (not 3, 5, 8).
    m_decimals = 0;
    while (m_decimals < 3) {
        const double scaled = step * std::pow(10.0, m_decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6)
            break;
        ++m_decimals;
    }
    const double bytesStep = step * unit;
    return bytesStep < 1 ? 1 : bytesStep;
}

QString ByteAxisTicker::getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                                     int precision)
{
    Q_UNUSED(formatChar)
    Q_UNUSED(precision)
    if (tick == 0)
        return QStringLiteral("0");
    const double scaled = tick / double(m_labelUnit);
    return locale.toString(scaled, 'f', m_decimals) + QLatin1Char(' ')
        + DisplayFormat::byteUnitSuffix(m_labelUnit);
}

QString TimeAxisTicker::getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                                     int precision)
{
    Q_UNUSED(locale)
    Q_UNUSED(formatChar)
    Q_UNUSED(precision)
    return DisplayFormat::seconds(tick);
}

} // namespace VramScope
