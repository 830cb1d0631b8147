#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Qalam {

// Spelling through Hunspell with Debian's dictionaries (hunspell-ru,
// hunspell-kk, hunspell-en-us in /usr/share/hunspell), plus the newsroom's
// own words. One instance per language and thread: Hunspell objects are not
// thread-safe. Loading a dictionary takes a moment: construct off the GUI
// thread, then use freely.
class SpellChecker
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::SpellChecker)

public:
    struct Misspelling
    {
        int start = 0; // UTF-16 offsets in the checked text
        int end = 0;
        QString word;
        bool operator==(const Misspelling &) const = default;
    };
    struct Range
    {
        int start = 0;
        int end = 0;
    };

    // language: ru, kk or en. isValid() is false when the dictionary is not
    // installed; errorString() then names the missing file.
    explicit SpellChecker(const QString &language);
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    bool isValid() const;
    QString errorString() const;
    QString language() const;

    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word) const;
    // Words the newsroom added (shared through the database) count as correct.
    void addNewsroomWords(const QStringList &words);

    // Every misspelled word of `text`, skipping URLs, e-mail addresses,
    // numbers and words with digits, and the `skip` ranges (e.g. quoted
    // titles). Linear in the text length.
    QList<Misspelling> check(const QString &text, const QList<Range> &skip = {}) const;

    // Where the dictionaries are looked for (QALAM_HUNSPELL_DIR overrides).
    static QString dictionaryDirectory();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Qalam
