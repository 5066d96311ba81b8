"""Tours: where «جولة» starts («استهل جولته من القاهرة») and the places it takes in («جولة
تشمل السعودية والإمارات»), for articles.text.event_visits. Pure Python: no Django."""

import re

from articles.text import event_patterns as words
from articles.text.event_sentences import ArticleText, Mention, Sentence, TriggerHit
from articles.text.event_tokens import COMMAS, is_adjective


def tour_start(article: ArticleText, hit: TriggerHit) -> int | None:
    """The «من» of «استهل لافروف جولته (الإقليمية) من القاهرة»: his tour that starts in a
    place, right after its adjectives; None for a round «من المحادثات», «الجولة الرابعة من
    جنيف»."""
    if hit.groups.get("cl") not in ("ه", "ها"):
        return None
    index = hit.last + 1
    while index < hit.last + 3 and is_adjective(article.tokens[index]):
        index += 1
    place = article.other_at.get(index + 1)
    if not article.word(index, words.FROM_WORDS) or place is None or place.first != index + 1:
        return None
    return index if article.is_event_place(place) else None


_NISBA_RE = re.compile(r"\w{3,}يه")
TOUR_STOPS = 8  # «جولة إقليمية تشمل السعودية والإمارات وقطر وسلطنة عمان والكويت …»
_ALSO_WORDS = frozenset(("ايضا",))  # «تشمل أيضا قطر»
_THEN_WORDS = frozenset(("ثم",))  # «الكويت وبغداد ثم الإمارات»
TOUR_AREA_WORDS = 2  # «جولة في المنطقة تشمل», «جولة في الشرق الأوسط تشمل»
_MAY_WORDS = frozenset(("قد",))  # «قد تشمل»: the stops it may make


def tour_stops(
    article: ArticleText, sentence: Sentence, hit: TriggerHit
) -> tuple[int, list[Mention]] | None:
    """(the verb, the places) of «جولة تشمل تركيا», «جولته الخليجية التي شملت الإمارات
    والسعودية وقطر»: each place a tour takes in is visited."""
    index = hit.last + 1
    while index < sentence.last and (
        is_adjective(article.tokens[index])
        or _NISBA_RE.fullmatch(article.tokens[index].form)  # «جولة إقليمية», «جولة خليجية»
        or article.word(index, words.RELATIVE_WORDS)
        or article.tokens[index].form in COMMAS
    ):
        index += 1
    index = _past_tour_area(article, sentence, index)
    if index + 1 >= sentence.last or not words.TOUR_TAKES.fullmatch(article.tokens[index].form):
        return None
    verb, index = index, index + 1 + article.word(index + 1, _ALSO_WORDS)  # «تشمل أيضا»
    index = article.past_date_phrase(index, sentence.last)  # «قادته الشهر الفائت إلى»
    index += article.word(index, words.TO_WORDS)
    stops: list[Mention] = []
    while len(stops) <= TOUR_STOPS and index < sentence.last:
        if stops and article.tokens[index].form in COMMAS:
            index += 1
            continue
        then = bool(stops) and article.word(index, _THEN_WORDS)  # «الكويت وبغداد ثم الإمارات»
        place = article.other_at.get(index + then)
        if (
            place is None
            or place.first != index + then
            or not article.is_event_place(place)
            or place.match.adjective
            or (stops and not then and not place.match.prefix.startswith("و"))
        ):
            break
        stops.append(place)
        index = place.last + 1
    return (verb, stops) if stops else None


def _past_tour_area(article: ArticleText, sentence: Sentence, index: int) -> int:
    """Past «في المنطقة» («في» and one or two words naming no one and nowhere) between a
    tour and what it takes in; `index` when none is there, or when a negation or «قد»
    stands before the verb («في المنطقة لا تشمل السعودية»)."""
    if not article.word(index, words.LOCATIVE_WORDS):
        return index
    for after in range(index + 2, min(sentence.last, index + 2 + TOUR_AREA_WORDS)):
        if words.TOUR_TAKES.fullmatch(article.tokens[after].form):
            between = range(index + 1, after)
            named = any(i in article.other_at or i in article.person_at for i in between)
            # «قد تشمل» may; «قد شملت» did
            perfect = not words.TOUR_TAKES.fullmatch(article.tokens[after].form)["imp"]
            hedged = article.any_word(index + 1, after, words.NEGATION_WORDS) or (
                not perfect and article.any_word(index + 1, after, _MAY_WORDS)
            )
            return index if named or hedged else after
    return index
