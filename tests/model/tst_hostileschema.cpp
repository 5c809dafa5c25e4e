// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// Hostile and broken files through the whole loader (issue 7): every fixture truncated at many
// offsets, wrong magic, zero-length files, truncated gzip/zstd, a million frees of addresses that
// were never allocated, and proof that loading never modifies (or opens for writing) the input.
// Each failure must be a clear LoadError naming the file; never a crash or a hang.
#include "io/filesource.h"
#include "snapshotloader.h"
#include "testutils.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <unistd.h>

using namespace VramScope;

#define BYTES(literal) QByteArray(literal, sizeof(literal) - 1)

namespace {

// The loadable fixtures at the top of tests/data (not the goldens, texts or sub-folders).
QStringList loadableFixtures()
{
    const QStringList all = QDir(testDataPath(QString())).entryList(QDir::Files, QDir::Name);
    QStringList out;
    for (const QString &name : all) {
        if (name.endsWith(u".pickle") || name.endsWith(u".gz") || name.endsWith(u".zst")
            || name.endsWith(u".html") || name.endsWith(u".bin"))
            out << name;
    }
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Offsets to cut a file of `size` bytes at: the first bytes, evenly spread ones, the last bytes.
QList<qint64> cutOffsets(qint64 size, int spread)
{
    QList<qint64> cuts;
    for (qint64 c : {qint64(0), qint64(1), qint64(2), qint64(3), qint64(7), size / 2, size - 9,
                     size - 8, size - 4, size - 2, size - 1})
        cuts << c;
    for (int i = 1; i < spread; ++i)
        cuts << size * i / spread;
    QList<qint64> out;
    for (qint64 c : cuts) {
        if (c >= 0 && c < size && !out.contains(c))
            out << c;
    }
    std::sort(out.begin(), out.end());
    return out;
}

// A protocol-4 pickle {"segments": [], "device_traces": [[free_completed x n]]}: n frees of
// distinct addresses never allocated, 512 bytes each. Keys and the action name are memoized once
// and fetched with BINGET afterwards, as pickle.dumps does.
QByteArray unknownFreesPickle(int n)
{
    QByteArray p = BYTES("\x80\x04}(\x8c\x08segments]\x8c\x0d" "device_traces]](");
    p.reserve(p.size() + qsizetype(n) * 31 + 8);
    p += BYTES("}(\x8c\x06" "action\x94\x8c\x0e" "free_completed\x94\x8c\x04" "addr\x94");
    const auto addr = [&p](int i) {
        const quint64 a = 0x7f0000000000ull + quint64(i) * 512;
        p += '\x8a';
        p += '\x08';
        for (int b = 0; b < 8; ++b)
            p += char((a >> (8 * b)) & 0xff);
    };
    addr(0);
    p += BYTES("\x8c\x04" "size\x94J\x00\x02\x00\x00\x8c\x06" "stream\x94K\x00u");
    for (int i = 1; i < n; ++i) {
        if (i % 1000 == 0) // APPENDS batches of 1000, as pickle.dumps writes them
            p += BYTES("e(");
        p += BYTES("}(h\x00h\x01h\x02");
        addr(i);
        p += BYTES("h\x03J\x00\x02\x00\x00h\x04K\x00u");
    }
    p += BYTES("eau.");
    return p;
}

struct FileState
{
    QByteArray sha;
    QDateTime modified;
    qint64 size = -1;
    QFile::Permissions permissions;
    bool operator==(const FileState &o) const
    {
        return sha == o.sha && modified == o.modified && size == o.size
               && permissions == o.permissions;
    }
};

FileState stateOf(const QString &path)
{
    const QFileInfo info(path);
    return {QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256),
            info.fileTime(QFileDevice::FileModificationTime), info.size(), info.permissions()};
}

} // namespace

class tst_HostileSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Loads bytes written to a temp file named `name`; a failure must be BadInput naming it.
    LoadResult loadBytes(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return loadSnapshot(path);
    }

    static bool isSnapshotName(const QString &name)
    {
        for (const char *suffix : {".pickle", ".pkl", ".gz", ".zst", ".html"}) {
            if (name.endsWith(QLatin1String(suffix)))
                return true;
        }
        return false;
    }

    static void verifyClearError(const LoadResult &r, const QString &path)
    {
        QVERIFY2(!r.document, qPrintable(path + QStringLiteral(": accepted")));
        QCOMPARE(r.error.code, LoadError::Code::BadInput);
        QCOMPARE(r.error.exitCode(), 2);
        QVERIFY2(!r.error.reason.isEmpty(), qPrintable(r.error.message()));
        QVERIFY2(r.error.message().contains(path), qPrintable(r.error.message()));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void truncatedFixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        const QStringList fixtures = loadableFixtures();
        QVERIFY(fixtures.size() >= 15); // the corpus is there
        for (const QString &name : fixtures)
            QTest::newRow(qPrintable(name)) << name;
    }

    // Every prefix is either rejected with a clear error or, for HTML cut after the embedded
    // payload ends, still the whole snapshot. Never a crash.
    void truncatedFixtures()
    {
        QFETCH(QString, fixture);
        const QByteArray whole = readAll(testDataPath(fixture));
        const qint64 payloadEnd = fixture.endsWith(u".html")
                                      ? whole.indexOf("\"", whole.indexOf("\"base64\": \"") + 11)
                                      : whole.size();
        int cuts = 0;
        for (qint64 cut : cutOffsets(whole.size(), 24)) {
            const QString name = QStringLiteral("cut%1_").arg(cut) + fixture;
            const LoadResult r = loadBytes(name, whole.left(cut));
            ++cuts;
            if (cut > payloadEnd && r.ok())
                continue;
            verifyClearError(r, m_dir.filePath(name));
            if (cut == 0)
                QVERIFY2(r.error.reason.contains(u"empty"), qPrintable(r.error.message()));
            QFile::remove(m_dir.filePath(name));
        }
        QVERIFY(cuts >= std::min<qint64>(whole.size(), 20));
    }

    // The same on the real snapshots of ../shared/corpus, when it is beside the clone. Files over
    // 16 MB are left out (each cut is a whole parse, and the suite also runs under ASan).
    void truncatedCorpus()
    {
        const QString corpus = sharedCorpusPath();
        if (corpus.isEmpty())
            QSKIP("../shared/corpus is absent: real snapshots were not truncated");
        QDirIterator it(corpus, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const QString fileName = QFileInfo(path).fileName();
            if (QFileInfo(path).size() > (16 << 20) || !isSnapshotName(fileName))
                continue;
            const QByteArray whole = readAll(path);
            ++files;
            for (qint64 cut : cutOffsets(whole.size(), 6)) {
                const QString name = QStringLiteral("corpus_cut%1_").arg(cut) + fileName;
                const LoadResult r = loadBytes(name, whole.left(cut));
                if (fileName.endsWith(u".html") && r.ok())
                    continue; // cut after the embedded payload
                verifyClearError(r, m_dir.filePath(name));
                QFile::remove(m_dir.filePath(name));
            }
        }
        qInfo("truncated %d corpus snapshots", files);
        QVERIFY(files > 0);
    }

    void wrongMagic_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::addRow("zero-length") << QByteArray() << "file is empty";
        QTest::addRow("only whitespace")
            << QByteArray("  \n\t\n") << "not a PyTorch memory snapshot";
        QTest::addRow("text") << QByteArray("hello world\n") << "not a PyTorch memory snapshot";
        QTest::addRow("ELF") << BYTES("\x7f" "ELF\x02\x01\x01\x00") << "7f 45 4c 46";
        QTest::addRow("zip (torch.save)") << BYTES("PK\x03\x04\x14\x00\x00\x00") << "ZIP archive";
        QTest::addRow("xz") << BYTES("\xfd" "7zXZ\x00\x00\x04") << "xz-compressed";
        QTest::addRow("bzip2") << QByteArray("BZh91AY&SY") << "bzip2-compressed";
        QTest::addRow("almost gzip") << BYTES("\x1f\x8c\x08\x00\x00\x00\x00\x00") << "1f 8c";
        QTest::addRow("gzip, bad method") << BYTES("\x1f\x8b\x07\x00\x00\x00\x00\x00\x00\x03xx")
                                          << "gzip";
        // 0x28 is also '(' (MARK), so this reads as a protocol-0 pickle.
        QTest::addRow("almost zstd") << BYTES("\x28\xb5\x2f\xfe\x00\x00") << "unknown opcode 0xb5";
        QTest::addRow("zstd magic, garbage frame") << BYTES("\x28\xb5\x2f\xfd\xff\xff\xff\xff")
                                                   << "zstd";
        QTest::addRow("pickle protocol 9")
            << BYTES("\x80\x09}.") << "unsupported pickle protocol 9";
        QTest::addRow("HTML without a payload") << QByteArray("<html><body>hi</body></html>")
                                                << "HTML";
        QTest::addRow("HTML, payload not base64")
            << QByteArray("<html>[{\"name\": \"s\", \"base64\": \"%%%%\"}]</html>") << "base64";
        QTest::addRow("JSON of something else") << QByteArray("{\"a\": 1}") << "";
        QTest::addRow("NUL bytes") << QByteArray(4096, '\0') << "not a PyTorch memory snapshot";
    }

    void wrongMagic()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString name = QStringLiteral("magic_%1.bin")
                                 .arg(QString::fromLatin1(QTest::currentDataTag()))
                                 .replace(u' ', u'_');
        const LoadResult r = loadBytes(name, bytes);
        verifyClearError(r, m_dir.filePath(name));
        QVERIFY2(r.error.message().contains(reason, Qt::CaseInsensitive),
                 qPrintable(r.error.message()));
    }

    // Regression (fuzz_json, seed escapes.json): the first string with an escape sequence makes
    // rapidjson 1.1.0 push onto its still unallocated stack (nullptr + 1, a UBSan report under
    // clang; suppressed in fuzz/ubsan.supp). Escaped names and keys must still read correctly.
    void jsonEscapes()
    {
        const QByteArray json = "{\"traceEvents\": [{\"ph\": \"i\", \"name\": \"\\u005bmemory]\", "
                                "\"ts\": 1e3, \"args\": {\"\\u0041ddr\": 94000, \"Bytes\": 512, "
                                "\"Device Type\": 1, \"Device Id\": 0, \"Total Allocated\": 512, "
                                "\"Total Reserved\": 2097152}}], \"note\": \"\\ud83d\\ude00\\n\"}";
        const LoadResult r = loadBytes(QStringLiteral("escapes.json"), json);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.document->devices.size(), size_t(1));
        const DeviceTimeline &t = r.document->devices[0];
        QCOMPARE(t.actionCounts[int(TraceAction::Alloc)], 1);
        QCOMPARE(t.peakAllocated, qint64(512));
        QCOMPARE(t.intervals.size(), size_t(1));
        QCOMPARE(t.intervals[0].addr, quint64(94000));
    }

    // Regressions for fuzz findings: sizes that overflowed a cast or the replay's sums.
    void absurdSizes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        // fuzz_json: 1.7e22 bytes in a profiler timeline row was cast to quint64 (UB).
        QTest::addRow("profiler row of 1.7e22 bytes")
            << QByteArray("[[1700000000000000, 1700000000000100], [[0, 1000, 0, 0, 0, 0, 0, 0, 0],"
                          " [0, 17000000000000000000000.0, 0, 0, 0, 0, 0, 0, 0]]]")
            << "more than 1 PiB";
        // fuzz_json: a raw record of ~1.7e40 bytes (read as INT64_MAX) overflowed the replay.
        QTest::addRow("profiler raw record of 2^63 bytes")
            << QByteArray("[[-1, 1, 4069, 0], [1700000000000000000, 1, 9.3e18, 0]]")
            << "more than 1 PiB";
        // Three allocs of 2^62 bytes: allocated += size overflowed qint64 in the replay.
        QByteArray p = BYTES("\x80\x04}(\x8c\x08segments]\x8c\x0d" "device_traces]](");
        for (int i = 1; i <= 3; ++i) {
            p += BYTES("}(\x8c\x06" "action\x8c\x05" "alloc\x8c\x04" "addr");
            p += "J" + QByteArray(1, char(i)) + BYTES("\x10\x00\x00");
            p += BYTES("\x8c\x04" "size\x8a\x08\x00\x00\x00\x00\x00\x00\x00\x40u");
        }
        p += BYTES("eau.");
        QTest::addRow("allocs of 2^62 bytes")
            << p << "key 'size': size 4611686018427387904 exceeds 1 PiB";
    }

    void absurdSizes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString name = QStringLiteral("absurd%1.bin").arg(QTest::currentDataTag()[0] == 'p');
        const LoadResult r = loadBytes(name, bytes);
        verifyClearError(r, m_dir.filePath(name));
        QVERIFY2(r.error.message().contains(reason), qPrintable(r.error.message()));
    }

    // A compressed fixture cut in its middle and in its trailer: the stream says "truncated".
    void truncatedCompressed_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("reason");
        QTest::addRow("gzip") << "oom_expandable.pickle.gz" << "truncated gzip stream";
        QTest::addRow("zstd") << "oom_expandable.pickle.zst" << "truncated zstd stream";
    }

    void truncatedCompressed()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, reason);
        const QByteArray whole = readAll(testDataPath(fixture));
        QVERIFY(whole.size() > 1000);
        for (qint64 cut : {qint64(whole.size() / 3), qint64(whole.size() - 1)}) {
            const QString name = QStringLiteral("tc%1_").arg(cut) + fixture;
            const LoadResult r = loadBytes(name, whole.left(cut));
            verifyClearError(r, m_dir.filePath(name));
            QVERIFY2(r.error.reason.contains(reason), qPrintable(r.error.message()));
        }
    }

    // 1,048,576 frees of never-allocated addresses: each becomes an allocation from before the
    // window, so the baseline holds them all and the replay ends at zero.
    void millionUnknownFrees()
    {
        constexpr int N = 1 << 20;
        const QByteArray pickle = unknownFreesPickle(N);
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = loadBytes(QStringLiteral("frees.pickle"), pickle);
        const qint64 ms = timer.elapsed();
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        qInfo("1M unknown frees: %lld ms (%lld MB pickle)", ms, qint64(pickle.size() >> 20));
        QVERIFY2(ms < 120000, "not bounded"); // ~2 s in release, far less than this under ASan
        const Document &doc = *r.document;
        QCOMPARE(doc.devices.size(), size_t(1));
        const DeviceTimeline &t = doc.devices[0];
        QCOMPARE(t.eventCount, qint64(N));
        QCOMPARE(t.actionCounts[int(TraceAction::FreeCompleted)], N);
        QCOMPARE(t.actionCounts[int(TraceAction::Alloc)], 0);
        QCOMPARE(t.intervals.size(), size_t(N));
        QCOMPARE(t.baselineAllocated, qint64(N) * 512);
        QCOMPARE(t.peakAllocated, qint64(N) * 512);
        QCOMPARE(t.peakAllocatedIndex, qint64(-1));
        QCOMPARE(t.endAllocated, qint64(0));
        QCOMPARE(t.baselineReserved, qint64(0));
        const AllocationInterval &last = t.intervals.back();
        QCOMPARE(last.origin, IntervalOrigin::UnmatchedFree);
        QCOMPARE(last.addr, 0x7f0000000000ull + quint64(N - 1) * 512);
        QCOMPARE(last.size, quint64(512));
        QCOMPARE(last.freeCompletedIndex, qint64(N - 1));
        for (const QString &w : doc.warnings) // warnings are allowed, but not one per free
            QVERIFY2(w.size() < 1000, qPrintable(w.left(200)));
        QVERIFY(doc.warnings.size() < 20);
    }

    // Loading (successfully or not) leaves every input byte-identical with the same mtime.
    void inputsNeverModified()
    {
        const QDir dir(m_dir.filePath(QStringLiteral("ro")));
        QVERIFY(QDir().mkpath(dir.path()));
        for (const QString &fixture : loadableFixtures()) {
            const QString path = dir.filePath(fixture);
            QVERIFY(QFile::copy(testDataPath(fixture), path));
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
            const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-3600);
            {
                // An mtime in the past, so a rewrite could not hide in the same second.
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
            }
            const FileState before = stateOf(path);
            const LoadResult r = loadSnapshot(path);
            QVERIFY2(r.ok() || r.error.message().contains(path), qPrintable(r.error.message()));
            QVERIFY2(stateOf(path) == before, qPrintable(fixture));
            // Nothing written beside it either (no temp or lock files).
            QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), QStringList{fixture});
            QVERIFY(QFile::remove(path));
        }
    }

    // FileSource's descriptor is read-only (O_RDONLY in /proc/self/fdinfo), not merely unused.
    void fileSourceOpensReadOnly()
    {
        const QString path = testDataPath(QStringLiteral("small_p4.pickle"));
        const QDir fds(QStringLiteral("/proc/self/fd"));
        if (!fds.exists())
            QSKIP("no /proc/self/fd");
        const auto filter = QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot;
        FileSource source(path);
        QVERIFY(source.open());
        int found = 0;
        for (const QString &fd : fds.entryList(filter)) {
            char target[4096];
            const ssize_t len = readlink(qPrintable(fds.filePath(fd)), target, sizeof target);
            if (len <= 0
                || QString::fromLocal8Bit(target, len) != QFileInfo(path).canonicalFilePath())
                continue;
            const QByteArray info = readAll(QStringLiteral("/proc/self/fdinfo/") + fd);
            const qsizetype at = info.indexOf("flags:");
            QVERIFY(at >= 0);
            bool ok = false;
            const QByteArray field = info.mid(at + 6, info.indexOf('\n', at) - at - 6);
            const int flags = field.trimmed().toInt(&ok, 8);
            QVERIFY(ok);
            QCOMPARE(flags & O_ACCMODE, O_RDONLY);
            ++found;
        }
        QCOMPARE(found, 1);
        char buf[4];
        QCOMPARE(source.read(buf, 2), qint64(2));
        QCOMPARE(QByteArray(buf, 2), BYTES("\x80\x04"));
    }
};

QTEST_GUILESS_MAIN(tst_HostileSchema)
#include "tst_hostileschema.moc"
