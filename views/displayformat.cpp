// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "displayformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace VramScope::DisplayFormat {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("VramScope::DisplayFormat", text);
}
} // namespace

qint64 byteUnitFor(qint64 bytes)
{
    const qint64 a = bytes < 0 ? -bytes : bytes;
    qint64 unit = 1;
    while (unit < (qint64(1) << 50) && a >= unit * 1024)
        unit *= 1024;
    return unit;
}

QString byteUnitSuffix(qint64 unit)
{
    switch (unit) {
    case 1: return tr("B");
    case qint64(1) << 10: return tr("KiB");
    case qint64(1) << 20: return tr("MiB");
    case qint64(1) << 30: return tr("GiB");
    case qint64(1) << 40: return tr("TiB");
    default: return tr("PiB");
    }
}

QString bytes(qint64 value, int precision)
{
    const qint64 unit = byteUnitFor(value);
    if (unit == 1)
        return tr("%1 B").arg(value);
    const double scaled = double(value) / double(unit);
    return QStringLiteral("%1 %2").arg(QLocale().toString(scaled, 'f', precision),
                                       byteUnitSuffix(unit));
}

QString bytesExact(qint64 value)
{
    return tr("%1 bytes").arg(QLocale().toString(value));
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString duration(qint64 us)
{
    const QLocale locale;
    const qint64 a = us < 0 ? -us : us;
    if (a < 1000)
        return tr("%1 µs").arg(us);
    if (a < 1000 * 1000)
        return tr("%1 ms").arg(locale.toString(double(us) / 1e3, 'f', 1));
    if (a < 60 * 1000 * 1000)
        return tr("%1 s").arg(locale.toString(double(us) / 1e6, 'f', 2));
    const qint64 totalSeconds = us / (1000 * 1000);
    if (totalSeconds < 3600)
        return tr("%1 min %2 s").arg(totalSeconds / 60).arg(totalSeconds % 60);
    return tr("%1 h %2 min").arg(totalSeconds / 3600).arg((totalSeconds / 60) % 60);
}

QString seconds(double s)
{
    const QLocale locale;
    const double a = std::abs(s);
    if (a == 0)
        return QStringLiteral("0");
    if (a < 1e-3)
        return tr("%1 µs").arg(locale.toString(s * 1e6, 'g', 4));
    if (a < 1)
        return tr("%1 ms").arg(locale.toString(s * 1e3, 'g', 4));
    if (a < 120)
        return tr("%1 s").arg(locale.toString(s, 'g', 4));
    return tr("%1 min").arg(locale.toString(s / 60, 'g', 4));
}

QString stream(quint64 handle)
{
    return handle == 0 ? QStringLiteral("0") : QString(QStringLiteral("0x") + QString::number(handle, 16));
}

} // namespace VramScope::DisplayFormat
