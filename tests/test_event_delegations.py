"""Delegations named by their states (articles.text.event_phrases.joined_delegations): the
states «و» joins on to a delegation take part beside it; and a delegation met behind «ب».
Short sentences written for each rule; pure functions, no database."""

from articles.text.mentions import ORGANIZATION, PLACE
from tests.event_builders import ADJECTIVE, GENEVA, only_event, person

ANKARA = ("أنقرة", "ankara", PLACE)
RUSSIAN = ("الروسي", "russia", ADJECTIVE)
TURKISH = ("التركي", "turkey", ADJECTIVE)
AND_TURKISH = ("والتركي", "turkey", ADJECTIVE, "و")


def test_it_takes_both_states_of_a_dual_delegation_holding_a_meeting():
    text = "وعقد الوفدان الروسي والتركي اجتماعا في أنقرة أمس."
    event = only_event(text, [RUSSIAN, AND_TURKISH, ANKARA])
    assert (event.kind, event.participants, event.place) == (
        "meeting",
        ("russia", "turkey"),
        "ankara",
    )


def test_it_takes_both_states_of_a_dual_delegation_that_meets():
    text = "والتقى الوفدان الروسي والإيراني في أنقرة أمس."
    event = only_event(text, [RUSSIAN, ("والإيراني", "iran", ADJECTIVE, "و"), ANKARA])
    assert event.participants == ("iran", "russia")


def test_it_takes_the_state_of_a_second_delegation_joined_by_wa():
    text = "وعقد الوفد الروسي والوفد التركي اجتماعا في أنقرة أمس."
    event = only_event(text, [RUSSIAN, TURKISH, ANKARA])
    assert event.participants == ("russia", "turkey")


def test_it_reads_a_delegation_met_behind_b():
    mistura = person("دي ميستورا", "staffan-de-mistura")
    for surface in ("بوفد من المعارضة السورية", "بوفد المعارضة السورية"):
        delegation = (surface, "syrian-opposition-delegation", ORGANIZATION, "ب")
        text = f"التقى دي ميستورا {surface} في جنيف."
        event = only_event(text, [mistura, delegation, GENEVA])
        assert (event.kind, set(event.participants), event.place) == (
            "meeting",
            {"staffan-de-mistura", "syrian-opposition-delegation"},
            "geneva",
        ), text


def test_it_takes_the_bodies_joined_on_to_the_one_met_or_travelling():
    pedersen = person("غير بيدرسن", "geir-pedersen")
    government = ("وفد الحكومة", "government-delegation", ORGANIZATION)
    syrian = ("السورية", "syria", ADJECTIVE)
    opposition = ("ووفد المعارضة", "opposition-delegation", ORGANIZATION, "و")
    both = {"government-delegation", "opposition-delegation"}
    for text in (
        "والتقى غير بيدرسن وفد الحكومة ووفد المعارضة في جنيف.",
        "والتقى غير بيدرسن وفد الحكومة السورية ووفد المعارضة في جنيف.",
    ):
        event = only_event(text, [pedersen, government, syrian, opposition, GENEVA])
        assert set(event.participants) == {"geir-pedersen", *both}, text
    text = "ووصل وفد الحكومة ووفد المعارضة إلى جنيف."
    event = only_event(text, [government, opposition, GENEVA])
    assert (event.kind, set(event.participants)) == ("visit", both)
    # «والأمم المتحدة تدعو»: a body of another kind opens a clause of its own
    un = ("والأمم المتحدة", "united-nations", ORGANIZATION, "و")
    text = "والتقى غير بيدرسن وفد الحكومة والأمم المتحدة تدعو إلى الهدوء."
    event = only_event(text, [pedersen, government, un])
    assert set(event.participants) == {"geir-pedersen", "government-delegation"}
    # a body of another kind with no verb after it is still joined on
    platform = ("ومنصة موسكو", "moscow-platform", ORGANIZATION, "و")
    text = "والتقى غير بيدرسن وفد الحكومة ومنصة موسكو في جنيف."
    event = only_event(text, [pedersen, government, platform, GENEVA])
    assert set(event.participants) == {"geir-pedersen", "government-delegation", "moscow-platform"}


def test_it_reads_a_delegation_after_the_verb_as_who_meets_the_person_after_it():
    lavrov = person("لافروف", "sergey-lavrov")
    coalition = ("الائتلاف الوطني السوري", "national-coalition", ORGANIZATION)
    moscow = ("موسكو", "moscow", PLACE)
    for text in (
        "التقى وفد من الائتلاف الوطني السوري لافروف في موسكو.",
        "والتقى وفد الائتلاف الوطني السوري في موسكو لافروف.",
    ):
        event = only_event(text, [lavrov, coalition, moscow])
        assert event.participants == ("national-coalition", "sergey-lavrov"), text
    # a delegation led by someone named: he meets for it
    jaafari = person("بشار الجعفري", "bashar-al-jaafari")
    text = "التقى وفد الحكومة السورية برئاسة بشار الجعفري لافروف في موسكو."
    event = only_event(text, [lavrov, jaafari, moscow])
    assert event.participants == ("bashar-al-jaafari", "sergey-lavrov")


def test_it_reads_the_states_of_a_summit_past_how_many_sides_it_has():
    states = [
        ("الروسية", "russia", ADJECTIVE),
        ("التركية", "turkey", ADJECTIVE),
        ("الإيرانية", "iran", ADJECTIVE),
        ANKARA,
    ]
    text = "وعقدت القمة الثنائية الروسية التركية في أنقرة."
    event = only_event(text, [*states[:2], ANKARA])
    assert (event.participants, event.place) == (("russia", "turkey"), "ankara")
    text = "تعقد القمة الثلاثية الروسية التركية الإيرانية في أنقرة الشهر المقبل."
    event = only_event(text, states, ["الشهر المقبل"])
    assert (event.kind, event.status, event.participants, event.place) == (
        "conference",
        "planned",
        ("iran", "russia", "turkey"),
        "ankara",
    )


def test_it_lets_whoever_leads_a_delegation_after_the_verb_meet_for_it():
    lavrov = person("سيرغي لافروف", "sergey-lavrov")
    jarba = person("أحمد الجربا", "ahmad-jarba")
    coalition = ("الائتلاف الوطني السوري", "national-coalition", ORGANIZATION)
    moscow = ("موسكو", "moscow", PLACE)
    for led in ("بقيادة", "يرأسه", "برئاسة"):
        text = f"التقى وفد من الائتلاف الوطني السوري {led} أحمد الجربا سيرغي لافروف في موسكو."
        event = only_event(text, [lavrov, jarba, coalition, moscow])
        assert (event.participants, event.place) == (("ahmad-jarba", "sergey-lavrov"), "moscow"), (
            led
        )
