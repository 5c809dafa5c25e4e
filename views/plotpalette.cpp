// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "plotpalette.h"

#include <iterator>

namespace VramScope {

QColor PlotPalette::category(Category c)
{
    switch (c) {
    case Category::Parameter: return QColor(0x00, 0x72, 0xb2);      // blue
    case Category::OptimizerState: return QColor(0xcc, 0x79, 0xa7); // reddish purple
    case Category::Gradient: return QColor(0x00, 0x9e, 0x73);       // bluish green
    case Category::Activation: return QColor(0xe6, 0x9f, 0x00);     // orange
    case Category::Temporary: return QColor(0xf0, 0xe4, 0x42);      // yellow
    case Category::Input: return QColor(0x56, 0xb4, 0xe9);          // sky blue
    case Category::Unknown: break;
    }
    return QColor(0x99, 0x99, 0x99);
}

QColor PlotPalette::band(Category c, int bandIndex)
{
    const QColor base = category(c);
    static constexpr int Factors[] = {100, 112, 90, 106, 95};
    const int f = Factors[bandIndex % int(std::size(Factors))];
    return f >= 100 ? base.lighter(f) : base.darker(100 + (100 - f));
}

QColor PlotPalette::allocatedLine(const QPalette &palette)
{
    return palette.color(QPalette::WindowText);
}

QColor PlotPalette::peak(const QPalette &palette)
{
    return palette.color(QPalette::WindowText);
}

QColor PlotPalette::annotation(int index)
{
    QColor c = category(Category(index % (CategoryCount - 1)));
    c.setAlpha(40);
    return c;
}

// The cursor and the selected allocation must stand out from every category colour, so they
// use the text colour (black on light themes) rather than a hue.
QColor PlotPalette::cursor(const QPalette &palette)
{
    return palette.color(QPalette::WindowText);
}

QColor PlotPalette::selection(const QPalette &palette)
{
    return palette.color(QPalette::WindowText);
}

} // namespace VramScope
