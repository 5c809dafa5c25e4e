// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

namespace VramScope {

// Creates the QApplication, installs translations, opens the files named in argv, runs the loop.
int runDesktopApp(int argc, char **argv);

} // namespace VramScope
