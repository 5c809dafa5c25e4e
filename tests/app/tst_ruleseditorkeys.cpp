// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
// The rules editor's keys: in every language no two buttons share an Alt+letter accelerator or a
// shortcut (the German and Chinese catalogs pick their own letters), the accelerators are really
// bound, and the Ctrl shortcuts still fire; the main window's action opens the editor.
#include "testutils.h"
#include "testwindow.h"

#include "apptranslator.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "ruleseditor.h"

#include <QAction>
#include <QPushButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace VramScope;

namespace {

void removeInstalledTranslators()
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>()); // they uninstall
}

// The object a key belongs to: a QShortcut clicks the button it lives on.
QObject *ownerOf(QObject *keyHolder)
{
    if (qobject_cast<QShortcut *>(keyHolder) && keyHolder->parent())
        return keyHolder->parent();
    return keyHolder;
}

QString nameOf(QObject *owner)
{
    if (auto *b = qobject_cast<QAbstractButton *>(owner))
        return b->text();
    if (auto *a = qobject_cast<QAction *>(owner))
        return a->text();
    return owner->objectName();
}

} // namespace

class tst_RulesEditorKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { removeInstalledTranslators(); }

    void noTwoButtonsShareAnAcceleratorOrShortcut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void noTwoButtonsShareAnAcceleratorOrShortcut()
    {
        // "&Apply" and "Save &As…" both promised Alt+A; a clash makes one of them dead.
        QFETCH(QString, language);
        if (language != QLatin1String("en"))
            QVERIFY(!AppTranslator::install(qApp, {language}).isEmpty());
        RulesEditor editor;
        QHash<QString, QObject *> owner;
        QStringList problems;
        const auto claim = [&](const QKeySequence &key, QObject *by) {
            if (key.isEmpty())
                return;
            const QString name = key.toString(QKeySequence::PortableText);
            QObject *previous = owner.value(name);
            if (previous && previous != by)
                problems << name + QLatin1String(": ") + nameOf(previous) + QLatin1String(" / ")
                                + nameOf(by);
            owner.insert(name, by);
        };
        const QList<QPushButton *> buttons = editor.findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            const QKeySequence accelerator = QKeySequence::mnemonic(b->text());
            QVERIFY2(!accelerator.isEmpty(), qPrintable(b->text()));
            // Bound, not only underlined: an explicit setShortcut() would have replaced it.
            QCOMPARE(b->shortcut(), accelerator);
            claim(accelerator, b);
        }
        for (QShortcut *s : editor.findChildren<QShortcut *>())
            claim(s->key(), ownerOf(s));
        for (QAction *a : editor.findChildren<QAction *>()) {
            for (const QKeySequence &key : a->shortcuts())
                claim(key, a);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(buttons.size(), 5); // Open, Save, Save As, Apply, Close
        QCOMPARE(owner.size(), 5 + 4); // their accelerators and four Ctrl shortcuts
        if (language == QLatin1String("en")) {
            QCOMPARE(owner.value(QStringLiteral("Alt+A")), editor.applyButton());
            QCOMPARE(nameOf(owner.value(QStringLiteral("Alt+V"))), QStringLiteral("Sa&ve As…"));
        }
    }

    void shortcutsAndAcceleratorsFire()
    {
        RulesEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QSignalSpy applied(&editor, &RulesEditor::applyRequested);
        editor.setText(QStringLiteral("temporary fused_attn/.*\\.py:\\d+:\n"));
        QTest::keyClick(&editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(applied.count(), 1);
        QTest::keyClick(&editor, Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(applied.count(), 2);
        QCOMPARE(applied[1][0].toString(), editor.text());
        // Invalid rules: Apply is disabled, and so are its keys.
        editor.setText(QStringLiteral("weights foo\n"));
        QVERIFY(!editor.applyButton()->isEnabled());
        QTest::keyClick(&editor, Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(&editor, Qt::Key_A, Qt::AltModifier);
        QTest::qWait(300); // animateClick would have clicked by now
        QCOMPARE(applied.count(), 2);
        editor.setText(QString()); // nothing unsaved: closing asks nothing
    }

    void actionHasAShortcut()
    {
        QTemporaryDir dir;
        auto window = makeTestWindow(dir.filePath(QStringLiteral("shortcut.ini")));
        QCOMPARE(window->actions()->categoryRules->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QVERIFY(window->actions()->allActions().contains(window->actions()->categoryRules));
    }
};

QTEST_MAIN(tst_RulesEditorKeys)
#include "tst_ruleseditorkeys.moc"
