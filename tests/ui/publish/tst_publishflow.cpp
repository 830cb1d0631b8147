// Publishing from the main window, offscreen, on a real newsroom database: a
// chief editor opens an approved article, Workflow → Publish to… picks the
// endpoint, and the Publishing dock shows the job's progress and then the
// resulting address; the article becomes published and its details strip
// shows where. Unpublish from… needs a reason and takes the package off.
// A job left running by a crash is resumed after sign-in, a scheduled
// approval waits for its time, and a ninjs CMS on 127.0.0.1 (bearer token)
// receives the story with its photos while the dock shows bytes per job and
// per file.

#include "app/core/secretstore.h"
#include "app/media/photo.h"
#include "app/people/userstore.h"
#include "app/publish/endpoint.h"
#include "app/publish/outbox.h"
#include "app/publish/publishrunner.h"
#include "app/storage/articlestore.h"
#include "app/storage/photostore.h"
#include "app/workflow/workflow.h"
#include "tests/support/fakecms.h"
#include "tests/support/testdatabase.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/publish/publishingcontroller.h"
#include "ui/publish/publishingdock.h"
#include "ui/publish/publishtargetdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qalam;

namespace {

struct Newsroom
{
    std::shared_ptr<Database> db;
    Actor admin, writer, chief;
};

Actor addUser(const std::shared_ptr<Database> &db, const Actor &by, const QString &login, const QString &name,
              QList<Role> roles, QStringList regions = {})
{
    UserStore users(db, by);
    users.setPasswordIterations(1000);
    User u;
    u.login = login;
    u.displayName = name;
    u.roles = std::move(roles);
    u.regions = std::move(regions);
    auto added = users.add(u, QStringLiteral("qalam-sample"));
    if (!added) {
        QTest::qFail(qPrintable(added.error().message), __FILE__, __LINE__);
        return {};
    }
    return Actor::fromUser(*added);
}

ArticleStatus statusOf(const Newsroom &n, const QString &id)
{
    auto article = ArticleStore(n.db, &Clock::system(), n.chief).load(id);
    return article ? article->status : ArticleStatus::Draft;
}

// A photo with noise, so that its rendition has some weight to upload.
bool writeJpeg(const QString &path, int seed)
{
    QImage image(900, 600, QImage::Format_RGB32);
    QRandomGenerator random{quint32(seed)};
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgb(int(random.bounded(256)), (x + seed * 40) % 256, (y * 2) % 256);
    }
    return image.save(path, "JPG", 92);
}

// Optional pictures for the reviewer: $QALAM_TEST_SCREENSHOTS/<name>.png.
void keepPicture(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QALAM_TEST_SCREENSHOTS");
    if (!dir.isEmpty()) {
        QCoreApplication::sendPostedEvents();
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
}

} // namespace

class TestPublishFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void publishAndUnpublishToAFolder();
    void resumesAfterSignIn();
    void scheduledApprovalWaitsForItsTime();
    void publishToNinjsWithPhotos();
    void cancelAndRetryFromTheDock();
    void closedMidJobResumesAtTheNextStart();
    void aJobOnAnotherDeskIsShownWhole();

private:
    QString approvedArticle(const QString &headline, int photos = 0, const QDateTime &publishAt = {});
    void addFolderEndpoint(const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<Test::TestDatabase> m_file;
    std::unique_ptr<QTemporaryDir> m_dir;
    Newsroom m_n;
};

void TestPublishFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("QalamTest"));
}

void TestPublishFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("QALAM_SECRETS_BACKEND", "file");
    qputenv("QALAM_SECRETS_FILE", QFile::encodeName(m_dir->filePath(QStringLiteral("secrets.json"))));
    m_file = std::make_unique<Test::TestDatabase>();
    m_n.db = m_file->open();
    QVERIFY(m_n.db);
    m_n.admin = addUser(m_n.db, Actor::local(), QStringLiteral("admin"), QStringLiteral("Администратор"),
                        {Role::Administrator});
    m_n.writer = addUser(m_n.db, m_n.admin, QStringLiteral("sokolova"), QStringLiteral("Соколова Марина"),
                         {Role::RegionalEditor}, {QStringLiteral("Алматы")});
    m_n.chief = addUser(m_n.db, m_n.admin, QStringLiteral("omarov"), QStringLiteral("Омаров Бауыржан"),
                        {Role::ChiefEditor});
}

void TestPublishFlow::cleanup()
{
    m_n = {};
    m_file.reset();
    m_dir.reset();
    qunsetenv("QALAM_SECRETS_BACKEND");
    qunsetenv("QALAM_SECRETS_FILE");
}

QString TestPublishFlow::approvedArticle(const QString &headline, int photos, const QDateTime &publishAt)
{
    Article draft;
    draft.headline = headline;
    draft.lead = QStringLiteral("Школа на 600 мест открылась в Наурызбайском районе.");
    draft.bodyHtml = QStringLiteral("<p>«Это лучшая школа города», – сказал аким Алматы Ерболат Досаев.</p>"
                                    "<p>В школе 600 мест и два спортзала, передает Акорда.</p>");
    draft.region = QStringLiteral("Алматы");
    auto created = ArticleStore(m_n.db, &Clock::system(), m_n.writer).create(draft);
    if (!created) {
        QTest::qFail(qPrintable(created.error().message), __FILE__, __LINE__);
        return {};
    }
    PhotoStore store(m_n.db, &Clock::system(), m_n.writer);
    for (int i = 0; i < photos; ++i) {
        const QString path = m_dir->filePath(QStringLiteral("school-%1.jpg").arg(i + 1));
        if (!writeJpeg(path, i + 1)) {
            QTest::qFail("cannot write the test JPEG", __FILE__, __LINE__);
            return {};
        }
        auto imported = store.importFile(path);
        if (!imported) {
            QTest::qFail(qPrintable(imported.error().message), __FILE__, __LINE__);
            return {};
        }
        Photo p = *imported;
        p.caption = QStringLiteral("Новая школа в Наурызбайском районе, снимок %1").arg(i + 1);
        p.alt = QStringLiteral("Здание школы, снимок %1").arg(i + 1);
        p.creditSource = QStringLiteral("Акорда");
        p.creditType = CreditType::PressService;
        if (auto updated = store.update(p); !updated) {
            QTest::qFail(qPrintable(updated.error().message), __FILE__, __LINE__);
            return {};
        }
        if (auto attached = store.attach(created->id, p.id, i == 0); !attached) {
            QTest::qFail(qPrintable(attached.error().message), __FILE__, __LINE__);
            return {};
        }
    }
    if (auto s = Workflow(m_n.db, m_n.writer).submit(created->id); !s) {
        QTest::qFail(qPrintable(s.error().message), __FILE__, __LINE__);
        return {};
    }
    if (auto a = Workflow(m_n.db, m_n.chief).approve(created->id, {}, publishAt); !a) {
        QTest::qFail(qPrintable(a.error().message), __FILE__, __LINE__);
        return {};
    }
    return created->id;
}

void TestPublishFlow::addFolderEndpoint(const QString &name)
{
    EndpointProfile folder;
    folder.name = name;
    folder.type = QStringLiteral("folder");
    folder.url = m_dir->filePath(QStringLiteral("export-") + name);
    auto added = EndpointStore(m_n.db, m_n.admin).add(folder);
    QVERIFY2(added, qPrintable(added.error().message));
}

void TestPublishFlow::publishAndUnpublishToAFolder()
{
    addFolderEndpoint(QStringLiteral("archive"));
    addFolderEndpoint(QStringLiteral("site-export"));
    const QString id = approvedArticle(QStringLiteral("Аким Алматы открыл новую школу"));
    QVERIFY(!id.isEmpty());

    MainWindow window(m_n.db, m_n.chief);
    window.resize(1300, 850);
    window.show();
    PublishingController *publishing = window.publishing();
    QVERIFY(publishing);
    PublishingDock *dock = publishing->dock();
    QCOMPARE(dock->objectName(), QStringLiteral("publishingDock"));
    QSignalSpy opened(&window, &MainWindow::articleOpened);
    window.openArticle(id);
    QVERIFY(opened.wait(10000));
    // The menu entries, enabled for an approved article and a chief editor.
    auto *publishAction = window.findChild<QAction *>(QStringLiteral("actionPublishTo"));
    auto *unpublishAction = window.findChild<QAction *>(QStringLiteral("actionUnpublishFrom"));
    QVERIFY(publishAction && unpublishAction);
    QTRY_VERIFY(publishAction->isEnabled());
    QVERIFY(!unpublishAction->isEnabled());
    QVERIFY(!publishing->detailsRow()->isVisibleTo(&window));

    QSignalSpy progress(dock, &PublishingDock::progressShown);
    QSignalSpy queued(publishing, &PublishingController::jobQueued);
    QSignalSpy finished(publishing, &PublishingController::jobFinished);
    publishAction->trigger();
    QTRY_VERIFY(publishing->targetDialog());
    PublishTargetDialog *target = publishing->targetDialog();
    QCOMPARE(target->endpointBox()->count(), 2);
    target->endpointBox()->setCurrentIndex(target->endpointBox()->findData(QStringLiteral("site-export")));
    QVERIFY(target->okButton()->isEnabled());
    QTest::mouseClick(target->okButton(), Qt::LeftButton);

    QVERIFY(finished.wait(30000));
    QCOMPARE(queued.count(), 1);
    const qint64 jobId = queued.first().first().toLongLong();
    QCOMPARE(finished.first().at(0).toLongLong(), jobId);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("done"));
    const QString package = finished.first().at(2).toString();
    QVERIFY(package.startsWith(m_dir->filePath(QStringLiteral("export-site-export"))));
    QVERIFY(QFileInfo::exists(QDir(package).filePath(QStringLiteral("article.json"))));
    QVERIFY(QFileInfo::exists(QDir(package).filePath(QStringLiteral("article.html"))));

    // The runner's progress reached the dock.
    QVERIFY(progress.count() >= 1);
    QCOMPARE(progress.last().at(0).toLongLong(), jobId);
    // The dock lists the job as published, with the package as a link.
    QTRY_VERIFY(dock->addressLabel(jobId));
    QVERIFY(dock->addressLabel(jobId)->text().contains(QDir::toNativeSeparators(package)));
    QVERIFY(dock->addressLabel(jobId)->openExternalLinks());
    QVERIFY(dock->isVisible());
    const auto rowOf = [dock](qint64 job) -> QTreeWidgetItem * {
        for (int i = 0; i < dock->jobList()->topLevelItemCount(); ++i)
            if (dock->jobList()->topLevelItem(i)->data(0, Qt::UserRole + 1).toLongLong() == job)
                return dock->jobList()->topLevelItem(i);
        return nullptr;
    };
    QVERIFY(rowOf(jobId));
    QCOMPARE(rowOf(jobId)->text(PublishingDock::StateColumn), PublishingDock::tr("Published"));
    QCOMPARE(rowOf(jobId)->text(PublishingDock::EndpointColumn), QStringLiteral("site-export"));
    QCOMPARE(rowOf(jobId)->text(PublishingDock::ArticleColumn),
             QStringLiteral("Аким Алматы открыл новую школу"));

    // The article is published, the window knows it, and the details show where.
    QCOMPARE(statusOf(m_n, id), ArticleStatus::Published);
    QTRY_VERIFY(unpublishAction->isEnabled());
    QVERIFY(!publishAction->isEnabled());
    QTRY_VERIFY(publishing->publishedLabel()->text().contains(QDir::toNativeSeparators(package)));
    QVERIFY(publishing->publishedLabel()->text().contains(QStringLiteral("site-export")));
    QVERIFY(publishing->detailsRow()->isVisibleTo(&window));
    QVERIFY(window.editor()->isAncestorOf(publishing->detailsRow()));
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(package));
    QCOMPARE(PublishTargetDialog::lastEndpoint(), QStringLiteral("site-export"));
    auto log = PublishLog(m_n.db, m_n.chief).entries(id);
    QVERIFY(log && !log->isEmpty());
    QVERIFY(log->last().succeeded());
    QCOMPARE(log->last().remoteUrl, package);
    keepPicture(&window, QStringLiteral("publishflow-window"));

    // Unpublish from…: the endpoint it is published at comes first, and a
    // reason is required.
    finished.clear();
    unpublishAction->trigger();
    // (Not "another pointer than before": the first dialog deleted itself on
    // closing, and the new one may be given the same address.)
    QTRY_VERIFY(publishing->targetDialog() &&
                publishing->targetDialog()->mode() == PublishTargetDialog::Mode::Unpublish);
    target = publishing->targetDialog();
    QCOMPARE(target->mode(), PublishTargetDialog::Mode::Unpublish);
    QCOMPARE(target->endpoint(), QStringLiteral("site-export"));
    QVERIFY(target->reasonEdit());
    QVERIFY(!target->okButton()->isEnabled());
    target->reasonEdit()->setPlainText(QStringLiteral("Ошибка в заголовке"));
    QVERIFY(target->okButton()->isEnabled());
    QTest::mouseClick(target->okButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("done"));
    QCOMPARE(statusOf(m_n, id), ArticleStatus::Unpublished);
    QVERIFY(!QFileInfo::exists(package));
    QTRY_VERIFY(!publishing->detailsRow()->isVisibleTo(&window));
    QTRY_VERIFY(!unpublishAction->isEnabled());
    auto jobs = Outbox(m_n.db, m_n.chief).list(false, id);
    QVERIFY(jobs);
    QCOMPARE(jobs->size(), 2);
    QCOMPARE(jobs->first().action, QStringLiteral("unpublish"));
    QCOMPARE(jobs->first().comment, QStringLiteral("Ошибка в заголовке"));
}

void TestPublishFlow::resumesAfterSignIn()
{
    addFolderEndpoint(QStringLiteral("site-export"));
    const QString id = approvedArticle(QStringLiteral("Воду дадим раньше срока"));
    QVERIFY(!id.isEmpty());
    // A job that was running when Qalam died.
    Outbox outbox(m_n.db, m_n.chief);
    auto job = outbox.enqueue(id, QStringLiteral("site-export"), QStringLiteral("publish"));
    QVERIFY2(job, qPrintable(job.error().message));
    QVERIFY(outbox.markRunning(job->id));

    MainWindow window(m_n.db, m_n.chief);
    window.show();
    QSignalSpy finished(window.publishing(), &PublishingController::jobFinished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toLongLong(), job->id);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("done"));
    QCOMPARE(outbox.job(job->id)->state, QStringLiteral("done"));
    QCOMPARE(statusOf(m_n, id), ArticleStatus::Published);
    QCOMPARE(outbox.remotes(id)->size(), 1);
}

void TestPublishFlow::scheduledApprovalWaitsForItsTime()
{
    addFolderEndpoint(QStringLiteral("site-export"));
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(3);
    const QString id = approvedArticle(QStringLiteral("Каток откроют в субботу"), 0, soon);
    QVERIFY(!id.isEmpty());

    MainWindow window(m_n.db, m_n.chief);
    window.show();
    PublishingController *publishing = window.publishing();
    QSignalSpy queued(publishing, &PublishingController::jobQueued);
    QSignalSpy finished(publishing, &PublishingController::jobFinished);
    QSignalSpy reloaded(publishing->dock(), &PublishingDock::reloaded);
    publishing->publish(id, QStringLiteral("site-export"));
    QVERIFY(queued.wait(10000));
    const qint64 jobId = queued.first().first().toLongLong();
    // Not sent yet: it waits in the outbox for its time.
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(Outbox(m_n.db, m_n.chief).job(jobId)->state, QStringLiteral("waiting"));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("site-export")));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(statusOf(m_n, id), ArticleStatus::Approved);

    // Once its time has come, the periodic check sends it.
    QTRY_VERIFY_WITH_TIMEOUT(!Outbox(m_n.db, m_n.chief).due()->isEmpty(), 15000);
    publishing->runDueJobs();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toLongLong(), jobId);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("done"));
    QCOMPARE(statusOf(m_n, id), ArticleStatus::Published);
}

void TestPublishFlow::aJobOnAnotherDeskIsShownWhole()
{
    addFolderEndpoint(QStringLiteral("site-export"));
    const QString id = approvedArticle(QStringLiteral("Каток откроют в субботу"), 0,
                                       QDateTime::currentDateTimeUtc().addDays(1));
    QVERIFY(!id.isEmpty());
    MainWindow window(m_n.db, m_n.chief);
    window.show();
    PublishingController *publishing = window.publishing();
    PublishingDock *dock = publishing->dock();
    QSignalSpy queued(publishing, &PublishingController::jobQueued);
    publishing->publish(id, QStringLiteral("site-export"));
    QVERIFY(queued.wait(10000));
    const qint64 jobId = queued.first().first().toLongLong();

    // Another desk claims it: this window shows so and leaves it alone.
    Outbox other(m_n.db, m_n.chief);
    const QString otherDesk = Outbox::newRunnerId(QStringLiteral("omarov@astana"));
    auto claim = other.claim(jobId, otherDesk, 60 * 1000);
    QVERIFY2(claim, qPrintable(claim.error().message));
    QSignalSpy reloaded(dock, &PublishingDock::reloaded);
    dock->reload();
    QVERIFY(reloaded.count() > 0 || reloaded.wait(10000));
    QTreeWidgetItem *row = nullptr;
    for (int i = 0; i < dock->jobList()->topLevelItemCount(); ++i)
        if (dock->jobList()->topLevelItem(i)->data(0, Qt::UserRole + 1).toLongLong() == jobId)
            row = dock->jobList()->topLevelItem(i);
    QVERIFY(row);
    const QString state = row->text(PublishingDock::StateColumn);
    QCOMPARE(state, PublishingDock::tr("Running on another desk"));
    QVERIFY(row->toolTip(PublishingDock::StateColumn).contains(QStringLiteral("omarov@astana")));
    // Shown whole, not cut off at the column's edge.
    const int textWidth = dock->jobList()->fontMetrics().horizontalAdvance(state);
    QVERIFY2(dock->jobList()->columnWidth(PublishingDock::StateColumn) > textWidth,
             qPrintable(QStringLiteral("%1 px of text in a %2 px column")
                            .arg(textWidth)
                            .arg(dock->jobList()->columnWidth(PublishingDock::StateColumn))));
    QVERIFY(other.releaseClaim(jobId, otherDesk));
}

void TestPublishFlow::publishToNinjsWithPhotos()
{
    Test::FakeCms cms;
    QVERIFY(cms.listen());
    const QString token = QStringLiteral("tok-Ninjs-31c0de");
    cms.setBearerToken(token);
    EndpointProfile ninjs;
    ninjs.name = QStringLiteral("cms");
    ninjs.type = QStringLiteral("ninjs-http");
    ninjs.url = cms.ninjsUrl().toString();
    ninjs.auth = QStringLiteral("bearer");
    auto added = EndpointStore(m_n.db, m_n.admin).add(ninjs);
    QVERIFY2(added, qPrintable(added.error().message));
    QVERIFY(SecretStore().store(QStringLiteral("cms"), token));
    const QString id = approvedArticle(QStringLiteral("Школа в Наурызбайском районе открыта"), 3);
    QVERIFY(!id.isEmpty());

    MainWindow window(m_n.db, m_n.chief);
    window.resize(1300, 850);
    window.show();
    PublishingController *publishing = window.publishing();
    PublishingDock *dock = publishing->dock();
    QSignalSpy opened(&window, &MainWindow::articleOpened);
    window.openArticle(id);
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY(publishing->publishAction()->isEnabled());

    // What the dock shows while the photos go up.
    qint64 largestShownSent = 0;
    qint64 shownTotal = 0;
    QStringList fileLines;
    connect(dock, &PublishingDock::progressShown, this, [&](qint64 job, qint64 sent, qint64 total) {
        if (QProgressBar *bar = dock->progressBar(job)) {
            if (largestShownSent == 0 && sent > 0 && sent < total) // a picture once the slot is done
                QTimer::singleShot(
                    0, &window, [&window] { keepPicture(&window, QStringLiteral("publishflow-running")); });
            largestShownSent = std::max(largestShownSent, bar->property("sent").toLongLong());
            shownTotal = bar->property("total").toLongLong();
            QCOMPARE(bar->property("total").toLongLong(), total);
            QCOMPARE(bar->property("sent").toLongLong(), sent);
        }
        const QString line = dock->messageText(job);
        if (line.contains(QStringLiteral(".jpg")))
            fileLines.append(line);
    });
    QSignalSpy progress(publishing->runner(), &PublishRunner::progress);
    QSignalSpy finished(publishing, &PublishingController::jobFinished);
    QSignalSpy queued(publishing, &PublishingController::jobQueued);
    publishing->publishAction()->trigger();
    QTRY_VERIFY(publishing->targetDialog());
    PublishTargetDialog *target = publishing->targetDialog();
    QCOMPARE(target->endpoint(), QStringLiteral("cms"));
    QTest::mouseClick(target->okButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("done"));
    const qint64 jobId = queued.first().first().toLongLong();
    const QString remoteUrl = finished.first().at(2).toString();
    QVERIFY(!remoteUrl.isEmpty());

    // The CMS has the story and the three photos, with the token.
    QCOMPARE(cms.ninjsDocuments().size(), 1);
    QCOMPARE(cms.ninjsMediaSha256().size(), 3);
    for (const auto &r : cms.requests())
        QCOMPARE(r.authorization, QByteArray("Bearer ") + token.toUtf8());
    // Bytes per job reached the dock's bar, and the file being sent its line.
    QVERIFY(progress.count() >= 3);
    const qint64 total = progress.last().at(2).toLongLong();
    QVERIFY(total > 0);
    QCOMPARE(progress.last().at(1).toLongLong(), total);
    QVERIFY2(largestShownSent > 0, "no progress bar showed bytes");
    QCOMPARE(shownTotal, total);
    QVERIFY2(!fileLines.isEmpty(), "the file being sent was never shown");
    // Then the address, as a link, in the dock and in the details.
    QTRY_VERIFY(dock->addressLabel(jobId));
    QVERIFY(dock->addressLabel(jobId)->text().contains(remoteUrl.toHtmlEscaped()));
    QCOMPARE(statusOf(m_n, id), ArticleStatus::Published);
    QTRY_VERIFY(publishing->publishedLabel()->text().contains(remoteUrl.toHtmlEscaped()));
    QVERIFY(publishing->detailsRow()->isVisibleTo(&window));
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(remoteUrl));
    dock->raise();
    keepPicture(&window, QStringLiteral("publishflow-ninjs"));
}

void TestPublishFlow::cancelAndRetryFromTheDock()
{
    Test::FakeCms cms;
    QVERIFY(cms.listen());
    const QString token = QStringLiteral("tok-Retry-90aa");
    cms.setBearerToken(token);
    EndpointProfile ninjs;
    ninjs.name = QStringLiteral("cms");
    ninjs.type = QStringLiteral("ninjs-http");
    ninjs.url = cms.ninjsUrl().toString();
    ninjs.auth = QStringLiteral("bearer");
    QVERIFY(EndpointStore(m_n.db, m_n.admin).add(ninjs));
    QVERIFY(SecretStore().store(QStringLiteral("cms"), token));
    const QString id = approvedArticle(QStringLiteral("Маршрут продлят до вокзала"));
    QVERIFY(!id.isEmpty());
    // The story's POST is left unanswered first, then refused with the CMS's own words.
    cms.addFault(QStringLiteral("POST"), QStringLiteral("/ninjs$"), Test::FakeCms::Fault::Stall);
    cms.addFault(QStringLiteral("POST"), QStringLiteral("/ninjs$"), Test::FakeCms::Fault::BadRequest);

    MainWindow window(m_n.db, m_n.chief);
    window.resize(1300, 850);
    window.show();
    PublishingController *publishing = window.publishing();
    PublishingDock *dock = publishing->dock();
    QSignalSpy queued(publishing, &PublishingController::jobQueued);
    QSignalSpy finished(publishing, &PublishingController::jobFinished);
    publishing->publish(id, QStringLiteral("cms"));
    QVERIFY(queued.wait(10000));
    const qint64 jobId = queued.first().first().toLongLong();

    // Running (the CMS holds the request): the started job is selected, Cancel stops it.
    QTRY_VERIFY_WITH_TIMEOUT(cms.count(QStringLiteral("POST"), QStringLiteral("/ninjs$")) == 1, 15000);
    QTRY_COMPARE(dock->selectedJob(), jobId);
    QVERIFY(publishing->runner()->isRunning(jobId));
    QVERIFY(dock->cancelButton()->isEnabled());
    QVERIFY(!dock->retryButton()->isEnabled());
    QTest::mouseClick(dock->cancelButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().at(1).toString(), QStringLiteral("cancelled"));
    QCOMPARE(Outbox(m_n.db, m_n.chief).job(jobId)->state, QStringLiteral("cancelled"));
    QCOMPARE(statusOf(m_n, id), ArticleStatus::Approved);
    QTRY_VERIFY(dock->retryButton()->isEnabled());
    QVERIFY(!dock->cancelButton()->isEnabled());

    // Retry: the CMS refuses it (400, no retry), and the dock shows its words.
    dock->selectJob(jobId);
    QTest::mouseClick(dock->retryButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().at(1).toString(), QStringLiteral("failed"));
    const QString refusal = finished.last().at(2).toString();
    QVERIFY(!refusal.isEmpty());
    QTRY_VERIFY(dock->messageText(jobId).contains(refusal.simplified().left(20)));
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("failed")));
    QCOMPARE(statusOf(m_n, id), ArticleStatus::Approved);

    // Retry again: published once, with no duplicate in the CMS.
    dock->selectJob(jobId);
    QTRY_VERIFY(dock->retryButton()->isEnabled());
    QTest::mouseClick(dock->retryButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().at(1).toString(), QStringLiteral("done"));
    QCOMPARE(statusOf(m_n, id), ArticleStatus::Published);
    QCOMPARE(cms.ninjsDocuments().size(), 1);
    QTRY_VERIFY(dock->addressLabel(jobId));
    QCOMPARE(Outbox(m_n.db, m_n.chief).job(jobId)->attempts >= 3, true);
}

void TestPublishFlow::closedMidJobResumesAtTheNextStart()
{
    Test::FakeCms cms;
    QVERIFY(cms.listen());
    const QString token = QStringLiteral("tok-Resume-5e1f");
    cms.setBearerToken(token);
    EndpointProfile ninjs;
    ninjs.name = QStringLiteral("cms");
    ninjs.type = QStringLiteral("ninjs-http");
    ninjs.url = cms.ninjsUrl().toString();
    ninjs.auth = QStringLiteral("bearer");
    QVERIFY(EndpointStore(m_n.db, m_n.admin).add(ninjs));
    QVERIFY(SecretStore().store(QStringLiteral("cms"), token));
    const QString id = approvedArticle(QStringLiteral("Парк откроют после ремонта"), 2);
    QVERIFY(!id.isEmpty());
    cms.addFault(QStringLiteral("POST"), QStringLiteral("/ninjs$"), Test::FakeCms::Fault::Stall);

    qint64 jobId = 0;
    {
        MainWindow window(m_n.db, m_n.chief);
        window.show();
        QSignalSpy queued(window.publishing(), &PublishingController::jobQueued);
        window.publishing()->publish(id, QStringLiteral("cms"));
        QVERIFY(queued.wait(10000));
        jobId = queued.first().first().toLongLong();
        // The photos are up, the story's POST hangs: the window closes now.
        QTRY_VERIFY_WITH_TIMEOUT(cms.count(QStringLiteral("POST"), QStringLiteral("/ninjs$")) == 1, 15000);
        QVERIFY(window.publishing()->runner()->isRunning(jobId));
    }
    QCOMPARE(Outbox(m_n.db, m_n.chief).job(jobId)->state, QStringLiteral("running"));
    QCOMPARE(statusOf(m_n, id), ArticleStatus::Approved);
    const int mediaUploads = cms.count(QStringLiteral("PUT"), QStringLiteral("/ninjs/media")) +
                             cms.count(QStringLiteral("POST"), QStringLiteral("/ninjs/media"));

    QCOMPARE(mediaUploads, 2);
    // The next start resumes it: published once, photos not sent again.
    MainWindow again(m_n.db, m_n.chief);
    again.show();
    QSignalSpy finished(again.publishing(), &PublishingController::jobFinished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toLongLong(), jobId);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("done"));
    QCOMPARE(statusOf(m_n, id), ArticleStatus::Published);
    QCOMPARE(cms.ninjsDocuments().size(), 1);
    QCOMPARE(cms.ninjsMediaSha256().size(), 2);
    QCOMPARE(cms.count(QStringLiteral("PUT"), QStringLiteral("/ninjs/media")) +
                 cms.count(QStringLiteral("POST"), QStringLiteral("/ninjs/media")),
             mediaUploads);
}

QTEST_MAIN(TestPublishFlow)
#include "tst_publishflow.moc"
