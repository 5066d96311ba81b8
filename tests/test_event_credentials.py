"""Credentials (articles.text.event_credentials): whoever receives an ambassador's letters
meets him. Short sentences written for each form; pure functions, no database."""

from articles.text.mentions import PLACE
from tests.event_builders import ASSAD, events_of, only_event, person

YEFIMOV = person("ألكسندر يفيموف", "alexander-yefimov")
SHAMS = person("محمد الشامس", "envoy-of-our-own")  # a name made up for the test


def test_it_reads_a_head_of_state_receiving_credentials_as_a_meeting():
    damascus = ("بدمشق", "damascus", PLACE, "ب")
    text = "تسلم الرئيس بشار الأسد في قصر الشعب بدمشق أوراق اعتماد السفير ألكسندر يفيموف."
    event = only_event(text, [ASSAD, YEFIMOV, damascus])
    assert (event.kind, event.status, event.participants, event.place) == (
        "meeting",
        "held",
        ("alexander-yefimov", "bashar-al-assad"),
        "damascus",
    )


def test_it_reads_an_ambassador_handing_his_credentials_to_whom():
    text = "قدم السفير ألكسندر يفيموف أوراق اعتماده إلى الرئيس بشار الأسد."
    event = only_event(text, [ASSAD, YEFIMOV])
    assert (event.kind, event.status, event.participants) == (
        "meeting",
        "held",
        ("alexander-yefimov", "bashar-al-assad"),
    )
    text = "وسيقدم السفير محمد الشامس أوراق اعتماده للرئيس بشار الأسد."
    event = only_event(text, [ASSAD, SHAMS])
    assert (event.status, event.participants) == (
        "planned",
        ("bashar-al-assad", "envoy-of-our-own"),
    )


def test_it_reads_no_meeting_from_other_papers_or_without_both_sides():
    assert not events_of("وقال الأسد إن الحكومة تسلمت أوراق الملف.", [ASSAD])
    assert not events_of("وقدم السفير أوراق اعتماده أمس.", [])
