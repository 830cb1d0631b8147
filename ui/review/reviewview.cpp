#include "ui/review/reviewview.h"

#include "app/media/photorules.h"
#include "app/people/userstore.h"
#include "app/storage/articlestore.h"
#include "app/storage/photostore.h"
#include "app/text/textchecks.h"
#include "ui/review/editrights.h"
#include "ui/review/workflowdialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Qalam {

namespace {
template <typename Work, typename Done> void inBackground(QObject *receiver, Work work, Done done)
{
    using T = decltype(work());
    auto *watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, receiver, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

// Fixed light backgrounds with dark text: readable in light and dark themes.
const auto s_removedStyle =
    QStringLiteral("<span style=\"color:#8c1d18; background-color:#fbe0dd; text-decoration:line-through\">");
const auto s_addedStyle = QStringLiteral("<span style=\"color:#0d4a1f; background-color:#d4f1dc\">");

QString displayed(const QString &diffHtml)
{
    QString html = diffHtml;
    html.replace(QLatin1String("<del>"), s_removedStyle);
    html.replace(QLatin1String("<ins>"), s_addedStyle);
    html.replace(QLatin1String("</del>"), QLatin1String("</span>"));
    html.replace(QLatin1String("</ins>"), QLatin1String("</span>"));
    return html;
}

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

struct ReviewView::Data
{
    std::optional<Article> article;
    Error error;
    QList<FieldDiff> diff;
    QString diffError;
    QList<Comment> comments;
    QList<AuditEntry> log;
    QList<Finding> findings; // photo rules first, then the text checks
    QStringList excerpts;    // the text each finding points at ("" for photos)
    qint64 lastApproved = 0;
    QHash<QString, QString> names; // login → display name
};

ReviewView::ReviewView(std::shared_ptr<Database> database, Actor actor, const QString &articleId,
                       QWidget *parent)
    : QDialog(parent), m_database(std::move(database)), m_actor(std::move(actor)), m_articleId(articleId),
      m_headline(new QLabel(this)), m_meta(new QLabel(this)), m_changesLabel(new QLabel(this)),
      m_compare(new QComboBox(this)), m_diff(new QTextBrowser(this)), m_checksLabel(new QLabel(this)),
      m_checks(new QListWidget(this)), m_threadLabel(new QLabel(this)), m_thread(new QTextBrowser(this)),
      m_commentEdit(new QPlainTextEdit(this)), m_addComment(new QPushButton(this)),
      m_message(new QLabel(this)), m_schedule(new QCheckBox(this)), m_publishAt(new QDateTimeEdit(this)),
      m_return(new QPushButton(this)), m_approve(new QPushButton(this)), m_open(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("reviewView"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setSizeGripEnabled(true);
    m_commentEdit->setObjectName(QStringLiteral("commentEdit"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_addComment->setObjectName(QStringLiteral("addCommentButton"));
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_checks->setObjectName(QStringLiteral("checkList"));
    m_thread->setObjectName(QStringLiteral("commentThread"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_schedule->setObjectName(QStringLiteral("scheduleCheck"));
    m_publishAt->setObjectName(QStringLiteral("publishAtEdit"));
    m_compare->setObjectName(QStringLiteral("compareCombo"));

    auto *layout = new QVBoxLayout(this);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.35);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);
    layout->addWidget(m_headline);
    layout->addWidget(m_meta);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto *changes = new QWidget(splitter);
    auto *changesLayout = new QVBoxLayout(changes);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    auto *compareRow = new QHBoxLayout;
    QFont bold = m_changesLabel->font();
    bold.setBold(true);
    m_changesLabel->setFont(bold);
    compareRow->addWidget(m_changesLabel);
    compareRow->addStretch(1);
    compareRow->addWidget(m_compare);
    changesLayout->addLayout(compareRow);
    m_diff->setOpenLinks(false);
    changesLayout->addWidget(m_diff, 1);
    splitter->addWidget(changes);

    auto *side = new QSplitter(Qt::Vertical, splitter);
    side->setChildrenCollapsible(false);
    auto *checks = new QWidget(side);
    auto *checksLayout = new QVBoxLayout(checks);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    m_checksLabel->setFont(bold);
    m_checksLabel->setWordWrap(true);
    checksLayout->addWidget(m_checksLabel);
    m_checks->setWordWrap(true);
    m_checks->setTextElideMode(Qt::ElideNone);
    checksLayout->addWidget(m_checks, 1);
    auto *thread = new QWidget(side);
    auto *threadLayout = new QVBoxLayout(thread);
    threadLayout->setContentsMargins(0, 0, 0, 0);
    m_threadLabel->setFont(bold);
    threadLayout->addWidget(m_threadLabel);
    threadLayout->addWidget(m_thread, 2);
    m_commentEdit->setTabChangesFocus(true);
    m_commentEdit->setMaximumHeight(m_commentEdit->fontMetrics().height() * 5);
    threadLayout->addWidget(m_commentEdit);
    auto *commentRow = new QHBoxLayout;
    commentRow->addStretch(1);
    commentRow->addWidget(m_addComment);
    threadLayout->addLayout(commentRow);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_open);
    actions->addStretch(1);
    m_publishAt->setCalendarPopup(true);
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_publishAt->setDateTime(nextPublicationSlot(QDateTime::currentDateTime()));
    m_publishAt->setEnabled(false);
    actions->addWidget(m_schedule);
    actions->addWidget(m_publishAt);
    actions->addSpacing(12);
    actions->addWidget(m_return);
    actions->addWidget(m_approve);
    actions->addWidget(m_close);
    layout->addLayout(actions);

    m_approve->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_return->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    connect(m_schedule, &QCheckBox::toggled, m_publishAt, &QWidget::setEnabled);
    connect(m_addComment, &QPushButton::clicked, this, &ReviewView::addComment);
    connect(m_return, &QPushButton::clicked, this, &ReviewView::returnToWriter);
    connect(m_approve, &QPushButton::clicked, this, &ReviewView::approve);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(m_articleId); });
    connect(m_compare, &QComboBox::activated, this, &ReviewView::reloadDiff);
    connect(m_checks, &QListWidget::itemChanged, this, [this] {
        int done = 0, all = 0;
        for (int i = 0; i < m_checks->count(); ++i) {
            if (!(m_checks->item(i)->flags() & Qt::ItemIsUserCheckable))
                continue;
            ++all;
            done += m_checks->item(i)->checkState() == Qt::Checked ? 1 : 0;
        }
        m_checksLabel->setText(all == 0 ? tr("Checks") : tr("Checks: %1 of %2 looked at").arg(done).arg(all));
    });

    retranslate();
    updateButtons();
    resize(1180, 760);
    reload();
}

void ReviewView::retranslate()
{
    setWindowTitle(tr("Review"));
    if (m_lastDiff.isEmpty())
        m_changesLabel->setText(tr("Changes"));
    else
        showDiff(m_lastDiff);
    m_threadLabel->setText(tr("Comments"));
    m_commentEdit->setPlaceholderText(tr("A comment for the writer; required to return the article"));
    m_addComment->setText(tr("Add comment"));
    m_addComment->setToolTip(tr("Add the comment to the thread without changing the article's state"));
    m_schedule->setText(tr("Publish at"));
    m_schedule->setToolTip(
        tr("Approve for publication at this time; without it the article may go out at once"));
    m_return->setText(tr("Return with comment"));
    m_return->setToolTip(tr("Send the article back to the writer with the comment above"));
    m_approve->setText(tr("Approve"));
    m_approve->setToolTip(tr("Approve the submitted version (with the comment above, if any)"));
    m_open->setText(tr("Open in editor"));
    m_close->setText(tr("Close"));
    m_compare->setToolTip(tr("The version the changes are counted from"));
    m_publishAt->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    if (m_checks->count() == 0)
        m_checksLabel->setText(tr("Checks"));
}

void ReviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReviewView::reload()
{
    const qint64 from = m_compare->currentIndex() > 0 ? m_compare->currentData().toLongLong() : 0;
    const quint64 generation = ++m_generation;
    const auto database = m_database;
    const Actor actor = m_actor;
    const QString id = m_articleId;
    inBackground(
        this,
        [database, actor, id, from] {
            Data d;
            ArticleStore store(database, &Clock::system(), actor);
            auto article = store.load(id);
            if (!article) {
                d.error = article.error();
                return d;
            }
            d.article = *article;
            Workflow workflow(database, actor);
            if (auto log = workflow.log(id))
                d.log = *log;
            if (auto users = UserStore(database, actor).list())
                for (const User &u : *users)
                    d.names.insert(u.login, u.displayName.isEmpty() ? u.login : u.displayName);
            if (auto comments = workflow.comments(id))
                d.comments = *comments;
            if (auto approved = workflow.lastApprovedRevision(id))
                d.lastApproved = *approved;
            if (auto diff = workflow.diff(id, from))
                d.diff = *diff;
            else
                d.diffError = diff.error().message;
            PhotoStore photoStore(database, &Clock::system(), actor);
            QList<Photo> photos;
            if (auto uses = photoStore.photosOf(id))
                for (const PhotoUse &use : *uses)
                    photos.append(use.photo);
            for (const Finding &f : PhotoRules::check(photos)) {
                d.findings.append(f);
                d.excerpts.append(QString());
            }
            // Quotations and placeholders; spelling and typography are the
            // writer's business in the editor and would drown the list.
            TextChecks::Input input;
            QString lead = article->lead;
            lead.replace(u'\n', u' ');
            input.text = article->headline + u'\n' + lead + u'\n' + article->bodyText;
            input.headlineFirst = true;
            input.language = article->language;
            const TextChecks::Output output = TextChecks::run(input, nullptr);
            for (const Finding &f : output.findings()) {
                if (f.code.startsWith(QLatin1String("spelling")) ||
                    f.code.startsWith(QLatin1String("typography")))
                    continue;
                d.findings.append(f);
                d.excerpts.append(input.text.mid(f.start, qBound(0, f.end - f.start, 80)).simplified());
            }
            return d;
        },
        [this, generation](const Data &d) {
            if (generation == m_generation)
                present(d);
        });
}

void ReviewView::present(const Data &d)
{
    if (!d.article) {
        m_headline->setText(tr("Cannot open the article"));
        setMessage(d.error.message, true);
        m_article.reset();
        updateButtons();
        emit loaded();
        return;
    }
    m_article = d.article;
    const Article &a = *d.article;
    m_facts = EditRights::factsOf(a, EditRights::lastSubmitter(d.log));
    m_headline->setText(a.headline.isEmpty() ? tr("(no headline)") : a.headline);
    setWindowTitle(tr("Review: %1").arg(a.headline));
    QStringList meta{statusDisplayName(a.status)};
    if (!a.region.isEmpty())
        meta.append(a.region);
    QStringList names;
    for (const Author &author : a.authors)
        names.append(author.name);
    if (!names.isEmpty())
        meta.append(names.join(QStringLiteral(", ")));
    for (auto it = d.log.crbegin(); it != d.log.crend(); ++it) {
        if (it->action == QLatin1String("submit")) {
            meta.append(tr("submitted by %1, %2").arg(d.names.value(it->who, it->who), localTime(it->at)));
            break;
        }
    }
    if (a.publishAt.isValid())
        meta.append(tr("to be published %1").arg(localTime(a.publishAt)));
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    // What the changes are counted from: the last approved version (or the
    // first one), or an earlier submission — after a return, the chief
    // editor wants to see what the writer changed since.
    const qint64 chosen = m_compare->currentIndex() > 0 ? m_compare->currentData().toLongLong() : 0;
    m_compare->clear();
    m_compare->addItem(d.lastApproved > 0 ? tr("since the last approved version")
                                          : tr("since the first version (never approved)"),
                       0);
    QList<const AuditEntry *> submissions;
    for (const AuditEntry &e : d.log)
        if (e.action == QLatin1String("submit") && e.revisionId > 0)
            submissions.append(&e);
    // The newest submission is what is being reviewed; the earlier ones can be compared with.
    for (qsizetype i = submissions.size() - 2; i >= 0; --i)
        m_compare->addItem(tr("since the submission of %1").arg(localTime(submissions[i]->at)),
                           submissions[i]->revisionId);
    m_compare->setCurrentIndex(qMax(0, m_compare->findData(chosen)));
    m_compare->setVisible(m_compare->count() > 1);

    if (d.diffError.isEmpty())
        showDiff(d.diff);
    else
        m_diff->setPlainText(d.diffError);
    showChecks(d.findings);
    for (int i = 0; i < m_checks->count() && i < d.excerpts.size(); ++i)
        if (!d.excerpts[i].isEmpty())
            m_checks->item(i)->setText(tr("%1 — «%2»").arg(m_checks->item(i)->text(), d.excerpts[i]));
    showThread(d.comments);
    updateButtons();
    emit loaded();
}

void ReviewView::reloadDiff()
{
    const qint64 from = m_compare->currentData().toLongLong();
    const auto database = m_database;
    const Actor actor = m_actor;
    const QString id = m_articleId;
    const quint64 generation = m_generation;
    inBackground(
        this, [database, actor, id, from] { return Workflow(database, actor).diff(id, from); },
        [this, generation](const Result<QList<FieldDiff>> &diff) {
            if (generation != m_generation)
                return;
            if (diff)
                showDiff(*diff);
            else
                m_diff->setPlainText(diff.error().message);
        });
}

void ReviewView::showDiff(const QList<FieldDiff> &diff)
{
    // The whole submitted article, field by field, with the changes marked:
    // the chief editor reads all of it, and sees at once what is new.
    m_lastDiff = diff;
    QString html;
    int changed = 0;
    for (const FieldDiff &field : diff) {
        const bool empty = std::all_of(field.segments.cbegin(), field.segments.cend(),
                                       [](const DiffSegment &s) { return s.text.trimmed().isEmpty(); });
        if (empty && !field.changed)
            continue;
        changed += field.changed ? 1 : 0;
        const QString label = field.changed ? tr("%1 (changed)").arg(field.label) : field.label;
        html += QStringLiteral("<h4 style=\"margin-top:10px; margin-bottom:2px\">%1</h4><div>%2</div>")
                    .arg(label.toHtmlEscaped(), WordDiff::toHtml(field.segments));
    }
    if (html.isEmpty())
        html = QStringLiteral("<p><i>%1</i></p>").arg(tr("The article is empty.").toHtmlEscaped());
    m_changesLabel->setText(changed == 0 ? tr("Changes: none")
                                         : tr("Changes: %n field(s)", nullptr, changed));
    m_diffHtml = html;
    m_diff->setHtml(displayed(html));
}

void ReviewView::showChecks(const QList<Finding> &findings)
{
    QSignalBlocker blocker(m_checks);
    m_checks->clear();
    int errors = 0;
    for (const Finding &f : findings) {
        auto *item = new QListWidgetItem(f.message, m_checks);
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (f.severity == Finding::Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            ++errors;
        } else if (f.severity == Finding::Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
        }
        item->setIcon(style()->standardIcon(icon));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(tr("Tick it once you have looked at it (not stored)."));
    }
    if (findings.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No quotation, placeholder or photo findings."), m_checks);
        item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setFlags(Qt::ItemIsEnabled);
        m_checksLabel->setText(tr("Checks"));
    } else {
        m_checksLabel->setText(
            tr("Checks: %n finding(s)", nullptr, int(findings.size())) +
            (errors > 0 ? QStringLiteral(" · ") + tr("%n error(s)", nullptr, errors) : QString()));
    }
}

void ReviewView::showThread(const QList<Comment> &comments)
{
    m_comments = comments;
    QString html;
    for (const Comment &c : comments) {
        QString text = c.text.toHtmlEscaped();
        text.replace(u'\n', QLatin1String("<br>"));
        html += QStringLiteral("<p><b>%1</b> <span style=\"color:gray\">%2</span><br>%3</p>")
                    .arg((c.whoName.isEmpty() ? c.who : c.whoName).toHtmlEscaped(),
                         localTime(c.at).toHtmlEscaped(), text);
    }
    if (comments.isEmpty())
        html = QStringLiteral("<p style=\"color:gray\"><i>%1</i></p>")
                   .arg(tr("No comments yet.").toHtmlEscaped());
    m_thread->setHtml(html);
    m_thread->moveCursor(QTextCursor::End);
    m_thread->ensureCursorVisible();
}

QStringList ReviewView::checklist() const
{
    QStringList items;
    for (int i = 0; i < m_checks->count(); ++i)
        items.append(m_checks->item(i)->text());
    return items;
}

QStringList ReviewView::thread() const
{
    QStringList texts;
    for (const Comment &c : m_comments)
        texts.append(c.text);
    return texts;
}

QString ReviewView::message() const
{
    return m_message->text();
}

void ReviewView::updateButtons()
{
    const bool loaded = m_article.has_value() && !m_busy;
    // The workflow's transitions: approve from review, return from review or
    // after approval.
    const ArticleStatus status = m_facts.status;
    m_approve->setEnabled(loaded && status == ArticleStatus::InReview &&
                          EditRights::allows(m_actor, Action::Approve, m_facts));
    m_return->setEnabled(loaded && (status == ArticleStatus::InReview || status == ArticleStatus::Approved) &&
                         EditRights::allows(m_actor, Action::Return, m_facts));
    m_addComment->setEnabled(loaded && EditRights::allows(m_actor, Action::Comment, m_facts));
    m_schedule->setEnabled(m_approve->isEnabled());
    m_publishAt->setEnabled(m_approve->isEnabled() && m_schedule->isChecked());
    m_open->setEnabled(m_article.has_value());
}

void ReviewView::setMessage(const QString &message, bool error)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x2a, 0x1e) : palette.color(QPalette::Text));
    m_message->setPalette(palette);
    m_message->setText(message);
}

void ReviewView::addComment()
{
    const QString text = m_commentEdit->toPlainText().trimmed();
    if (text.isEmpty()) {
        setMessage(tr("Write the comment first."), true);
        m_commentEdit->setFocus();
        return;
    }
    m_busy = true;
    updateButtons();
    const auto database = m_database;
    const Actor actor = m_actor;
    const QString id = m_articleId;
    inBackground(
        this, [database, actor, id, text] { return Workflow(database, actor).addComment(id, text); },
        [this](const Result<Comment> &added) {
            m_busy = false;
            if (!added) {
                setMessage(added.error().message, true);
                updateButtons();
                emit actionFailed(added.error().message);
                return;
            }
            m_commentEdit->clear();
            setMessage(tr("Comment added."), false);
            reload();
        });
}

void ReviewView::returnToWriter()
{
    const QString text = m_commentEdit->toPlainText().trimmed();
    if (text.isEmpty()) {
        // The writer must learn what to change: nothing happens without it.
        setMessage(tr("Write in the comment box what the writer should change, then return the article."),
                   true);
        m_commentEdit->setFocus();
        emit actionFailed(m_message->text());
        return;
    }
    m_busy = true;
    updateButtons();
    const auto database = m_database;
    const Actor actor = m_actor;
    const QString id = m_articleId;
    inBackground(
        this,
        [database, actor, id, text] {
            Workflow workflow(database, actor);
            return returnWithComment(workflow, id, text);
        },
        [this](const Result<Article> &returned) {
            m_busy = false;
            if (!returned) {
                setMessage(returned.error().message, true);
                updateButtons();
                emit actionFailed(returned.error().message);
                return;
            }
            m_commentEdit->clear();
            setMessage(tr("Returned to the writer with your comment."), false);
            emit articleChanged(*returned);
            reload();
        });
}

Result<Article> ReviewView::returnWithComment(Workflow &workflow, const QString &articleId,
                                              const QString &comment)
{
    // The core puts the comment in the audit log and in the thread.
    return workflow.returnToWriter(articleId, comment);
}

void ReviewView::approve()
{
    const QString comment = m_commentEdit->toPlainText().trimmed();
    const QDateTime publishAt = m_schedule->isChecked() ? m_publishAt->dateTime().toUTC() : QDateTime();
    m_busy = true;
    updateButtons();
    const auto database = m_database;
    const Actor actor = m_actor;
    const QString id = m_articleId;
    inBackground(
        this,
        [database, actor, id, comment, publishAt] {
            return Workflow(database, actor).approve(id, comment, publishAt);
        },
        [this, publishAt](const Result<Article> &approved) {
            m_busy = false;
            if (!approved) {
                setMessage(approved.error().message, true);
                updateButtons();
                emit actionFailed(approved.error().message);
                return;
            }
            m_commentEdit->clear();
            setMessage(publishAt.isValid() ? tr("Approved for publication at %1.").arg(localTime(publishAt))
                                           : tr("Approved."),
                       false);
            emit articleChanged(*approved);
            reload();
        });
}

} // namespace Qalam
