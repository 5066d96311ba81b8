"""Tours (articles.text.event_tours): the places «جولة … تشمل/شملت» takes in, past an area
(«في المنطقة»), «أيضا» and «ثم», and not past a hedge («وربما»). Short sentences written
for each rule; pure functions, no database."""

from articles.text.mentions import PLACE
from tests.event_builders import events_of, person

BRAHIMI = person("الأخضر الإبراهيمي", "lakhdar-brahimi")
KUWAIT = ("الكويت", "kuwait", PLACE)
IRAQ = ("والعراق", "iraq", PLACE, "و")
QATAR = ("وقطر", "qatar", PLACE, "و")


def _stops(text, entities):
    return {(e.place, e.status) for e in events_of(text, entities) if e.kind == "visit"}


def test_it_reads_the_stops_of_a_tour_past_the_area_it_is_in():
    for area in ("في المنطقة", "في الشرق الأوسط"):
        text = f"واختتم الأخضر الإبراهيمي جولة {area} شملت الكويت والعراق وقطر."
        found = _stops(text, [BRAHIMI, KUWAIT, IRAQ, QATAR])
        assert found == {("kuwait", "held"), ("iraq", "held"), ("qatar", "held")}, area
    # a named place after «في» is where the tour is, not an area to pass over
    text = "واختتم الأخضر الإبراهيمي جولة في العراق شملت الكويت وقطر."
    found = _stops(text, [BRAHIMI, ("العراق", "iraq", PLACE), KUWAIT, QATAR])
    assert ("kuwait", "held") not in found


def test_it_reads_the_stops_past_also_and_then_but_not_past_perhaps():
    lavrov = person("سيرغي لافروف", "sergey-lavrov")
    text = "ويبدأ سيرغي لافروف غدا جولة إقليمية تشمل أيضا الكويت وقطر."
    assert _stops(text, [lavrov, KUWAIT, QATAR]) == {("kuwait", "planned"), ("qatar", "planned")}
    lebanon = ("لبنان", "lebanon", PLACE)
    text = "ويبدأ الأخضر الإبراهيمي غدا جولة تشمل الكويت والعراق ثم قطر وربما لبنان."
    found = _stops(text, [BRAHIMI, KUWAIT, IRAQ, ("قطر", "qatar", PLACE), lebanon])
    assert found == {("kuwait", "planned"), ("iraq", "planned"), ("qatar", "planned")}


def test_it_reads_no_stop_a_tour_is_not_said_to_make():
    lavrov = person("سيرغي لافروف", "sergey-lavrov")
    for hedge in ("لا تشمل", "لن تشمل", "قد تشمل"):
        text = f"ويقوم سيرغي لافروف بجولة في المنطقة {hedge} الكويت."
        assert _stops(text, [lavrov, KUWAIT]) == set(), hedge
    # «قد» before the perfect asserts the stops
    text = "واختتم سيرغي لافروف جولة في المنطقة قد شملت الكويت وقطر."
    assert _stops(text, [lavrov, KUWAIT, QATAR]) == {("kuwait", "held"), ("qatar", "held")}


def test_it_reads_the_places_a_tour_took_him_to_and_whose_tour_a_visit_comes_within():
    text = (
        "وتأتي زيارة الأخضر الإبراهيمي في سياق الجولة التي قادته الشهر الماضي إلى الكويت "
        "والعراق وقطر."
    )
    found = _stops(text, [BRAHIMI, KUWAIT, IRAQ, QATAR])
    assert found == {("kuwait", "held"), ("iraq", "held"), ("qatar", "held")}
    text = "وبدأ الأخضر الإبراهيمي جولة ستقوده إلى الكويت والعراق."
    assert _stops(text, [BRAHIMI, KUWAIT, IRAQ]) == {("kuwait", "planned"), ("iraq", "planned")}
    # a speaker telling of a delegation's tour makes none himself
    text = "قال الأخضر الإبراهيمي إن الوفد سيزور دمشق ضمن جولة تشمل الكويت والعراق."
    visits = [e for e in events_of(text, [BRAHIMI, KUWAIT, IRAQ]) if e.kind == "visit"]
    assert all("lakhdar-brahimi" not in e.participants for e in visits)
