"""Names set off from the sentence by brackets or quotes (articles.text.event_sentences): a
verb's subject or object in brackets is still the participant; a name told after its title does
not keep the place from the verb; a name the title is affiliated to is no participant. Short
sentences written for each case; pure functions, no database."""

from articles.text.mentions import PLACE
from tests.event_builders import (
    ASSAD,
    ERDOGAN,
    MUALLEM,
    PEDERSEN,
    PUTIN,
    events_of,
    meetings,
    only_event,
    person,
)

PAIR = frozenset({"recep-tayyip-erdogan", "vladimir-putin"})


def test_it_reads_a_subject_and_an_object_in_brackets():
    for text in (
        "قالت وسائل إعلام إن الرئيس التركي (رجب طيب أردوغان) سيلتقي نظيره الروسي "
        "(فلاديمير بوتين) يوم الإثنين القادم.",
        "قالت وسائل إعلام إن الرئيس التركي (رجب طيب أردوغان) سيلتقي فلاديمير بوتين.",
        "قالت وسائل إعلام إن رجب طيب أردوغان سيلتقي نظيره الروسي (فلاديمير بوتين).",
    ):
        assert meetings(events_of(text, [ERDOGAN, PUTIN])) == {("meeting", PAIR, None)}, text


def test_it_takes_the_place_told_right_after_the_name_that_follows_a_title():
    envoy = person("المبعوث الأممي", PEDERSEN[1])  # the linker resolves the title to him
    for name in ("“غير بيدرسن”", '"غير بيدرسن"', "غير بيدرسن"):
        text = f"وصل اليوم، المبعوث الأممي الجديد إلى سوريا {name} دمشق."
        entries = [envoy, PEDERSEN, ("سوريا", "syria", PLACE), ("دمشق", "damascus", PLACE)]
        visit = only_event(text, entries, ["اليوم"])
        assert (visit.kind, visit.participants, visit.place) == (
            "visit",
            (PEDERSEN[1],),
            "damascus",
        ), text


def test_it_leaves_out_whom_the_one_met_is_affiliated_with():
    assad = person("للأسد", ASSAD[1], "ل")
    for text in (
        "التقى غير بيدرسن وزير الخارجية التابع للأسد “وليد المعلم”.",
        "التقى غير بيدرسن وزير الخارجية التابع للأسد وليد المعلم.",
    ):
        found = meetings(events_of(text, [PEDERSEN, MUALLEM, assad]))
        assert found == {("meeting", frozenset({PEDERSEN[1], MUALLEM[1]}), None)}, text


def test_it_reads_the_place_past_a_long_title_of_the_visitor_after_the_verb():
    bou_habib, damascus = (
        person("عبدالله بو حبيب", "abdallah-bou-habib"),
        ("دمشق", "damascus", PLACE),
    )
    text = (
        "وصل وزير الخارجية في حكومة تصريف الأعمال اللبنانية، عبدالله بو حبيب، اليوم الاثنين، "
        "إلى دمشق."
    )
    visit = only_event(text, [bou_habib, damascus], ["اليوم الاثنين"])
    assert (visit.kind, visit.participants, visit.place) == (
        "visit",
        ("abdallah-bou-habib",),
        "damascus",
    )


def test_it_takes_no_post_in_the_visitors_title_for_where_he_goes():
    yefimov = person("ألكسندر يفيموف", "alexander-yefimov")
    places = [("دمشق", "damascus", PLACE), ("حلب", "aleppo", PLACE), ("اللاذقية", "latakia", PLACE)]
    for text, place in (
        ("وصل السفير الروسي في دمشق ألكسندر يفيموف إلى حلب.", "aleppo"),
        ("زار السفير الروسي في دمشق ألكسندر يفيموف مدينة اللاذقية.", "latakia"),
        # a place before the title is the one visited
        ("زار دمشق السفير الروسي ألكسندر يفيموف.", "damascus"),
    ):
        visit = only_event(text, [yefimov, *places])
        assert (visit.kind, visit.place) == ("visit", place), text


def test_it_takes_a_bare_place_after_a_title_for_where_the_party_goes():
    lavrentiev = person("ألكسندر لافرنتييف", "alexander-lavrentiev")
    damascus, aleppo, syria = (
        ("دمشق", "damascus", PLACE),
        ("حلب", "aleppo", PLACE),
        ("سوريا", "syria", PLACE),
    )
    text = "زار نائب وزير الخارجية الروسي دمشق برفقة المبعوث ألكسندر لافرنتييف."
    assert only_event(text, [lavrentiev, damascus]).place == "damascus"
    yefimov = person("ألكسندر يفيموف", "alexander-yefimov")
    text = "زار سفير روسيا لدى سوريا ألكسندر يفيموف مدينة حلب."
    assert only_event(text, [yefimov, syria, aleppo]).place == "aleppo"


def test_it_reads_a_trip_told_by_its_companion_alone_without_failing():
    lavrentiev = person("ألكسندر لافرنتييف", "alexander-lavrentiev")
    text = "زار برفقة المبعوث ألكسندر لافرنتييف الرئيس بشار الأسد دمشق."
    found = events_of(text, [lavrentiev, ASSAD, ("دمشق", "damascus", PLACE)])
    assert all(event.kind in ("visit", "meeting") for event in found)
