// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

namespace VramScope {

// True when argv[1] names a headless subcommand (summary, diagnose, report, --help, --version).
bool isCommandLineInvocation(int argc, char **argv);
// Runs it and returns the process exit code (docs/cli.md lists the codes).
int runCommandLine(int argc, char **argv);

} // namespace VramScope
