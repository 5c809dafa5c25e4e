// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <utility>

class QMimeData;

namespace VramScope {

// What a drop of files on the main window means. Plain: open each file in its own tab.
// Exactly two files with Ctrl held: compare them (File > Compare...).
//
// Why Ctrl: on Linux (xcb) the drop event carries the keyboard state queried at the drop, and
// Ctrl asks the source for a copy, so a file manager never removes the files afterwards; Shift
// asks for a move (a source may delete what it "moved") and Alt drags windows under most X11
// window managers.
namespace FileDrop {

constexpr Qt::KeyboardModifier CompareModifier = Qt::ControlModifier;

QStringList localFiles(const QMimeData *mime);
bool wantsComparison(const QStringList &files, Qt::KeyboardModifiers modifiers);
// A (before) is the file written first, B (after) the later one; on equal times, drop order.
std::pair<QString, QString> beforeAfter(const QString &first, const QString &second);

} // namespace FileDrop
} // namespace VramScope
