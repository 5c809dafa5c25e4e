// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

class QString;
class QTextStream;

namespace VramScope {

// True when argv[1] names a headless subcommand (summary, diagnose, report, --help, --version).
bool isCommandLineInvocation(int argc, char **argv);
// Runs it and returns the process exit code (docs/cli.md lists the codes).
int runCommandLine(int argc, char **argv);

// A --rules file that cannot be read or has a bad line stops a command before it loads anything:
// the user asked for those rules, and dropping them silently would print other categories.
// Returns 0 (no file given, or it parses), else prints the reason and returns the exit code
// (3: cannot be read, 2: a bad line).
int checkRulesFile(const QString &path, QTextStream &err);

} // namespace VramScope
