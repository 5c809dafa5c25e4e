// SPDX-FileCopyrightText: 2026 VRAMScope authors
// SPDX-License-Identifier: MIT
#pragma once

// Reads Qt Linguist .ts files (the catalogs in translations/ and lupdate's fresh extraction) for
// tst_translations. Header-only because the test glob builds one executable per tst_*.cpp.

#include <QFile>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>

struct TsMessage
{
    QString context;
    QString source;
    QString comment; // lupdate's disambiguation, part of the lookup key
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one entry, or one per plural form

    QString key() const;
    QString where() const { return QStringLiteral("[%1] \"%2\"").arg(context, source.left(70)); }
    bool finished() const
    {
        return type.isEmpty() && !translations.isEmpty()
               && std::none_of(translations.cbegin(), translations.cend(),
                               [](const QString &t) { return t.isEmpty(); });
    }
};

// The lookup key of a message: the three parts QTranslator looks a string up by.
inline QString tsKey(const QString &context, const QString &source, const QString &comment = {})
{
    return context + QChar(0x1f) + source + QChar(0x1f) + comment;
}

inline QString TsMessage::key() const
{
    return tsKey(context, source, comment);
}

struct TsCatalog
{
    QString language; // the <TS language="..."> attribute
    QList<TsMessage> messages;
    QHash<QString, qsizetype> byKey;
};

// Returns an empty string on success, otherwise what is wrong with the file and where.
inline QString readTsCatalog(const QString &path, TsCatalog *catalog)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                catalog->language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{};
                message.context = context;
                message.numerus
                    = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                inMessage = true;
            } else if (inMessage && name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (inMessage && name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            catalog->byKey.insert(message.key(), catalog->messages.size());
            catalog->messages << message;
            inMessage = false;
        }
    }
    if (xml.hasError())
        return QStringLiteral("%1: line %2: %3")
            .arg(path)
            .arg(xml.lineNumber())
            .arg(xml.errorString());
    return {};
}

// The %1..%9 (also %L1) and %n markers of a text, sorted, so a translation can be compared with
// its source whatever the word order.
inline QStringList placeholdersOf(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?([1-9]|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.removeDuplicates();
    found.sort();
    return found;
}

// The HTML tag names of a text in order of appearance, so lost or broken markup shows up.
inline QStringList htmlTagsOf(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)"));
    QStringList found;
    for (auto it = tag.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// Whether a menu or label text has a keyboard accelerator ("&Open", "打开(&O)"); "&&" is a
// literal ampersand and "&amp;" / "&#9632;" are HTML entities.
inline bool hasAccelerator(const QString &text)
{
    static const QRegularExpression accelerator(QStringLiteral("(?<!&)&(?![&#\\s]|[a-zA-Z]+;)"));
    return accelerator.match(text).hasMatch();
}
