// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// Settings survive a round trip through the ini file, and writing it is atomic (see the comment
// on Settings::sync in app/settings.cpp): the file is replaced, never rewritten in place, and no
// temporary or lock file stays beside it.
#include "settings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace VramScope;

namespace {
qint64 inode(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? qint64(st.st_ino) : -1;
}

std::unique_ptr<Settings> open(const QString &ini)
{
    return std::make_unique<Settings>(std::make_unique<QSettings>(ini, QSettings::IniFormat));
}
} // namespace

class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("VRAMScope.conf"));
        // Binary with embedded NULs: the length comes from the array, not a hand count.
        static constexpr char rawGeometry[] = "\x01\xd9\xd0\xcb\x00\x03\x00\x00 geometry bytes";
        const QByteArray geometry(rawGeometry, sizeof(rawGeometry) - 1);
        {
            auto s = open(ini);
            s->setWindowGeometry(geometry);
            s->setWindowState(QByteArray(300, '\x7f'));
            s->addRecentFile(QStringLiteral("/data/a.pickle"));
            s->addRecentFile(QStringLiteral("/data/b.pickle"));
            s->addRecentFile(QStringLiteral("/data/a.pickle")); // moves to the front
            s->setLastDirectory(QStringLiteral("/data/runs"));
            s->setRulesFile(QStringLiteral("/data/team rules.txt"));
            QCOMPARE(s->segmentScale(), SegmentScale::FitRow); // the default
            s->setSegmentScale(SegmentScale::Shared);
            QCOMPARE(s->segmentOrder(), SegmentOrder::Largest); // the default
            s->setSegmentOrder(SegmentOrder::MostFree);
            s->sync();
            QCOMPARE(s->fileName(), ini);
        }
        auto s = open(ini);
        QCOMPARE(s->windowGeometry(), geometry);
        QCOMPARE(s->windowState(), QByteArray(300, '\x7f'));
        QCOMPARE(s->recentFiles(),
                 (QStringList{QStringLiteral("/data/a.pickle"), QStringLiteral("/data/b.pickle")}));
        QCOMPARE(s->lastDirectory(), QStringLiteral("/data/runs"));
        QCOMPARE(s->rulesFile(), QStringLiteral("/data/team rules.txt"));
        QCOMPARE(s->segmentScale(), SegmentScale::Shared);
        QCOMPARE(s->segmentOrder(), SegmentOrder::MostFree);
        // Stored as a word, so the file stays readable and survives a reordered enum.
        QCOMPARE(QSettings(ini, QSettings::IniFormat)
                     .value(QStringLiteral("allocatorState/segmentScale"))
                     .toString(),
                 QStringLiteral("shared"));
        s->setRulesFile(QString()); // forgetting the rules removes the key
        s->sync();
        QVERIFY(open(ini)->rulesFile().isEmpty());
        QVERIFY(!QString::fromUtf8([&] {
                     QFile f(ini);
                     return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                 }())
                     .contains(QStringLiteral("rulesFile")));
    }

    void writesAreAtomic()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("VRAMScope.conf"));
        QVERIFY(QSettings(ini, QSettings::IniFormat).isAtomicSyncRequired()); // Qt's default, kept
        auto s = open(ini);
        s->addRecentFile(QStringLiteral("/data/first.pickle"));
        s->sync();
        const qint64 first = inode(ini);
        QVERIFY(first > 0);
        s->addRecentFile(QStringLiteral("/data/second.pickle"));
        s->sync();
        // QSaveFile renames a new file over the old one: another inode, the old one untouched.
        QVERIFY(inode(ini) != first);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList{QStringLiteral("VRAMScope.conf")});
        QCOMPARE(open(ini)->recentFiles().value(0), QStringLiteral("/data/second.pickle"));
    }
};

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"
