// The `folder` endpoint: a package per article, swapped into place whole.

#include "app/publish/publication.h"
#include "app/text/htmlsanitizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Qalam {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{Error::Code::Io, FolderPublisher::tr("%1 could not be written.").arg(native(path)),
                     file.errorString()};
    }
    return {};
}

// Leftovers of a publication that was interrupted (a crash between writing
// and renaming): hidden siblings of the package, never the package itself.
void removeLeftovers(const QString &folder, const QString &slug)
{
    const QDir dir(folder);
    const QStringList names =
        dir.entryList({u'.' + slug + QStringLiteral(".*")},
                      QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString &name : names)
        QDir(dir.filePath(name)).removeRecursively();
}

void syncFolder(const QString &folder)
{
#ifdef Q_OS_LINUX
    // The renames are durable only once the folder's entry list is on disk.
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

// Puts the finished package `staged` at `target`, replacing what was there.
// On Linux both folders are exchanged in one step (renameat2), so there is
// never a moment without a package; the old one is then at `staged`.
Result<void> swapIntoPlace(const QString &staged, const QString &target)
{
    const QString folder = QFileInfo(target).absolutePath();
    if (!QFileInfo::exists(target)) {
        if (!QDir().rename(staged, target))
            return Error{Error::Code::Io,
                         FolderPublisher::tr("The package could not be moved to %1.").arg(native(target)),
                         QStringLiteral("rename %1 -> %2 failed").arg(staged, target)};
        syncFolder(folder);
        return {};
    }
#ifdef Q_OS_LINUX
    if (::renameat2(AT_FDCWD, QFile::encodeName(staged).constData(), AT_FDCWD,
                    QFile::encodeName(target).constData(), RENAME_EXCHANGE) == 0) {
        syncFolder(folder);
        return {};
    }
    // Not every file system exchanges (EINVAL): fall back to two renames.
#endif
    QTemporaryDir aside(folder + u'/' + u'.' + QFileInfo(target).fileName() + QStringLiteral(".old-XXXXXX"));
    if (!aside.isValid() || !QDir().rmdir(aside.path()) || !QDir().rename(target, aside.path()))
        return Error{
            Error::Code::Io,
            FolderPublisher::tr("The earlier package at %1 could not be replaced.").arg(native(target)),
            aside.errorString()};
    if (!QDir().rename(staged, target)) {
        QDir().rename(aside.path(), target); // put the earlier package back
        return Error{Error::Code::Io,
                     FolderPublisher::tr("The package could not be moved to %1.").arg(native(target)),
                     QStringLiteral("rename %1 -> %2 failed").arg(staged, target)};
    }
    syncFolder(folder);
    return {}; // `aside` removes the earlier package
}

QByteArray standalonePage(const Publication &publication, const QHash<qint64, QString> &files)
{
    const auto esc = &HtmlSanitizer::escape;
    const Article &a = publication.article;
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + esc(a.language) +
                   QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n<title>") + esc(a.headline) +
                   QStringLiteral("</title>\n</head>\n<body>\n<article>\n<h1>") + esc(a.headline) +
                   QStringLiteral("</h1>\n");
    if (!a.lead.trimmed().isEmpty())
        html += QStringLiteral("<p class=\"lead\"><strong>") + esc(a.lead.trimmed()) +
                QStringLiteral("</strong></p>\n");
    html += PublicationBuilder::bodyHtml(publication, [&files](qint64 id) { return files.value(id); });
    html += QStringLiteral("\n</article>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace

Result<QString> FolderPublisher::publish(std::shared_ptr<Database> database, const Publication &publication,
                                         const QString &folder)
{
    if (folder.trimmed().isEmpty())
        return Error{Error::Code::InvalidInput,
                     tr("No folder is set for publishing. Choose one in the endpoint settings."),
                     {}};
    if (publication.slug.isEmpty() || publication.slug.contains(u'/') || publication.slug.startsWith(u'.'))
        return Error{Error::Code::InvalidInput, tr("The article has no usable web address name (slug)."),
                     publication.slug};
    const QString root = QDir(folder).absolutePath();
    if (QFileInfo(root).exists() && !QFileInfo(root).isDir()) {
        return Error{Error::Code::Io,
                     tr("%1 is a file, not a folder. Nothing was published; choose a folder for the "
                        "packages.")
                         .arg(native(root)),
                     {}};
    }
    if (!QDir().mkpath(root)) {
        return Error{Error::Code::Io,
                     tr("The folder %1 cannot be created. Nothing was published; choose a folder you may "
                        "write to.")
                         .arg(native(root)),
                     {}};
    }
    removeLeftovers(root, publication.slug);

    // Everything is written into a hidden sibling first; until the rename
    // below, the published package (if any) stays as it was.
    QTemporaryDir staged(root + u'/' + u'.' + publication.slug + QStringLiteral(".partial-XXXXXX"));
    if (!staged.isValid()) {
        return Error{Error::Code::Io,
                     tr("The folder %1 cannot be written to. Nothing was published there; choose a folder "
                        "you may write to, or ask for write access.")
                         .arg(native(root)),
                     staged.errorString()};
    }
    // QTemporaryDir makes the folder private (0700); a package is meant to be
    // read by a web server or a sync job like any other folder.
    QFile::setPermissions(staged.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::ExeOther);

    const QString target = root + u'/' + publication.slug;
    auto failed = [&](const Error &e) {
        return Error{e.code,
                     tr("The article could not be published to %1: %2 The earlier package, if any, was "
                        "kept.")
                         .arg(native(root), e.message),
                     e.detail};
    };
    if (auto written = PublicationBuilder::writeRenditions(database, publication, staged.path()); !written)
        return failed(written.error());

    QHash<qint64, QString> files;
    for (const PublishedPhoto &p : publication.photos)
        files.insert(p.photo.id, p.fileName);
    // article.json names the photos where they will be once in place.
    const QString uriBase = QUrl::fromLocalFile(root + u'/').toString(QUrl::FullyEncoded);
    const QJsonObject ninjs = Ninjs::document(
        publication,
        [&files, &target](qint64 id) {
            const QString file = files.value(id);
            return file.isEmpty() ? QString()
                                  : QUrl::fromLocalFile(target + u'/' + file).toString(QUrl::FullyEncoded);
        },
        uriBase);
    if (auto written = writeFile(QDir(staged.path()).filePath(QStringLiteral("article.json")),
                                 QJsonDocument(ninjs).toJson(QJsonDocument::Indented));
        !written)
        return failed(written.error());
    if (auto written = writeFile(QDir(staged.path()).filePath(QStringLiteral("article.html")),
                                 standalonePage(publication, files));
        !written)
        return failed(written.error());

    if (auto swapped = swapIntoPlace(staged.path(), target); !swapped)
        return failed(swapped.error());
    return target; // `staged` now removes the earlier package, if there was one
}

Result<void> FolderPublisher::unpublish(const Publication &publication, const QString &folder)
{
    if (folder.trimmed().isEmpty() || publication.slug.isEmpty() || publication.slug.contains(u'/') ||
        publication.slug.startsWith(u'.'))
        return Error{Error::Code::InvalidInput, tr("There is no package to take down: no folder or slug."),
                     publication.slug};
    const QString root = QDir(folder).absolutePath();
    const QString target = root + u'/' + publication.slug;
    if (!QFileInfo(target).isDir())
        return {}; // not there: nothing to take down
    // Renamed away first, so the package disappears at once and whole.
    QTemporaryDir removed(root + u'/' + u'.' + publication.slug + QStringLiteral(".removed-XXXXXX"));
    if (!removed.isValid() || !QDir().rmdir(removed.path()) || !QDir().rename(target, removed.path())) {
        return Error{Error::Code::Io,
                     tr("The package %1 could not be removed. It is still published; check that the folder "
                        "may be written to.")
                         .arg(native(target)),
                     removed.errorString()};
    }
    syncFolder(root);
    return {}; // `removed` deletes the files
}

} // namespace Qalam
