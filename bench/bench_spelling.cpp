// Spelling benchmarks with Debian's hunspell-ru:
//   check() of a 5,000-word Russian article from newsroom sentences   (goal < 100 ms)
//   check() of 5,000 distinct dictionary words, a worst case for the
//   per-call cache of verdicts                                          (for reference)
//   loading the Russian dictionary                                      (for reference)
// Run: build/bin/qalam_bench_spelling [--benchmark_repetitions=5]
// QALAM_HUNSPELL_DIR points elsewhere, as in the application.

#include "app/text/spellchecker.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace Qalam;

namespace {

constexpr int s_articleWords = 5000;

// Sentences as a regional desk writes them: names, numbers, quotes, dashes,
// abbreviations, hyphenated words and the odd typo.
const QStringList &sentences()
{
    static const QStringList s_sentences = {
        QStringLiteral("Глава государства Касым-Жомарт Токаев провел рабочее совещание с акимами областей, "
                       "городов Астаны, Алматы и Шымкента, передает пресс-служба Акорды."),
        QStringLiteral("В своем выступлении президент поставил перед корпусом акимов ряд задач."),
        QStringLiteral(
            "Прежде всего, по мнению главы государства, необходимо обеспечить защиту прав и свобод "
            "граждан, их спокойствие и безопасность."),
        QStringLiteral("«В стране должен царить закон. Перед законом все равны: и представители власти, и "
                       "граждане», – заявил президент."),
        QStringLiteral(
            "Одним из приоритетов работы акимов он назвал создание новых рабочих мест и обеспечение "
            "продуктивной занятости населения."),
        QStringLiteral(
            "По данным департамента статистики, в 2023 году уровень безработицы в области снизился "
            "до 4,8 процента."),
        QStringLiteral("Весенний паводок затронул двенадцать сел Северо-Казахстанской области, эвакуированы "
                       "более 1 500 жителей."),
        QStringLiteral("Спасатели ДЧС круглосуточно дежурят на дамбах, а волонтеры помогают наполнять мешки "
                       "песком."),
        QStringLiteral(
            "Подробности опубликованы на сайте https://www.gov.kz/memleket/entities/emer, а вопросы "
            "можно задать по адресу press@emer.gov.kz."),
        QStringLiteral("Строительство новой школы на 1 200 мест начнется летом и завершится к концу "
                       "следующего года."),
        QStringLiteral("Родители жалуются, что дети вынуждены учиться в три смены, а в классах не хватает "
                       "парт и учебников."),
        QStringLiteral("В городском акимате пояснили, что проектно-сметная документация уже прошла "
                       "государственную экспертизу."),
        QStringLiteral("Фермеры региона собрали рекордный урожай пшеницы, однако цены на зерно остаются "
                       "низкими."),
        QStringLiteral("Министр сельского хозяйства пообещал рассмотреть вопрос о субсидировании перевозок "
                       "по железной дороге."),
        QStringLiteral("На фестивале документального кино зрители увидели более сорока фильмов из "
                       "Казахстана, Узбекистана и Кыргызстана."),
        QStringLiteral("Главный приз получила картина молодого режиссера о жизни чабанов в горах "
                       "Заилийского Алатау."),
        QStringLiteral("Жители микрорайона уже третью неделю остаются без горячей воды: в управлении ЖКХ "
                       "ссылаются на ремонт трубопровода."),
        QStringLiteral("Как сообщили в компании, аварийные работы планируется завершить к пятнице, если "
                       "позволит погода."),
        QStringLiteral("Тем временем тарифы на электроэнергию с первого июля вырастут в среднем на 12 "
                       "процентов."),
        QStringLiteral("Эксперты считают, что повышение неизбежно из-за износа сетей, который в отдельных "
                       "районах превышает 70 процентов."),
        QStringLiteral("Областная больница получила новое оборудование для диагностики, в том числе "
                       "аппарат компьютерной томографии."),
        QStringLiteral("Теперь пациентам не придется ездить на обследование в столицу и тратить время и "
                       "деньги на дорогу."),
        QStringLiteral("Врачи отмечают, что очередь на плановые операции за последний год сократилась "
                       "почти вдвое."),
        QStringLiteral("В музее открылась выставка, посвященная истории города, — от первых поселений до "
                       "наших дней."),
        QStringLiteral("Посетители могут увидеть редкие фотографии, документы и предметы быта, которые "
                       "передали в дар местные жители."),
        QStringLiteral("Полиция задержала подозреваемого в мошенничестве: он обещал доверчивым гражданам "
                       "быстрый заработок в интернете."),
        QStringLiteral("По словам следователей, ущерб превысил 30 миллионов тенге, пострадавшими признаны "
                       "более двадцати человек."),
        QStringLiteral("Автобусный маршрут № 45 продлят до нового жилого комплекса, где уже живут несколько "
                       "тысяч семей."),
        QStringLiteral("Кроме того, до конца года в городе появятся еще десять остановок с навесами и "
                       "электронными табло."),
        QStringLiteral("Синоптики предупреждают о сильном ветре и гололеде, водителей просят быть "
                       "предельно осторожными на трассах."),
        QStringLiteral("Ранее сообщалось, что часть дорог республиканского значения может быть временно "
                       "закрыта для грузового транспорта."),
        QStringLiteral("Депутаты маслихата одобрили поправки в бюджет, направив дополнительные средства на "
                       "ремонт дорог и освещение улиц."),
        QStringLiteral("Как отметил аким, все работы должны выполняться качественно и в срок, а контроль "
                       "будет жестким."),
        QStringLiteral("Жители сами могут сообщать о нарушениях через мобильное приложение или по телефону "
                       "горячей линии 109."),
        QStringLiteral("Учителя сельских школ смогут пройти курсы повышения квалификации дистанционно и "
                       "бесплатно."),
        QStringLiteral("Програма рассчитана на три года, и в ней примут участие около пяти тысяч педагогов."),
    };
    return s_sentences;
}

QString article()
{
    QString text;
    int words = 0;
    int paragraph = 0;
    QRandomGenerator rng(7);
    while (words < s_articleWords) {
        const QString &s = sentences().at(rng.bounded(sentences().size()));
        words += int(s.count(u' ')) + 1;
        text += s;
        text += ++paragraph % 4 == 0 ? u'\n' : u' ';
    }
    return text;
}

// 5,000 different real words from the dictionary itself.
QString distinctWords(const QString &dictionaryFile)
{
    QFile f(dictionaryFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QString text;
    const qsizetype step = std::max<qsizetype>(1, lines.size() / s_articleWords);
    int words = 0;
    for (qsizetype i = 1; i < lines.size() && words < s_articleWords; i += step, ++words) {
        text += lines.at(i).section(u'/', 0, 0).trimmed();
        text += words % 12 == 11 ? QStringLiteral(". ") : QStringLiteral(" ");
    }
    return text;
}

SpellChecker &russian()
{
    static SpellChecker s_checker(QStringLiteral("ru"));
    return s_checker;
}

void BM_CheckArticle(benchmark::State &state)
{
    if (!russian().isValid()) {
        state.SkipWithError(qPrintable(russian().errorString()));
        return;
    }
    const QString text = article();
    qsizetype flagged = 0;
    for (auto _ : state) {
        const auto found = russian().check(text);
        flagged = found.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["words"] = double(text.split(u' ', Qt::SkipEmptyParts).size());
    state.counters["flagged"] = double(flagged);
    state.counters["chars"] = double(text.size());
}
BENCHMARK(BM_CheckArticle)->Unit(benchmark::kMillisecond);

void BM_CheckDistinctWords(benchmark::State &state)
{
    if (!russian().isValid()) {
        state.SkipWithError(qPrintable(russian().errorString()));
        return;
    }
    const QString text =
        distinctWords(QDir(SpellChecker::dictionaryDirectory()).filePath(QStringLiteral("ru_RU.dic")));
    qsizetype flagged = 0;
    for (auto _ : state) {
        const auto found = russian().check(text);
        flagged = found.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["words"] = double(text.split(u' ', Qt::SkipEmptyParts).size());
    state.counters["flagged"] = double(flagged);
}
BENCHMARK(BM_CheckDistinctWords)->Unit(benchmark::kMillisecond);

void BM_LoadRussianDictionary(benchmark::State &state)
{
    for (auto _ : state) {
        SpellChecker checker(QStringLiteral("ru"));
        if (!checker.isValid()) {
            state.SkipWithError(qPrintable(checker.errorString()));
            break;
        }
        benchmark::DoNotOptimize(checker);
    }
}
BENCHMARK(BM_LoadRussianDictionary)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

BENCHMARK_MAIN();
