"""Who takes part in an event noun's event when the phrase names them around the noun
rather than after it: the receiver before «في استقبال», the two before «خلال اتصال», the
visitor whose visit opens «بلقاء», the guest told by his title alone (for
articles.text.event_nouns); the traveller whose programme a verb after it goes on to tell (for
event_participants). Pure Python: no Django."""

from articles.text import event_patterns as words
from articles.text.event_patterns import VISIT
from articles.text.event_sentences import ArticleText, Mention, Sentence, TriggerHit
from articles.text.event_tokens import COMMAS
from articles.text.mentions import PLACE

_GUEST_TITLES = frozenset("الوزير الرئيس الضيف المبعوث الملك الامير".split())


def guest_told_by_title(
    article: ArticleText, sentence: Sentence, hit: TriggerHit, index: int
) -> bool:
    """«وكان في استقبال الوزير والوفد المرافق له في مطار جدة …»: the guest the text has
    told, by his title alone, as «في استقباله» would."""
    if not hit.pattern.is_reception or not article.word(index, _GUEST_TITLES):
        return False
    after = index + 1
    return after < sentence.last and not (
        after in article.person_at or after in article.other_at or article.tokens[after].title_like
    )


# «كان», «وكان», «وسيكون» (a token's proclitics are taken off before it is compared)
_WAS_WORDS = frozenset("كان كانت يكون سيكون".split())
_THAT_WORDS = words.THAT_WORDS | frozenset("انه بان".split())  # «أن», «أنه», «بأن»
RECEIVER_REACH = 6  # «وكان وزير الخارجية السوري فيصل المقداد في استقبال»: «كان» to the name


def receiver_before(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> Mention | None:
    """«وكان وزير الخارجية فيصل المقداد في استقبال نظيره الإماراتي», «إن الأسد كان في
    استقبال لافروف», «الجعفري، الذي كان في استقبال نظيره»: who receives, named as the
    subject of «كان» right before «في استقبال»."""
    before = hit.first - 2
    if not article.word(hit.first - 1, words.LOCATIVE_WORDS):
        return None
    if before >= sentence.first and article.tokens[before].form in _WAS_WORDS:
        # «الأسد كان في استقبال»; not «التقى الأسد ظريف وكان في استقبال …», a new clause
        before -= 1
        if article.word(before, words.RELATIVE_WORDS):  # «الجعفري، الذي كان في استقبال»
            before -= 1 + (before > sentence.first and article.tokens[before - 1].form in COMMAS)
        receiver = article.person_at.get(before)
        fits = receiver is not None and receiver.last == before and receiver.first >= sentence.first
        return receiver if fits else None
    receiver = article.person_at.get(before)
    if receiver is None or receiver.last != before or receiver.first < sentence.first:
        return None
    start = max(sentence.first, receiver.first - RECEIVER_REACH)
    return receiver if article.any_word(start, receiver.first, _WAS_WORDS) else None


# «خلال», «في», «عبر», and «عقب» («وقال لافروف وكيري عقب محادثات في موسكو»)
_DURING_OR_IN = words.DURING_WORDS | words.LOCATIVE_WORDS | words.AFTER_WORDS | frozenset(("عبر",))
_WHICH = frozenset("التي الذي اللذين اللتين".split())


def _named_after(article: ArticleText, index: int) -> bool:
    """Whether the two tokens after a noun name its own parties: a person, a body or «التي»
    («محادثات جنيف التي جمعت …»); a place alone is only where («بعد محادثات الكرملين»)."""
    for at in (index, index + 1):
        other = article.other_at.get(at)
        if (
            at in article.person_at
            or (other is not None and other.match.kind != PLACE)
            or article.word(at, _WHICH)
        ):
            return True
    return False


PAIR_REACH = 8  # «بوتين ونظيره التركي رجب طيب أردوغان خلال»: from the noun back to the first


def pair_right_before(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> list[Mention]:
    """«X وY خلال اتصال هاتفي»: the two names «و» joins right before «خلال», «في», «عبر», «بعد»;
    not the objects of an event verb before them («التقى ظريف الأسد والمعلم في اجتماع»), nor
    of anyone named before them."""
    lead = hit.first - 1
    second = article.person_at.get(lead - 1)
    if not article.word(lead, _DURING_OR_IN) or second is None or second.last != lead - 1:
        return []
    if article.word(lead, words.AFTER_WORDS) and _named_after(article, hit.last + 1):
        return []  # «وقال المعلم والمقداد بعد محادثات جنيف التي جمعت كيري ولافروف»: others'

    first = article.person_at.get(second.first - 1)
    position = second.first - 1
    while first is None and max(sentence.first, hit.first - PAIR_REACH) < position:
        token = article.tokens[position]  # «بوتين ونظيره التركي أردوغان»: over the title
        if not (token.title_like or token.form in COMMAS or token.form == "و"):
            return []
        position -= 1
        first = article.person_at.get(position)
    if first is None or first.last != position or first.entity == second.entity:
        return []
    joined = second.match.prefix.startswith("و") or any(
        article.tokens[i].form.startswith("و") for i in range(position + 1, second.first)
    )
    # «وقال لافروف وكيري خلال لقاء في جنيف»: a verb of saying before them makes them its
    # speakers, not an event's objects
    said = set(article.statement_verbs(sentence))
    if not joined or any(
        article.is_trigger_word(i) and i not in said for i in range(sentence.first, position)
    ):
        return []
    # «هنأ الأسد بوتين وروحاني في اتصال»: whom someone named before called; but «وأوضح
    # بيسكوف أن الرئيسين بوتين وأردوغان خلال اتصال»: whoever speaks, in a clause before
    that = max(
        (i for i in range(sentence.first, first.first) if article.word(i, _THAT_WORDS)),
        default=sentence.first - 1,
    )
    return [] if article.people(that + 1, first.first) else [first, second]


VISIT_LEAD_REACH = 7  # «زيارته الرسمية إلى العاصمة السورية دمشق بلقاء»: visit to «بلقاء»


def right_after_a_visit(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> bool:
    """Whether a visit noun or verb stands just before the meeting noun, nothing but its
    destination between: the visit begins or ends with that meeting."""
    for index in range(hit.first - 1, max(sentence.first, hit.first - VISIT_LEAD_REACH) - 1, -1):
        heads = article.tokens[index].heads
        # not «الجولة السادسة للمحادثات»: a round of talks, not a trip
        if any(pattern.kind == VISIT and not pattern.tours for pattern, _ in heads):
            return True
        if article.is_trigger_word(index) or article.tokens[index].form in COMMAS:
            return False
    return False


def bare_preposition(prefix: str) -> str:
    """A noun's proclitics without the conjunction: «ب» for «وبلقاء», «بال» for «بالقمة»."""
    return prefix[1:] if prefix[:1] in ("و", "ف") else prefix


def visitors_before(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> list[Mention]:
    """Whose trip the programme before a masculine verb tells: «برنامج زيارة وزير الخارجية
    السوري، فيصل المقداد، سيبدأ صباح الغد، وسيلتقي»; not «وستلتقي اللجنة»."""
    verb = article.tokens[hit.first].form.lstrip("وف").removeprefix("س")
    if not hit.pattern.is_verb or verb.startswith("ت") or hit.last + 1 in article.other_at:
        return []
    trips = [
        trip
        for trip in article.triggers(sentence)
        if trip.pattern.kind == VISIT
        and not trip.pattern.is_verb
        and trip.last < hit.first
        and (
            article.word(trip.first - 1, _PROGRAMME_WORDS)
            or (  # «جدول أعمال زيارة بوغدانوف»
                article.word(trip.first - 1, _WORKS)
                and article.word(trip.first - 2, _PROGRAMME_WORDS)
            )
        )
    ]
    found = [
        article.scan_person(trip.last + 1, hit.first, stop_at_with=True, budget=0)[0]
        for trip in trips
    ]
    return [visitor for visitor in found if visitor is not None]


_PROGRAMME_WORDS = frozenset("برنامج جدول اجنده".split())  # «برنامج زيارة المقداد»
_WORKS = frozenset(("اعمال",))
