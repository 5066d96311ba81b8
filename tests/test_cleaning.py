import json
from datetime import date
from pathlib import Path

import pytest

from articles.text.cleaning import CleanedArticle, Removed, clean_article
from articles.text.date_lines import date_line_day

GOLD = json.loads(
    (Path(__file__).parent / "data" / "gold" / "seeds.json").read_text(encoding="utf-8")
)["articles"]
SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"


def _sample(gold: dict) -> tuple[list[str], CleanedArticle]:
    raw = (SEEDS / gold["file"]).read_text(encoding="utf-8")
    lines = raw.replace("\r\n", "\n").split("\n")
    return lines, clean_article(raw)


def _kinds(result: CleanedArticle) -> list[tuple[str, int]]:
    return [(item.kind, item.line) for item in result.removed]


def _paragraphs(result: CleanedArticle) -> list[str]:
    return result.body.split("\n\n")


by_file = pytest.mark.parametrize("gold", GOLD, ids=[g["file"] for g in GOLD])


@by_file
def test_it_finds_the_gold_title(gold):
    _, result = _sample(gold)
    assert result.title == gold["title"]


@by_file
def test_it_finds_the_gold_source_tag_and_dateline(gold):
    _, result = _sample(gold)
    assert result.source_tag == gold.get("source_tag")
    assert result.dateline == gold.get("dateline")


@by_file
def test_it_removes_every_gold_boilerplate_line(gold):
    lines, result = _sample(gold)
    title_lines = {i for i, line in enumerate(lines, 1) if line.strip() == gold["title"]}
    kept = [
        line.strip()
        for number, line in enumerate(lines, 1)
        if line.strip() and number not in gold["boilerplate_lines"] and number not in title_lines
    ]
    removed = {(item.line, item.text) for item in result.removed}
    for number in gold["boilerplate_lines"]:
        text = lines[number - 1].strip()
        assert (number, text) in removed
        assert text not in _paragraphs(result)
        # Whatever occurrences remain belong to kept lines (e.g. «أخبار» in a word).
        assert result.body.count(text) == sum(line.count(text) for line in kept)


@by_file
def test_it_keeps_every_other_line_of_the_sample(gold):
    lines, result = _sample(gold)
    datelines = {item.line: item.text for item in result.removed if item.kind == "dateline"}
    expected = []
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text or number in gold["boilerplate_lines"] or text == gold["title"]:
            continue
        if number in datelines:
            assert text.startswith(datelines[number])
            text = text.removeprefix(datelines[number]).strip()
        expected.append(text)
    assert _paragraphs(result) == expected


def test_it_keeps_the_sub_headline_of_sample_001():
    gold = next(g for g in GOLD if g["file"].startswith("001_"))
    lines, result = _sample(gold)
    assert lines[8].strip() in _paragraphs(result)


# Short articles written for the rules, not copied from the samples.

BODY_ONE = "أجرى وزير الخارجية محادثات مطولة مع نظيره حول الأزمة السورية اليوم."
BODY_TWO = "وأكد الجانبان ضرورة استئناف المفاوضات في جنيف خلال الأسابيع المقبلة."
BODY_THREE = "ومن المقرر أن يعقد اجتماع ثان في العاصمة الأردنية الشهر المقبل."


def test_it_keeps_a_title_with_a_colon_inside():
    raw = f"لافروف: لا حل عسكريا للأزمة في سوريا\n{BODY_ONE}\n{BODY_TWO}"
    result = clean_article(raw)
    assert result.title == "لافروف: لا حل عسكريا للأزمة في سوريا"
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]
    assert result.dateline is None
    assert result.removed == (Removed("title", result.title, 1),)


def test_it_finds_no_title_in_a_one_paragraph_article():
    result = clean_article("المبعوث الأممي يصل إلى دمشق في زيارة تستغرق يومين")
    assert result.title is None
    assert result.body == "المبعوث الأممي يصل إلى دمشق في زيارة تستغرق يومين"
    assert result.removed == ()


def test_it_finds_no_title_when_the_first_line_is_a_sentence():
    result = clean_article(f"{BODY_ONE}\n{BODY_TWO}")
    assert result.title is None
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]


def test_it_reads_crlf_line_endings():
    raw = f"محادثات روسية أردنية حول سوريا\r\n\r\n{BODY_ONE}\r\n{BODY_TWO}\r\n"
    result = clean_article(raw)
    assert result.title == "محادثات روسية أردنية حول سوريا"
    assert result.body == f"{BODY_ONE}\n\n{BODY_TWO}"
    assert "\r" not in result.body


def test_it_numbers_lines_of_a_crlf_text_like_the_file():
    raw = f"عنوان الخبر عن اللقاء الثنائي\r\n\r\nتابعونا على تويتر\r\n{BODY_ONE}"
    result = clean_article(raw)
    assert ("subscription", 3) in _kinds(result)


def test_it_takes_a_dateline_before_a_dash():
    raw = f"القاهرة - {BODY_ONE}\n{BODY_TWO}"
    result = clean_article(raw)
    assert result.dateline == "القاهرة"
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]
    assert Removed("dateline", "القاهرة -", 1) in result.removed


def test_it_takes_a_dateline_before_an_agency_in_parentheses():
    raw = f"خبر عن محادثات جنيف\n\nدمشق (رويترز) - {BODY_ONE}\n{BODY_TWO}"
    result = clean_article(raw)
    assert result.dateline == "دمشق"
    assert result.source_tag == "رويترز"
    assert _paragraphs(result)[0] == BODY_ONE
    assert Removed("dateline", "دمشق (رويترز) -", 3) in result.removed


def test_it_takes_a_dateline_with_its_agency_after_a_slash_or_its_full_day():
    result = clean_article(f"أنقرة/ الأناضول: {BODY_ONE}\n{BODY_TWO}")
    assert (result.dateline, result.source_tag) == ("أنقرة", "الأناضول")
    assert _paragraphs(result)[0] == BODY_ONE
    result = clean_article(f"عمان 12 آذار 2019 (بترا)- {BODY_ONE}\n{BODY_TWO}")
    assert (result.dateline, result.source_tag) == ("عمان", "بترا")
    assert Removed("dateline", "عمان 12 آذار 2019 (بترا)-", 1) in result.removed
    # a day with no year stays in the text, for the date finder
    result = clean_article(f"عمان 12 آذار (بترا)- {BODY_ONE}\n{BODY_TWO}")
    assert result.dateline is None
    assert _paragraphs(result)[0].startswith("عمان 12 آذار")
    result = clean_article(f"وقال/ المصدر: {BODY_ONE}\n{BODY_TWO}")
    assert result.dateline is None


def test_it_takes_a_dateline_of_two_words_before_a_colon():
    result = clean_article(f"الأمم المتحدة: {BODY_TWO}\n{BODY_THREE}")
    assert result.dateline == "الأمم المتحدة"
    assert _paragraphs(result)[0] == BODY_TWO


def test_it_does_not_take_a_speaker_or_a_sentence_as_a_dateline():
    for opening in ("وقال المتحدث: ", "وزير الخارجية: ", "أولاً: "):
        result = clean_article(f"{opening}{BODY_TWO}\n{BODY_THREE}")
        assert result.dateline is None
        assert _paragraphs(result)[0] == f"{opening}{BODY_TWO}"
    long_opening = "وفي ختام الاجتماع الذي عقد أمس قال الوزير - بحسب البيان - إن"
    result = clean_article(f"{long_opening} {BODY_TWO}\n{BODY_THREE}")
    assert result.dateline is None


def test_it_takes_a_source_tag_line():
    result = clean_article(f"وكالة الأنباء:\n{BODY_ONE}\n{BODY_TWO}")
    assert result.source_tag == "وكالة الأنباء"
    assert result.title is None
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]
    assert result.removed == (Removed("source_tag", "وكالة الأنباء:", 1),)


def test_it_takes_a_source_tag_in_parentheses_before_the_text():
    result = clean_article(f"(سانا) - {BODY_ONE}\n{BODY_TWO}")
    assert result.source_tag == "سانا"
    assert result.dateline is None
    assert _paragraphs(result)[0] == BODY_ONE


def test_it_removes_a_subscription_prompt_in_the_middle():
    prompt = "انضموا إلى قناتنا على تيليجرام لمتابعة آخر المستجدات"
    result = clean_article(f"{BODY_ONE}\n{prompt}\n{BODY_TWO}")
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]
    assert result.removed == (Removed("subscription", prompt, 2),)


def test_it_removes_follow_us_and_newsletter_prompts():
    prompts = [
        "تابعونا على فيسبوك",
        "اشترك في النشرة البريدية",
        "انقر هنا لتحميل التطبيق",
    ]
    result = clean_article("\n".join([BODY_ONE, *prompts, BODY_TWO]))
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]
    assert [item.kind for item in result.removed] == ["subscription"] * 3


def test_it_keeps_sentences_about_social_networks_and_joint_meetings():
    lines = [
        "وتابع الوزير في تغريدة على تويتر أن بلاده لن تغير موقفها من الأزمة.",
        "واشترك في الاجتماع ممثلون عن الدول الضامنة.",
        "وعقد الوزيران مؤتمرا صحفيا مشتركا في ختام المحادثات.",
    ]
    result = clean_article("\n".join([BODY_ONE, *lines]))
    assert _paragraphs(result) == [BODY_ONE, *lines]


def test_it_removes_read_also_with_its_linked_headline():
    raw = f"{BODY_ONE}\nاقرأ أيضاً:\nوصول وفد المعارضة إلى جنيف\n{BODY_TWO}"
    result = clean_article(raw)
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]
    assert _kinds(result) == [("subscription", 2), ("subscription", 3)]


def test_it_removes_a_name_caption_under_the_title():
    raw = f"المبعوث الدولي يزور طهران لبحث الملف السوري\nغير بيدرسن\n{BODY_ONE}\n{BODY_TWO}"
    result = clean_article(raw)
    assert result.title == "المبعوث الدولي يزور طهران لبحث الملف السوري"
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]
    assert Removed("caption", "غير بيدرسن", 2) in result.removed


def test_it_removes_captions_marked_as_photos():
    captions = [
        "الصورة: الوزيران خلال المؤتمر الصحفي",
        "مقر الأمم المتحدة في جنيف (أرشيفية)",
    ]
    result = clean_article("\n".join([BODY_ONE, captions[0], BODY_TWO, captions[1]]))
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]
    assert _kinds(result) == [("caption", 2), ("caption", 4)]


def test_it_keeps_short_lines_when_no_article_follows_them():
    raw = "عنوان قصير عن اللقاء\nسطر قصير\nسطر آخر قصير جدا وبلا نقطة"
    result = clean_article(raw)
    assert "سطر آخر قصير جدا وبلا نقطة" in _paragraphs(result)


def test_it_removes_a_teaser_cut_with_an_ellipsis_character():
    teaser = "أجرى وزير الخارجية محادثات مطولة مع نظيره…"
    result = clean_article(f"عنوان اللقاء الوزاري الثنائي\n{teaser}\n{BODY_ONE}\n{BODY_TWO}")
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]
    assert Removed("teaser", teaser, 2) in result.removed


def test_it_removes_a_teaser_repeated_after_a_dateline():
    teaser = "أجرى وزير الخارجية محادثات مطولة..."
    result = clean_article(f"{teaser}\nعمان - {BODY_ONE}\n{BODY_TWO}")
    assert result.dateline == "عمان"
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]


def test_it_keeps_a_paragraph_that_ends_with_an_ellipsis_but_is_not_repeated():
    trailing = "وقال الوزير إن الوضع معقد، وإن الحل يحتاج إلى وقت..."
    result = clean_article(f"{BODY_ONE}\n{trailing}\n{BODY_TWO}")
    assert _paragraphs(result) == [BODY_ONE, trailing, BODY_TWO]


def test_it_removes_the_first_of_a_verbatim_repeated_paragraph():
    result = clean_article(f"{BODY_TWO}\n{BODY_ONE}\n{BODY_TWO}")
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]
    assert result.removed == (Removed("teaser", BODY_TWO, 1),)


def test_it_removes_trailing_navigation_of_several_lines():
    raw = f"{BODY_ONE}\n{BODY_TWO}\n\nالرئيسية\nشارك\n\nالوسوم\nسوريا روسيا"
    result = clean_article(raw)
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]
    assert [item.line for item in result.removed if item.kind == "navigation"] == [
        4,
        5,
        7,
        8,
    ]


def test_it_removes_related_headlines_under_a_navigation_marker():
    raw = (
        f"{BODY_ONE}\n{BODY_TWO}\nمواضيع ذات صلة\n"
        "الخارجية الروسية تنفي تأجيل اجتماع جنيف المقبل\nوصول المبعوث الدولي إلى بيروت"
    )
    result = clean_article(raw)
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]
    assert [item.kind for item in result.removed] == ["navigation"] * 3


def test_it_keeps_a_single_short_last_line():
    result = clean_article(f"{BODY_ONE}\n{BODY_TWO}\nمراسلنا في دمشق")
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO, "مراسلنا في دمشق"]


def test_it_keeps_the_text_when_every_line_looks_like_navigation():
    raw = "أخبار\nالرئيسية\nشارك\nالمزيد"
    result = clean_article(raw)
    assert _paragraphs(result) == ["أخبار", "الرئيسية", "شارك", "المزيد"]
    assert result.removed == ()


def test_it_keeps_the_text_when_it_is_all_prompts_under_a_title():
    raw = "عنوان الخبر عن سوريا\nتابعونا على تويتر"
    result = clean_article(raw)
    assert result.body == "عنوان الخبر عن سوريا\n\nتابعونا على تويتر"
    assert result.title is None


def test_it_keeps_a_long_sub_headline_in_the_middle():
    sub_headline = "الوزير الأردني يبحث مع نظيره التركي ملف اللاجئين السوريين وعودتهم الطوعية"
    raw = f"{BODY_ONE}\n{BODY_TWO}\n{sub_headline}\n{BODY_THREE}"
    result = clean_article(raw)
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO, sub_headline, BODY_THREE]
    assert result.removed == ()


def test_it_uses_an_explicit_title_and_drops_its_repeat():
    title = "اجتماع ثلاثي في أستانا حول سوريا"
    result = clean_article(f"{title}\n{BODY_ONE}\n{BODY_TWO}", title=title)
    assert result.title == title
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]
    assert result.removed == (Removed("title", title, 1),)


def test_it_does_not_guess_a_title_when_one_is_given():
    first_line = "المعارضة السورية تعلن موقفها من المبادرة"
    result = clean_article(f"{first_line}\n{BODY_ONE}", title="عنوان آخر من الملف")
    assert result.title == "عنوان آخر من الملف"
    assert _paragraphs(result) == [first_line, BODY_ONE]
    assert result.removed == ()


def test_it_guesses_a_title_when_the_given_title_is_blank():
    result = clean_article(f"لقاء سوري عماني في مسقط\n{BODY_ONE}", title="  ")
    assert result.title == "لقاء سوري عماني في مسقط"


def test_it_keeps_paragraph_text_as_is_except_at_its_ends():
    spaced = "قال  المصدر   إن\u00a0الاجتماع تأجل إلى موعد لاحق لم يحدد بعد."
    result = clean_article(f"   {spaced}  \n\t{BODY_ONE}")
    assert _paragraphs(result) == [spaced, BODY_ONE]


def test_it_returns_an_empty_body_for_empty_input():
    result = clean_article(" \n\n \r\n")
    assert result == CleanedArticle(None, "", None, None, ())


def test_it_takes_a_dateline_and_agency_on_a_line_of_their_own():
    result = clean_article(f"زيارة وزارية إلى دمشق\nدمشق-سانا\n{BODY_ONE}\n{BODY_TWO}")
    assert result.dateline == "دمشق"
    assert result.source_tag == "سانا"
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]
    assert Removed("dateline", "دمشق-سانا", 2) in result.removed


def test_it_takes_a_dateline_with_a_byline_for_neither_a_title_nor_a_source():
    result = clean_article(f"القاهرة ـ سعيد حامد\n{BODY_ONE}\n{BODY_TWO}")
    assert (result.title, result.dateline, result.source_tag) == (None, "القاهرة", None)
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]
    assert _kinds(result) == [("dateline", 1)]


def test_it_keeps_a_two_word_agency_after_a_dateline_as_the_source():
    result = clean_article(f"باريس - فرانس برس\n{BODY_ONE}\n{BODY_TWO}")
    assert (result.dateline, result.source_tag) == ("باريس", "فرانس برس")


def test_it_reads_an_outlet_after_an_underscore_dateline():
    result = clean_article(f"دمشق_بوابة الخبر\n{BODY_ONE}\n{BODY_TWO}")
    assert (result.dateline, result.source_tag) == ("دمشق", "بوابة الخبر")


def test_it_removes_a_byline_at_the_head_and_never_takes_it_for_the_title():
    for byline in ("تقرير محمد البدري", "كتب: سعيد حامد"):
        result = clean_article(f"{byline}\n{BODY_ONE}\n{BODY_TWO}")
        assert result.title is None
        assert _paragraphs(result) == [BODY_ONE, BODY_TWO]
        assert _kinds(result) == [("byline", 1)]


def test_it_takes_an_outlet_before_a_colon_for_the_source_not_a_dateline():
    result = clean_article(f"الوادي نيوز :- {BODY_ONE}\n{BODY_TWO}")
    assert (result.dateline, result.source_tag) == (None, "الوادي نيوز")
    assert _paragraphs(result) == [BODY_ONE, BODY_TWO]


def test_it_reads_a_dateline_and_source_ending_in_a_colon():
    result = clean_article(f"القاهرة - الجزيرة:\n{BODY_ONE}\n{BODY_TWO}")
    assert (result.dateline, result.source_tag) == ("القاهرة", "الجزيرة")
    assert _kinds(result) == [("dateline", 1)]


def test_it_dates_a_line_of_publication_and_update_by_its_first_date():
    line = "نشر: 2016-04-30 23:17 آخر تحديث: 2023-06-18 15:30"
    assert date_line_day(line) == date(2016, 4, 30)
    result = clean_article(f"عنوان الخبر\n{line}\n{BODY_ONE}\n{BODY_TWO}")
    assert (result.dateline, _kinds(result)) == (None, [("title", 1), ("date", 2)])


def test_it_reads_a_line_of_place_day_and_source_as_a_dateline_not_a_title():
    result = clean_article(f"الكويت، 25 مارس 2014، وكالات –\n{BODY_ONE}\n{BODY_TWO}")
    assert (result.title, result.dateline, result.source_tag) == (None, "الكويت", "وكالات")
    assert _kinds(result) == [("dateline", 1)]
    headline = "القمة العربية، الدورة الخامسة، الكويت"  # no day: a headline still
    assert clean_article(f"{headline}\n{BODY_ONE}\n{BODY_TWO}").title == headline


def test_it_does_not_take_a_quoted_speaker_as_a_dateline():
    opening = "لافروف: «لا بديل عن الحل السياسي في سوريا»"
    result = clean_article(f"{opening}، قال الوزير للصحفيين.\n{BODY_TWO}")
    assert result.dateline is None
    assert _paragraphs(result)[0].startswith(opening)


def test_it_removes_a_caption_under_an_explicit_title_that_the_text_repeats():
    title = "المبعوث الدولي في طهران"
    result = clean_article(f"{title}\nغير بيدرسن\n{BODY_ONE}", title=title)
    assert _paragraphs(result) == [BODY_ONE]
    assert _kinds(result) == [("title", 1), ("caption", 2)]


def test_it_reads_no_dateline_or_tag_from_a_lone_combining_mark():
    body = "قال الوزير إن المحادثات ستستمر في جنيف الأسبوع المقبل مع جميع الأطراف المعنية."
    for raw in (f"تهيئة  — \u0654\n{body}", f"(\u0654) {body}"):
        cleaned = clean_article(raw)
        assert body in cleaned.body
        assert not cleaned.dateline


@pytest.mark.parametrize(
    "line",
    [
        "05 مارس 2019",
        "الأحد 24 يوليو 2022 - 12:23 بتوقيت طهران",
        "10:02 م الخميس 07 يوليه 2022",
        "تم نشره الأحد 07 أيّار / مايو 2023 05:42 مساءً",
        "تركيا 30-11-2024 | 17:09",  # the page's section before its stamp
    ],
)
def test_it_removes_a_date_line_under_the_title(line):
    body = "قال الوزير إن المحادثات ستستمر في جنيف الأسبوع المقبل مع جميع الأطراف المعنية."
    cleaned = clean_article(f"عنوان الخبر هنا\n\n{line}\n\n{body}")
    assert cleaned.body == body
    assert Removed("date", line, 3) in cleaned.removed


def test_it_keeps_a_short_line_that_says_more_than_a_date():
    body = "قال الوزير إن المحادثات ستستمر في جنيف الأسبوع المقبل مع جميع الأطراف المعنية."
    cleaned = clean_article(
        f"عنوان الخبر هنا\n\nوصل الوزير في 5 مارس 2019 إلى جنيف قادما من موسكو\n\n{body}"
    )
    assert "date" not in {item.kind for item in cleaned.removed}


def test_it_takes_a_dateline_with_its_day_before_a_slash():
    raw = f"جنيف 24 فبراير 2017 / {BODY_ONE}\n{BODY_TWO}"
    result = clean_article(raw)
    assert result.dateline == "جنيف"
    assert _paragraphs(result)[0] == BODY_ONE
    assert Removed("dateline", "جنيف 24 فبراير 2017 /", 1) in result.removed
    result = clean_article(f"بكين 3 مارس 2019 (شينخوا) / {BODY_ONE}")
    assert (result.dateline, result.source_tag) == ("بكين", "شينخوا")
    # a number that is no day is no dateline
    assert clean_article(f"جنيف 45 فبراير 2017 / {BODY_ONE}").dateline is None


def test_it_dates_a_page_stamp_in_english_order_or_under_the_article():
    assert date_line_day("تاريخ النشر: 28th, April 2024 GMT") == date(2024, 4, 28)
    assert date_line_day("نوفمبر 9, 2021, 4:48 م") == date(2021, 11, 9)
    assert date_line_day("08-مايو-2022") == date(2022, 5, 8)  # the month's name between dashes
    assert date_line_day("وصل الوزير في 9 نوفمبر") is None  # a sentence, not a stamp
    assert date_line_day("سياسة | 12/03/2019") == date(2019, 3, 12)  # the section, then the stamp
    assert date_line_day("اجتماع جنيف 30-11-2024") is None  # two words are more than a section
    result = clean_article(f"{BODY_ONE}\n{BODY_TWO}\n05/09/2022")
    assert _kinds(result) == [("date", 3)]
    assert result.body == f"{BODY_ONE}\n\n{BODY_TWO}"


def test_it_takes_a_dateline_with_its_day_and_agency_on_its_line_or_before_the_text():
    result = clean_article(f"جدة ـ 16 أبريل 2023م (وام)\n{BODY_ONE}\n{BODY_TWO}")
    assert (result.title, result.dateline, _kinds(result)) == (None, "جدة", [("dateline", 1)])
    result = clean_article(f"الأمم المتحدة 22 سبتمبر 2017 (شينخوا) {BODY_ONE}\n{BODY_TWO}")
    assert result.dateline == "الأمم المتحدة"
    assert result.body.startswith(BODY_ONE)


def test_it_joins_the_lines_of_a_text_hard_wrapped_inside_its_sentences():
    raw = (
        "شبكة الأنباء : وأجرى وزير الخارجية السوري والموفد الدولي إلى سوريا\n"
        "في دمشق أمس الأحد محادثات وصفت بالبناءة تناولت اقتراح تجميد القتال في\n"
        "مدينة حلب الشمالية.\n"
        "وأوضحت الوكالة أن الوزير استقبل أمس الموفد الدولي ودار الحديث حول\n"
        "نتائج جولاته إلى عدة عواصم وما جرى عرضه في مجلس الأمن.\n"
    )
    result = clean_article(raw)
    assert (result.title, result.source_tag) == (None, "شبكة الأنباء")
    first, second = result.body.split("\n\n")
    assert first.startswith("وأجرى وزير الخارجية") and first.endswith("مدينة حلب الشمالية.")
    assert second.endswith("في مجلس الأمن.")
    # a headline of its own, then ordinary paragraphs: nothing joined
    result = clean_article(f"عنوان الخبر الرئيسي اليوم\n{BODY_ONE}\n{BODY_TWO}")
    assert (result.title, result.body) == ("عنوان الخبر الرئيسي اليوم", f"{BODY_ONE}\n\n{BODY_TWO}")
