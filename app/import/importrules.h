#pragma once

#include "app/media/photo.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace Qalam {

// The line-level rules the importer decides with: what a single line of a
// page is (site chrome, a credit line, a byline, a date, a dateline, a
// source attribution). General rules (length, end punctuation, shape of
// names, link-free word lists per language), never a match on one page's
// exact strings. Internal to app/import/; pure functions, any thread.
namespace ImportRules {

// A credit line as found: "Фото: Акорда: UGC", ": UGC", "Photo: Reuters".
struct Credit
{
    QString line;   // as written
    QString source; // "Акорда"; empty for ": UGC"
    std::optional<CreditType> type;
};

struct BylineAuthor
{
    QString name;
    QString position;
};

// A source attribution: "передает Акорда" → source "Акорда".
struct Attribution
{
    QString source;
    QString phrase; // as written
};

// "АСТАНА. 12 марта. КАЗИНФОРМ – …" at the start of a paragraph.
struct Dateline
{
    QString dateline; // "АСТАНА. 12 марта. КАЗИНФОРМ"
    QString agency;   // "КАЗИНФОРМ"; empty when the dateline names none
    int length = 0;   // UTF-16 units of the paragraph it covers, dash and spaces included
};

// The site-chrome word list: subscription and social prompts, bookmarks,
// cookie notices, "read also", rights notices, in ru, kk and en, extended by
// the newsroom's own words. One object per import.
class ChromeWords
{
public:
    explicit ChromeWords(const QStringList &extra = {});
    // The prompt a line carries ("подпишитесь", "cookie"…), or empty.
    QString prompt(const QString &line) const;

private:
    QRegularExpression m_prompts;
};

int wordCount(QStringView text);
// Ends like a sentence: . ! ? … (closing quotes and brackets aside).
bool endsSentence(QStringView text);
// Starts like the continuation of the line before: a lowercase letter or a
// closing mark («» on a line of its own, a comma).
bool startsAsFragment(QStringView text);
bool hasLetters(QStringView text);

// Why a line, alone, is site chrome (a translated-free tag for the preview),
// or empty: prompts from `words`, counters ("123 просмотра"), lone interface
// words ("Instagram", "Меню"), breadcrumbs, hashtag lines, contact lines,
// message headers, lines without words.
QString chromeReason(const QString &line, const ChromeWords &words);
// "12 марта 2024, 10:15", "Updated: March 12, 2024": a date and nothing else.
bool isDateLine(const QString &line);
// "Forwarded from X" / "Переслано от X": the origin, or nullopt.
std::optional<QString> forwardOrigin(const QString &line);

std::optional<Credit> parseCredit(const QString &line);
// Credit from a figure caption: "… Фото: Акорда" (or "© Reuters") at its end.
// Returns the credit and sets `caption` to the caption without it.
std::optional<Credit> splitCaptionCredit(const QString &text, QString *caption);
std::optional<CreditType> creditTypeOfSource(const QString &source);

// "Колмакова Виктория", "John Smith", "Әлия Серікқызы": two or three
// capitalised words (or initials), none of them an interface word.
bool isNameLine(const QString &line);
// "Редактор региональных новостей", "Staff Reporter".
bool isPositionLine(const QString &line);
// "By John Smith, Staff Reporter", "Автор: Иван Петров", "Иван Петров,
// корреспондент": the authors, or an empty list when the line is no byline.
QList<BylineAuthor> parseByline(const QString &line, bool bareNameAllowed);
// A key for matching names in either order ("Колмакова Виктория" = "Виктория Колмакова").
QString nameKey(const QString &name);

std::optional<Dateline> parseDateline(const QString &paragraph);
std::optional<Attribution> findAttribution(const QString &paragraph);

// "kk" when Kazakh letters are frequent, "ru" for other Cyrillic, "en" for Latin.
QString detectLanguage(QStringView text);

} // namespace ImportRules

} // namespace Qalam
