// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "apptranslator.h"
#include "clicommands.h"
#include "desktopapp.h"

int main(int argc, char **argv)
{
    // --lang applies to the headless subcommands too; it is taken out here because their
    // parsers reject options they do not know.
    VramScope::AppTranslator::takeLanguageArgument(argc, argv);
    // Headless subcommands (summary, diagnose, report, ...) never need a display.
    if (VramScope::isCommandLineInvocation(argc, argv))
        return VramScope::runCommandLine(argc, argv);
    return VramScope::runDesktopApp(argc, argv);
}
