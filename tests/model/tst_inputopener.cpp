// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#include "io/filesource.h"
#include "io/inputopener.h"
#include "io/memorysource.h"
#include "io/peeksource.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>
#include <zstd.h>

#include <unistd.h>

using namespace VramScope;

Q_DECLARE_METATYPE(Compression)
Q_DECLARE_METATYPE(Container)
Q_DECLARE_METATYPE(Payload)
Q_DECLARE_METATYPE(LoadError::Code)

namespace {

QByteArray pickleLike(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out("\x80\x04\x95", 3);
    while (out.size() < size - 1)
        out += char(rng.bounded(256));
    return out + '.';
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

QByteArray zstd(const QByteArray &data)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(data.size()))), '\0');
    const size_t n = ZSTD_compress(out.data(), size_t(out.size()), data.constData(),
                                   size_t(data.size()), 3);
    out.resize(ZSTD_isError(n) ? 0 : qsizetype(n));
    return out;
}

// What _memory_viz.py's trace_plot writes: the pickle padded with 1-3 NULs, base64, in a template.
QByteArray memoryVizHtml(const QByteArray &pickle, QByteArray *padded)
{
    *padded = pickle + QByteArray(3 - pickle.size() % 3, '\0');
    return "\n<!DOCTYPE html>\n<html>\n<head>\n</head>\n<body>\n<script type=\"module\">\n"
           "import {add_local_files} from \"https://cdn.jsdelivr.net/gh/pytorch/pytorch@main/"
           "torch/utils/viz/MemoryViz.js\"\nconst local_files = [{\"name\": \"snapshot.pickle\", "
           "\"base64\": \"" + padded->toBase64() + "\"}]\n"
           "add_local_files(local_files, 'Active Memory Timeline')\n</script>\n</body>\n";
}

QByteArray drain(ByteSource &source, bool *ok)
{
    QByteArray all;
    char buffer[4096];
    qint64 r = 0;
    while ((r = source.read(buffer, sizeof buffer)) > 0)
        all.append(buffer, r);
    *ok = r == 0;
    return all;
}

} // namespace

class tst_InputOpener : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data();
    void sniff();
    void errors_data();
    void errors();
    void permissionDenied();
    void readOnlyFile();
    void peekSource();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString tst_InputOpener::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void tst_InputOpener::sniff_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<Compression>("compression");
    QTest::addColumn<Container>("container");
    QTest::addColumn<Payload>("payload");

    const QByteArray pickle = pickleLike(300000, 1);
    const QByteArray small = pickleLike(1000, 2);
    const QByteArray proto0 = "(dp0\nVaction\np1\nVoom\np2\ns.";
    const QByteArray json = "{\"segments\": [], \"device_traces\": []}";
    QByteArray padded;
    const QByteArray html = memoryVizHtml(pickle, &padded);
    const auto none = Compression::None, gz = Compression::Gzip, zs = Compression::Zstd;
    const auto pk = Container::Pickle;

    QTest::newRow("pickle") << pickle << pickle << none << pk << Payload::Pickle;
    QTest::newRow("pickle-protocol0") << proto0 << proto0 << none << pk << Payload::Pickle;
    QTest::newRow("pickle-empty-list") << QByteArray("].") << QByteArray("].") << none << pk
                                       << Payload::Pickle;
    QTest::newRow("pickle.gz") << gzip(pickle) << pickle << gz << pk << Payload::Pickle;
    QTest::newRow("pickle.gz/two-members")
        << QByteArray(gzip(pickle) + gzip(small)) << QByteArray(pickle + small) << gz << pk << Payload::Pickle;
    QTest::newRow("pickle.zst") << zstd(pickle) << pickle << zs << pk << Payload::Pickle;
    QTest::newRow("pickle.zst/two-frames")
        << QByteArray(zstd(small) + zstd(pickle)) << QByteArray(small + pickle) << zs << pk << Payload::Pickle;
    QTest::newRow("json") << json << json << none << Container::Json << Payload::Json;
    const QByteArray bomJson = "\xef\xbb\xbf\n  [" + json + "]";
    QTest::newRow("json-array-bom") << bomJson << bomJson << none << Container::Json
                                    << Payload::Json;
    QTest::newRow("json.gz") << gzip(json) << json << gz << Container::Json << Payload::Json;
    QTest::newRow("json.zst") << zstd(json) << json << zs << Container::Json << Payload::Json;
    QTest::newRow("html") << html << padded << none << Container::HtmlEmbed << Payload::Pickle;
    QTest::newRow("html.gz") << gzip(html) << padded << gz << Container::HtmlEmbed
                             << Payload::Pickle;
    QTest::newRow("html.zst") << zstd(html) << padded << zs << Container::HtmlEmbed
                              << Payload::Pickle;
    QTest::newRow("html-json") << QByteArray("<html>[{\"base64\": \"" + json.toBase64() + "\"}]") << json
                               << none << Container::HtmlEmbed << Payload::Json;
}

void tst_InputOpener::sniff()
{
    QFETCH(QByteArray, file);
    QFETCH(QByteArray, expected);
    QFETCH(Compression, compression);
    QFETCH(Container, container);
    QFETCH(Payload, payload);

    // A misleading name: the content decides.
    const QString path = write(QStringLiteral("input.txt"), file);
    QVERIFY(!path.isEmpty());
    LoadError error = LoadError::io(QStringLiteral("stale"), QStringLiteral("stale"));
    OpenedInput input = openInput(path, {}, &error);
    QVERIFY2(input.source, qPrintable(error.message()));
    QVERIFY(!error.isError());
    QCOMPARE(input.compression, compression);
    QCOMPARE(input.container, container);
    QCOMPARE(input.payload, payload);
    QCOMPARE(input.source->inputSize(), qint64(file.size()));

    bool ok = false;
    const QByteArray got = drain(*input.source, &ok);
    QVERIFY2(ok, qPrintable(input.source->errorString()));
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
    if (container != Container::HtmlEmbed) // HTML stops reading at the closing quote
        QCOMPARE(input.source->inputBytesConsumed(), qint64(file.size()));
}

void tst_InputOpener::errors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("file"); // not written when name is "missing"
    QTest::addColumn<LoadError::Code>("code");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("reason");

    const auto bad = LoadError::Code::BadInput;
    const auto io = LoadError::Code::IoError;
    QByteArray corrupt = gzip(pickleLike(100000, 3));
    corrupt[10] = char(0xff);
    corrupt[11] = char(0xff);

    QTest::newRow("missing") << "missing" << QByteArray() << io << qint64(-1)
                             << QStringLiteral("file not found");
    QTest::newRow("directory") << "dir" << QByteArray() << io << qint64(-1)
                               << QStringLiteral("is a directory");
    QTest::newRow("empty") << "empty" << QByteArray() << bad << qint64(0)
                           << QStringLiteral("at byte 0: file is empty");
    QTest::newRow("unknown-magic")
        << "unknown" << QByteArray("Jk<notes about my run>") << bad << qint64(0)
        << QStringLiteral("at byte 0: not a PyTorch memory snapshot: unrecognised leading bytes "
                          "4a 6b 3c 6e 6f 74 65 73");
    QTest::newRow("whitespace-only") << "blank" << QByteArray(" \n\t\n") << bad << qint64(0)
                                     << QStringLiteral("unrecognised leading bytes 20 0a 09 0a");
    QTest::newRow("unknown-in-gzip")
        << "unknown.gz" << gzip("PNG?") << bad << qint64(0)
        << QStringLiteral("unrecognised leading bytes 50 4e 47 3f (after gzip decompression)");
    QTest::newRow("empty-in-zstd") << "empty.zst" << zstd({}) << bad << qint64(0)
                                   << QStringLiteral("file is empty (after zstd decompression)");
    QTest::newRow("corrupt-gzip") << "corrupt.gz" << corrupt << bad << qint64(-1)
                                  << QStringLiteral("corrupt gzip data at compressed byte");
    QTest::newRow("truncated-zstd") << "cut.zst" << zstd(pickleLike(5000, 4)).left(9) << bad
                                    << qint64(-1) << QStringLiteral("truncated zstd stream");
    QTest::newRow("html-without-embed")
        << "page.html" << QByteArray("<!DOCTYPE html><html><body>plot</body></html>") << bad
        << qint64(-1)
        << QStringLiteral("HTML file has no embedded snapshot (expected PyTorch _memory_viz.py "
                          "output)");
    QTest::newRow("html-embeds-other") << "other.html"
                                       << QByteArray("<p>{\"base64\": \"" + QByteArray("GIF89a").toBase64()
                                                         + "\"}") << bad << qint64(-1)
                                       << QStringLiteral("embedded data is not a snapshot");
    // Broken embeds (Base64Source errors, seen by openInput's sniffing of the decoded bytes).
    QTest::newRow("html-key-not-string") << "k.html" << QByteArray("<p>{\"base64\": 12}</p>") << bad
                                         << qint64(-1) << QStringLiteral("no embedded snapshot");
    QTest::newRow("html-unterminated") << "u.html" << QByteArray("<p>{\"base64\": \"gARdlC4A") << bad
                                       << qint64(-1)
                                       << QStringLiteral("truncated embedded snapshot: the HTML "
                                                         "ends at byte 23 inside the base64 data");
    QTest::newRow("html-invalid-char")
        << "i.html" << QByteArray("<p>{\"base64\": \"gARd*lC4A\"}") << bad << qint64(-1)
        << QStringLiteral("invalid character 0x2a in the embedded base64 snapshot at byte 19");
    QTest::newRow("html-lone-char") << "l.html" << QByteArray("<p>{\"base64\": \"gARdl\"}") << bad
                                    << qint64(-1) << QStringLiteral("truncated base64");
    QTest::newRow("html-after-padding") << "p.html" << QByteArray("<p>{\"base64\": \"gA==gA==\"}")
                                        << bad << qint64(-1)
                                        << QStringLiteral("continues after '=' padding");
    QTest::newRow("xz") << "snap.xz" << QByteArray::fromHex("fd377a585a000004") << bad << qint64(0)
                        << QStringLiteral("xz-compressed files are not supported");
    QTest::newRow("zip") << "model.pt" << QByteArray::fromHex("504b0304140000000800") << bad
                         << qint64(0) << QStringLiteral("ZIP archive");
}

void tst_InputOpener::errors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, file);
    QFETCH(LoadError::Code, code);
    QFETCH(qint64, offset);
    QFETCH(QString, reason);

    QString path = m_dir.filePath(name);
    if (name == QLatin1String("dir"))
        QVERIFY(QDir().mkpath(path));
    else if (name != QLatin1String("missing"))
        QVERIFY(!write(name, file).isEmpty());

    LoadError error;
    OpenedInput input = openInput(path, {}, &error);
    QVERIFY(!input.source);
    QCOMPARE(error.code, code);
    QCOMPARE(error.offset, offset);
    QCOMPARE(error.path, path);
    const QString message = error.message();
    QVERIFY2(message.startsWith(path + QLatin1String(": ")), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
}

void tst_InputOpener::permissionDenied()
{
    const QString path = write(QStringLiteral("secret.pickle"), pickleLike(100, 5));
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    if (::access(QFile::encodeName(path).constData(), R_OK) == 0)
        QSKIP("running with privileges that bypass file permissions");
    LoadError error;
    OpenedInput input = openInput(path, {}, &error);
    QVERIFY(!input.source);
    QCOMPARE(error.code, LoadError::Code::IoError);
    QVERIFY2(error.message().contains(path), qPrintable(error.message()));
    QVERIFY2(error.message().contains(QLatin1String("Permission denied")),
             qPrintable(error.message()));
}

void tst_InputOpener::readOnlyFile()
{
    // Input files are opened read-only and never modified.
    const QByteArray bytes = gzip(pickleLike(5000, 6));
    const QString path = write(QStringLiteral("readonly.pickle.gz"), bytes);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const QDateTime modified = QFileInfo(path).lastModified();
    {
        LoadError error;
        OpenedInput input = openInput(path, {}, &error);
        QVERIFY2(input.source, qPrintable(error.message()));
        bool ok = false;
        QCOMPARE(drain(*input.source, &ok).size(), 5000);
        QVERIFY(ok);
    }
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);

    FileSource source(path);
    QVERIFY(source.open());
    QCOMPARE(source.inputSize(), qint64(bytes.size()));
    char buf[100];
    QCOMPARE(source.read(buf, 100), qint64(100));
    QCOMPARE(source.inputBytesConsumed(), qint64(100));
}

void tst_InputOpener::peekSource()
{
    const QByteArray data = pickleLike(10000, 7);
    PeekSource source(std::make_unique<MemorySource>(data));
    QCOMPARE(source.peek(4), data.left(4));
    QCOMPARE(source.peek(100), data.left(100)); // a longer peek extends, never skips
    char buf[10];
    QCOMPARE(source.read(buf, 10), qint64(10));
    QCOMPARE(QByteArray(buf, 10), data.left(10));
    QCOMPARE(source.peek(5), data.mid(10, 5));
    bool ok = false;
    QCOMPARE(drain(source, &ok), data.mid(10));
    QVERIFY(ok);
    QCOMPARE(source.peek(5), QByteArray());
    QCOMPARE(source.inputBytesConsumed(), qint64(data.size()));
}

QTEST_GUILESS_MAIN(tst_InputOpener)
#include "tst_inputopener.moc"
