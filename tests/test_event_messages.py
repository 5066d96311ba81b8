"""A message delivered by hand (articles.text.event_messages): whoever carried it met whoever
received it; the sender is no party. Short sentences written for each rule; pure functions,
no database."""

from tests.event_builders import ASSAD, PUTIN, ZARIF, events_of, person

LAVRENTIEV = person("ألكسندر لافرنتييف", "alexander-lavrentiev")
ROUHANI = person("حسن روحاني", "hassan-rouhani")
BUSAIDI = person("بدر البوسعيدي", "badr-albusaidi")


def meetings(text, entries):
    return {
        (event.kind, event.status, frozenset(event.participants))
        for event in events_of(text, entries)
        if event.kind != "statement"
    }


def test_it_reads_a_message_carried_by_hand_as_a_meeting_of_its_carrier_and_its_recipient():
    entries = [ASSAD, PUTIN, LAVRENTIEV, ZARIF, ROUHANI, BUSAIDI]
    for text, pair in (
        (
            "تسلم الرئيس بشار الأسد رسالة من الرئيس فلاديمير بوتين "
            "نقلها المبعوث ألكسندر لافرنتييف.",
            {"bashar-al-assad", "alexander-lavrentiev"},
        ),
        (
            "نقل الوزير محمد جواد ظريف رسالة من الرئيس حسن روحاني إلى الرئيس بشار الأسد.",
            {"mohammad-javad-zarif", "bashar-al-assad"},
        ),
        (
            "سلم المبعوث ألكسندر لافرنتييف الرئيس بشار الأسد رسالة من الرئيس فلاديمير بوتين.",
            {"alexander-lavrentiev", "bashar-al-assad"},
        ),
        (
            "وسلم الرئيس بشار الأسد رسالة جوابية لوزير الخارجية العماني بدر البوسعيدي.",
            {"bashar-al-assad", "badr-albusaidi"},
        ),
    ):
        assert meetings(text, entries) == {("meeting", "held", frozenset(pair))}, text
    text = "ويحمل الوزير بدر البوسعيدي رسالة من السلطان إلى الرئيس بشار الأسد."
    assert meetings(text, entries) == {
        ("meeting", "planned", frozenset({"badr-albusaidi", "bashar-al-assad"}))
    }


def test_it_reads_no_meeting_from_a_message_no_one_is_said_to_carry():
    entries = [ASSAD, PUTIN, LAVRENTIEV]
    for text in (
        "تلقى الرئيس بشار الأسد رسالة من الرئيس فلاديمير بوتين.",
        "وبعث الرئيس بشار الأسد برسالة إلى الرئيس فلاديمير بوتين.",
        "ونقلت وكالة سانا رسالة الرئيس بشار الأسد إلى الرئيس فلاديمير بوتين.",
    ):
        assert meetings(text, entries) == set(), text


def test_it_reads_no_meeting_from_a_message_that_is_not_what_the_verb_carries():
    entries = [ASSAD, PUTIN, ROUHANI, LAVRENTIEV]
    for text in (
        "ونقل الرئيس بشار الأسد في رسالة إلى الرئيس فلاديمير بوتين تعازيه.",
        "وحمل الرئيس بشار الأسد ضيفه رسالة إلى الرئيس حسن روحاني.",
    ):
        assert meetings(text, entries) == set(), text
    text = "تسلم الرئيس بشار الأسد رسالة من الرئيس فلاديمير بوتين نقلها إليه ألكسندر لافرنتييف."
    assert meetings(text, entries) == {
        ("meeting", "held", frozenset({"bashar-al-assad", "alexander-lavrentiev"}))
    }


def test_it_reads_tasallama_as_receiving_not_handing():
    # «تسلم» is «he received»; a recipient after «إلى» makes it no handing by him
    text = "تسلم الرئيس بشار الأسد رسالة من الرئيس حسن روحاني إلى الرئيس فلاديمير بوتين."
    assert meetings(text, [ASSAD, ROUHANI, PUTIN]) == set()
