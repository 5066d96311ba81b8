"""Arabic date expressions and publication estimates (articles.text.dates): pure functions,
no database. Run with `-p no:django`."""

from datetime import date, timedelta

import pytest

from articles.text import date_names
from articles.text.arabic import normalize
from articles.text.date_resolution import resolve_expression
from articles.text.dates import (
    LOOKBACK_DAYS,
    Constraint,
    DateEstimate,
    estimate_publication,
    find_dates,
)

CORPUS = Constraint(date(2011, 1, 1), date(2024, 12, 31), "the corpus covers 2011-2024")
ANNAN = Constraint(date(2012, 2, 23), date(2012, 8, 31), "Annan was UN-Arab League envoy")
BRAHIMI = Constraint(date(2012, 9, 1), date(2014, 5, 31), "Brahimi was UN-Arab League envoy")
MORSI = Constraint(date(2012, 6, 30), date(2013, 7, 3), "Morsi was president of Egypt")
HAMMOND = Constraint(date(2014, 7, 15), date(2016, 7, 13), "Hammond was UK foreign secretary")
DE_MISTURA = Constraint(date(2014, 7, 10), date(2019, 1, 7), "de Mistura was UN envoy")


def only(text):
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


def fields(expression):
    e = expression
    return (e.day, e.month, e.year, e.weekday, e.relative_days, e.relation, e.calendar)


def published_on(day):
    return DateEstimate(day, day, day, "day", ("test",))


def contains(estimate, day):
    return estimate.earliest <= day <= estimate.latest


# ---------------------------------------------------------------- find_dates


def test_it_finds_a_day_and_month_with_offsets_into_the_original_text():
    text = "وصل الوفد في 17 تموز 2012 إلى دمشق"
    e = only(text)
    assert text[e.start : e.end] == e.text == "17 تموز 2012"
    assert fields(e) == (17, 7, 2012, None, None, None, "gregorian")
    assert fields(only("يبدأ الاجتماع 17 تموز")) == (17, 7, None, None, None, None, "gregorian")


def test_it_reads_paired_month_names_and_ordinal_days():
    assert only("عقد في 3 مايو/أيار 2016 لقاء").text == "3 مايو/أيار 2016"
    assert fields(only("بدأ في 27 شباط/فبراير")) == (27, 2, None, None, None, None, "gregorian")
    assert only("صدر في الثلاثين من حزيران").day == 30
    assert (only("في الأول من أيار").day, only("في الأول من أيار").month) == (1, 5)
    assert only("في الحادي عشر من أيلول").day == 11
    assert only("في الحادى عشر من أكتوبر").day == 11  # Egyptian final yeh
    assert only("في الحادي والثلاثين من آب").day == 31
    assert only("في الخامس والعشرين من آذار 2013").year == 2013


@pytest.mark.parametrize(
    "name, month",
    [
        ("كانون الثاني", 1),
        ("شباط", 2),
        ("آذار", 3),
        ("نيسان", 4),
        ("أيار", 5),
        ("حزيران", 6),
        ("تموز", 7),
        ("آب", 8),
        ("أيلول", 9),
        ("تشرين الأول", 10),
        ("تشرين الثانى", 11),
        ("كانون الأول", 12),
        ("يناير", 1),
        ("فبراير", 2),
        ("مارس", 3),
        ("أبريل", 4),
        ("ابريل", 4),
        ("إبريل", 4),
        ("مايو", 5),
        ("يونيو", 6),
        ("يونيه", 6),
        ("يوليو", 7),
        ("يوليه", 7),
        ("أغسطس", 8),
        ("اغسطس", 8),
        ("سبتمبر", 9),
        ("أكتوبر", 10),
        ("نوفمبر", 11),
        ("ديسمبر", 12),
        ("جانفي", 1),
        ("فيفري", 2),
        ("أفريل", 4),
        ("ماي", 5),
        ("جوان", 6),
        ("جويلية", 7),
        ("أوت", 8),
    ],
)
def test_it_knows_every_family_of_month_names(name, month):
    e = only(f"جرى ذلك في 5 {name} 2015 بحضور الوزير")
    assert (e.day, e.month, e.year) == (5, month, 2015)


def test_it_takes_month_names_with_clitics_and_prepositions():
    assert only("تأجل الاجتماع بشباط").text == "شباط"
    assert only("وفي تموز اتفق الطرفان").month == 7
    assert only("منذ أيلول").month == 9
    assert find_dates("فتح الباب") == []  # «باب» is a door, not «ب» + «آب»
    assert find_dates("ومارس الضغط على الحكومة") == []  # «مارس» the verb


def test_it_reads_a_month_with_a_year_or_a_relation():
    assert fields(only("في تموز 2012")) == (None, 7, 2012, None, None, None, "gregorian")
    e = only("منذ يوليو الماضي")
    assert (e.month, e.relation, e.relation_unit) == (7, "past", "month")
    assert only("في حزيران المقبل").relation == "next"


def test_it_reads_years_and_relative_years():
    assert fields(only("في عام 2012")) == (None, None, 2012, None, None, None, "gregorian")
    assert only("خلال العام 2013").year == 2013
    assert only("منذ سنة 2011").year == 2011
    e = only("في العام الماضي")
    assert (e.year, e.relation, e.relation_unit) == (None, "past", "year")
    e = only("بيان الثلاثين من حزيران من العام الماضي")
    assert (e.day, e.month, e.relation, e.relation_unit) == (30, 6, "past", "year")


def test_it_reads_numeric_dates_day_first():
    found = find_dates("صدر في 2016-05-03 ثم في 3/5/2016 ثم في 03.05.2016")
    assert [(e.day, e.month, e.year) for e in found] == [(3, 5, 2016)] * 3
    assert find_dates("النسبة 31/02/2016 والرقم 2016-13-01") == []


def test_it_reads_weekdays_alone_with_yawm_and_with_a_relation():
    assert only("التقى الوزيران الخميس").weekday == 3
    assert only("وصل يوم الإثنين").text == "يوم الإثنين"
    assert only("وصل يوم الاثنين").weekday == 0
    e = only("اجتمعا يوم الثلاثاء الماضي")
    assert (e.weekday, e.relation, e.text) == (1, "past", "يوم الثلاثاء الماضي")
    assert only("يعقد الخميس المقبل").relation == "next"
    assert [e.weekday for e in find_dates("الأحد والأربعاء والجمعة والسبت")] == [6, 2, 4, 5]
    assert find_dates("بين الاثنين خلاف") == []  # «the two»


def test_it_joins_today_or_yesterday_with_a_weekday():
    e = only("قال الوزير اليوم الثلاثاء إن")
    assert (e.text, e.relative_days, e.weekday) == ("اليوم الثلاثاء", 0, 1)
    e = only("أعلن أمس الاثنين أن")
    assert (e.relative_days, e.weekday) == (-1, 0)


def test_it_joins_a_weekday_with_the_date_that_follows():
    e = only("عقد اللقاء يوم الثلاثاء 17 تموز في موسكو")
    assert (e.weekday, e.day, e.month) == (1, 17, 7)
    e = only("اليوم الأربعاء (4 أيار 2016)")
    assert (e.relative_days, e.weekday, e.day, e.year) == (0, 2, 4, 2016)


@pytest.mark.parametrize(
    "text, days",
    [
        ("وصل اليوم", 0),
        ("وصل أمس", -1),
        ("وصل امس", -1),
        ("وصل البارحة", -1),
        ("وصل يوم أمس", -1),
        ("وصل أول أمس", -2),
        ("وصل أمس الأول", -2),
        ("يصل غدا", 1),
        ("يصل غداً", 1),
        ("يصل بعد غد", 2),
    ],
)
def test_it_reads_relative_day_words(text, days):
    assert only(text).relative_days == days


def test_it_keeps_diacritics_inside_the_expression():
    assert only("يصل غداً إلى جنيف").text == "غداً"


def test_it_skips_today_in_the_names_of_broadcasters_and_other_days():
    assert find_dates("كما أفاد موقع روسيا اليوم") == []
    assert find_dates("نقلت صحيفة المصري اليوم") == []
    assert find_dates("وفي اليوم التالي عاد") == []


def test_it_reads_relative_weeks_and_months():
    assert (only("الأسبوع الماضي").relation, only("الأسبوع الماضي").relation_unit) == (
        "past",
        "week",
    )
    assert only("في الأسبوع المقبل").relation == "next"
    e = only("خلال الشهر الماضي")
    assert (e.relation, e.relation_unit) == ("past", "month")
    assert only("الشهر المقبل").relation == "next"
    e = only("في نهاية الشهر الجاري")
    assert (e.relation, e.relation_unit) == (None, "month")


def test_it_reads_hijri_dates():
    assert fields(only("في 15 رمضان 1433 وصل")) == (15, 9, 1433, None, None, None, "hijri")
    e = only("في شوال 1440 هـ عاد")
    assert (e.month, e.year, e.calendar, e.text) == (10, 1440, "hijri", "شوال 1440 هـ")
    assert only("في 10 ذي الحجة").month == 12
    assert only("في جمادى الأولى 1434").month == 5


def test_it_folds_arabic_indic_digits_and_hamza_variants():
    e = only("في ١٧ تموز ٢٠١٢")
    assert (e.day, e.month, e.year, e.text) == (17, 7, 2012, "١٧ تموز ٢٠١٢")
    assert only("في 5 اذار 2013").month == 3


@pytest.mark.parametrize(
    "text",
    [
        "سقط 30 ألف قتيل",
        "تطبيق القرار 2254",
        "العمل 24 ساعة يوميا",
        "قمة مجموعة العشرين",
        "اجتمعت قوى 14 آذار",
        "في ذكرى ثورة 25 يناير",
        "في الأسبوع الأول من تموز",
        "بلغ العدد 2012 لاجئا",
        "رجب طيب أردوغان",
        "يبلغ صفر",
    ],
)
def test_it_ignores_numbers_and_names_that_are_not_dates(text):
    assert find_dates(text) == []


# ---------------------------------------------------------------- estimate_publication


def test_it_returns_an_open_interval_without_evidence():
    estimate = estimate_publication("قال الوزير إن الحل سياسي", [])
    assert estimate == DateEstimate(
        None, None, None, "unknown", ("no date evidence in the text: the interval is open",)
    )


def test_it_prefers_the_stated_date():
    stated = DateEstimate(date(2013, 5, 8), date(2013, 5, 8), date(2013, 5, 8), "day", ())
    estimate = estimate_publication("في 17 تموز 2012", [ANNAN], stated=stated)
    assert (estimate.earliest, estimate.latest, estimate.precision) == (
        date(2013, 5, 8),
        date(2013, 5, 8),
        "day",
    )
    assert any("stated by the input file" in reason for reason in estimate.evidence)
    assert any("outside" in reason for reason in estimate.evidence)


def test_it_intersects_constraints():
    estimate = estimate_publication("التقى الإبراهيمي الرئيس مرسي اليوم", [BRAHIMI, MORSI])
    assert (estimate.earliest, estimate.latest) == (date(2012, 9, 1), date(2013, 7, 3))
    assert estimate.precision == "year"
    assert estimate.earliest <= estimate.best <= estimate.latest


def test_it_ignores_the_constraint_that_conflicts_with_the_majority():
    wrong = Constraint(date(2020, 1, 1), date(2020, 12, 31), "a misidentified official")
    estimate = estimate_publication("نص", [BRAHIMI, wrong, MORSI])
    assert (estimate.earliest, estimate.latest) == (date(2012, 9, 1), date(2013, 7, 3))
    assert any("ignored" in r and "misidentified" in r for r in estimate.evidence)


def test_it_keeps_only_what_tied_conflicting_constraints_share():
    estimate = estimate_publication("نص", [ANNAN, BRAHIMI, MORSI])
    assert (estimate.earliest, estimate.latest) == (MORSI.earliest, MORSI.latest)
    estimate = estimate_publication("نص", [ANNAN, BRAHIMI])
    assert (estimate.earliest, estimate.latest, estimate.best) == (None, None, None)
    assert sum("ignored" in reason for reason in estimate.evidence) == 2


def test_it_bounds_publication_by_the_latest_past_full_date():
    text = "واتفق الطرفان في 30 حزيران 2012 ثم التقيا في 15 كانون الأول 2012."
    estimate = estimate_publication(text, [])
    assert estimate.earliest == date(2012, 12, 15)
    assert estimate.latest == date(2012, 12, 15) + timedelta(days=LOOKBACK_DAYS)
    assert estimate.best == date(2012, 12, 15)


def test_it_lets_a_future_date_come_after_the_publication():
    text = "ومن المقرر أن يعقد المؤتمر في 22 كانون الثاني 2014."
    estimate = estimate_publication(text, [])
    assert contains(estimate, date(2013, 11, 25))
    assert estimate.latest >= date(2014, 1, 22)


def test_it_takes_a_date_after_since_as_a_lower_bound_only():
    estimate = estimate_publication("قتل الآلاف منذ 15 آذار 2011", [])
    assert (estimate.earliest, estimate.latest, estimate.precision) == (
        date(2011, 3, 15),
        None,
        "range",
    )


def test_it_dates_the_article_from_today_with_a_full_date():
    text = "قال الوزير اليوم الثلاثاء 3 أيار/مايو 2016 إن الهدنة التي بدأت في 27 شباط صامدة."
    estimate = estimate_publication(text, [])
    assert (estimate.earliest, estimate.latest) == (date(2016, 5, 2), date(2016, 5, 4))
    assert (estimate.best, estimate.precision) == (date(2016, 5, 3), "week")


def test_it_sets_aside_a_text_date_that_contradicts_the_constraints():
    text = "كما ورد في بيان 30 حزيران 2012."
    estimate = estimate_publication(text, [HAMMOND])
    assert (estimate.earliest, estimate.latest) == (HAMMOND.earliest, HAMMOND.latest)
    assert any(reason.startswith("ignored") for reason in estimate.evidence)


def test_it_places_an_undated_day_month_by_its_weekday():
    text = "عقد الاجتماع يوم الثلاثاء 17 تموز في موسكو."
    estimate = estimate_publication(text, [CORPUS])
    assert contains(estimate, date(2012, 7, 17)) and contains(estimate, date(2018, 7, 17))
    assert not contains(estimate, date(2011, 7, 1))
    assert "2012, 2018" in " ".join(estimate.evidence)
    estimate = estimate_publication(text, [CORPUS, ANNAN])
    assert (estimate.earliest, estimate.best) == (date(2012, 7, 17), date(2012, 7, 17))


def test_it_dates_the_article_from_yesterday_with_a_day_month():
    estimate = estimate_publication("وقال أمس 16 تموز إن", [ANNAN])
    assert (estimate.earliest, estimate.latest) == (date(2012, 7, 16), date(2012, 7, 18))
    assert estimate.best == date(2012, 7, 17)


def test_it_converts_hijri_dates_with_a_sighting_margin():
    estimate = estimate_publication("أعلن في 15 رمضان 1433 أن", [])
    # 15 Ramadan 1433 is 3 August 2012 in the tabular calendar.
    assert estimate.earliest == date(2012, 8, 1)
    assert estimate.latest == date(2012, 8, 5) + timedelta(days=LOOKBACK_DAYS)


def test_it_takes_a_past_year_as_a_lower_bound():
    estimate = estimate_publication("وكانت المفاوضات قد توقفت عام 2014", [CORPUS])
    assert (estimate.earliest, estimate.latest) == (date(2014, 1, 1), date(2024, 12, 31))


def test_it_uses_todays_weekday_for_the_best_day():
    estimate = estimate_publication(
        "قال اليوم الخميس", [Constraint(date(2016, 5, 1), date(2016, 5, 31), "x")]
    )
    assert estimate.best.weekday() == 3
    assert any("Thursday" in reason for reason in estimate.evidence)


def test_it_estimates_an_envoy_article_with_yesterday_and_a_weekday():
    text = (
        "يستقبل الرئيس الروسي المبعوث الدولي كوفي عنان يوم الثلاثاء. "
        "وقال الكرملين إن الرئيس يلتقي عنان في 17 تموز. "
        "وكان وزير الخارجية قد صرح أمس الاثنين بأن بلاده ترفض أي قرار. "
        "وتنتهي مهمة المراقبين في 21 تموز."
    )
    estimate = estimate_publication(text, [ANNAN])
    assert contains(estimate, date(2012, 7, 16))
    assert estimate.best == date(2012, 7, 17)
    estimate = estimate_publication(text, [CORPUS])
    assert contains(estimate, date(2012, 7, 16))


def test_it_estimates_a_meeting_of_two_officials_without_a_date():
    text = "بحث المبعوث الإبراهيمي مع الرئيس مرسي اليوم الأزمة، على أن يعلن النتائج غداً."
    estimate = estimate_publication(text, [BRAHIMI, MORSI])
    assert date(2012, 9, 1) <= estimate.earliest <= estimate.latest <= date(2013, 7, 3)


def test_it_estimates_a_ceasefire_article_from_tenures_and_weekdays():
    text = (
        "يصل المبعوث دي ميستورا اليوم الثلاثاء إلى موسكو، بعدما التقى الاثنين في جنيف كيري. "
        "ورعت العاصمتان الهدنة التي بدأ سريانها في 27 شباط/فبراير. "
        "وقال وزير الخارجية البريطاني هاموند إنه يتوقع لقاءات في الأسبوع المقبل."
    )
    estimate = estimate_publication(text, [HAMMOND, DE_MISTURA])
    assert contains(estimate, date(2016, 5, 3))
    assert estimate.best.weekday() == 1


def test_it_estimates_from_expressions_already_found():
    text = (
        "قال مسؤول منذ \ufef5ذار 2012 إن المبعوث عنان يلتقي الرئيس في 17 تموز، "
        "وكان وزير الخارجية قد صرح أمس الاثنين بأن بلاده ترفض أي قرار منذ 3 حزيران."
    )
    for constraints in ([], [ANNAN], [CORPUS, BRAHIMI]):
        found = find_dates(text)
        assert estimate_publication(text, constraints, expressions=found) == (
            estimate_publication(text, constraints)
        )


# ---------------------------------------------------------------- matching machinery

TRICKY = [
    "أمس قال إن الاجتماع في الثاني \n و  العشرين  من \t شهر تموز 2012، وليس ب17 تموز.",
    "اليوم«الخميس» (3 أيار/مايو) ثم 2012/7/17 و17-07-2012 و3.5 وفي العام الماضي هذا الأسبوع",
    "تمُّوزُ ـــ آذار، غداً بعد غد؛ اول من امس الأربعاء هـ ١٥ رمضان ١٤٣٣هـ لعام 2013م ﻵذار",
]


@pytest.mark.parametrize("text", TRICKY)
def test_it_folds_each_character_as_normalize_does(text):
    folded, origin = date_names.fold_with_offsets(text)
    expected = [(index, date_names._fold_char(c)) for index, c in enumerate(text)]
    assert folded == "".join(piece for _, piece in expected)
    assert origin == [index for index, piece in expected for _ in piece]
    assert date_names._fold_char("ة") == normalize("ة")


@pytest.mark.parametrize("text", TRICKY)
def test_it_matches_each_pattern_where_finditer_does(text):
    folded = date_names.fold(text)[0]
    found = date_names.pattern_matches(folded)
    patterns = dict(date_names._PATTERNS, numeric=date_names.NUMERIC_RE)
    for kind, pattern in patterns.items():
        assert [m.span() for m in found[kind]] == [m.span() for m in pattern.finditer(folded)]


# ---------------------------------------------------------------- resolve_expression


def test_it_resolves_a_full_date_to_its_day():
    resolved = resolve_expression(only("في 17 تموز 2012"), published_on(date(2013, 1, 1)))
    assert (resolved.best, resolved.precision) == (date(2012, 7, 17), "day")
    resolved = resolve_expression(only("في تموز 2012"), published_on(date(2013, 1, 1)))
    assert (resolved.earliest, resolved.latest, resolved.precision) == (
        date(2012, 7, 1),
        date(2012, 7, 31),
        "month",
    )


def test_it_resolves_a_day_month_in_the_publication_year():
    resolved = resolve_expression(only("في 27 شباط"), published_on(date(2016, 5, 3)))
    assert (resolved.best, resolved.precision) == (date(2016, 2, 27), "day")
    # «28 كانون الأول» in early January is last December.
    resolved = resolve_expression(only("في 28 كانون الأول"), published_on(date(2013, 1, 5)))
    assert resolved.best == date(2012, 12, 28)


def test_it_resolves_a_day_month_with_a_weekday_to_a_fitting_year():
    resolved = resolve_expression(only("يوم الثلاثاء 17 تموز"), published_on(date(2013, 6, 1)))
    assert resolved.best == date(2012, 7, 17)


def test_it_resolves_today_and_yesterday():
    published = published_on(date(2016, 5, 3))
    assert resolve_expression(only("اليوم"), published).best == date(2016, 5, 3)
    assert resolve_expression(only("أمس"), published).best == date(2016, 5, 2)
    assert resolve_expression(only("أول أمس"), published).best == date(2016, 5, 1)
    assert resolve_expression(only("بعد غد"), published).best == date(2016, 5, 5)
    window = DateEstimate(date(2016, 5, 1), date(2016, 5, 10), date(2016, 5, 3), "month", ())
    resolved = resolve_expression(only("أمس الاثنين"), window)
    assert (resolved.earliest, resolved.latest) == (date(2016, 4, 30), date(2016, 5, 9))


def test_it_resolves_last_and_next_weekdays():
    published = published_on(date(2016, 5, 3))  # a Tuesday
    assert resolve_expression(only("الثلاثاء الماضي"), published).best == date(2016, 4, 26)
    assert resolve_expression(only("الخميس المقبل"), published).best == date(2016, 5, 5)
    assert resolve_expression(only("الأحد الماضي"), published).best == date(2016, 5, 1)


def test_it_resolves_a_bare_weekday_to_both_sides():
    resolved = resolve_expression(only("الاثنين"), published_on(date(2016, 5, 3)))
    assert (resolved.earliest, resolved.latest, resolved.best) == (
        date(2016, 5, 2),
        date(2016, 5, 9),
        date(2016, 5, 2),
    )
    assert resolve_expression(only("الثلاثاء"), published_on(date(2016, 5, 3))).precision == ("day")
    window = DateEstimate(date(2016, 5, 2), date(2016, 5, 4), date(2016, 5, 3), "month", ())
    resolved = resolve_expression(only("الاثنين"), window)
    assert resolved.precision == "range"
    assert resolved.earliest <= date(2016, 5, 2) <= resolved.latest


def test_it_resolves_relative_months_weeks_and_years():
    published = published_on(date(2013, 5, 8))
    resolved = resolve_expression(only("يوليو الماضي"), published)
    assert (resolved.earliest, resolved.latest) == (date(2012, 7, 1), date(2012, 7, 31))
    resolved = resolve_expression(only("الشهر الماضي"), published)
    assert (resolved.earliest, resolved.latest) == (date(2013, 4, 1), date(2013, 4, 30))
    resolved = resolve_expression(only("الشهر المقبل"), published)
    assert resolved.earliest == date(2013, 6, 1)
    resolved = resolve_expression(only("العام الماضي"), published)
    assert (resolved.earliest, resolved.latest, resolved.precision) == (
        date(2012, 1, 1),
        date(2012, 12, 31),
        "year",
    )
    resolved = resolve_expression(only("الأسبوع الماضي"), published)
    assert (resolved.earliest, resolved.latest) == (date(2013, 4, 25), date(2013, 5, 7))
    resolved = resolve_expression(only("في الثلاثين من حزيران من العام الماضي"), published)
    assert (resolved.best, resolved.precision) == (date(2012, 6, 30), "day")
    resolved = resolve_expression(only("في الثلاثين من حزيران الماضي"), published)
    assert resolved.best == date(2012, 6, 30)


def test_it_resolves_a_hijri_day_month_near_the_publication():
    resolved = resolve_expression(only("في 15 رمضان"), published_on(date(2012, 8, 10)))
    assert resolved.earliest <= date(2012, 8, 3) <= resolved.latest


def test_it_says_what_it_cannot_place_without_a_publication_date():
    unknown = DateEstimate(None, None, None, "unknown", ())
    resolved = resolve_expression(only("في 17 تموز"), unknown)
    assert (resolved.earliest, resolved.latest, resolved.best) == (None, None, None)
    assert resolved.precision == "unknown"
    assert "publication date is unknown" in resolved.evidence[0]
    assert resolve_expression(only("في 17 تموز 2012"), unknown).best == date(2012, 7, 17)


def test_it_rejects_days_the_month_does_not_have():
    assert find_dates("في 31 حزيران 2012") == []
    assert only("في 29 شباط 2016").day == 29


def test_it_reads_a_year_as_future_when_the_next_round_is_set_for_it():
    text = "وحددت الدول الضامنة موعد الجولة المقبلة في روسيا في النصف الأول من عام 2025."
    assert estimate_publication(text, []).earliest is None


def test_it_reads_a_date_a_schedule_word_leads_further_back_in_its_clause_as_to_come():
    text = (
        "وأكدت وزارة الخارجية موعد انطلاق مؤتمر الحوار الوطني في سوريا في 29 و30 كانون الثاني 2018."
    )
    estimate = estimate_publication(text, [])
    assert estimate.earliest < date(2018, 1, 29)  # the congress may still be to come
    assert "may be after the article" in " ".join(estimate.evidence)


def test_it_lets_an_article_look_back_more_than_a_year_on_the_last_date_it_reports():
    text = "وعقدت القمة الثلاثية الأولى في 22 تشرين الثاني 2017 والثالثة في 7 أيلول 2018."
    estimate = estimate_publication(text, [])
    assert estimate.earliest == date(2018, 9, 7)
    assert estimate.latest >= date(2019, 9, 16)  # a review a year and more on


def test_it_reads_a_year_an_election_is_to_be_held_in_as_to_come():
    for verb in ("تنظم", "تقام"):
        text = f"وتنص الخطة على أن {verb} انتخابات في منتصف العام 2017."
        estimate = estimate_publication(text, [])
        assert estimate.earliest is None or estimate.earliest < date(2017, 1, 1), verb
    # «تنظيم» is a noun, not a verb that schedules
    estimate = estimate_publication("وجرى تنظيم انتخابات في منتصف العام 2017.", [])
    assert estimate.earliest == date(2017, 1, 1)


def test_it_ends_a_month_pair_at_its_last_letter_not_the_space_after():
    text = "سيبحث يوم 14 شباط/فبراير خلال اللقاء"
    [expression] = find_dates(text)
    assert (expression.text, text[expression.end :]) == ("14 شباط/فبراير", " خلال اللقاء")
