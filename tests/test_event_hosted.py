"""Gatherings told by who hosts, chairs or brings them together (articles.text.
event_gatherings, event_nouns): a city that hosts a conference or a round of talks, whoever
chairs one, whom a summit «تضم». Short sentences written for each rule; pure functions, no
database."""

from articles.text.mentions import ORGANIZATION, PERSON, PLACE
from tests.event_builders import events_of, meetings, only_event, person


def test_it_places_a_conference_nothing_names_where_its_host_verb_says():
    kuwait = ("الكويت", "kuwait", PLACE)
    for text, status in (
        ("وتستضيف الكويت غدا مؤتمرا دوليا للمانحين.", "planned"),
        ("واستضافت الكويت أمس مؤتمر المانحين الدولي الثالث.", "held"),
    ):
        event = only_event(text, [kuwait])
        assert (event.kind, event.status, event.participants, event.place) == (
            "conference",
            status,
            (),
            "kuwait",
        )


def test_it_takes_whoever_chairs_a_gathering_for_one_who_attends_it():
    ban, kuwait = ("بان كي مون", "ban-ki-moon", PERSON), ("الكويت", "kuwait", PLACE)
    event = only_event("ويترأس بان كي مون اجتماع المانحين في الكويت غدا.", [ban, kuwait], ["غدا"])
    assert (event.kind, event.status, event.participants, event.place) == (
        "conference",
        "planned",
        ("ban-ki-moon",),
        "kuwait",
    )


def test_it_reads_a_round_of_talks_a_city_hosts():
    astana = ("أستانا", "astana", PLACE)
    text = "استضافت العاصمة الكازاخية أستانا الجولة الرابعة من محادثات السلام بشأن سوريا."
    event = only_event(text, [astana])
    assert (event.kind, event.status, event.place) == ("conference", "held", "astana")


def test_it_reads_whom_a_summit_brings_together_past_its_topic_or_a_comma():
    erdogan, putin = ("رجب طيب أردوغان", "erdogan", PERSON), ("فلاديمير بوتين", "putin", PERSON)
    ankara = ("أنقرة", "ankara", PLACE)
    for text in (
        "تستضيف أنقرة غدا قمة ثلاثية حول سوريا تضم الرئيس رجب طيب أردوغان والرئيس فلاديمير بوتين.",
        "تستضيف أنقرة غدا قمة ثلاثية، تضم الرئيس رجب طيب أردوغان والرئيس فلاديمير بوتين.",
    ):
        event = only_event(text, [erdogan, putin, ankara], ["غدا"])
        assert (event.status, event.participants, event.place) == (
            "planned",
            ("erdogan", "putin"),
            "ankara",
        ), text
    # a contact group that brings states together is no call
    text = "وتشكلت مجموعة اتصال بشأن الأزمة السورية تضم مصر وتركيا."
    states = [("مصر", "egypt", PLACE), ("وتركيا", "turkey", PLACE, "و")]
    assert not events_of(text, states)


def test_it_reads_a_bodys_own_round_as_its_gathering_not_someones_tour():
    pedersen = ("غير بيدرسون", "geir-pedersen", PERSON)
    committee = ("اللجنة الدستورية", "constitutional-committee", ORGANIZATION)
    geneva = ("جنيف", "geneva", PLACE)
    text = "والتقى غير بيدرسون قادة المعارضة. واختتمت اللجنة الدستورية جولتها الخامسة في جنيف."
    found = [e for e in events_of(text, [pedersen, committee, geneva]) if e.trigger == "جولتها"]
    assert [(e.kind, e.participants, e.place) for e in found] == [
        ("conference", ("constitutional-committee",), "geneva")
    ]
    # a person's own tour is still his trip
    text = "واختتم غير بيدرسون جولته في جنيف."
    assert only_event(text, [pedersen, geneva]).kind == "visit"


def test_it_reads_no_gathering_in_a_bodys_field_tour_or_a_delegations_round():
    mission = ("بعثة المراقبين العرب", "arab-league-observer-mission", ORGANIZATION)
    daraa = ("درعا", "daraa", PLACE)
    assert events_of("بدأت بعثة المراقبين العرب جولتها في درعا.", [mission, daraa]) == []
    league = ("الجامعة العربية", "arab-league", ORGANIZATION)
    text = "بدأت أمس الجولة الأولى لوفد من الجامعة العربية في درعا."
    assert all(e.kind != "conference" for e in events_of(text, [league, daraa], ["أمس"]))


def test_it_reads_whom_someone_received_past_the_building_they_met_in():
    gheit, pedersen = person("أحمد أبو الغيط", "aboul-gheit"), person("غير بيدرسن", "pedersen")
    pair = frozenset({"aboul-gheit", "pedersen"})
    for text in (
        "استقبل أحمد أبو الغيط، في مكتبه بمقر الأمانة العامة، المبعوث الأممي غير بيدرسن.",
        "استقبل أحمد أبو الغيط بقصر الاتحادية المبعوث الأممي غير بيدرسن.",
        "أكد أحمد أبو الغيط، خلال لقائه في قصر الشعب المبعوث الأممي غير بيدرسن، أن الحل سياسي.",
    ):
        assert meetings(events_of(text, [gheit, pedersen])) == {("meeting", pair, None)}, text


def test_it_reads_the_states_that_held_a_meeting_as_the_subject_before_its_verb():
    states = [
        ("روسيا", "russia", PLACE),
        ("وتركيا", "turkey", PLACE, "و"),
        ("وإيران", "iran", PLACE, "و"),
        ("أستانا", "astana", PLACE),
    ]
    for text in (
        "وكانت الدول الضامنة روسيا وتركيا وإيران قد عقدت اجتماعا في أستانا الشهر الماضي.",
        "وعقدت روسيا وتركيا وإيران اجتماعا في أستانا الشهر الماضي.",
    ):
        event = only_event(text, states, ["الشهر الماضي"])
        assert (event.kind, set(event.participants), event.place) == (
            "conference",
            {"russia", "turkey", "iran"},
            "astana",
        ), text

    # states behind a preposition, or the objects of another verb, hold nothing
    entries = [person("وليد المعلم", "walid-al-muallem"), ("طهران", "tehran", PLACE)]
    entries += [("موسكو", "moscow", PLACE), ("وأنقرة", "ankara", PLACE, "و")]
    text = "ووصل وليد المعلم إلى طهران قادما من موسكو وأنقرة وقد عقد اجتماعا هناك."
    assert not [e for e in events_of(text, entries) if e.kind == "conference"]

    # «كلا من» before them, a phrase after «الدول الضامنة»; the list's head ends it
    entries = [
        ("روسيا", "russia", PLACE),
        ("وتركيا", "turkey", PLACE, "و"),
        ("وإيران", "iran", PLACE, "و"),
        ("أستانا", "astana", PLACE),
    ]
    for text in (
        "وذكرت الوكالة أن كلا من روسيا وتركيا وإيران ستعقد اجتماعا في أستانا.",
        "وكانت الدول الضامنة لاتفاق أستانا روسيا وتركيا وإيران قد عقدت اجتماعا في أستانا.",
    ):
        event = only_event(text, entries)
        assert (event.kind, set(event.participants), event.place) == (
            "conference",
            {"russia", "turkey", "iran"},
            "astana",
        ), text


def test_it_reads_the_hosting_of_a_guest_told_as_a_noun():
    lavrov, cavusoglu = person("سيرغي لافروف", "sergey-lavrov"), person("مولود جاويش أوغلو", "mc")
    moscow = ("موسكو", "moscow", PLACE)
    text = "وبدأ الإعداد للجولة باستضافة سيرغي لافروف مولود جاويش أوغلو في موسكو."
    assert meetings(events_of(text, [lavrov, cavusoglu, moscow])) == {
        ("meeting", frozenset({"sergey-lavrov", "mc"}), "moscow")
    }
    # a state or a city hosting a gathering is no meeting of people
    egypt = ("مصر", "egypt", PLACE)
    assert meetings(events_of("وأشاد سيرغي لافروف باستضافة مصر للمؤتمر.", [lavrov, egypt])) == set()
    putin = person("فلاديمير بوتين", "vladimir-putin")
    text = "وأشاد سيرغي لافروف باستضافة فلاديمير بوتين لمحادثات أستانا."
    talks = ("لمحادثات أستانا", "astana-process", ORGANIZATION, "ل")
    assert meetings(events_of(text, [lavrov, putin, talks])) == set()
    text = "وبحث سيرغي لافروف باستضافته مولود جاويش أوغلو في موسكو الوضع في سوريا."
    assert meetings(events_of(text, [lavrov, cavusoglu, moscow])) == {
        ("meeting", frozenset({"sergey-lavrov", "mc"}), "moscow")
    }
