"""A plural verb after its subjects (articles.text.event_verbs, event_noun_phrases): «أن
وزراء خارجية روسيا وتركيا وإيران سيلتقون» is the meeting of all of them, and three states
or more met together are a gathering. Short sentences written for each rule; pure
functions, no database."""

from articles.text.mentions import PLACE
from tests.event_builders import CAVUSOGLU, LAVROV, ZARIF, only_event, person

DOHA = ("الدوحة", "doha", PLACE)
STATES = [("روسيا", "russia", PLACE), ("وتركيا", "turkey", PLACE, "و")]
STATES += [("وإيران", "iran", PLACE, "و")]


def test_it_reads_all_the_named_subjects_of_a_plural_verb():
    people = [
        LAVROV,
        person("ومولود جاويش أوغلو", CAVUSOGLU[1], "و"),
        person("ومحمد جواد ظريف", ZARIF[1], "و"),
    ]
    for verb in ("سيلتقون", "سيجتمعون"):
        text = f"وأعلنت الوزارة أن لافروف ومولود جاويش أوغلو ومحمد جواد ظريف {verb} في الدوحة."
        acting = {LAVROV[1]: {"russia"}, CAVUSOGLU[1]: {"turkey"}, ZARIF[1]: {"iran"}}
        event = only_event(text, [*people, DOHA], states_of=acting)
        assert (event.kind, event.status, set(event.participants), event.place) == (
            "conference",
            "planned",
            {"sergey-lavrov", CAVUSOGLU[1], ZARIF[1]},
            "doha",
        ), verb


def test_it_reads_the_states_whose_ministers_are_the_subject_of_a_plural_verb():
    for ministers in ("وزراء خارجية", "وزراء خارجية الدول الضامنة لمسار أستانا،"):
        text = f"وأعلنت الوزارة أن {ministers} روسيا وتركيا وإيران سيجتمعون في الدوحة."
        if ministers.endswith("،"):
            text = text.replace("وإيران", "وإيران،")
        event = only_event(text, [*STATES, DOHA])
        assert (event.kind, set(event.participants), event.place) == (
            "conference",
            {"russia", "turkey", "iran"},
            "doha",
        ), ministers


def test_it_reads_whom_the_plural_subjects_meet_and_where():
    assad = person("بشار الأسد", "bashar-al-assad")
    damascus = ("دمشق", "damascus", PLACE)
    people = [LAVROV, person("ومولود جاويش أوغلو", CAVUSOGLU[1], "و")]
    acting = {LAVROV[1]: {"russia"}, CAVUSOGLU[1]: {"turkey"}, "bashar-al-assad": {"syria"}}
    text = "وقال إن لافروف ومولود جاويش أوغلو التقوا بشار الأسد في دمشق."
    event = only_event(text, [*people, assad, damascus], states_of=acting)
    assert (event.kind, set(event.participants), event.place) == (
        "meeting",
        {"sergey-lavrov", CAVUSOGLU[1], "bashar-al-assad"},
        "damascus",
    )
    opposition = ("بوفد المعارضة", "opposition-delegation", "organization", "ب")
    text = "وقال إن وزراء خارجية روسيا وتركيا وإيران سيجتمعون بوفد المعارضة في الدوحة."
    event = only_event(text, [*STATES, opposition, DOHA])
    assert (set(event.participants), event.place) == (
        {"russia", "turkey", "iran", "opposition-delegation"},
        "doha",
    )
