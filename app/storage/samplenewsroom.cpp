#include "app/storage/samplenewsroom.h"

#include "app/import/draftcreator.h"
#include "app/import/importer.h"
#include "app/people/authorstore.h"
#include "app/people/userstore.h"
#include "app/storage/articlestore.h"
#include "app/storage/photostore.h"
#include "app/workflow/workflow.h"
#include <QHash>

#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QTemporaryDir>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Qalam {

QByteArray SampleNewsroom::bundled()
{
    QFile file(QStringLiteral(":/sample/newsroom.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

namespace {
// Pictures for the sample newsroom, drawn here rather than shipped: calm
// shapes in the newsroom's colours, different for every photo.
QImage drawSamplePicture(const QColor &colour, int seed)
{
    QImage image(1600, 1067, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 0, image.height());
    sky.setColorAt(0, colour.lighter(170));
    sky.setColorAt(1, colour);
    painter.fillRect(image.rect(), sky);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 7; ++i) {
        QColor shape = colour.darker(110 + 15 * ((i + seed) % 4));
        shape.setAlpha(200);
        painter.setBrush(shape);
        const int w = 180 + 60 * ((i * 3 + seed) % 5);
        painter.drawRoundedRect(QRect(80 + i * 210, 560 - 40 * ((i + seed) % 3), w, 420), 18, 18);
    }
    painter.setBrush(QColor(255, 255, 255, 180));
    painter.drawEllipse(QPoint(1250 - seed * 120, 220), 110, 110);
    return image;
}
} // namespace

Result<void> SampleNewsroom::addSamplePhotos(ArticleStore &store, const QString &articleId,
                                             const QJsonArray &photos)
{
    if (photos.isEmpty())
        return {};
    QTemporaryDir dir;
    PhotoStore photoStore(store.database(), &Clock::system(), store.actor());
    int seed = 0;
    for (const auto &v : photos) {
        const QJsonObject o = v.toObject();
        const QString path = dir.filePath(QStringLiteral("sample-%1.jpg").arg(seed));
        if (!drawSamplePicture(QColor(o.value(QStringLiteral("colour")).toString()), seed++)
                 .save(path, "JPEG", 88))
            return Error{Error::Code::Io, tr("The sample photos could not be drawn."), path};
        auto photo = photoStore.importFile(path);
        if (!photo)
            return photo.error();
        Photo p = *photo;
        p.caption = o.value(QStringLiteral("caption")).toString();
        p.alt = o.value(QStringLiteral("alt")).toString();
        p.creditSource = o.value(QStringLiteral("credit_source")).toString();
        p.creditType = creditTypeFromKey(o.value(QStringLiteral("credit_type")).toString());
        p.consent.contributor = o.value(QStringLiteral("contributor")).toString();
        p.consent.granted = p.creditType == CreditType::Ugc;
        p.consent.channel = QStringLiteral("WhatsApp");
        if (auto saved = photoStore.update(p); !saved)
            return saved.error();
        if (auto attached = photoStore.attach(articleId, p.id, o.value(QStringLiteral("lead")).toBool());
            !attached)
            return attached.error();
    }
    return {};
}

Result<int> SampleNewsroom::load(ArticleStore &store, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error{Error::Code::InvalidInput, tr("The sample newsroom file is not valid JSON."),
                     parseError.errorString()};
    const QJsonObject root = doc.object();
    const std::shared_ptr<Database> database = store.database();
    QHash<QString, Author> byName;
    for (const auto &v : root.value(QStringLiteral("authors")).toArray()) {
        const QJsonObject o = v.toObject();
        Author wanted{0, o.value(QStringLiteral("name")).toString(),
                      o.value(QStringLiteral("position")).toString(),
                      o.value(QStringLiteral("region")).toString()};
        wanted.familyName = o.value(QStringLiteral("family")).toString();
        wanted.givenName = o.value(QStringLiteral("given")).toString();
        auto author = store.ensureAuthor(wanted);
        if (!author)
            return author.error();
        if (!wanted.familyName.isEmpty()) {
            // Names whose parts the simple split gets wrong ("Daniel Hartley").
            Author profile = *author;
            profile.familyName = wanted.familyName;
            profile.givenName = wanted.givenName;
            if (auto updated = AuthorStore(database, store.actor()).update(profile); !updated)
                return updated.error();
        }
        byName.insert(wanted.name, *author);
    }

    // The newsroom's accounts: the first is the administrator, who adds the
    // rest. Everyone acts as themselves from here on, so the sample's
    // history reads like a real one.
    const QJsonArray users = root.value(QStringLiteral("users")).toArray();
    QHash<qint64, Actor> actorOfAuthor;
    std::optional<Actor> chief;
    std::optional<Actor> admin;
    for (const auto &v : users) {
        const QJsonObject o = v.toObject();
        User user;
        user.login = o.value(QStringLiteral("login")).toString();
        user.displayName = o.value(QStringLiteral("name")).toString();
        for (const auto &role : o.value(QStringLiteral("roles")).toArray())
            if (const auto r = roleFromKey(role.toString()))
                user.roles.append(*r);
        for (const auto &region : o.value(QStringLiteral("regions")).toArray())
            user.regions.append(region.toString());
        const QString authorName = o.value(QStringLiteral("author")).toString();
        if (!authorName.isEmpty())
            user.authorId = byName.value(authorName).id;
        UserStore userStore(database, admin ? *admin : store.actor());
        auto added = userStore.add(user, QString::fromLatin1(SamplePassword));
        if (!added)
            return added.error();
        const Actor actor = Actor::fromUser(*added);
        if (added->has(Role::Administrator) && !admin)
            admin = actor;
        if (added->has(Role::ChiefEditor) && !chief)
            chief = actor;
        if (added->authorId > 0)
            actorOfAuthor.insert(added->authorId, actor);
    }

    int added = 0;
    for (const auto &v : root.value(QStringLiteral("articles")).toArray()) {
        const QJsonObject o = v.toObject();
        Article a = Article::fromJson(o);
        a.authors.clear();
        for (const auto &name : o.value(QStringLiteral("authors")).toArray()) {
            const auto it = byName.constFind(name.toString());
            if (it == byName.constEnd())
                return Error{Error::Code::InvalidInput,
                             tr("The sample article \"%1\" names an unknown author %2.")
                                 .arg(a.headline, name.toString()),
                             {}};
            a.authors.append(*it);
        }
        const ArticleStatus target = a.status;
        // Written by its first author's account (or, without accounts, by
        // whoever loads the sample).
        Actor writer = store.actor();
        if (!a.authors.isEmpty() && actorOfAuthor.contains(a.authors.first().id))
            writer = actorOfAuthor.value(a.authors.first().id);
        ArticleStore writerStore(database, &Clock::system(), writer);
        auto created = writerStore.create(a, QStringLiteral("sample"));
        if (!created)
            return created.error();
        if (auto photos =
                addSamplePhotos(writerStore, created->id, o.value(QStringLiteral("photos")).toArray());
            !photos)
            return photos.error();
        const Actor reviewer = chief ? *chief : store.actor();
        Workflow writerFlow(database, writer);
        Workflow chiefFlow(database, reviewer);
        if (target != ArticleStatus::Draft) {
            if (auto r = writerFlow.submit(created->id); !r)
                return r.error();
        }
        if (target == ArticleStatus::Returned) {
            if (auto r = chiefFlow.returnToWriter(
                    created->id,
                    o.value(QStringLiteral("review_comment")).toString(tr("Please check the figures.")));
                !r)
                return r.error();
        }
        if (target == ArticleStatus::Approved || target == ArticleStatus::Published) {
            if (auto r = chiefFlow.approve(created->id); !r)
                return r.error();
        }
        if (target == ArticleStatus::Published) {
            if (auto r = chiefFlow.publish(created->id); !r)
                return r.error();
        }
        ++added;
    }

    // Drafts imported from pages in the shapes editors bring in (a news page
    // copied from a browser, an agency wire, a saved page with figures),
    // each by a regional editor whose regions it concerns, through the same
    // Importer and DraftCreator as the Import dialog. Their photo slots wait
    // for files; the originals stay with the drafts.
    struct SamplePage
    {
        const char *resource;
        const char *login;
    };
    static const SamplePage s_pages[] = {
        {":/sample/import/karaganda-news-page.txt", "sokolova"},
        {":/sample/import/astana-wire.txt", "sokolova"},
        {":/sample/import/kentau-figures.html", "sarsenbayeva"},
    };
    for (const SamplePage &page : s_pages) {
        auto importer = UserStore(database).user(QString::fromLatin1(page.login));
        if (!importer && importer.error().code == Error::Code::NotFound)
            continue; // a newsroom file without that account
        if (!importer)
            return importer.error();
        QFile file(QString::fromLatin1(page.resource));
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Io, tr("The sample page %1 could not be read.").arg(file.fileName()),
                         file.errorString()};
        const QString text = QString::fromUtf8(file.readAll());
        const ImportedDraft draft =
            Importer::guessFormat(text) == u"html" ? Importer::fromHtml(text) : Importer::fromText(text);
        auto created =
            DraftCreator(database, Actor::fromUser(*importer)).create(draft, QStringLiteral("sample"));
        if (!created)
            return created.error();
        ++added;
    }
    return added;
}

} // namespace Qalam
