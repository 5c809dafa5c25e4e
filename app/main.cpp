// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "clicommands.h"
#include "desktopapp.h"

int main(int argc, char **argv)
{
    // Headless subcommands (summary, diagnose, report, ...) never need a display.
    if (VramScope::isCommandLineInvocation(argc, argv))
        return VramScope::runCommandLine(argc, argv);
    return VramScope::runDesktopApp(argc, argv);
}
