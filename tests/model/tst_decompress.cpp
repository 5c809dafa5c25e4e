// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "io/base64source.h"
#include "io/gzipsource.h"
#include "io/inputopener.h"
#include "io/memorysource.h"
#include "io/zstdsource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>
#include <zstd.h>

using namespace VramScope;

namespace {

QByteArray sampleData(qsizetype size, quint32 seed = 1)
{
    // Half text (compressible), half noise (not), so inflate sees both block kinds.
    QRandomGenerator rng(seed);
    QByteArray out;
    out.reserve(size);
    while (out.size() < size) {
        out += "{'action': 'alloc', 'addr': 140213, 'frames': [], 'size': ";
        out += QByteArray::number(rng.bounded(1 << 30));
        for (int i = 0; i < 40; ++i)
            out += char(rng.bounded(256));
    }
    out.truncate(size);
    return out;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream z{};
    if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int ret = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return ret == Z_STREAM_END ? out : QByteArray();
}

// With a content checksum, as the zstd CLI writes by default (ZSTD_compress() does not).
QByteArray zstd(const QByteArray &data, bool checksum = false)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(data.size()))), '\0');
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, checksum ? 1 : 0);
    const size_t n = ZSTD_compress2(cctx, out.data(), size_t(out.size()), data.constData(),
                                    size_t(data.size()));
    ZSTD_freeCCtx(cctx);
    out.resize(ZSTD_isError(n) ? 0 : qsizetype(n));
    return out;
}

QByteArray skippableFrame()
{
    QByteArray f = QByteArray::fromHex("502a4d18" "05000000");
    return f + "hello";
}

QByteArray compress(const QByteArray &format, const QByteArray &data)
{
    return format == "gzip" ? gzip(data) : zstd(data);
}

std::unique_ptr<ByteSource> decoder(const QByteArray &format, const QByteArray &compressed,
                                    const InputLimits &limits = {})
{
    auto input = std::make_unique<MemorySource>(compressed);
    if (format == "gzip")
        return std::make_unique<GzipSource>(std::move(input), limits);
    return std::make_unique<ZstdSource>(std::move(input), limits);
}

// Reads everything; *ok is false when read() failed (then the error is in the source).
QByteArray drain(ByteSource &source, qint64 chunk, bool *ok)
{
    QByteArray all;
    QByteArray buffer(chunk, '\0');
    for (;;) {
        const qint64 r = source.read(buffer.data(), chunk);
        if (r <= 0) {
            *ok = r == 0;
            return all;
        }
        all.append(buffer.constData(), r);
    }
}

// Streams `zeros` zero bytes through the compressor into a file, never holding them in memory.
bool writeBomb(const QString &path, const QByteArray &format, qint64 zeros)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // A plausible pickle start, so the bomb gets past sniffing, then zeros.
    QByteArray block(1 << 20, '\0');
    block.replace(0, 3, "\x80\x04\x95");
    QByteArray out(1 << 20, '\0');
    if (format == "gzip") {
        // Deflating 4 GiB takes seconds, so compress one MiB of zeros after a full flush (which
        // makes it self-contained) and repeat its output; then fix up the gzip trailer.
        z_stream z{};
        deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
        auto deflateChunk = [&](const QByteArray &in, int flush) {
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
            z.avail_in = uInt(in.size());
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = uInt(out.size());
            deflate(&z, flush);
            return out.left(out.size() - qsizetype(z.avail_out));
        };
        file.write(deflateChunk(block, Z_FULL_FLUSH));
        uLong crc = crc32(0, reinterpret_cast<const Bytef *>(block.constData()), uInt(block.size()));
        block.fill('\0');
        const QByteArray zeroChunk = deflateChunk(block, Z_FULL_FLUSH);
        const uLong zeroCrc = crc32(0, reinterpret_cast<const Bytef *>(block.constData()),
                                    uInt(block.size()));
        for (qint64 done = block.size(); done < zeros; done += block.size()) {
            file.write(zeroChunk);
            crc = crc32_combine(crc, zeroCrc, z_off_t(block.size()));
        }
        QByteArray tail = deflateChunk({}, Z_FINISH);
        deflateEnd(&z);
        for (int i = 0; i < 4; ++i) {
            tail[tail.size() - 8 + i] = char((crc >> (8 * i)) & 0xff);
            tail[tail.size() - 4 + i] = char((quint64(zeros) >> (8 * i)) & 0xff);
        }
        file.write(tail);
    } else {
        ZSTD_CCtx *cctx = ZSTD_createCCtx();
        for (qint64 done = 0; done <= zeros; done += block.size()) {
            const bool last = done == zeros;
            ZSTD_inBuffer in{block.constData(), last ? 0 : size_t(block.size()), 0};
            size_t remaining = 0;
            do {
                ZSTD_outBuffer o{out.data(), size_t(out.size()), 0};
                remaining = ZSTD_compressStream2(cctx, &o, &in, last ? ZSTD_e_end : ZSTD_e_continue);
                file.write(out.constData(), qsizetype(o.pos));
            } while (in.pos < in.size || (last && remaining != 0));
            block.fill('\0');
        }
        ZSTD_freeCCtx(cctx);
    }
    return file.error() == QFile::NoError;
}

} // namespace

class tst_Decompress : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void corrupt_data();
    void corrupt();
    void bomb_data();
    void bomb();
    void base64_data();
    void base64();

private:
    QTemporaryDir m_dir;
};

void tst_Decompress::roundTrip_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QByteArray>("compressed");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<qint64>("chunk");

    const QByteArray a = sampleData(3 << 20, 1); // several input and output chunks
    const QByteArray b = sampleData(70000, 2);
    for (const char *f : {"gzip", "zstd"}) {
        const QByteArray fmt(f);
        QTest::addRow("%s/single", f) << fmt << compress(fmt, a) << a << qint64(1 << 16);
        QTest::addRow("%s/tiny-reads", f) << fmt << compress(fmt, b) << b << qint64(7);
        QTest::addRow("%s/two-members", f)
            << fmt << QByteArray(compress(fmt, a) + compress(fmt, b)) << QByteArray(a + b) << qint64(1 << 20);
        QTest::addRow("%s/empty-member", f)
            << fmt << QByteArray(compress(fmt, {}) + compress(fmt, b)) << b << qint64(4096);
    }
    QTest::addRow("gzip/trailing-nuls")
        << QByteArray("gzip") << QByteArray(gzip(b) + QByteArray(512, '\0')) << b << qint64(4096);
    QTest::addRow("zstd/skippable-frame")
        << QByteArray("zstd") << QByteArray(skippableFrame() + zstd(b) + skippableFrame()) << b
        << qint64(4096);
}

void tst_Decompress::roundTrip()
{
    QFETCH(QByteArray, format);
    QFETCH(QByteArray, compressed);
    QFETCH(QByteArray, expected);
    QFETCH(qint64, chunk);

    QVERIFY(!compressed.isEmpty());
    auto source = decoder(format, compressed);
    bool ok = false;
    const QByteArray got = drain(*source, chunk, &ok);
    QVERIFY2(ok, qPrintable(source->errorString()));
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
    QCOMPARE(source->inputBytesConsumed(), qint64(compressed.size()));
    QCOMPARE(source->inputSize(), qint64(compressed.size()));
    char c;
    QCOMPARE(source->read(&c, 1), qint64(0)); // stays at the end
}

void tst_Decompress::corrupt_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QByteArray>("compressed");
    QTest::addColumn<QString>("reason");

    const QByteArray data = sampleData(200000);
    const QByteArray gz = gzip(data);
    const QByteArray zs = zstd(data, true);
    QByteArray gzBad = gz;
    gzBad[10] = char(0xff); // first deflate block header: an invalid block type
    gzBad[11] = char(0xff);
    QByteArray zsBad = zs;
    for (qsizetype i = zs.size() / 2; i < zs.size() / 2 + 64; ++i)
        zsBad[i] = char(~zsBad[i]);

    QTest::newRow("gzip/truncated-half") << QByteArray("gzip") << gz.left(gz.size() / 2)
                                         << QStringLiteral("truncated gzip stream");
    QTest::newRow("gzip/truncated-trailer") << QByteArray("gzip") << gz.left(gz.size() - 4)
                                            << QStringLiteral("truncated gzip stream");
    QTest::newRow("gzip/header-only") << QByteArray("gzip") << gz.left(6)
                                      << QStringLiteral("truncated gzip stream");
    QTest::newRow("gzip/empty") << QByteArray("gzip") << QByteArray()
                                << QStringLiteral("truncated gzip stream");
    QTest::newRow("gzip/corrupt") << QByteArray("gzip") << gzBad
                                  << QStringLiteral("corrupt gzip data at compressed byte 1");
    QTest::newRow("gzip/garbage-after-member")
        << QByteArray("gzip") << QByteArray(gz + "garbage!")
        << QStringLiteral("corrupt gzip data at compressed byte");
    QTest::newRow("zstd/truncated-half") << QByteArray("zstd") << zs.left(zs.size() / 2)
                                         << QStringLiteral("truncated zstd stream");
    QTest::newRow("zstd/truncated-checksum") << QByteArray("zstd") << zs.left(zs.size() - 1)
                                             << QStringLiteral("truncated zstd stream");
    QTest::newRow("zstd/empty") << QByteArray("zstd") << QByteArray()
                                << QStringLiteral("truncated zstd stream");
    QTest::newRow("zstd/corrupt") << QByteArray("zstd") << zsBad
                                  << QStringLiteral("corrupt zstd data at compressed byte");
}

void tst_Decompress::corrupt()
{
    QFETCH(QByteArray, format);
    QFETCH(QByteArray, compressed);
    QFETCH(QString, reason);

    auto source = decoder(format, compressed);
    bool ok = true;
    const QByteArray got = drain(*source, 1 << 16, &ok);
    QVERIFY(!ok);
    QVERIFY2(source->errorString().contains(reason), qPrintable(source->errorString()));
    char c;
    QCOMPARE(source->read(&c, 1), qint64(-1)); // errors are sticky
}

void tst_Decompress::bomb_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<qint64>("maxRatio");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("stopNear");

    const qint64 mib256 = qint64(256) << 20;
    const QString absolute = QStringLiteral("exceeds the limit of 268435456 bytes");
    QTest::newRow("gzip/absolute") << QByteArray("gzip") << mib256 << qint64(2000) << absolute
                                   << mib256;
    QTest::newRow("gzip/ratio") << QByteArray("gzip") << qint64(64) * (1 << 30) << qint64(100)
                                << QStringLiteral("ratio exceeds the limit of 100:1")
                                << RatioAllowanceBytes;
    QTest::newRow("zstd/absolute") << QByteArray("zstd") << mib256 << qint64(0) << absolute
                                   << mib256;
    QTest::newRow("zstd/ratio") << QByteArray("zstd") << qint64(64) * (1 << 30) << qint64(2000)
                                << QStringLiteral("ratio exceeds the limit of 2000:1")
                                << RatioAllowanceBytes;
}

void tst_Decompress::bomb()
{
    QFETCH(QByteArray, format);
    QFETCH(qint64, maxBytes);
    QFETCH(qint64, maxRatio);
    QFETCH(QString, reason);
    QFETCH(qint64, stopNear);

    const qint64 zeros = qint64(4) << 30; // 4 GiB
    const QString path = m_dir.filePath(QString::fromLatin1("bomb." + format));
    if (!QFile::exists(path))
        QVERIFY(writeBomb(path, format, zeros)); // ~4 MB (gzip) / ~130 KB (zstd)
    QVERIFY(QFileInfo(path).size() < zeros / 500);

    QElapsedTimer timer;
    timer.start();
    LoadError error;
    OpenedInput input = openInput(path, InputLimits{maxBytes, maxRatio}, &error);
    QVERIFY2(input.source, qPrintable(error.message()));
    QByteArray buffer(1 << 20, '\0');
    qint64 total = 0;
    qint64 r = 0;
    while ((r = input.source->read(buffer.data(), buffer.size())) > 0)
        total += r;
    QCOMPARE(r, qint64(-1));
    const QString message = input.source->errorString();
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("docs/limits.md")), qPrintable(message));
    QVERIFY(message.startsWith(QString::fromLatin1(format)));
    // Stopped near the limit, not after the whole 4 GiB.
    QVERIFY2(total >= stopNear - (1 << 20) && total <= stopNear,
             qPrintable(QString::number(total)));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    qInfo("%s: stopped after %lld bytes in %lld ms", format.constData(), total, timer.elapsed());
}

void tst_Decompress::base64_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<qint64>("chunk");

    // As _memory_viz.py's _format_viz: pad with 3 - len % 3 NULs (so never '='), then base64.
    auto embed = [](const QByteArray &pickle, const QByteArray &prefix = {},
                    const QByteArray &sep = ": ") {
        const QByteArray padded = pickle + QByteArray(3 - pickle.size() % 3, '\0');
        return std::pair<QByteArray, QByteArray>(prefix + "\n<!DOCTYPE html>\n<html>\n<head>\n</head>\n<body>\n"
                         "<script type=\"module\">\nimport {add_local_files} from "
                         "\"https://cdn.jsdelivr.net/gh/pytorch/pytorch@main/torch/utils/viz/"
                         "MemoryViz.js\"\nconst local_files = [{\"name\": \"snapshot.pickle\", "
                         "\"base64\"" + sep + "\"" + padded.toBase64() + "\"}]\n"
                         "add_local_files(local_files, 'Active Memory Timeline')\n</script>\n"
                         "</body>\n",
                         padded);
    };
    for (int size : {1, 2, 3, 1000, 200001}) {
        const auto [html, padded] = embed("\x80\x04" + sampleData(size, quint32(size)) + ".");
        QTest::addRow("size-%d", size) << html << padded << qint64(65536);
        QTest::addRow("size-%d/1-byte-reads", size) << html << padded << qint64(1);
    }
    // The marker straddles the 64 KiB scan buffer; a near-miss `"base64"` precedes it.
    const QByteArray marker = "\"base64\": \"";
    const qsizetype at = embed(QByteArray("\x80\x02}q\x00.", 6)).first.indexOf(marker);
    const QByteArray filler = "\"base64\" = 1; " + QByteArray(65536 - 3 - at - 14, ' ');
    const auto [far, farPadded] = embed(QByteArray("\x80\x02}q\x00.", 6), filler);
    QVERIFY(far.indexOf(marker) == 65533);
    QTest::newRow("marker-across-buffers") << far << farPadded << qint64(5);
    const auto [tight, tightPadded] = embed("\x80\x02].", {}, ":");
    QTest::newRow("no-space-after-colon") << tight << tightPadded << qint64(64);

    const QByteArray data = sampleData(301, 9);
    QByteArray b64 = data.toBase64(); // '=' padded, wrapped, '/' escaped as JSON allows
    b64.replace("/", "\\/");
    for (qsizetype i = 76; i < b64.size(); i += 77)
        b64.insert(i, '\n');
    QTest::newRow("padding-wrapping-escapes")
        << QByteArray("<html>{\"base64\" :\n \"" + b64 + "\"}") << data << qint64(100);
}

void tst_Decompress::base64()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, expected);
    QFETCH(qint64, chunk);

    Base64Source source(std::make_unique<MemorySource>(html));
    bool ok = false;
    const QByteArray got = drain(source, chunk, &ok);
    QVERIFY2(ok, qPrintable(source.errorString()));
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
    QVERIFY(source.payloadOffset() > 0);
    QVERIFY(source.inputBytesConsumed() <= html.size());
}

QTEST_GUILESS_MAIN(tst_Decompress)
#include "tst_decompress.moc"
