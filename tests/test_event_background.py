"""Meetings an article tells as background («وكان … قد التقى») and the trip they were on
(articles.text.event_hosts), on short sentences written for each rule. Pure functions, no
database."""

from articles.text.dates import find_dates
from articles.text.events import extract_events
from articles.text.mentions import PLACE
from tests.event_builders import MUALLEM, events_of, meetings, mentions, person

ANNAN, MEKDAD = person("عنان", "kofi-annan"), person("فيصل المقداد", "faisal-mekdad")
AMIR = person("عبد اللهيان", "amir-abdollahian")
DAMASCUS = ("دمشق", "damascus", PLACE)


def test_it_puts_a_meeting_told_as_earlier_on_the_trip_of_the_day():
    text = "وصل عنان إلى دمشق. وكان عنان قد التقى في وقت سابق مع نائب وزير الخارجية فيصل المقداد."
    found = events_of(text, [ANNAN, DAMASCUS, MEKDAD])
    assert ("meeting", frozenset({"kofi-annan", "faisal-mekdad"}), "damascus") in meetings(found)


def test_it_puts_a_meeting_told_as_background_on_the_trip_of_its_weekday():
    text = (
        "وكان عبد اللهيان وصل إلى دمشق مساء الأربعاء. وكان عبد اللهيان بحث الأربعاء مع وليد المعلم."
    )
    found = extract_events(text, mentions(text, [AMIR, DAMASCUS, MUALLEM]), dates=find_dates(text))
    assert ("meeting", frozenset({"amir-abdollahian", MUALLEM[1]}), "damascus") in meetings(found)


def test_it_leaves_a_meeting_of_another_time_where_the_text_left_it():
    text = "وصل عنان إلى دمشق. وكان عنان قد التقى الشهر الماضي مع فيصل المقداد."
    found = events_of(text, [ANNAN, DAMASCUS, MEKDAD], ["الشهر الماضي"])
    assert ("meeting", frozenset({"kofi-annan", "faisal-mekdad"}), None) in meetings(found)
    text = "وصل عنان إلى دمشق الخميس. وكان عنان بحث الأربعاء مع فيصل المقداد."
    found = extract_events(text, mentions(text, [ANNAN, DAMASCUS, MEKDAD]), dates=find_dates(text))
    assert ("meeting", frozenset({"kofi-annan", "faisal-mekdad"}), None) in meetings(found)


def test_it_plans_a_meeting_on_the_trip_of_the_one_who_will_hold_it():
    lamamra = person("رمطان لعمامرة", "ramtane-lamamra")
    text = (
        "وصل وزير الخارجية رمطان لعمامرة أمس إلى دمشق. وتأتي زيارته بعد الزيارة التي قام بها "
        "فيصل المقداد إلى الجزائر مؤخرا. كما سيجري رمطان لعمامرة مباحثات مع نظيره فيصل المقداد."
    )
    algiers = ("الجزائر", "algeria", PLACE)
    found = events_of(text, [lamamra, DAMASCUS, MEKDAD, algiers], ["أمس"])
    assert ("meeting", frozenset({"ramtane-lamamra", "faisal-mekdad"}), "damascus") in meetings(
        found
    )


def test_it_keeps_a_call_its_noun_calls_earlier_apart_from_the_news():
    assad, putin = person("بشار الأسد", "bashar-al-assad"), person("بوتين", "vladimir-putin")
    text = (
        "تلقى بشار الأسد اتصالا هاتفيا من بوتين. "
        "كما أعرب بشار الأسد في اتصال هاتفي سابق مع بوتين عن ارتياحه."
    )
    calls = [e for e in events_of(text, [assad, putin]) if e.kind == "phone_call"]
    assert [e.trigger for e in calls] == ["اتصالا هاتفيا", "اتصال هاتفي"]


def test_it_reads_whom_a_call_was_made_with_past_its_day():
    mistura = person("ستيفان دي ميستورا", "staffan-de-mistura")
    text = "بحث عبد اللهيان في اتصال هاتفي أجراه اليوم مع ستيفان دي ميستورا الأوضاع."
    found = events_of(text, [AMIR, mistura], ["اليوم"])
    assert [(e.kind, e.participants) for e in found] == [
        ("phone_call", ("amir-abdollahian", "staffan-de-mistura"))
    ]


def test_it_keeps_a_trip_told_as_earlier_news_on_another_day_apart_from_the_news():
    mistura, tehran = person("دي ميستورا", "staffan-de-mistura"), ("طهران", "tehran", PLACE)
    text = "وصل دي ميستورا إلى طهران اليوم الأحد. وكان دي ميستورا قد زار طهران في أبريل الماضي."
    found = extract_events(text, mentions(text, [mistura, tehran]), dates=find_dates(text))
    assert [(e.kind, e.trigger) for e in found] == [("visit", "وصل"), ("visit", "زار")]
    # undated, the earlier news may be the same trip told again
    text = "وصل دي ميستورا إلى طهران اليوم الأحد. وكان دي ميستورا قد زار طهران."
    assert len(extract_events(text, mentions(text, [mistura, tehran]), dates=find_dates(text))) == 1


def test_it_reads_the_one_named_after_the_verb_and_again_as_whom_its_subject_met():
    mistura, tehran = person("دي ميستورا", "staffan-de-mistura"), ("طهران", "tehran", PLACE)
    text = (
        "وكان دي ميستورا قد زار طهران، والتقى حينها بالرئيس السابق للدائرة العربية، "
        "عبد اللهيان، وذكر عبد اللهيان أن إيران تستطيع أن تلعب دورا."
    )
    found = meetings(events_of(text, [mistura, tehran, AMIR]))
    assert found == {("meeting", frozenset({"amir-abdollahian", "staffan-de-mistura"}), "tehran")}


def test_it_reads_a_former_title_after_the_meeting_noun_as_no_earlier_meeting():
    brahimi, assad = person("الإبراهيمي", "lakhdar-brahimi"), person("الأسد", "bashar-al-assad")
    text = (
        "وأشاد الأسد خلال لقائه المبعوث السابق الإبراهيمي في دمشق بجهوده. "
        "والتقى الأسد الإبراهيمي في دمشق."
    )
    found = [e for e in events_of(text, [assad, brahimi, DAMASCUS]) if e.kind == "meeting"]
    assert len(found) == 1
