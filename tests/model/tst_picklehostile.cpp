// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// Hostile pickles: each must end in a clear error with an offset, never a crash, hang, code
// execution or an allocation the size of a declared (not actual) length.
#include "io/memorysource.h"
#include "snapshot/picklesnapshotreader.h"
#include "testutils.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace VramScope;

// A byte string literal with embedded NULs, exactly as long as written.
#define BYTES(literal) QByteArray(literal, sizeof(literal) - 1)

class tst_PickleHostile : public QObject
{
    Q_OBJECT

private:
    static LoadError readError(const QByteArray &bytes)
    {
        MemorySource src(bytes);
        Snapshot snap;
        LoadError err;
        const bool ok = readPickleSnapshot(src, QStringLiteral("hostile.pickle"), nullptr, {}, &snap, &err);
        if (ok)
            return LoadError{};
        return err;
    }

private slots:
    void rejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<qint64>("offset");
        QTest::addRow("empty") << QByteArray() << "empty pickle" << qint64(0);
        QTest::addRow("bad protocol") << BYTES("\x80\x09}.") << "unsupported pickle protocol 9" << qint64(0);
        QTest::addRow("unknown opcode") << BYTES("\x80\x04\xff") << "unknown opcode 0xff" << qint64(2);
        QTest::addRow("4 GB string header in a tiny file")
            << BYTES("\x80\x04X\xff\xff\xff\xff" "abc") << "exceeds the limit" << qint64(2);
        QTest::addRow("declared string longer than the file")
            << BYTES("\x80\x04X\x00\x00\x10\x00" "abc") << "truncated" << qint64(2);
        QTest::addRow("memo index never stored") << BYTES("\x80\x02j\x00\x00\x00\x7f.")
                                                 << "memo index 2130706432 was never stored" << qint64(2);
        QTest::addRow("memo put on empty stack") << BYTES("\x80\x04\x94.") << "memo store with an empty stack" << qint64(2);
        QTest::addRow("self reference") << BYTES("\x80\x04]\x94h\x00" "a.") << "contains itself" << qint64(6);
        QTest::addRow("stack underflow") << BYTES("\x80\x04" "a.") << "stack underflow" << qint64(2);
        QTest::addRow("out-of-band buffer") << BYTES("\x80\x05\x97.") << "out-of-band" << qint64(2);
        QTest::addRow("persistent id") << BYTES("\x80\x02K\x01Q.") << "persistent id" << qint64(4);
        QTest::addRow("no STOP") << BYTES("\x80\x04}") << "truncated" << qint64(3);
        QTest::addRow("huge LONG4") << BYTES("\x80\x02\x8b\x00\x00\x00\x40") << "beyond any snapshot value" << qint64(2);
        QTest::addRow("a bare int") << BYTES("\x80\x04K\x05.") << "single value" << qint64(-1);
        QTest::addRow("a dict of other things") << BYTES("\x80\x04}\x8c\x01" "a" "K\x01s.")
                                               << "neither 'segments' nor 'device_traces'" << qint64(-1);
        QTest::addRow("string where an int belongs")
            << BYTES("\x80\x04}\x8c\x0d" "device_traces" "]]}\x8c\x04" "size" "\x8c\x03" "big" "saas.")
            << "key 'size': expected an int, found str" << qint64(33);
        QTest::addRow("negative size")
            << BYTES("\x80\x04}\x8c\x0d" "device_traces" "]]}\x8c\x04" "size" "J\xfe\xff\xff\xff" "saas.")
            << "negative size -2" << qint64(33); // the APPEND that attaches the entry
        QTest::addRow("size over 2^63")
            << BYTES("\x80\x04}\x8c\x0d" "device_traces" "]]}\x8c\x04" "size" "\x8a\x09\x00\x00\x00\x00\x00\x00\x00\x80\x00" "saas.")
            << "exceeds 2^63" << qint64(39);
    }

    void rejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QFETCH(qint64, offset);
        const LoadError err = readError(bytes);
        QVERIFY2(err.isError(), "a hostile pickle was accepted");
        QVERIFY2(err.message().contains(reason), qPrintable(err.message()));
        QVERIFY2(err.message().contains(QStringLiteral("hostile.pickle")), qPrintable(err.message()));
        QCOMPARE(err.offset, offset);
        QCOMPARE(err.exitCode(), 2);
    }

    // GLOBAL os.system + REDUCE, and STACK_GLOBAL builtins.eval: nothing runs, the error names them.
    void codeExecutionIsInert()
    {
        QTemporaryDir dir;
        const QByteArray sentinel = dir.filePath(QStringLiteral("pwned")).toUtf8();
        QByteArray osSystem = "cos\nsystem\n(X" ;
        const quint32 n = quint32(sentinel.size() + 6);
        osSystem += QByteArray(reinterpret_cast<const char *>(&n), 4) + "touch " + sentinel + "tR.";
        LoadError err = readError(osSystem);
        QVERIFY(err.message().contains(QStringLiteral("os.system")));
        QVERIFY(err.message().contains(QStringLiteral("nothing was executed")));

        const QByteArray evalPickle = BYTES("\x80\x04\x8c\x08" "builtins\x8c\x04" "eval\x93\x8c\x13"
                              "open('x','w').close\x85R.");
        err = readError(evalPickle);
        QVERIFY2(err.message().contains(QStringLiteral("builtins.eval")), qPrintable(err.message()));
        QVERIFY(!QFile::exists(QString::fromUtf8(sentinel)));
        QVERIFY(!QFile::exists(QStringLiteral("x")));
    }

    // Every prefix of a valid snapshot fails cleanly with an offset inside the prefix.
    void truncatedEverywhere()
    {
        QFile f(testDataPath(QStringLiteral("small_p4.pickle")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray full = f.readAll();
        for (qsizetype cut = 0; cut < full.size() - 1; ++cut) {
            const LoadError err = readError(full.left(cut));
            QVERIFY2(err.isError(), qPrintable(QStringLiteral("prefix %1 accepted").arg(cut)));
            QVERIFY(err.offset <= cut);
        }
    }

    void deepNestingAndMarks()
    {
        QElapsedTimer timer;
        timer.start();
        QByteArray nested("\x80\x04", 2);
        nested += QByteArray(100000, ']') + QByteArray(100000, 'a') + '.';
        QVERIFY(readError(nested).message().contains(QStringLiteral("nested deeper than")));
        QByteArray marks("\x80\x04", 2);
        marks += QByteArray(3000000, '(') + '.';
        QVERIFY(readError(marks).message().contains(QStringLiteral("open MARKs")));
        QByteArray values("\x80\x04", 2);
        values += QByteArray(3000000, 'N') + '.';
        QVERIFY(readError(values).message().contains(QStringLiteral("values on the pickle stack")));
        QVERIFY2(timer.elapsed() < 20000, "hostile nesting took too long"); // a hang, not a benchmark
    }

    // Bit flips anywhere: an error or a snapshot, never a crash (run under ASan in CI).
    void bitFlips()
    {
        QFile f(testDataPath(QStringLiteral("small_p2.pickle")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray full = f.readAll();
        quint32 seed = 12345;
        int errors = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray b = full;
            seed = seed * 1664525u + 1013904223u;
            const qsizetype pos = qsizetype(seed % quint32(b.size()));
            b[pos] = char(b[pos] ^ char(1 << ((seed >> 16) % 8)));
            errors += readError(b).isError() ? 1 : 0;
        }
        QVERIFY(errors > 0);
    }
};

QTEST_GUILESS_MAIN(tst_PickleHostile)
#include "tst_picklehostile.moc"
