// qalam-cli: user accounts, author profiles and bylines.
#include "app/cli/cliapp.h"

#include "app/people/authorstore.h"
#include "app/people/userstore.h"
#include "app/storage/articlestore.h"
#include "app/storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Qalam {

namespace {
QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString localDate(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
}

QStringList roleKeys(const QList<Role> &roles)
{
    QStringList keys;
    for (Role role : roles)
        keys.append(roleKey(role));
    return keys;
}

QJsonObject userJson(const User &u)
{
    return QJsonObject{{QStringLiteral("id"), u.id},
                       {QStringLiteral("login"), u.login},
                       {QStringLiteral("display_name"), u.displayName},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(roleKeys(u.roles))},
                       {QStringLiteral("regions"), QJsonArray::fromStringList(u.regions)},
                       {QStringLiteral("active"), u.active},
                       {QStringLiteral("author_id"), u.authorId},
                       {QStringLiteral("created"), isoOrNull(u.created)}};
}

QJsonObject authorJson(const Author &a, const AuthorStats *stats)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("name"), a.name},
                  {QStringLiteral("family_name"), a.familyName},
                  {QStringLiteral("given_name"), a.givenName},
                  {QStringLiteral("position"), a.position},
                  {QStringLiteral("region"), a.region},
                  {QStringLiteral("desk"), a.desk},
                  {QStringLiteral("email"), a.email},
                  {QStringLiteral("phone"), a.phone},
                  {QStringLiteral("bio_ru"), a.bioRu},
                  {QStringLiteral("bio_kk"), a.bioKk},
                  {QStringLiteral("bio_en"), a.bioEn},
                  {QStringLiteral("links"), QJsonArray::fromStringList(a.links)},
                  {QStringLiteral("has_avatar"), !a.avatarPng.isEmpty()},
                  {QStringLiteral("active"), a.active}};
    if (stats) {
        o.insert(QStringLiteral("drafted"), stats->drafted);
        o.insert(QStringLiteral("published_this_month"), stats->publishedThisMonth);
        o.insert(QStringLiteral("last_published"), isoOrNull(stats->lastPublished));
    }
    return o;
}

// "12" → 12; 0 when it is not a positive number.
qint64 positiveId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}
} // namespace

int CliApp::applyUserOptions(User *user, bool roleRequired)
{
    if (hasOption("role")) {
        QList<Role> roles;
        for (const QString &given : m_values.value(QStringLiteral("role"))) {
            // --role chief-editor,administrator works too.
            for (const QString &key : given.split(u',', Qt::SkipEmptyParts)) {
                const std::optional<Role> role = roleFromKey(key.trimmed());
                if (!role)
                    return usageError(
                        tr("Unknown role \"%1\": use %2.")
                            .arg(key.trimmed(), roleKeys(allRoles()).join(QStringLiteral(", "))));
                if (!roles.contains(*role))
                    roles.append(*role);
            }
        }
        if (roles.isEmpty())
            return usageError(
                tr("--role needs a role: %1.").arg(roleKeys(allRoles()).join(QStringLiteral(", "))));
        user->roles = roles;
    } else if (roleRequired) {
        return usageError(tr("A user needs at least one --role."),
                          findCommand({QStringLiteral("user"), QStringLiteral("add")}));
    }
    if (hasOption("region")) {
        QStringList regions;
        for (const QString &region : m_values.value(QStringLiteral("region")))
            if (!region.simplified().isEmpty() && !regions.contains(region.simplified()))
                regions.append(region.simplified());
        user->regions = regions;
    }
    if (hasOption("name"))
        user->displayName = optionValue("name").simplified();
    if (hasOption("author")) {
        const QString text = optionValue("author").trimmed();
        user->authorId = text == u"0" ? 0 : positiveId(text);
        if (text != u"0" && user->authorId == 0)
            return usageError(tr("--author needs an author id (a number; 0 for none)."));
    }
    if (hasOption("active")) {
        const QString answer = optionValue("active");
        if (answer != u"yes" && answer != u"no")
            return usageError(tr("--active takes yes or no."));
        user->active = answer == u"yes";
    }
    return Ok;
}

int CliApp::cmdUserAdd()
{
    User user;
    user.login = m_positionals.at(0);
    if (const int rc = applyUserOptions(&user, true); rc != Ok)
        return rc;
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    if (user.authorId != 0) {
        if (auto author = AuthorStore(*db, m_actor).author(user.authorId); !author)
            return fail(author.error());
    }
    auto password = newPassword(user.login);
    if (!password)
        return fail(password.error());
    auto added = UserStore(*db, m_actor).add(user, *password);
    if (!added)
        return fail(added.error());
    if (m_json)
        outJson(userJson(*added));
    else
        out(QString::number(added->id) + u'\n');
    return Ok;
}

int CliApp::cmdUserList()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    auto users = UserStore(*db, m_actor).list();
    if (!users)
        return fail(users.error());
    if (m_json) {
        QJsonArray array;
        for (const User &u : *users)
            array.append(userJson(u));
        outJson(array);
        return Ok;
    }
    for (const User &u : *users)
        out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                .arg(u.login, u.displayName, roleKeys(u.roles).join(u','), u.regions.join(u','),
                     u.active ? tr("active") : tr("inactive"),
                     u.authorId ? tr("author %1").arg(u.authorId) : QStringLiteral("-")));
    return Ok;
}

int CliApp::cmdUserSet()
{
    User probe;
    if (const int rc = applyUserOptions(&probe, false); rc != Ok)
        return rc;
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    UserStore users(*db, m_actor);
    auto found = users.user(m_positionals.at(0));
    if (!found)
        return fail(found.error());
    User edited = *found;
    if (const int rc = applyUserOptions(&edited, false); rc != Ok)
        return rc;
    if (edited.authorId != 0 && edited.authorId != found->authorId) {
        if (auto author = AuthorStore(*db, m_actor).author(edited.authorId); !author)
            return fail(author.error());
    }
    auto saved = users.update(edited);
    if (!saved)
        return fail(saved.error());
    if (m_json)
        outJson(userJson(*saved));
    return Ok;
}

int CliApp::cmdUserPassword()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    UserStore users(*db, m_actor);
    const QString login = m_positionals.at(0);
    if (auto found = users.user(login); !found)
        return fail(found.error());
    auto password = newPassword(login);
    if (!password)
        return fail(password.error());
    if (auto set = users.setPassword(login, *password); !set)
        return fail(set.error());
    return Ok;
}

int CliApp::applyAuthorOptions(Author *author)
{
    auto set = [this](const char *option, QString *field) {
        if (hasOption(option))
            *field = optionValue(option).trimmed();
    };
    set("position", &author->position);
    set("region", &author->region);
    set("desk", &author->desk);
    set("email", &author->email);
    set("phone", &author->phone);
    set("bio-ru", &author->bioRu);
    set("bio-kk", &author->bioKk);
    set("bio-en", &author->bioEn);
    set("family", &author->familyName);
    set("given", &author->givenName);
    if (hasOption("name")) {
        author->name = optionValue("name").simplified();
        if (author->name.isEmpty())
            return usageError(tr("An author's name cannot be empty."));
    }
    if (hasOption("link")) {
        QStringList links;
        for (const QString &link : m_values.value(QStringLiteral("link")))
            if (!link.trimmed().isEmpty())
                links.append(link.trimmed());
        author->links = links;
    }
    if (hasOption("left") && hasOption("active"))
        return usageError(tr("Give --left or --active, not both."));
    if (hasOption("left"))
        author->active = false;
    if (hasOption("active"))
        author->active = true;
    return Ok;
}

int CliApp::cmdAuthorAdd()
{
    Author author;
    author.name = m_positionals.at(0).simplified();
    if (author.name.isEmpty())
        return usageError(tr("An author needs a name."),
                          findCommand({QStringLiteral("author"), QStringLiteral("add")}));
    if (const int rc = applyAuthorOptions(&author); rc != Ok)
        return rc;
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    auto added = AuthorStore(*db, m_actor).add(author);
    if (!added)
        return fail(added.error());
    if (m_json)
        outJson(authorJson(*added, nullptr));
    else
        out(QString::number(added->id) + u'\n');
    return Ok;
}

int CliApp::cmdAuthorList()
{
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    AuthorStore store(*db, m_actor);
    auto authors = store.list(optionValue("search"));
    if (!authors)
        return fail(authors.error());
    auto stats = store.allStats();
    if (!stats)
        return fail(stats.error());
    QHash<qint64, AuthorStats> byAuthor;
    for (const AuthorStats &s : *stats)
        byAuthor.insert(s.authorId, s);
    if (m_json) {
        QJsonArray array;
        for (const Author &a : *authors) {
            const AuthorStats s = byAuthor.value(a.id, AuthorStats{a.id, 0, 0, {}});
            array.append(authorJson(a, &s));
        }
        outJson(array);
        return Ok;
    }
    for (const Author &a : *authors) {
        const AuthorStats s = byAuthor.value(a.id, AuthorStats{a.id, 0, 0, {}});
        out(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                .arg(QString::number(a.id), a.active ? a.name : tr("%1 (left)").arg(a.name), a.position,
                     a.region,
                     tr("%1 drafted, %2 published this month, last %3")
                         .arg(s.drafted)
                         .arg(s.publishedThisMonth)
                         .arg(s.lastPublished.isValid() ? localDate(s.lastPublished) : tr("never"))));
    }
    return Ok;
}

int CliApp::cmdAuthorShow()
{
    const qint64 id = positiveId(m_positionals.at(0));
    if (!id)
        return usageError(tr("An author id is a number."));
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    AuthorStore store(*db, m_actor);
    auto author = store.author(id);
    if (!author)
        return fail(author.error());
    auto stats = store.stats(id);
    if (!stats)
        return fail(stats.error());
    if (m_json) {
        outJson(authorJson(*author, &*stats));
        return Ok;
    }
    const Author &a = *author;
    // "Label: value" pieces, a line of them; empty values left out.
    auto piece = [](const QString &format, const QString &value) {
        return value.isEmpty() ? QString() : format.arg(value);
    };
    auto line = [](QStringList pieces) {
        pieces.removeAll(QString());
        return pieces.isEmpty() ? QString() : pieces.join(QStringLiteral(" · ")) + u'\n';
    };
    QString text = a.name + u'\n';
    text += tr("Id: %1 · %2").arg(a.id).arg(a.active ? tr("active") : tr("left the newsroom")) + u'\n';
    text += line({piece(tr("Family name: %1"), a.familyName), piece(tr("Given name: %1"), a.givenName)});
    text += line({piece(tr("Position: %1"), a.position)});
    text += line({piece(tr("Region: %1"), a.region), piece(tr("Desk: %1"), a.desk)});
    text += line({piece(tr("E-mail: %1"), a.email), piece(tr("Phone: %1"), a.phone)});
    text += line({piece(tr("Links: %1"), a.links.join(QStringLiteral(", ")))});
    text += line({piece(tr("Bio (ru): %1"), a.bioRu)});
    text += line({piece(tr("Bio (kk): %1"), a.bioKk)});
    text += line({piece(tr("Bio (en): %1"), a.bioEn)});
    text += tr("Drafted: %1 · Published this month: %2 · Last published: %3")
                .arg(stats->drafted)
                .arg(stats->publishedThisMonth)
                .arg(stats->lastPublished.isValid() ? localDate(stats->lastPublished) : tr("never")) +
            u'\n';
    out(text);
    return Ok;
}

int CliApp::cmdAuthorSet()
{
    const qint64 id = positiveId(m_positionals.at(0));
    if (!id)
        return usageError(tr("An author id is a number."));
    Author probe;
    if (const int rc = applyAuthorOptions(&probe); rc != Ok)
        return rc;
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    AuthorStore store(*db, m_actor);
    auto found = store.author(id);
    if (!found)
        return fail(found.error());
    Author edited = *found;
    if (const int rc = applyAuthorOptions(&edited); rc != Ok)
        return rc;
    auto saved = store.update(edited);
    if (!saved)
        return fail(saved.error());
    if (m_json)
        outJson(authorJson(*saved, nullptr));
    return Ok;
}

int CliApp::cmdByline()
{
    QList<qint64> ids;
    for (const QString &text : m_values.value(QStringLiteral("author"))) {
        const qint64 id = positiveId(text);
        if (!id)
            return usageError(tr("--author takes an author id (see \"qalam-cli author list\")."));
        if (!ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return usageError(tr("A byline needs at least one --author."),
                          findCommand({QStringLiteral("byline")}));
    auto db = openDatabase();
    if (!db)
        return fail(db.error());
    ArticleStore store(*db, &Clock::system(), m_actor);
    auto loaded = store.load(m_positionals.at(0));
    if (!loaded)
        return fail(loaded.error());
    AuthorStore profiles(*db, m_actor);
    Article edited = *loaded;
    edited.authors.clear();
    for (qint64 id : std::as_const(ids)) {
        auto author = profiles.author(id);
        if (!author)
            return fail(author.error());
        edited.authors.append(*author);
    }
    auto saved = store.save(edited, ArticleStore::SaveKind::Revision, QStringLiteral("byline"));
    if (!saved)
        return fail(saved.error());
    if (m_json) {
        QJsonArray byline;
        for (const Author &a : saved->authors)
            byline.append(QJsonObject{{QStringLiteral("id"), a.id},
                                      {QStringLiteral("name"), a.name},
                                      {QStringLiteral("position"), a.position}});
        outJson(QJsonObject{{QStringLiteral("id"), saved->id},
                            {QStringLiteral("version"), saved->version},
                            {QStringLiteral("status"), statusKey(saved->status)},
                            {QStringLiteral("authors"), byline}});
    } else if (saved->status != loaded->status) {
        out(tr("The article is now %1.").arg(statusKey(saved->status)) + u'\n');
    }
    return Ok;
}

} // namespace Qalam
