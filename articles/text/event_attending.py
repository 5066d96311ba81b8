"""Who attends a gathering the sentence names: «وسيشارك المقداد في اجتماع … في القاهرة»,
«شارك كيري ونظيره الروسي لافروف في مؤتمر فيينا», «يعتزم الأسد المشاركة في القمة العربية التي
تستضيفها جدة». Pure Python: no Django; for articles.text.events."""

import re

from articles.text import event_patterns as words
from articles.text.event_frame import Frame
from articles.text.event_gatherings import conference_frame, past_gathering_name, round_head
from articles.text.event_patterns import CONFERENCE
from articles.text.event_sentences import ArticleText, Mention, Sentence, TriggerHit
from articles.text.event_tokens import COMMAS, is_adjective, negated_adjective


def attended_gathering(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> Frame | None:
    """«إنه سيحضر محادثات السلام السورية في آستانة غدا», «وسيشارك المقداد في اجتماع … في
    القاهرة»: a gathering someone named attends (or «he», the one named last) where the
    sentence holds it. Not a gathering told before («يشارك في الاجتماع»)."""
    named_after = hit.last + 1
    while named_after < sentence.last and (
        is_adjective(article.tokens[named_after]) or negated_adjective(article.tokens, named_after)
    ):
        named_after += 1  # «الدورة غير العادية لمجلس الجامعة»: whose, past what kind
    where = None
    if "ال" in (hit.groups.get("pre") or "") and not article.other_at.get(named_after):
        # «أن يشارك الإبراهيمي في الاجتماع»: the one told before; but not «في الاجتماع
        # الدولي حول سوريا الذي عقد في فيينا», which the sentence itself says where it is
        where = held_where(article, sentence, named_after)
        if where is None:
            return None
    head = round_head(article, sentence, hit)  # «في أعمال الدورة», «في الجولة الثالثة من»
    verb = head - 1 - article.word(head - 1, words.LOCATIVE_WORDS)
    attender = article.person_at.get(verb) or _named_before_title(article, sentence, verb)
    joined = []  # «شارك وزير الخارجية الأمريكي جون كيري ونظيره الروسي سيرغي لافروف في»
    if verb > sentence.first and article.word(verb, _ATTENDING_NOUNS):
        # «يعتزم الرئيس بشار الأسد المشاركة في القمة»: who intends to attend
        attender = article.person_before(verb, sentence.first, verb=False)
    elif attender is not None:
        verb = attender.first - 1  # «وسيحضر ستافان دي ميستورا محادثات»
        while verb > sentence.first:
            if (before := article.person_at.get(verb)) is not None:
                if _joins(article, attender if not joined else joined[0], before):
                    joined.insert(0, before)
                    verb = before.first - 1
                    continue
                break
            if not (article.tokens[verb].title_like or verb in article.other_at):
                break
            verb -= 1  # «ويشارك وزير الخارجية السعودي عادل الجبير في اجتماع», «الأمين العام
            # لمنظمة التعاون الإسلامي إياد مدني»
    if article.any_word(max(sentence.first, verb - 5), verb, _NOT_ATTENDING):
        return None  # «لا يعتزم الأسد المشاركة في», «عدم حضور بوتين», «يأمل المشاركة»
    attending = verb >= sentence.first and (
        words.ATTEND_VERB.fullmatch(article.tokens[verb].form)
        or article.word(verb, _ATTENDING_NOUNS)
    )
    if not attending:
        return None
    if hit.groups.get("cl") or words.PRESS_WORD.fullmatch(article.tokens[hit.last].form):
        return None  # «حضر لقاءه», «يحضر مؤتمرا صحفيا»
    if attender is None and article.word(verb - 1, words.HE_WORDS):
        attender = next(iter(article.people(sentence.first, verb - 1)), None)
    if attender is None and (before := article.person_at.get(verb - 1)) is not None:
        attender = before  # «… أيمن الصفدي شارك في اجتماع»; not a name further back
    if attender is None or not article.is_participant(attender):
        return None
    frame = Frame(hit, CONFERENCE, sentence, span_last=hit.last)
    gathering = conference_frame(article, sentence, hit) if hit.pattern.names_conference else None
    if gathering:  # «وشارك المقداد في اجتماع وزراء الخارجية العرب في القاهرة»
        frame.others, frame.place = list(gathering.others), gathering.place
    else:  # «محادثات السلام السورية في آستانة»: the place after its name
        indefinite = not hit.groups.get("pre")
        frame.span_last = past_gathering_name(article, sentence, hit.last + 1, indefinite) - 1
        place = article.other_at.get(frame.span_last + 2)
        if article.word(frame.span_last + 1, words.LOCATIVE_WORDS) and place is not None:
            frame.place = place.entity if article.is_event_place(place) else None
    frame.place = frame.place or (where and where.entity)
    if frame.place is None:
        return None  # who attends what, where the text does not say, is left to the rest
    if joined:
        attender, joined = joined[0], [*joined[1:], attender]
    frame.set_subject(attender)
    taken = {m.entity for m in frame.members}
    frame.others.extend(m for m in joined if article.is_participant(m) and m.entity not in taken)
    frame.span_first = min(verb, attender.first)
    return frame


_NOT_ATTENDING = words.NEGATION_WORDS | words.HOPE_WORDS | frozenset("عدم بعدم".split())
_ATTENDING_NOUNS = frozenset("المشاركه بالمشاركه حضور".split())  # after «يعتزم», «قرر»
HELD_WHERE_REACH = 6  # «في الاجتماع الدولي حول سوريا الذي عقد في فيينا»: to «في»
_HELD_RE = re.compile(r"(?:[يت]?(?:ن)?عقد|انعقد|عقدت|انعقدت|اقيم|اقيمت|[يت]قام)")
_HOSTS_IT_RE = re.compile(r"(?:[يت]ستضيف|استضاف(?:ت)?|[يت]حتضن|احتضن(?:ت)?)(?:ه|ها)")


def held_where(article: ArticleText, sentence: Sentence, index: int) -> Mention | None:
    """The place «في» ties a definite gathering to right after its name and topic, or after
    «الذي عقد»: the gathering is this sentence's own, not one told before."""
    end = min(sentence.last - 1, index + HELD_WHERE_REACH)
    while index < end:
        token = article.tokens[index]
        if token.is_in(words.LOCATIVE_WORDS):
            place = article.other_at.get(index + 1)
            if place is not None and place.first == index + 1 and article.is_event_place(place):
                return place
            return None
        if token.is_in(words.RELATIVE_WORDS) and _HELD_RE.fullmatch(article.tokens[index + 1].form):
            index += 2
            continue
        if token.is_in(words.RELATIVE_WORDS) and _HOSTS_IT_RE.fullmatch(
            article.tokens[index + 1].form
        ):
            # «في الاجتماع الوزاري العربي الذي تستضيفه عمّان»: the city that hosts it
            place = article.other_at.get(index + 2)
            if place is not None and place.first == index + 2 and article.is_event_place(place):
                return place
            return None
        if (
            not token.is_word
            or index in article.person_at
            or article.is_trigger_word(index)
            or token.is_in(words.CLAUSE_END_WORDS)
        ):
            return None
        index += 1
    return None


def _joins(article: ArticleText, later: Mention, earlier: Mention) -> bool:
    """Whether «و» joins the person named `later` on to `earlier` before him, over `later`'s
    title: «جون كيري ونظيره الروسي سيرغي لافروف», «كيري ولافروف»."""
    opener = later.first
    while opener > earlier.last + 1 and article.tokens[opener - 1].title_like:
        opener -= 1
    return opener == earlier.last + 1 and article.tokens[opener].form.startswith("و")


TITLE_AFTER_NAME_REACH = 10  # «يشارك سامح شكري وزير الخارجية، السبت 14 نوفمبر، في»


def _named_before_title(article: ArticleText, sentence: Sentence, index: int) -> Mention | None:
    """The person named before the title, commas and day that end at `index`: «سامح شكري
    وزير الخارجية، السبت 14 نوفمبر،» before «في اجتماع»."""
    dated = {
        position
        for first, last in article.date_last.items()
        if sentence.first <= first <= index
        for position in range(first, last + 1)
    }
    for position in range(index, max(sentence.first, index - TITLE_AFTER_NAME_REACH) - 1, -1):
        if (person := article.person_at.get(position)) is not None:
            return person
        token = article.tokens[position]
        if not (
            token.title_like
            or token.form in COMMAS
            or position in article.other_at
            or position in dated
            or token.is_in(words.DATE_WORDS)
        ):
            return None
    return None
