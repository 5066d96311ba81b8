"""How a full date's clause tells its tense (articles.text.date_tenses, read by
articles.text.dates): earlier news («كان قد», «سبق أن») bounds the publication from below
only, however long ago; the last day of a span («من 20 إلى 27 سبتمبر») bounds it by the
span's first day. Pure functions, no database."""

from datetime import date, timedelta

from articles.text.dates import LOOKBACK_DAYS, Constraint, estimate_publication

CORPUS = Constraint(date(2011, 1, 1), date(2024, 12, 31), "the corpus covers 2011-2024")
LOOKBACK = timedelta(days=LOOKBACK_DAYS)


def _interval(text):
    estimate = estimate_publication(text, [CORPUS])
    return estimate.earliest, estimate.latest


def test_it_reads_earlier_news_as_a_lower_bound_only():
    for text in (
        "وكان الطرفان قد التقيا في 15 كانون الأول 2012.",
        "وكان المبعوث الأممي غير بيدرسن قد التقى الأسد في 15 كانون الأول 2012.",
        "وسبق أن التقى الطرفان في 15 كانون الأول 2012.",
        "وسبق له أن زار دمشق في 15 كانون الأول 2012.",
    ):
        assert _interval(text) == (date(2012, 12, 15), date(2024, 12, 31)), text
    # newer earlier news leaves no look-back from an older past date
    text = "وصدر القرار في 18 كانون الأول 2015. وكان المبعوث قد التقى الأسد في 10 أيار 2017."
    assert _interval(text) == (date(2017, 5, 10), date(2024, 12, 31))


def test_it_keeps_may_and_the_future_apart_from_earlier_news():
    # «السكان» cut by the window is no «كان»: a past date, with its look-back
    text = (
        "وقال مسؤول إن السكان قد يتظاهرون أمام مبنى المحافظة في مدينة حلب احتجاجا على "
        "الأوضاع المعيشية في 15 كانون الأول 2012."
    )
    assert _interval(text) == (date(2012, 12, 15), date(2012, 12, 15) + LOOKBACK)
    # a future word in the clause wins over «كان … قد»; «قد» before a present verb is "may"
    for text in (
        "وكانت الخارجية قد أعلنت أن الاجتماع سيعقد في 15 كانون الأول 2012.",
        "وقال إنه إذا كان النظام جادا فإنه قد يوافق على جولة تعقد في 15 كانون الأول 2012.",
    ):
        earliest, latest = _interval(text)
        assert earliest < date(2012, 12, 15) < latest < date(2024, 12, 31), text


def test_it_bounds_the_publication_by_the_first_day_of_a_span():
    for text in (
        "على هامش الجمعية العامة المنعقدة من 20 إلى 27 سبتمبر 2021، التقى الوزيران.",
        "وعقدت الجولة في الفترة من 20 إلى 27 سبتمبر 2021.",
        "على هامش الجمعية العامة المنعقدة بين 20 و27 سبتمبر 2021، التقى الوزيران.",
        "على هامش الجمعية العامة المنعقدة ما بين 20 و 27 سبتمبر 2021، التقى الوزيران.",
        "وعقدت الجولة يومي 20 و27 سبتمبر 2021.",
        "وعقدت الجولة من 20 سبتمبر إلى 27 سبتمبر 2021.",
        "وعقدت الجولة من 20 أيلول إلى 1 تشرين الأول 2021.",
    ):
        earliest, latest = _interval(text)
        assert earliest == date(2021, 9, 20) and latest < date(2024, 12, 31), text
    # a number that begins no span of days is no first day
    assert _interval("وارتفع عدد المعتقلين من 200 إلى 27 سبتمبر 2021.")[0] == date(2021, 9, 27)
    assert _interval("وارتفع العدد بين 200 و27 سبتمبر 2021.")[0] == date(2021, 9, 27)
    # the month written with the first day is the span's
    for text in (
        "وانعقد المؤتمر من 20 أغسطس إلى 27 سبتمبر 2021 في جنيف.",
        "وعقدت الجولة بين 20 أغسطس و27 سبتمبر 2021.",
    ):
        assert _interval(text)[0] == date(2021, 8, 20), text
    # a span still to come may lie after the article
    assert _interval("وستعقد الجولة من 20 إلى 27 سبتمبر 2021.")[0] < date(2021, 9, 20)


def test_it_reads_earlier_news_past_a_perfect_verb_a_name_or_a_long_subject():
    for text in (
        "وكان المعلم قد توجه إلى موسكو في 15 كانون الأول 2012.",
        "وسبق وأن زار المعلم موسكو في 15 كانون الأول 2012.",
        "وسبق للمعلم أن زار موسكو في 15 كانون الأول 2012.",
        # «سيرغي» looks like a future verb but is a name
        "وكان المعلم قد التقى نظيره الروسي سيرغي لافروف في 15 كانون الأول 2012.",
        # exactly 80 characters before the date: «وكان» is not cut
        "وكان المعلم قد زار العاصمة الروسية موسكو والتقى الرئيس الروسي فلاديمير بوتين في "
        "15 كانون الأول 2012.",
    ):
        assert _interval(text) == (date(2012, 12, 15), date(2024, 12, 31)), text
    # a span begun the month before its last day
    assert _interval("عقدت الدورة من 28 إلى 3 أكتوبر 2016.")[0] == date(2016, 9, 28)


def test_it_reads_the_first_of_a_series_as_a_lower_bound_only():
    # an article on a later round recalls the first: no look-back from its date
    for text in (
        "وبدأت أولى جولات المحادثات في 23 كانون الثاني 2017 في أستانا.",
        "وعقدت الجولة الأولى من المحادثات في 23 كانون الثاني 2017.",
        "وكان أول اجتماع للجنة في 30 تشرين الأول 2019.",
        "وعقد الاجتماع الأول للجنة في جنيف في 30 تشرين الأول 2019.",
    ):
        lower = date(2017, 1, 23) if "2017" in text else date(2019, 10, 30)
        assert _interval(text) == (lower, date(2024, 12, 31)), text
    # a day, a month, and a first that is the news itself are no first of a series
    for text in (
        "والتقى الطرفان أول أمس بعد لقائهما في 23 كانون الثاني 2017.",
        "وفي جمادى الأولى التقى الطرفان في 23 كانون الثاني 2017.",
        "واستقبلت السيدة الأولى وفدا من الأطفال في 23 كانون الثاني 2017.",
        "وفي زيارة هي الأولى من نوعها، وصل الأسد إلى أبوظبي في 23 كانون الثاني 2017.",
        "وبدأ بيدرسن أولى جولاته الإقليمية في دمشق في 23 كانون الثاني 2017.",
    ):
        assert _interval(text)[1] == date(2017, 1, 23) + LOOKBACK, text


def test_it_reads_a_date_that_opens_its_clause():
    # no word before the date in its clause: nothing to read a tense from
    assert _interval("15 كانون الأول 2012. وقال إن الوضع صعب.")[0] == date(2012, 12, 15)
