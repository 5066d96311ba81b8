"""One event however many sentences tell it (articles.text.event_dedup): the gathering a trip
was made for is the one held there. Short sentences written for each rule; pure functions, no
database."""

from articles.text.mentions import PLACE
from tests.event_builders import ERDOGAN, PUTIN, ROUHANI, events_of, person

TEHRAN = ("طهران", "tehran", PLACE)
SUMMIT = "انطلقت في طهران اليوم القمة الثلاثية بين حسن روحاني وفلاديمير بوتين ورجب طيب أردوغان."
ARRIVAL = "وفي وقت سابق اليوم، وصل بوتين وأردوغان إلى طهران للمشاركة في القمة."
ENTRIES = [
    ROUHANI,
    PUTIN,
    ERDOGAN,
    person("وفلاديمير بوتين", PUTIN[1], "و"),
    person("ورجب طيب أردوغان", ERDOGAN[1], "و"),
    person("بوتين", PUTIN[1]),
    person("وأردوغان", ERDOGAN[1], "و"),
    TEHRAN,
]


def gatherings(text):
    return [
        (e.kind, e.status, e.place)
        for e in events_of(text, ENTRIES, ["اليوم", "وفي وقت سابق اليوم"])
        if e.kind == "conference"
    ]


def test_it_reads_the_gathering_a_trip_was_made_for_as_the_one_held_there():
    assert gatherings(f"{SUMMIT} {ARRIVAL}") == [("conference", "held", "tehran")]


def test_it_keeps_the_gathering_a_trip_is_made_for_planned_when_none_is_told_held():
    assert gatherings(ARRIVAL) == [("conference", "planned", "tehran")]


OPENED = "انطلقت القمة الثلاثية التي تجمع رجب طيب أردوغان وفلاديمير بوتين وحسن روحاني."
LEADERS = [
    ERDOGAN,
    person("وفلاديمير بوتين", PUTIN[1], "و"),
    person("وحسن روحاني", ROUHANI[1], "و"),
]


def summits(text):
    return [(e.kind, e.status) for e in events_of(text, LEADERS) if e.kind == "conference"]


def test_it_reads_a_summit_told_again_by_those_who_hold_it_as_the_one_opened():
    again = "ويعقد رجب طيب أردوغان وفلاديمير بوتين وحسن روحاني القمة عبر تقنية الفيديو."
    assert summits(f"{OPENED} {again}") == [("conference", "held")]


def test_it_keeps_apart_a_gathering_named_otherwise_or_to_come():
    assad = person("بشار الأسد", "bashar-al-assad")
    riyadh = ("الرياض", "riyadh", PLACE)
    text = (
        "انطلقت أمس في الرياض القمة العربية. ووصل بشار الأسد اليوم إلى الرياض للمشاركة في القمة "
        "العربية الصينية."
    )
    found = [(e.kind, e.status) for e in events_of(text, [assad, riyadh], ["أمس", "اليوم"])]
    assert ("conference", "planned") in found
    next_one = "ومن المقرر أن يعقد رجب طيب أردوغان وفلاديمير بوتين وحسن روحاني القمة المقبلة."
    assert ("conference", "planned") in summits(f"{OPENED} {next_one}")
