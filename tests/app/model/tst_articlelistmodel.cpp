#include "app/model/articlelistmodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qalam;

namespace {

const QDateTime s_t0(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

QList<ArticleSummary> threeArticles()
{
    return {
        ArticleSummary{QStringLiteral("id-1"),
                       QStringLiteral("Токаев провел совещание"),
                       QStringLiteral("Астана"),
                       QStringLiteral("Колмакова Виктория"),
                       ArticleStatus::InReview,
                       s_t0.addSecs(300),
                       420,
                       {},
                       {},
                       {},
                       {},
                       0},
        ArticleSummary{QStringLiteral("id-2"),
                       QStringLiteral("Қазақстан экономикасы"),
                       QStringLiteral("Алматы"),
                       QStringLiteral("Сейтқали Айгүл, Колмакова Виктория"),
                       ArticleStatus::Draft,
                       s_t0.addSecs(200),
                       95,
                       {},
                       {},
                       {},
                       {},
                       0},
        ArticleSummary{QStringLiteral("id-3"),
                       QString(),
                       QStringLiteral("Шымкент"),
                       QString(),
                       ArticleStatus::Published,
                       s_t0.addSecs(100),
                       0,
                       {},
                       {},
                       {},
                       {},
                       0},
    };
}

} // namespace

class TestArticleListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setArticles();
    void roles_data();
    void roles();
    void roleNames();
    void noHeadlineAndTooltip();
    void invalidIndex();
    void updateArticleMovesRowToTop();
    void updateArticleOnTopRowChangesData();
    void updateUnknownArticleIsIgnored();

private:
    ArticleListModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestArticleListModel::init()
{
    m_model = new ArticleListModel(this);
    m_tester =
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestArticleListModel::cleanup()
{
    delete m_tester;
    m_tester = nullptr;
    delete m_model;
    m_model = nullptr;
}

void TestArticleListModel::setArticles()
{
    QCOMPARE(m_model->rowCount(), 0);
    QSignalSpy resetSpy(m_model, &QAbstractItemModel::modelReset);
    m_model->setArticles(threeArticles());
    QCOMPARE(resetSpy.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowCount(m_model->index(0)), 0); // a list: no children
    QCOMPARE(m_model->idAt(0), QStringLiteral("id-1"));
    QCOMPARE(m_model->idAt(2), QStringLiteral("id-3"));
    QCOMPARE(m_model->idAt(3), QString());
    QCOMPARE(m_model->idAt(-1), QString());
    QCOMPARE(m_model->rowOf(QStringLiteral("id-2")), 1);
    QCOMPARE(m_model->rowOf(QStringLiteral("missing")), -1);

    m_model->setArticles({});
    QCOMPARE(m_model->rowCount(), 0);
}

void TestArticleListModel::roles_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("id") << 1 << int(ArticleListModel::IdRole) << QVariant(QStringLiteral("id-2"));
    QTest::newRow("display") << 1 << int(Qt::DisplayRole)
                             << QVariant(QStringLiteral("Қазақстан экономикасы"));
    QTest::newRow("headline") << 0 << int(ArticleListModel::HeadlineRole)
                              << QVariant(QStringLiteral("Токаев провел совещание"));
    QTest::newRow("status") << 0 << int(ArticleListModel::StatusRole)
                            << QVariant(int(ArticleStatus::InReview));
    QTest::newRow("status text") << 0 << int(ArticleListModel::StatusTextRole)
                                 << QVariant(QStringLiteral("In review"));
    QTest::newRow("published") << 2 << int(ArticleListModel::StatusTextRole)
                               << QVariant(QStringLiteral("Published"));
    QTest::newRow("region") << 2 << int(ArticleListModel::RegionRole) << QVariant(QStringLiteral("Шымкент"));
    QTest::newRow("authors") << 1 << int(ArticleListModel::AuthorsRole)
                             << QVariant(QStringLiteral("Сейтқали Айгүл, Колмакова Виктория"));
    QTest::newRow("updated") << 0 << int(ArticleListModel::UpdatedRole) << QVariant(s_t0.addSecs(300));
    QTest::newRow("words") << 0 << int(ArticleListModel::WordsRole) << QVariant(420);
    QTest::newRow("unknown role") << 0 << int(Qt::DecorationRole) << QVariant();
}

void TestArticleListModel::roles()
{
    QFETCH(int, row);
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    m_model->setArticles(threeArticles());
    QCOMPARE(m_model->data(m_model->index(row), role), expected);
}

void TestArticleListModel::roleNames()
{
    const auto names = m_model->roleNames();
    QCOMPARE(names.value(ArticleListModel::IdRole), QByteArray("articleId"));
    QCOMPARE(names.value(ArticleListModel::HeadlineRole), QByteArray("headline"));
    QCOMPARE(names.value(ArticleListModel::StatusRole), QByteArray("status"));
    QCOMPARE(names.value(ArticleListModel::WordsRole), QByteArray("words"));
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
}

void TestArticleListModel::noHeadlineAndTooltip()
{
    m_model->setArticles(threeArticles());
    QCOMPARE(m_model->data(m_model->index(2), Qt::DisplayRole).toString(), QStringLiteral("(no headline)"));
    const QString tip = m_model->data(m_model->index(1), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Қазақстан экономикасы")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Сейтқали Айгүл")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("95 words")), qPrintable(tip));
    const QString noByline = m_model->data(m_model->index(2), Qt::ToolTipRole).toString();
    QVERIFY2(noByline.contains(QStringLiteral("no byline")), qPrintable(noByline));
}

void TestArticleListModel::invalidIndex()
{
    m_model->setArticles(threeArticles());
    // checkIndex() reports what it refuses.
    const QRegularExpression notValid(QStringLiteral("is not valid"));
    QTest::ignoreMessage(QtWarningMsg, notValid);
    QTest::ignoreMessage(QtWarningMsg, notValid);
    QCOMPARE(m_model->data(QModelIndex(), Qt::DisplayRole), QVariant());
    QCOMPARE(m_model->data(m_model->index(7), Qt::DisplayRole), QVariant());
}

void TestArticleListModel::updateArticleMovesRowToTop()
{
    m_model->setArticles(threeArticles());
    const QPersistentModelIndex third(m_model->index(2));
    const QPersistentModelIndex first(m_model->index(0));
    QSignalSpy movedSpy(m_model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changedSpy(m_model, &QAbstractItemModel::dataChanged);

    Article saved;
    saved.id = QStringLiteral("id-3");
    saved.headline = QStringLiteral("Шымкентте жаңа мектеп ашылды");
    saved.region = QStringLiteral("Шымкент");
    saved.status = ArticleStatus::InReview;
    saved.updated = s_t0.addSecs(600);
    saved.bodyText = QStringLiteral("Бір екі үш.\nТөрт бес.");
    saved.authors = {Author{1, QStringLiteral("Сейтқали Айгүл"), {}, {}},
                     Author{2, QStringLiteral("Нұрлан Әбенов"), {}, {}}};
    m_model->updateArticle(saved);

    QCOMPARE(movedSpy.count(), 1);
    QVERIFY(changedSpy.count() >= 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->idAt(0), QStringLiteral("id-3"));
    QCOMPARE(m_model->idAt(1), QStringLiteral("id-1"));
    QCOMPARE(m_model->idAt(2), QStringLiteral("id-2"));
    QCOMPARE(third.row(), 0);
    QCOMPARE(first.row(), 1);

    const QModelIndex top = m_model->index(0);
    QCOMPARE(top.data(ArticleListModel::HeadlineRole).toString(), saved.headline);
    QCOMPARE(top.data(ArticleListModel::StatusRole).toInt(), int(ArticleStatus::InReview));
    QCOMPARE(top.data(ArticleListModel::UpdatedRole).toDateTime(), saved.updated);
    QCOMPARE(top.data(ArticleListModel::WordsRole).toInt(), 5);
    QCOMPARE(top.data(ArticleListModel::AuthorsRole).toString(),
             QStringLiteral("Сейтқали Айгүл, Нұрлан Әбенов"));

    // The middle row moves up too.
    Article second;
    second.id = QStringLiteral("id-1");
    second.headline = QStringLiteral("Обновлено");
    m_model->updateArticle(second);
    QCOMPARE(movedSpy.count(), 2);
    QCOMPARE(m_model->idAt(0), QStringLiteral("id-1"));
    QCOMPARE(m_model->idAt(1), QStringLiteral("id-3"));
    QCOMPARE(m_model->idAt(2), QStringLiteral("id-2"));
}

void TestArticleListModel::updateArticleOnTopRowChangesData()
{
    m_model->setArticles(threeArticles());
    QSignalSpy movedSpy(m_model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changedSpy(m_model, &QAbstractItemModel::dataChanged);
    Article saved;
    saved.id = QStringLiteral("id-1");
    saved.headline = QStringLiteral("Новый заголовок");
    m_model->updateArticle(saved);
    QCOMPARE(movedSpy.count(), 0);
    QCOMPARE(changedSpy.count(), 1);
    QCOMPARE(changedSpy.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(m_model->data(m_model->index(0)).toString(), QStringLiteral("Новый заголовок"));
}

void TestArticleListModel::updateUnknownArticleIsIgnored()
{
    m_model->setArticles(threeArticles());
    QSignalSpy movedSpy(m_model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changedSpy(m_model, &QAbstractItemModel::dataChanged);
    Article other;
    other.id = QStringLiteral("not-listed");
    m_model->updateArticle(other);
    QCOMPARE(movedSpy.count(), 0);
    QCOMPARE(changedSpy.count(), 0);
    QCOMPARE(m_model->rowCount(), 3);
}

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
