"""What may stand between an event's verb, its parties and its place and still leave them
one phrase (articles.text.event_sentences, event_visits, event_patterns): «منذ قليل»,
«لأول مرة», the word «العاصمة» before a visited city, an indefinite adjective after an
event noun. Short sentences written for each rule; pure functions, no database."""

from articles.text.mentions import PLACE
from tests.event_builders import ASSAD, LAVROV, PUTIN, events_of, meetings, only_event, person

MEKDAD = person("فيصل المقداد", "faisal-mekdad")
SHOUKRY = person("سامح شكري", "sameh-shoukry")
KHATIB = person("معاذ الخطيب", "moaz-al-khatib")
DAMASCUS = ("دمشق", "damascus", PLACE)
MOSCOW = ("موسكو", "moscow", PLACE)


def test_it_reads_past_a_short_while_ago_and_for_the_first_time():
    for between in ("منذ قليل", "قبل قليل"):
        text = f"واستقبل سامح شكري، {between}، فيصل المقداد في القاهرة."
        found = meetings(events_of(text, [SHOUKRY, MEKDAD, ("القاهرة", "cairo", PLACE)]))
        assert found == {("meeting", frozenset({"sameh-shoukry", "faisal-mekdad"}), "cairo")}
    for between in ("لأول مرة", "للمرة الأولى"):
        text = f"والتقى لافروف {between} معاذ الخطيب."
        assert set(only_event(text, [LAVROV, KHATIB]).participants) == {
            "sergey-lavrov",
            "moaz-al-khatib",
        }, between


def test_it_reads_the_visited_city_past_the_word_capital_or_city():
    for place in ("العاصمة دمشق", "مدينة دمشق"):
        text = f"وزار سامح شكري، نهاية فبراير الماضي، {place}، حيث التقى بشار الأسد."
        found = {(e.kind, e.place) for e in events_of(text, [SHOUKRY, ASSAD, DAMASCUS])}
        assert found == {("visit", "damascus"), ("meeting", "damascus")}, place
    # «العاصمة» with no place after it is a word of its own, not the way to one
    text = "وزار سامح شكري العاصمة الأسبوع الماضي."
    assert events_of(text, [SHOUKRY]) == []


def test_it_ties_a_place_past_an_indefinite_adjective_of_the_event_noun():
    erdogan = person("ورجب طيب أردوغان", "recep-tayyip-erdogan", "و")
    for adjective in ("ماراثونية", "عاجلة"):
        text = f"وعقد فلاديمير بوتين ورجب طيب أردوغان اجتماعات {adjective} في موسكو."
        assert only_event(text, [PUTIN, erdogan, MOSCOW]).place == "moscow", adjective


def test_it_reaches_the_verb_carrying_the_noun_over_commas_that_set_names_off():
    cavusoglu = person("مولود جاويش أوغلو", "mevlut-cavusoglu")
    text = (
        "أجرى وزير الخارجية الروسي، لافروف، ونظيره التركي، مولود جاويش أوغلو، "
        "اليوم الجمعة، محادثات هاتفية بحثا فيها الأوضاع."
    )
    found = meetings(events_of(text, [LAVROV, cavusoglu], ["اليوم الجمعة"]))
    assert found == {("phone_call", frozenset({"sergey-lavrov", "mevlut-cavusoglu"}), None)}
