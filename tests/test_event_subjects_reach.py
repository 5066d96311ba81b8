"""Whom a verb or noun takes for its subject past what stands between (articles.text.
event_sentences, event_participants): a time set off by commas or told by night, and «حيث
يقوم بزيارة» after one person named. Short sentences written for each rule; pure functions,
no database."""

from articles.text.mentions import PLACE
from tests.event_builders import (
    GENEVA,
    KERRY,
    LAVROV,
    MUALLEM,
    PEDERSEN,
    events_of,
    only_event,
    person,
)


def test_it_reads_a_subject_past_a_time_set_off_by_commas_or_told_by_night():
    for text in ("وصل، أمس الخميس، جون كيري إلى جنيف.", "زار، أمس الخميس، جون كيري جنيف."):
        event = only_event(text, [KERRY, GENEVA], ["أمس الخميس"])
        assert (event.kind, event.participants, event.place) == (
            "visit",
            ("john-kerry",),
            "geneva",
        ), text
    # «منتصف ليلة الأحد» between the caller and «ب» whom he called
    for text in (
        "اتصل لافروف منتصف ليلة الأحد الماضي بنظيره السوري وليد المعلم.",
        "اتصل لافروف فجر الأحد بنظيره السوري وليد المعلم.",
    ):
        event = only_event(text, [LAVROV, MUALLEM], ["الأحد"])
        assert (event.kind, set(event.participants)) == (
            "phone_call",
            {"sergey-lavrov", "walid-al-muallem"},
        ), text


def test_it_gives_a_visit_where_he_makes_it_to_the_one_the_clause_before_names():
    riyadh = ("الرياض", "riyadh", PLACE)
    text = "ويقوم غير بيدرسن بجولات إلى البلاد المعنية، حيث يقوم بزيارة رسمية إلى الرياض."
    event = only_event(text, [PEDERSEN, riyadh])
    assert (event.kind, event.participants, event.place) == ("visit", ("geir-pedersen",), "riyadh")
    # not the one the sentence before spoke of
    text = "وقال لافروف إن الحل سياسي. " + text
    events = [e for e in events_of(text, [LAVROV, PEDERSEN, riyadh]) if e.kind == "visit"]
    assert [e.participants for e in events] == [("geir-pedersen",)]

    # the person named before «حيث» is not the visitor when he is one of two, or when a
    # delegation is named: theirs is the visit
    tebboune = person("عبد المجيد تبون", "abdelmadjid-tebboune")
    algeria = ("الجزائر", "algeria", PLACE)
    text = "أكد وليد المعلم أن سوريا تقدر موقف عبد المجيد تبون، حيث يقوم بزيارة إلى الجزائر."
    visits = [e for e in events_of(text, [MUALLEM, tebboune, algeria]) if e.kind == "visit"]
    assert ("abdelmadjid-tebboune",) not in [e.participants for e in visits]
    text = "ورحب عبد المجيد تبون بالوفد السوري، حيث يقوم بزيارة إلى الجزائر."
    visits = [e for e in events_of(text, [tebboune, algeria]) if e.kind == "visit"]
    assert ("abdelmadjid-tebboune",) not in [e.participants for e in visits]
