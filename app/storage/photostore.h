#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/media/photo.h"
#include "app/media/photorules.h"
#include "app/people/user.h"

#include <QCoreApplication>

#include <memory>

class QSqlDatabase;
class QSqlQuery;

namespace Qalam {

class Database;

// A picture an imported article mentions (caption, credit line) that waits
// for its file; filling it imports the file with those fields.
struct StoredPhotoSlot
{
    qint64 id = 0;
    QString articleId;
    int order = 0;
    QString caption;
    QString alt;
    QString creditSource;
    std::optional<CreditType> creditType;
    QString creditLine; // as found in the source
    QString imageUrl;
    bool lead = false;
};

// A photo as used in one article: its place and whether it leads.
struct PhotoUse
{
    Photo photo;
    int order = 0;
    bool lead = false;
};

// The pictures of a newsroom. Originals are stored once, content-addressed
// by SHA-256 in a folder beside the database (<db>.photos/ab/abcdef…): the
// database stays small and quick to back up and copy, pictures are read
// straight from disk, and an original attached to ten articles is one file.
// In team mode (PostgreSQL) the originals are rows of the shared database, so
// that every desktop has them, and the folder is this machine's cache of them.
// A value type like ArticleStore: copy it to a worker thread and use it there.
class PhotoStore
{
    Q_DECLARE_TR_FUNCTIONS(Qalam::PhotoStore)

public:
    // Writes are checked by Permissions: attach needs Action::AttachPhoto on
    // the article, detach/lead/order/update need Action::EditPhotos on every
    // article that uses the photo (update of an unused photo: AttachPhoto
    // rights anywhere), settings Action::ManageSettings. A caption or credit
    // change on an approved article voids the approval unless the workflow
    // setting photoEditsKeepApproval holds.
    explicit PhotoStore(std::shared_ptr<Database> database, const Clock *clock = &Clock::system(),
                        Actor actor = Actor::local());

    QString originalsFolder() const;
    // The original's file; from a server database it is fetched into the
    // cache first (when that fails, reading the path reports the error).
    QString originalPath(const QString &sha256) const;

    // Checks the file (PhotoFile::inspect), stores the original unless a
    // picture with the same content is already there (then that one is
    // returned) and pre-fills caption, creator and credit from the file's
    // IPTC/XMP. Nothing is written for a file that is not a usable image.
    Result<Photo> importFile(const QString &path);
    // Adds the photo to the article's photos (at the end); `lead` makes it
    // the one lead photo.
    Result<void> attach(const QString &articleId, qint64 photoId, bool lead = false);
    Result<void> detach(const QString &articleId, qint64 photoId);
    Result<void> setLead(const QString &articleId, qint64 photoId);
    // The article's photos in this order (the ids must be exactly its photos).
    Result<void> reorder(const QString &articleId, const QList<qint64> &photoIds);
    Result<QList<PhotoUse>> photosOf(const QString &articleId);
    Result<Photo> photo(qint64 id);
    // Saves caption, alt, credit, creator, licence and consent.
    Result<Photo> update(const Photo &photo);
    // The newsroom's photo settings (credit template, rendition size and
    // quality, stripping); defaults until someone sets them.
    Result<PhotoSettings> settings();
    Result<void> setSettings(const PhotoSettings &settings);
    // Photo slots of an imported article, in order (Action::Read).
    Result<QList<StoredPhotoSlot>> photoSlots(const QString &articleId);
    Result<StoredPhotoSlot> addSlot(const StoredPhotoSlot &slot); // Action::AttachPhoto on its article
    // Imports the file (importFile), gives the photo the slot's caption, alt
    // and credit where the file brought none, attaches it (as lead when the
    // slot was) and removes the slot; one transaction for the database part.
    Result<Photo> fillSlot(qint64 slotId, const QString &filePath);
    Result<void> removeSlot(qint64 slotId); // Action::EditPhotos

    // Searches caption, credit source, creator and contributor (library view).
    Result<QList<Photo>> search(const QString &text);

private:
    Result<QList<Photo>> query(QSqlQuery &q);
    // Permissions::authorize for `action` (an Action) on the article.
    Result<void> authorizeOn(QSqlDatabase &db, const QString &articleId, int action);
    // Writes a server database's original into the cache at `path`.
    Result<void> fetchOriginal(const QString &sha256, const QString &path) const;

    std::shared_ptr<Database> m_database;
    const Clock *m_clock;
    Actor m_actor;
};

} // namespace Qalam
