// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "io/filesource.h"

#include "modeltr.h"

namespace VramScope {

FileSource::FileSource(const QString &path)
    : m_file(path)
{
}

bool FileSource::open()
{
    // Input files are never written: ReadOnly only, no truncation, no locking.
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        m_error = m_file.errorString();
        return false;
    }
    m_size = m_file.size();
    m_consumed = 0;
    return true;
}

qint64 FileSource::read(char *dst, qint64 n)
{
    if (!m_error.isEmpty())
        return -1;
    if (!m_file.isOpen()) {
        m_error = Tr::tr("file is not open");
        return -1;
    }
    if (n <= 0)
        return 0;
    const qint64 r = m_file.read(dst, n);
    if (r < 0) {
        m_error = Tr::tr("read error at byte %1: %2").arg(m_consumed).arg(m_file.errorString());
        return -1;
    }
    m_consumed += r;
    return r;
}

} // namespace VramScope
