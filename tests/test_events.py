"""Event extraction (articles.text.events) on the five samples against the gold file.

The linker's output is built by hand here, so these tests hold whatever the linker does: each
mention is every whole-word occurrence of a surface form, longest first.
"""

import json
from pathlib import Path

import pytest

from articles.text.events import ExtractedEvent, extract_events
from articles.text.mentions import ORGANIZATION, PLACE
from tests.event_builders import (
    ADJECTIVE,
    MUALLEM,
    NESTED,
    events_of,
    meetings,
    mentions,
    person,
)

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
GOLD = json.loads(
    (Path(__file__).resolve().parent / "data" / "gold" / "seeds.json").read_text(encoding="utf-8")
)
# -- the five sample articles against tests/data/gold/seeds.json

SLUGS = {
    "Lakhdar Brahimi": "lakhdar-brahimi",
    "Mohamed Kamel Amr": "mohamed-kamel-amr",
    "Mohamed Morsi": "mohamed-morsi",
    "Vladimir Putin": "vladimir-putin",
    "David Cameron": "david-cameron",
    "Sergei Lavrov": "sergey-lavrov",
    "Nasser Judeh": "nasser-judeh",
    "Ban Ki-moon": "ban-ki-moon",
    "John Kerry": "john-kerry",
    "Sameh Shoukry": "sameh-shoukry",
    "James Jeffrey": "james-jeffrey",
    "Ahmed Aboul Gheit": "ahmed-aboul-gheit",
    "Kofi Annan": "kofi-annan",
    "Hillary Clinton": "hillary-clinton",
    "Action Group for Syria": "action-group-for-syria",
    "Staffan de Mistura": "staffan-de-mistura",
    "Sochi": "sochi",
    "Moscow": "moscow",
    "Cairo": "cairo",
    "Geneva": "geneva",
}
KINDS = {"meeting": "meeting", "phone call": "phone_call", "conference": "conference"}

SAMPLE_MENTIONS = {
    "000": [
        person("الأخضر الإبراهيمى", "lakhdar-brahimi"),
        person("الإبراهيمى", "lakhdar-brahimi"),
        person("محمد كامل عمرو", "mohamed-kamel-amr"),
        person("لعمرو", "mohamed-kamel-amr", "ل"),
        person("محمد عمرو", "mohamed-kamel-amr"),
        person("عمرو", "mohamed-kamel-amr"),
        person("محمد مرسى", "mohamed-morsi"),
        person("عمرو رشدى", "amr-roshdy"),
        ("للأمم المتحدة", "united-nations", ORGANIZATION, "ل"),
        ("الأممالمتحدة", "united-nations", ORGANIZATION),
        ("بالأممالمتحدة", "united-nations", ORGANIZATION, "ب"),
        ("والجامعة العربية", "arab-league", ORGANIZATION, "و"),
        ("سوريا", "syria", PLACE),
        ("مصر", "egypt", PLACE),
        ("وتركيا", "turkey", PLACE, "و"),
        ("وإيران", "iran", PLACE, "و"),
        ("السورية", "syria", ADJECTIVE),
        ("المصرية", "egypt", ADJECTIVE),
    ],
    "001": [
        person("فلاديمير بوتين", "vladimir-putin"),
        person("بوتين", "vladimir-putin"),
        person("ديفيد كاميرون", "david-cameron"),
        person("سيرغي لافروف", "sergey-lavrov"),
        person("لافروف", "sergey-lavrov"),
        person("ناصر جودة", "nasser-judeh"),
        person("وجودة", "nasser-judeh", "و"),
        person("جودة", "nasser-judeh"),
        person("بان كي مون", "ban-ki-moon"),
        person("وكي مون", "ban-ki-moon", "و"),
        person("الأخضر الإبراهيمي", "lakhdar-brahimi"),
        person("والإبراهيمي", "lakhdar-brahimi", "و"),
        person("جون كيري", "john-kerry"),
        ("موقع روسيا اليوم", "rt", ORGANIZATION),
        ("الخارجية الروسية", "russian-foreign-ministry", ORGANIZATION),
        ("للامم المتحدة", "united-nations", ORGANIZATION, "ل"),
        ("الأمم المتحدة", "united-nations", ORGANIZATION),
        ("بيان جنيف", "geneva-communique", ORGANIZATION),
        ("جنيف", "geneva", NESTED),
        ("سوتشي", "sochi", PLACE),
        ("موسكو", "moscow", PLACE),
        ("سورية", "syria", PLACE),
        ("روسيا", "russia", PLACE),
        ("والأردن", "jordan", PLACE, "و"),
        ("الروسية", "russia", ADJECTIVE),
        ("الأردني", "jordan", ADJECTIVE),
        ("الأميركية", "united-states", ADJECTIVE),
    ],
    "002": [
        person("جيمس جيفري", "james-jeffrey"),
        person("جيفري", "james-jeffrey"),
        person("سامح شكري", "sameh-shoukry"),
        person("شكري", "sameh-shoukry"),
        person("المُستشار أحمد حافظ", "ahmed-hafez"),
        person("أحمد أبو الغيط", "ahmed-aboul-gheit"),
        person("أبو الغيط", "ahmed-aboul-gheit"),
        ("مجلس الأمن", "un-security-council", ORGANIZATION),
        ("التحالف الدولي ضد داعش", "global-coalition-against-daesh", ORGANIZATION),
        ("لجامعة الدول العربية", "arab-league", ORGANIZATION, "ل"),
        ("الجامعة العربية", "arab-league", ORGANIZATION),
        ("اللجنة الدستورية", "syrian-constitutional-committee", ORGANIZATION),
        ("وزارة الخارجية المصرية", "egyptian-foreign-ministry", ORGANIZATION),
        ("وزارة الخارجية الأمريكية", "us-state-department", ORGANIZATION),
        ("القاهرة", "cairo", PLACE),
        ("بالقاهرة", "cairo", PLACE, "ب"),
        ("سوريا", "syria", PLACE),
        ("الولايات المتحدة", "united-states", PLACE),
        ("للولايات المتحدة", "united-states", PLACE, "ل"),
        ("إدلب", "idlib", PLACE),
        ("أمريكية", "united-states", ADJECTIVE),
        ("مصرية", "egypt", ADJECTIVE),
    ],
    "003": [
        person("فلاديمير بوتين", "vladimir-putin"),
        person("بوتين", "vladimir-putin"),
        person("كوفي عنان", "kofi-annan"),
        person("عنان", "kofi-annan"),
        person("لعنان", "kofi-annan", "ل"),
        person("سيرغي لافروف", "sergey-lavrov"),
        person("لافروف", "sergey-lavrov"),
        person("هيلاري كلينتون", "hillary-clinton"),
        person("باتريك فينتريل", "patrick-ventrell"),
        person("الأسد", "bashar-al-assad"),
        ("للأمم المتحدة", "united-nations", ORGANIZATION, "ل"),
        ("الأمم المتحدة", "united-nations", ORGANIZATION),
        ("وجامعة الدول العربية", "arab-league", ORGANIZATION, "و"),
        ("مجلس الأمن الدولي", "un-security-council", ORGANIZATION),
        ("الكرملين", "kremlin", ORGANIZATION),
        ("لمجموعة العمل حول سوريا", "action-group-for-syria", ORGANIZATION, "ل"),
        ("وزارة الخارجية الأميركية", "us-state-department", ORGANIZATION),
        ("الخارجية الأميركية", "us-state-department", ORGANIZATION),
        ("موسكو", "moscow", PLACE),
        ("جنيف", "geneva", PLACE),
        ("بجنيف", "geneva", PLACE, "ب"),
        ("سوريا", "syria", PLACE),
        ("سورية", "syria", PLACE),
        ("روسيا", "russia", PLACE),
        ("ليبيا", "libya", PLACE),
        ("بريطانيا", "united-kingdom", PLACE),
        ("واشنطن", "washington", PLACE),
    ],
    "004": [
        person("ستافان دي ميستورا", "staffan-de-mistura"),
        person("استيفان دي ميستورا", "staffan-de-mistura"),
        person("دي ميستورا", "staffan-de-mistura"),
        person("جون كيري", "john-kerry"),
        person("كيري", "john-kerry"),
        person("سيرغي لافروف", "sergey-lavrov"),
        person("بان كي مون", "ban-ki-moon"),
        person("بان", "ban-ki-moon"),  # the linker's false hit on «بان» ("that"), in a quote
        person("ستيف كيربي", "john-kirby"),
        person("فيليب هاموند", "philip-hammond"),
        person("هاموند", "philip-hammond"),
        ("للامم المتحدة", "united-nations", ORGANIZATION, "ل"),
        ("فرانس برس", "afp", ORGANIZATION),
        ("وزارة الخارجية الروسية", "russian-foreign-ministry", ORGANIZATION),
        ("لمجموعة الدعم الدولية لسوريا", "issg", ORGANIZATION, "ل"),
        ("الخارجية الأميركية", "us-state-department", ORGANIZATION),
        ("موسكو", "moscow", PLACE),
        ("جنيف", "geneva", PLACE),
        ("مدينة حلب", "aleppo", PLACE),
        ("حلب", "aleppo", PLACE),
        ("سوريا", "syria", PLACE),
        ("واشنطن", "washington", PLACE),
        ("وواشنطن", "washington", PLACE, "و"),
        ("مكسيكو", "mexico-city", PLACE),
        ("دمشق", "damascus", PLACE),
    ],
}
SAMPLE_DATES = {
    "000": ["اليوم", "غداً"],
    "001": ["اليوم", "امس", "أمس", "يوم الثلاثاء الماضي", "الثلاثين من حزيران الماضي"],
    "002": ["اليوم الثلاثاء", "اليوم"],
    "003": ["يوم الثلاثاء", "يوم الاثنين", "17 تموز", "أمس الاثنين", "أمس", "21 تموز"],
    "004": ["اليوم الثلاثاء", "الاثنين", "الثلاثاء", "الأحد"],
}
SAMPLE_DATELINES = {"003": "moscow"}


def gold_article(number: str) -> dict:
    return next(a for a in GOLD["articles"] if a["file"].startswith(number))


def check_sample(number: str) -> list[ExtractedEvent]:
    article = gold_article(number)
    text = (SEEDS / article["file"]).read_text(encoding="utf-8")
    events = events_of(
        text,
        SAMPLE_MENTIONS[number],
        SAMPLE_DATES[number],
        dateline_place=SAMPLE_DATELINES.get(number),
    )
    for gold in article["meetings"]:
        kind = KINDS[gold["kind"]]
        participants = {SLUGS[name] for name in gold["participants"]}
        place = SLUGS.get(gold["place"])
        found = [
            e
            for e in events
            if e.kind == kind and set(e.participants) == participants and e.place == place
        ]
        assert len(found) == 1, (gold, events)
        when = gold["when"]
        if when is None:
            assert found[0].date_text is None
        elif not when.startswith(("planned", "past")):
            assert found[0].date_text and found[0].date_text in when, (when, found[0])
    expected = {
        (KINDS[g["kind"]], frozenset(SLUGS[n] for n in g["participants"]), SLUGS.get(g["place"]))
        for g in article["meetings"]
        if g["kind"] != "conference"
    }
    assert meetings(events) == expected  # nothing extra, and no wrong place
    for event in events:
        assert event.sentence == text[event.sentence_start : event.sentence_end]
        assert event.trigger in event.sentence
        if event.date_start is not None:
            assert text[event.date_start : event.date_end] == event.date_text
    return events


def test_it_finds_the_gold_meetings_of_sample_000_egyptian_spelling():
    events = check_sample("000")
    planned = [e for e in events if "mohamed-morsi" in e.participants]
    assert [e.status for e in planned] == ["planned"]
    assert not any("amr-roshdy" in e.participants for e in events if e.kind != "statement")


def test_it_finds_the_gold_meetings_of_sample_001_calls_apart_from_the_sub_headline():
    events = check_sample("001")
    assert not any(len(e.participants) > 2 for e in events if e.kind == "phone_call")
    assert not any(e.place == "geneva" for e in events)  # «بيان جنيف» is a document


def test_it_finds_the_gold_meetings_of_sample_002_in_the_host_city():
    events = check_sample("002")
    assert not any("ahmed-hafez" in e.participants for e in events)  # the spokesman


def test_it_finds_the_gold_meetings_of_sample_003_with_the_dateline_place():
    events = check_sample("003")
    lead = next(e for e in events if set(e.participants) == {"vladimir-putin", "kofi-annan"})
    assert lead.status == "planned"
    assert not any("patrick-ventrell" in e.participants for e in events if e.kind != "statement")


def test_it_finds_the_gold_meetings_of_sample_004_with_the_visitors_destination():
    events = check_sample("004")
    statuses = {frozenset(e.participants): e.status for e in events if e.kind == "meeting"}
    assert statuses[frozenset({"staffan-de-mistura", "sergey-lavrov"})] == "planned"
    assert statuses[frozenset({"staffan-de-mistura", "john-kerry"})] == "held"
    assert not any(e.place == "damascus" for e in events)  # «ضغوطاً على دمشق»


def test_it_uses_the_date_module_when_no_dates_are_given():
    pytest.importorskip("articles.text.dates")
    text = (SEEDS / gold_article("001")["file"]).read_text(encoding="utf-8")
    events = extract_events(text, mentions(text, SAMPLE_MENTIONS["001"]))
    kerry = next(e for e in events if "john-kerry" in e.participants)
    assert kerry.date_text == "يوم الثلاثاء الماضي"


def test_it_reads_a_working_session_with_someone_as_a_meeting():
    mekdad, lamamra = person("المقداد", "faisal-mekdad"), person("لعمامرة", "ramtane-lamamra")
    text = "وعقد المقداد جلسة عمل مع الوزير لعمامرة."
    assert meetings(events_of(text, [mekdad, lamamra])) == {
        ("meeting", frozenset({"faisal-mekdad", "ramtane-lamamra"}), None)
    }
    text = "وقال المقداد إن جلسة العمل التي جمعته مع الوزير لعمامرة كانت مثمرة."
    assert meetings(events_of(text, [mekdad, lamamra])) == {
        ("meeting", frozenset({"faisal-mekdad", "ramtane-lamamra"}), None)
    }


def test_it_reads_a_reception_by_someone_as_a_meeting_of_the_one_received():
    mekdad, tebboune = person("المقداد", "faisal-mekdad"), person("عبد المجيد تبون", "tebboune")
    text = "وحظي المقداد باستقبال من قبل الرئيس عبد المجيد تبون."
    assert meetings(events_of(text, [mekdad, tebboune])) == {
        ("meeting", frozenset({"faisal-mekdad", "tebboune"}), None)
    }
    text = "وزار المقداد الجزائر حيث حظي باستقبال من قبل الرئيس عبد المجيد تبون."
    found = events_of(text, [mekdad, tebboune, ("الجزائر", "algeria", PLACE)])
    assert meetings(found) == {("meeting", frozenset({"faisal-mekdad", "tebboune"}), "algeria")}


def test_it_reads_being_in_touch_as_no_call():
    bogdanov = person("بوغدانوف", "mikhail-bogdanov")
    text = "وذكر بوغدانوف أن بلاده على اتصال مع واشنطن بشأن هذه المسألة."
    assert events_of(text, [bogdanov, ("واشنطن", "washington", PLACE)]) == []
    text = "وأجرى بوغدانوف اتصالا مع لافروف."
    assert meetings(events_of(text, [bogdanov, person("لافروف", "sergey-lavrov")])) == {
        ("phone_call", frozenset({"mikhail-bogdanov", "sergey-lavrov"}), None)
    }


def test_it_reads_talks_held_at_a_distance_as_a_call():
    lavrov, cavusoglu = person("لافروف", "sergey-lavrov"), person("جاويش أوغلو", "cavusoglu")
    pair = frozenset({"sergey-lavrov", "cavusoglu"})
    for text in (
        "بحث لافروف عبر الهاتف مع جاويش أوغلو الوضع في إدلب.",
        "عقد لافروف ونظيره جاويش أوغلو اجتماعا عبر تقنية الفيديو.",
        "عقد لافروف اجتماعاً افتراضياً مع جاويش أوغلو.",
        "بحث لافروف مع جاويش أوغلو عبر الاتصال المرئي الوضع في إدلب.",
    ):
        assert meetings(events_of(text, [lavrov, cavusoglu])) == {("phone_call", pair, None)}, text
    # what is said by video, after talks in person, leaves the meeting one
    text = "التقى لافروف جاويش أوغلو في سوتشي، وبعد اللقاء قال عبر الهاتف إن الوضع خطير."
    found = events_of(text, [lavrov, cavusoglu, ("سوتشي", "sochi", PLACE)])
    assert ("meeting", pair, "sochi") in meetings(found)


def test_it_reads_a_call_someone_received_from_another():
    erdogan, putin = person("أردوغان", "erdogan"), person("فلاديمير بوتين", "vladimir-putin")
    pair = frozenset({"erdogan", "vladimir-putin"})
    for text in (
        "وجاء ذلك بعد يوم من اتصال آخر تلقاه أردوغان من نظيره فلاديمير بوتين.",
        "وخلال اتصال هاتفي تلقاه من فلاديمير بوتين، قال أردوغان إن الوضع خطير.",
    ):
        assert meetings(events_of(text, [erdogan, putin])) == {("phone_call", pair, None)}, text


def test_it_reads_no_event_hoped_for_denied_or_not_planned():
    putin, assad = person("فلاديمير بوتين", "vladimir-putin"), person("بشار الأسد", "assad")
    safadi = person("أيمن الصفدي", "safadi", "ل")
    for text, entries in (
        ("قال فلاديمير بوتين إنه يأمل أن تتاح الفرصة قريبا للقاء بشار الأسد.", [putin, assad]),
        ("أكد الكرملين أنه لا توجد أي خطط لعقد لقاء بين فلاديمير بوتين وبشار الأسد.", [putin]),
        (
            "نفت الخارجية صحة الأنباء التي تحدثت عن زيارة لأيمن الصفدي إلى دمشق.",
            [safadi, ("دمشق", "damascus", PLACE)],
        ),
        # ruled out, or not ruled out: no plan either way
        ("استبعد فلاديمير بوتين عقد لقاء مع بشار الأسد قريبا.", [putin, assad]),
        ("وقال فلاديمير بوتين إنه لا يستبعد لقاء بشار الأسد في موسكو.", [putin, assad]),
    ):
        assert [e for e in events_of(text, entries) if e.kind != "statement"] == [], text
    # a meeting told after the hope is real
    text = "وأعرب فلاديمير بوتين عن أمله بعد لقائه بشار الأسد في أن تنجح التسوية."
    assert meetings(events_of(text, [putin, assad])) == {
        ("meeting", frozenset({"vladimir-putin", "assad"}), None)
    }


def test_it_reads_talks_told_as_held_in_a_call_as_a_call_and_no_plans_or_readiness():
    erdogan, putin = (
        person("رجب طيب أردوغان", "erdogan"),
        person("فلاديمير بوتين", "vladimir-putin"),
    )
    text = "بحث رجب طيب أردوغان مع فلاديمير بوتين، في اتصال جرى مساء الجمعة، الوضع في إدلب."
    found = meetings(events_of(text, [erdogan, putin], ["مساء الجمعة"]))
    assert found == {("phone_call", frozenset({"erdogan", "vladimir-putin"}), None)}
    for text in (
        "قال رجب طيب أردوغان إن بلاده لا تخطط لإجراء أي اتصال مع فلاديمير بوتين.",
        "جدد رجب طيب أردوغان استعداد بلاده للقاء فلاديمير بوتين.",
    ):
        assert [e for e in events_of(text, [erdogan, putin]) if e.kind != "statement"] == [], text


def test_it_reads_a_title_abbreviated_with_a_full_stop_as_part_of_the_name():
    entries = [MUALLEM, person("رياض المالكي", "riyad-al-maliki")]
    for text in (
        "التقى د. رياض المالكي نظيره وليد المعلم في نيويورك.",
        "استقبل د. وليد المعلم نظيره رياض المالكي في نيويورك.",
        "التقى وليد المعلم د. رياض المالكي في نيويورك.",
    ):
        assert meetings(events_of(text, entries)) == {
            ("meeting", frozenset({"walid-al-muallem", "riyad-al-maliki"}), None)
        }, text


def test_it_reads_no_gathering_in_a_press_conference():
    salehi = person("علي أكبر صالحي", "ali-akbar-salehi")
    amman = ("عمان", "amman", PLACE)
    for text in (
        "وقال المصدر إن علي أكبر صالحي سيعقد مؤتمرا صحفيا بعد غد في عمان.",
        "وعقد علي أكبر صالحي المؤتمر الصحفي في عمان.",
    ):
        events = events_of(text, [salehi, amman])
        assert [e for e in events if e.kind != "statement"] == [], text


def test_it_reads_the_two_men_as_the_two_the_sentence_before_named():
    text = (
        "أعلن بان كي مون قبول استقالة الأخضر الإبراهيمي. وخلال مؤتمر صحفي مشترك بين الرجلين "
        "في نيويورك، أثنى بان كي مون على الإبراهيمي."
    )
    entries = [
        person("بان كي مون", "ban-ki-moon"),
        person("الأخضر الإبراهيمي", "lakhdar-brahimi"),
        person("الإبراهيمي", "lakhdar-brahimi"),
        ("نيويورك", "new-york", PLACE),
    ]
    [event] = [e for e in events_of(text, entries) if e.kind == "meeting"]
    assert event.participants == ("ban-ki-moon", "lakhdar-brahimi")
    # the two it names first, not those of a clause at its end
    text = (
        "أعلن بان كي مون قبول استقالة الأخضر الإبراهيمي بحضور كوفي عنان. وخلال مؤتمر صحفي "
        "مشترك بين الرجلين في نيويورك، أثنى بان كي مون على الإبراهيمي."
    )
    entries.append(person("كوفي عنان", "kofi-annan"))
    [event] = [e for e in events_of(text, entries) if e.kind == "meeting"]
    assert event.participants == ("ban-ki-moon", "lakhdar-brahimi")
