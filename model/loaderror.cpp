// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "loaderror.h"

#include "modeltr.h"

namespace VramScope {

QString LoadError::message() const
{
    if (code == Code::None)
        return {};
    QString where;
    if (offset >= 0 && !key.isEmpty())
        where = Tr::tr("at byte %1, key '%2'").arg(offset).arg(key);
    else if (offset >= 0)
        where = Tr::tr("at byte %1").arg(offset);
    else if (!key.isEmpty())
        where = Tr::tr("key '%1'").arg(key);
    if (where.isEmpty())
        return Tr::tr("%1: %2").arg(path, reason);
    return Tr::tr("%1: %2: %3").arg(path, where, reason);
}

int LoadError::exitCode() const
{
    switch (code) {
    case Code::None: return 0;
    case Code::BadInput: return 2;
    case Code::IoError: return 3;
    case Code::Cancelled: return 4;
    case Code::Internal: return 5;
    }
    return 5;
}

LoadError LoadError::badInput(const QString &path, qint64 offset, const QString &reason,
                              const QString &key)
{
    return LoadError{Code::BadInput, path, offset, key, reason};
}

LoadError LoadError::io(const QString &path, const QString &reason)
{
    return LoadError{Code::IoError, path, -1, {}, reason};
}

LoadError LoadError::cancelled(const QString &path)
{
    return LoadError{Code::Cancelled, path, -1, {}, Tr::tr("cancelled")};
}

} // namespace VramScope
