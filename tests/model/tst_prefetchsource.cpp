// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// PrefetchSource hands over exactly the inner source's bytes, in order, then its end or its error
// (with its message, after every byte produced before it), and can be dropped mid-stream.
#include "io/memorysource.h"
#include "io/prefetchsource.h"

#include <QtTest>

using namespace VramScope;

namespace {
QByteArray pattern(qint64 n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (qint64 i = 0; i < n; ++i)
        b[i] = char((i * 7 + i / 251) & 0xff);
    return b;
}

// Gives `good` bytes in odd-sized pieces, then fails.
class FailingSource : public ByteSource
{
public:
    explicit FailingSource(qint64 good)
        : m_data(pattern(good))
    {}
    qint64 read(char *dst, qint64 n) override
    {
        if (m_pos == m_data.size()) {
            m_error = QStringLiteral("corrupt block at byte 1234");
            return -1;
        }
        const qint64 k = std::min<qint64>({n, m_data.size() - m_pos, 4093});
        std::memcpy(dst, m_data.constData() + m_pos, size_t(k));
        m_pos += k;
        return k;
    }
    qint64 inputBytesConsumed() const override { return m_pos; }
    qint64 inputSize() const override { return m_data.size(); }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

QByteArray drain(ByteSource &s, qint64 piece, qint64 *last)
{
    QByteArray out;
    QByteArray buf(piece, Qt::Uninitialized);
    for (;;) {
        *last = s.read(buf.data(), piece);
        if (*last <= 0)
            return out;
        out.append(buf.constData(), *last);
    }
}
} // namespace

class tst_PrefetchSource : public QObject
{
    Q_OBJECT

private slots:
    void sameBytes_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("piece");
        QTest::newRow("empty") << qint64(0) << qint64(100);
        QTest::newRow("one byte reads") << qint64(3000) << qint64(1);
        QTest::newRow("many chunks, odd reads")
            << qint64(9 * PrefetchSource::ChunkBytes + 17) << qint64(65537);
        QTest::newRow("reads larger than a chunk")
            << qint64(3 * PrefetchSource::ChunkBytes) << qint64(5 << 20);
    }
    void sameBytes()
    {
        QFETCH(qint64, size);
        QFETCH(qint64, piece);
        const QByteArray data = pattern(size);
        PrefetchSource s(std::make_unique<MemorySource>(data));
        QCOMPARE(s.inputSize(), size);
        qint64 last = 0;
        const QByteArray got = drain(s, piece, &last);
        QCOMPARE(last, qint64(0));
        QCOMPARE(got.size(), data.size());
        QVERIFY(got == data);
        QCOMPARE(s.inputBytesConsumed(), size);
        QCOMPARE(s.read(nullptr, 0), qint64(0));
    }

    void errorAfterItsBytes()
    {
        const qint64 good = 2 * qint64(PrefetchSource::ChunkBytes) + 999;
        PrefetchSource s(std::make_unique<FailingSource>(good));
        qint64 last = 0;
        const QByteArray got = drain(s, 10000, &last);
        QCOMPARE(last, qint64(-1));
        QVERIFY(got == pattern(good));
        QCOMPARE(s.errorString(), QStringLiteral("corrupt block at byte 1234"));
        char c;
        QCOMPARE(s.read(&c, 1), qint64(-1)); // stays failed
    }

    // The loader drops the source when a load is cancelled: the thread must stop even though
    // nobody reads the chunks it has queued.
    void droppedMidStream()
    {
        const QByteArray data(qint64(64) << 20, 'x');
        QElapsedTimer t;
        {
            PrefetchSource s(std::make_unique<MemorySource>(data));
            char buf[100];
            QCOMPARE(s.read(buf, sizeof buf), qint64(sizeof buf));
            t.start(); // time the drop only: the thread stops after at most one more chunk
        }
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(tst_PrefetchSource)
#include "tst_prefetchsource.moc"
