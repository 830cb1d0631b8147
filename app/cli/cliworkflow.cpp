// qalam-cli: review steps, the audit trail, the review diff, comments and
// notifications, all through Workflow (which asks Permissions).
#include "app/cli/cliapp.h"

#include "app/storage/articlestore.h"
#include "app/storage/database.h"
#include "app/workflow/articlediff.h"
#include "app/workflow/workflow.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Qalam {

namespace {
QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// Local time to the minute, as people read the log.
QString localMinute(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString segmentKindKey(DiffSegment::Kind kind)
{
    switch (kind) {
    case DiffSegment::Kind::Removed:
        return QStringLiteral("removed");
    case DiffSegment::Kind::Added:
        return QStringLiteral("added");
    case DiffSegment::Kind::Same:
        break;
    }
    return QStringLiteral("same");
}

// A revision id option; 0 when absent, -1 when it is not a positive number.
qint64 revisionOption(const QStringList &values)
{
    if (values.isEmpty())
        return 0;
    bool ok = false;
    const qint64 id = values.first().trimmed().remove(u'#').toLongLong(&ok);
    return ok && id > 0 ? id : -1;
}
} // namespace

int CliApp::cmdStep(Step step)
{
    const QString id = m_positionals.at(0);
    const QString comment = optionValue("comment").trimmed();
    if (step == Step::Return && comment.isEmpty())
        return usageError(tr("Returning an article needs --comment saying what to fix."),
                          findCommand({QStringLiteral("return")}));
    if (step == Step::Unpublish && comment.isEmpty())
        return usageError(tr("Unpublishing an article needs --comment with the reason."),
                          findCommand({QStringLiteral("unpublish")}));
    QDateTime publishAt;
    if (step == Step::Approve && hasOption("at")) {
        const QString at = optionValue("at").simplified();
        publishAt = QDateTime::fromString(at, QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!publishAt.isValid())
            publishAt = QDateTime::fromString(at, QStringLiteral("yyyy-MM-ddTHH:mm"));
        if (!publishAt.isValid())
            return usageError(tr("--at takes a local date and time as \"YYYY-MM-DD HH:MM\"."),
                              findCommand({QStringLiteral("approve")}));
        publishAt = publishAt.toUTC();
    }
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    Workflow workflow(*db, m_actor);
    Result<Article> done = [&]() -> Result<Article> {
        switch (step) {
        case Step::Submit:
            return workflow.submit(id, comment);
        case Step::Withdraw:
            return workflow.withdraw(id, comment);
        case Step::Approve:
            return workflow.approve(id, comment, publishAt);
        case Step::Return:
            return workflow.returnToWriter(id, comment);
        case Step::Publish:
            return workflow.publish(id);
        case Step::Unpublish:
            return workflow.unpublish(id, comment);
        }
        return Error{Error::Code::InvalidInput, {}, {}};
    }();
    if (!done) {
        // Photos not in order: the article is not ready, as `check` says
        // with exit 1; the command line itself was fine.
        const int rc = fail(done.error());
        return done.error().detail == u"photo-rules" ? Failed : rc;
    }
    if (m_json) {
        outJson(QJsonObject{{QStringLiteral("id"), done->id},
                            {QStringLiteral("status"), statusKey(done->status)},
                            {QStringLiteral("version"), done->version},
                            {QStringLiteral("publish_at"), isoOrNull(done->publishAt)},
                            {QStringLiteral("published_at"), isoOrNull(done->publishedAt)}});
        return Ok;
    }
    QString line = statusKey(done->status);
    if (done->status == ArticleStatus::Approved && done->publishAt.isValid())
        line += u'\t' + tr("publishes %1").arg(localMinute(done->publishAt));
    out(line + u'\n');
    return Ok;
}

int CliApp::cmdLog()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    const QString id = m_positionals.at(0);
    if (auto exists = ArticleStore(*db, &Clock::system(), m_actor).load(id); !exists)
        return fail(exists.error());
    auto entries = Workflow(*db, m_actor).log(id);
    if (!entries)
        return fail(entries.error());
    if (m_json) {
        QJsonArray array;
        for (const AuditEntry &e : *entries)
            array.append(e.toJson());
        outJson(array);
        return Ok;
    }
    for (const AuditEntry &e : *entries) {
        QString states;
        if (e.from || e.to)
            states = (e.from ? statusKey(*e.from) : QString()) + QStringLiteral("→") +
                     (e.to ? statusKey(*e.to) : QString());
        const QString revision = e.revisionId ? u'#' + QString::number(e.revisionId) : QString();
        out(QStringList{localMinute(e.at), e.who, e.action, states, e.comment.simplified(), revision}.join(
                u'\t') +
            u'\n');
    }
    return Ok;
}

int CliApp::cmdDiff()
{
    const qint64 from = revisionOption(m_values.value(QStringLiteral("from")));
    const qint64 to = revisionOption(m_values.value(QStringLiteral("to")));
    if (from < 0 || to < 0)
        return usageError(tr("--from and --to take revision ids (see \"qalam-cli revisions ID\")."),
                          findCommand({QStringLiteral("diff")}));
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    const QString id = m_positionals.at(0);
    if (auto exists = ArticleStore(*db, &Clock::system(), m_actor).load(id); !exists)
        return fail(exists.error());
    auto diff = Workflow(*db, m_actor).diff(id, from, to);
    if (!diff)
        return fail(diff.error());
    if (m_json) {
        QJsonArray fields;
        for (const FieldDiff &f : *diff) {
            QJsonArray segments;
            for (const DiffSegment &s : f.segments)
                segments.append(QJsonObject{{QStringLiteral("kind"), segmentKindKey(s.kind)},
                                            {QStringLiteral("text"), s.text}});
            fields.append(QJsonObject{{QStringLiteral("field"), f.field},
                                      {QStringLiteral("label"), f.label},
                                      {QStringLiteral("changed"), f.changed},
                                      {QStringLiteral("segments"), segments}});
        }
        outJson(fields);
        return Ok;
    }
    QString text = ArticleDiff::toText(*diff);
    if (!text.endsWith(u'\n'))
        text += u'\n';
    out(text);
    return Ok;
}

int CliApp::cmdComment()
{
    const QString text = m_positionals.at(1).trimmed();
    if (text.isEmpty())
        return usageError(tr("A comment needs some text."), findCommand({QStringLiteral("comment")}));
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    auto added = Workflow(*db, m_actor).addComment(m_positionals.at(0), text);
    if (!added)
        return fail(added.error());
    if (m_json)
        outJson(QJsonObject{{QStringLiteral("id"), added->id}, {QStringLiteral("at"), isoOrNull(added->at)}});
    else
        out(QString::number(added->id) + u'\n');
    return Ok;
}

int CliApp::cmdComments()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    const QString id = m_positionals.at(0);
    if (auto exists = ArticleStore(*db, &Clock::system(), m_actor).load(id); !exists)
        return fail(exists.error());
    auto comments = Workflow(*db, m_actor).comments(id);
    if (!comments)
        return fail(comments.error());
    if (m_json) {
        QJsonArray array;
        for (const Comment &c : *comments)
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("at"), isoOrNull(c.at)},
                                     {QStringLiteral("who"), c.who},
                                     {QStringLiteral("who_name"), c.whoName},
                                     {QStringLiteral("text"), c.text},
                                     {QStringLiteral("revision"), c.revisionId}});
        outJson(array);
        return Ok;
    }
    for (const Comment &c : *comments)
        out(QStringList{localMinute(c.at), c.whoName.isEmpty() ? c.who : c.whoName, c.text.simplified()}.join(
                u'\t') +
            u'\n');
    return Ok;
}

int CliApp::cmdInbox()
{
    qint64 markId = 0;
    if (hasOption("read")) {
        if (hasOption("all"))
            return usageError(tr("Give --read or --all, not both."), findCommand({QStringLiteral("inbox")}));
        bool ok = false;
        markId = optionValue("read").trimmed().toLongLong(&ok);
        if (!ok || markId <= 0)
            return usageError(
                tr("--read takes a notification id (the first column of \"qalam-cli inbox\")."));
    }
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    Workflow workflow(*db, m_actor);
    if (markId) {
        if (auto marked = workflow.markRead(markId); !marked)
            return fail(marked.error());
        return Ok;
    }
    auto notifications = workflow.notifications(!hasOption("all"));
    if (!notifications)
        return fail(notifications.error());
    if (m_json) {
        QJsonArray array;
        for (const Notification &n : *notifications)
            array.append(QJsonObject{{QStringLiteral("id"), n.id},
                                     {QStringLiteral("at"), isoOrNull(n.at)},
                                     {QStringLiteral("recipient"), n.recipient},
                                     {QStringLiteral("kind"), n.kind},
                                     {QStringLiteral("article_id"), n.articleId},
                                     {QStringLiteral("headline"), n.headline},
                                     {QStringLiteral("text"), n.text},
                                     {QStringLiteral("read"), n.read}});
        outJson(array);
        return Ok;
    }
    for (const Notification &n : *notifications)
        out(QStringList{QString::number(n.id), localMinute(n.at), n.read ? tr("read") : tr("unread"), n.kind,
                        n.articleId, n.text.simplified()}
                .join(u'\t') +
            u'\n');
    return Ok;
}

} // namespace Qalam
