// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace VramScope {

// Why a load failed. message() always names the file, the byte offset or key, and the reason.
struct LoadError
{
    enum class Code { None, BadInput, IoError, Cancelled, Internal };
    Code code = Code::None;
    QString path;
    qint64 offset = -1; // byte offset in the (decompressed) stream, -1 when not applicable
    QString key;        // schema key, when the problem is a key
    QString reason;

    bool isError() const { return code != Code::None; }
    QString message() const;
    // CLI exit codes: 0 ok, 2 bad input, 3 I/O error, 4 cancelled, 5 internal error.
    int exitCode() const;

    static LoadError badInput(const QString &path, qint64 offset, const QString &reason,
                              const QString &key = {});
    static LoadError io(const QString &path, const QString &reason);
    static LoadError cancelled(const QString &path);
};

} // namespace VramScope
