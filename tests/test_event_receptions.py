"""Receptions on arrival (articles.text.event_nouns, event_phrases): «وكان في استقبال(ه) …»,
past the guest's delegation and the airport, to whoever receives him. Short sentences
written for each rule; pure functions, no database."""

from articles.text.mentions import PLACE
from tests.event_builders import events_of, meetings, person

MEKDAD = person("فيصل المقداد", "faisal-mekdad")
KHEREIJI = person("وليد الخريجي", "waleed-elkhereiji")
JEDDAH = ("جدة", "jeddah", PLACE)
RECEIVED = {("meeting", frozenset({"faisal-mekdad", "waleed-elkhereiji"}), "jeddah")}


def test_it_reads_whom_the_guest_was_received_by_past_his_delegation_and_the_airport():
    for reception in (
        "وكان في استقبال الوزير فيصل المقداد والوفد المرافق له في مطار جدة",
        "وكان في استقبال الوزير فيصل المقداد في مطار جدة",
    ):
        text = f"{reception} نائب وزير الخارجية وليد الخريجي."
        assert meetings(events_of(text, [MEKDAD, KHEREIJI, JEDDAH])) == RECEIVED, reception


def test_it_reads_a_guest_told_by_his_title_alone_as_the_visitor_told_before():
    arrival = "وصل وزير الخارجية فيصل المقداد إلى جدة اليوم."
    for reception in (
        "وكان في استقبال الوزير والوفد المرافق له في مطار جدة",
        "وكان في استقباله والوفد المرافق له في مطار جدة",
    ):
        text = f"{arrival} {reception} نائب وزير الخارجية وليد الخريجي."
        found = events_of(text, [MEKDAD, KHEREIJI, JEDDAH], ["اليوم"])
        assert meetings(found) == RECEIVED, reception
    # a minister named after his title is the guest himself, not the one told before
    text = f"{arrival} وكان في استقبال الوزير وليد الخريجي في مطار جدة."
    assert meetings(events_of(text, [MEKDAD, KHEREIJI, JEDDAH], ["اليوم"])) != RECEIVED
