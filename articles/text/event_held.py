"""Gatherings a verb holds with no one named holding them: a passive verb or an opening verb
after the gathering's name («أن الاجتماع المقبل سيعقد في مراكش», «الجولة المقبلة من
المحادثات ستنطلق في جنيف»), one before it («وعقد آخر اجتماع … في باريس») or a participle of
plan («للمحادثات السورية المقررة في منتجع سوتشي»). Pure Python: no Django."""

from articles.text import event_patterns as words
from articles.text.event_frame import HELD, PLANNED, Frame
from articles.text.event_gatherings import BRACKETS, NAME_WORDS, ORDINAL_RE, round_head
from articles.text.event_patterns import CONFERENCE, VISIT
from articles.text.event_sentences import ArticleText, Mention, Sentence, TriggerHit
from articles.text.event_tokens import COMMAS, QUOTE_MARKS, is_adjective, negated_adjective
from articles.text.mentions import ORGANIZATION

NAME_REACH = 10  # «الاجتماع المقبل لـ"أصدقاء الشعب السوري"»: a gathering's name, to its verb
_SUBJECT_LEADS = frozenset("ان بان لان كما فيما بينما حيث اذ".split())  # «أعلنت … أن»
_ORDER_WORDS = frozenset("اخر اول".split())  # «آخر اجتماع»: the last one, as definite as «ال»
# «الاجتماع السابق»: which gathering it is, so not the one the sentence before told
_WHICH_ONE_WORDS = frozenset(
    form + ending
    for form in "المقبل القادم السابق الاخير الماضي الجديد جديد المنصرم الفائت".split()
    for ending in ("", "ه", "ا")
)
_NAME_LINKS = frozenset("ل ضمن صيغه".split())  # «ضمن صيغة "أستانا"»
PLACE_PHRASE_REACH = 6  # «في العاصمة الكزاخية "استانا"»


def round_of_talks(article: ArticleText, hit: TriggerHit) -> bool:
    """«الجولة المقبلة ستعقد في نور سلطان», «الجولة الثالثة», «جولة أستانا المقبلة»: a round
    told by which one it is, which a verb may hold as talks; not «الجولة الخليجية المقبلة»,
    a tour."""
    following = hit.last + 1
    series = article.other_at.get(following)  # «جولة أستانا المقبلة»: which talks first
    if series is not None and series.first == following and not series.match.adjective:
        following = series.last + 1
    return (
        hit.pattern.kind == VISIT
        and article.word(hit.first, words.ROUND_WORDS)
        and following < len(article.tokens)
        and (
            article.word(following, _WHICH_ONE_WORDS)
            or ORDINAL_RE.fullmatch(article.tokens[following].form) is not None
            or article.tokens[following].form.isdigit()
        )
    )


def held_as_subject(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> Frame | None:
    """«أعلنت … أن الاجتماع المقبل ل"أصدقاء الشعب السوري" سيعقد في مدينة مراكش», «وعقد آخر
    اجتماع ل"أصدقاء سورية" في تموز الماضي في باريس», «للمحادثات السورية المقررة في منتجع
    سوتشي»: a gathering a passive or opening verb or a participle of plan holds where a place
    phrase says, no one named holding it; it is of the bodies its name names. A definite
    meeting, or a conference held in the past, is the one told before unless its name says
    which."""
    prefix = hit.groups.get("pre") or ""
    if hit.pattern.is_verb or hit.groups.get("cl"):
        return None
    first = hit.first - article.word(hit.first - 1, _ORDER_WORDS)
    # «في الاجتماع», «للاجتماع»: no subject of a verb, but a participle may still describe it
    governed = any(letter in prefix.replace("ال", "") for letter in "بلك")
    if (head := round_head(article, sentence, hit)) < hit.first:
        # «الجولة المقبلة من المحادثات ستنطلق في جنيف»: the round is the subject
        first, governed = head, article.tokens[head].form.startswith(("ب", "ل", "ك"))
    definite = "ال" in prefix or first < hit.first
    name_end, which, bodies = _past_name(article, sentence, hit.last + 1)
    which = which or first < hit.first
    if name_end is None:
        return None
    lead, verb = first - 1, None
    opening = name_end < sentence.last and words.OPENING_VERB.fullmatch(
        article.tokens[name_end].form
    )
    opens = lead < sentence.first or article.word(lead, _SUBJECT_LEADS)
    participle = article.word(name_end, words.PLANNED_AFTER)
    if participle:
        # «المقررة في سوتشي», «المقرر عقده في جنيف»: planned there, whatever governs the noun
        verb, after = name_end, name_end + 1 + article.word(name_end + 1, words.HOLDING_NOUNS)
    elif governed:
        return None
    elif lead >= sentence.first and article.word(lead, words.PASSIVE_HOLD_WORDS):
        verb_opens = lead == sentence.first or article.word(lead - 1, _SUBJECT_LEADS)
        if verb_opens and not article.word(lead, words.RELATIVE_WORDS):
            verb, after = lead, name_end  # «وعقد آخر اجتماع … في باريس»
    elif opens and (article.word(name_end, words.PASSIVE_HOLD_WORDS) or opening):
        verb, after = name_end, name_end + 1  # «أن الاجتماع المقبل سيعقد في مراكش»
    if verb is None:
        return None
    future = participle or article.word(verb, words.HOLDS_OR_WILL_HOLD_WORDS)
    if opening and verb == name_end:
        future = bool(opening.group("fut") or opening.group("imp"))  # «ستنطلق», «انطلقت»
    told = definite and not (which or bodies or participle)
    if told and not (future and hit.pattern.kind == CONFERENCE):
        return None  # «وعقد الاجتماع في جنيف», «أن اللقاء سيعقد في غازي عنتاب»: the one told
    place = _place_phrase(article, sentence, after)
    if place is None:
        return None
    frame = Frame(hit, CONFERENCE, sentence, span_last=max(place.last, name_end - 1))
    frame.span_first, frame.slot = min(first, verb), "held as subject"
    frame.others, frame.place = bodies, place.entity
    frame.status = PLANNED if future else HELD
    return frame


def _past_name(
    article: ArticleText, sentence: Sentence, index: int
) -> tuple[int | None, bool, list[Mention]]:
    """Past a gathering's name after its noun: where it ends, whether a word says which one
    it is, and the bodies it names; None for the end when a person or another event comes."""
    which, bodies, quoted = False, [], False
    limit = min(sentence.last, index + NAME_REACH)
    while index < limit:
        token = article.tokens[index]
        if index in article.person_at or article.is_trigger_word(index):
            return None, which, bodies
        mention = article.other_at.get(index)
        if mention is not None and mention.match.kind == ORGANIZATION:
            bodies.append(mention)
            index = mention.last + 1
            continue
        if token.form in QUOTE_MARKS or quoted:  # «ضمن صيغة "أستانا"»: a name, whatever it is
            quoted = quoted != (token.form in QUOTE_MARKS)
            index += 1
            continue
        if mention is not None and article.locative_lead(mention) is None:
            index = mention.last + 1  # «اجتماع أستانا»: a place that names it
            continue
        if token.is_in(words.BETWEEN_WORDS) and article.word(index + 1, words.GROUP_NOUNS):
            # «بين وفدي الحكومة والمعارضة»: sides named by no one, to the place phrase
            end = _past_unnamed_sides(article, sentence, index + 2)
            if end is None:
                return None, which, bodies
            index = end
            continue
        if token.is_in(_WHICH_ONE_WORDS) or ORDINAL_RE.fullmatch(token.form):
            which = True
        elif not (
            is_adjective(token)
            or negated_adjective(article.tokens, index)  # «الاجتماع غير العادي»
            or token.form.isdigit()
            or token.form in BRACKETS
            or token.is_in(_NAME_LINKS)
            or token.is_in(NAME_WORDS)  # «محادثات السلام السورية»
            or _agrees_with_plural(article, index)  # «المفاوضات المباشرة»
        ):
            break
        index += 1
    return index, which, list({m.entity: m for m in bodies}.values())


def _agrees_with_plural(article: ArticleText, index: int) -> bool:
    """«المفاوضات المباشرة», «المحادثات المغلقة»: a definite feminine word right after a
    definite plural noun is its adjective."""
    before, token = article.tokens[index - 1].form, article.tokens[index].form
    return (
        before.startswith("ال")
        and before.endswith("ات")
        and token.startswith("ال")
        and (token.endswith("ه"))
    )


SIDES_REACH = 5  # «بين وفدي الحكومة والمعارضة السورية»


def _past_unnamed_sides(article: ArticleText, sentence: Sentence, index: int) -> int | None:
    """Past the sides after «بين وفدي»: where a place phrase, a verb or a comma ends them;
    None when a person is named among them."""
    for position in range(index, min(sentence.last, index + SIDES_REACH)):
        if position in article.person_at:
            return None
        token = article.tokens[position]
        if token.is_in(words.LOCATIVE_WORDS) or token.form in COMMAS:
            return position
        if not (token.is_word and (token.form.startswith(("ال", "وال")) or token.adjective)):
            return position
    return None


def _place_phrase(article: ArticleText, sentence: Sentence, index: int) -> Mention | None:
    """The place of «في مدينة مراكش», «بجنيف» at `index`, past the date words and date phrases
    before it («في تموز الماضي في باريس»)."""
    while index < sentence.last:
        after = article.past_date_phrase(index, sentence.last)
        if after == index and article.word(index, words.LOCATIVE_WORDS):
            after = article.past_date_phrase(index + 1, sentence.last)
            after = index if after == index + 1 else after  # «في 12 كانون»: a date phrase
        if after == index:
            break
        index = after
    for position in range(index, min(sentence.last, index + PLACE_PHRASE_REACH)):
        place = article.other_at.get(position)
        if place is not None and article.is_event_place(place):
            return place if article.locative_lead(place) == index else None
    return None
