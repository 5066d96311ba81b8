"""Who makes a trip a sentence tells by a noun or a verb when no name stands beside it: the
one who wishes or is invited to visit, the one «يقوم بها», the head of a delegation, a
delegation named before its verb, the guest whose arrival a reception tells («لدى وصوله»);
and no one when what goes «إلى» a place is a message or words. Pure Python: no Django; for
articles.text.event_visits."""

import re

from articles.text import event_patterns as words
from articles.text.event_frame import Frame
from articles.text.event_messages import MESSAGE_WORDS
from articles.text.event_patterns import VISIT
from articles.text.event_sentences import ArticleText, Mention, Sentence, TriggerHit
from articles.text.mentions import ORGANIZATION, PLACE

MAKER_REACH = 5  # «زيارة هي الأولى من نوعها يقوم»: from the noun to «يقوم بها»
DELEGATION_REACH = 9  # «وفد روسي “رفيع المستوى” برئاسة»: from the delegation to who heads it
_BARE_WISH = frozenset("رغبه نيه".split())  # «رغبة في زيارة»: whose is not said


def wishes_to_visit(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> Mention | None:
    """«رغبة بيدرسون في زيارة دمشق», «أعرب بيدرسون عن رغبته في زيارة دمشق»: who wishes to
    make the visit («في» is no «during» here)."""
    if hit.pattern.is_verb or hit.groups.get("cl") or hit.first - 2 < sentence.first:
        return None
    if not article.word(hit.first - 1, words.LOCATIVE_WORDS):
        return None
    before = hit.first - 2
    person = article.person_at.get(before)
    if person is not None and article.word(person.first - 1, words.WISH_WORDS):
        return person
    form = article.tokens[before].form
    if article.word(before, words.WISH_WORDS) and form.endswith("ه") and form not in _BARE_WISH:
        return next(iter(article.people(sentence.first, before)), None)  # «رغبته»: his
    return None


# «قبل», «لبى», «رحب ب», «استجاب ل», «تلقى»: an invitation accepted or received
_ACCEPTS = re.compile(
    r"[وف]?(?:[يت]?(?:قبل|لبي|رحب|ستجيب|تلقي)|قبلت|لبت|رحبت|استجاب|استجابت|تلقت|تلبيه)"
)
INVITATION_REACH = 12  # «دعا المعلم وزير الخارجية العراقي إبراهيم الجعفري إلى زيارة»
ACCEPT_REACH = 8  # «قبل الرئيس الروسي فلاديمير بوتين دعوة»: the verb back from the invitation


def invited_visitor(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> Mention | None:
    """«دعا المعلم نظيره العراقي إبراهيم الجعفري إلى زيارة دمشق», «وجه دعوة إلى الرئيس
    رئيسي لزيارة دمشق»: the one invited, named last between the call and the visit."""
    if hit.groups.get("cl") or not (
        article.word(hit.first - 1, words.TO_WORDS) or hit.groups.get("pre") == "ل"
    ):
        return None
    for index in range(hit.first - 1, max(sentence.first, hit.first - INVITATION_REACH) - 1, -1):
        form = article.tokens[index].form
        if words.CALL_VERB.fullmatch(form):
            accepted = next(
                (
                    i
                    for i in range(index - 1, max(sentence.first, index - ACCEPT_REACH) - 1, -1)
                    if _ACCEPTS.fullmatch(article.tokens[i].form)
                ),
                None,
            )
            if accepted is not None:
                # «قبل بوتين دعوة الأسد لزيارة دمشق»: who accepts goes; the one named after
                # the invitation is who invites
                return next(iter(article.people(accepted + 1, index)), None)
            between = article.people(index + 1, hit.first)
            if len(between) == 1 and not form.endswith(("دعوه", "دعوت")):
                # «دعا الأسد إلى زيارة موسكو»: the one after the verb is who invites, unless
                # named right before it («الأسد دعا رئيسي إلى زيارة»; not «مكتب الجعفري فقد دعا»)
                return between[0] if index - 1 in article.person_at else None
            return next(iter(between), None)  # nearest the visit first
        if article.is_trigger_word(index):
            return None
    return None


def maker_of_visit(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> Mention | None:
    """«خلال زيارة (رسمية / هي الأولى) يقوم بها وزير الخارجية فيصل المقداد إلى القاهرة»:
    the visitor named after «يقوم بها»."""
    for index in range(hit.last + 1, min(sentence.last - 2, hit.last + MAKER_REACH)):
        form = article.tokens[index].form
        makes = words.MAKES_IT_VERB.fullmatch(form) is not None
        if makes or words.MADE_IT_VERB.fullmatch(form):
            if makes and article.tokens[index + 1].form not in words.MADE_THEM_WORDS:
                return None
            found, _ = article.scan_person(
                index + 1 + makes, sentence.last, stop_at_with=True, budget=0
            )
            # «اقتراح دي ميستورا … بعد زيارتين قام بهما إلى روسيا وإيران»: he, named before
            return found or next(iter(article.people(sentence.first, hit.first)), None)
        if index in article.person_at or article.is_trigger_word(index):
            return None
    return None


def head_of_delegation(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> Mention | None:
    """«ووصل وفد الأمم المتحدة الذي يترأسه دي ميستورا إلى سوتشي»: the delegation's head is
    who travels."""
    if not article.word(hit.last + 1, words.DELEGATION_WORDS):
        return None
    for index in range(hit.last + 2, min(sentence.last - 1, hit.last + DELEGATION_REACH)):
        heads = article.word(index, words.RELATIVE_WORDS) and words.HEADS_VERB.fullmatch(
            article.tokens[index + 1].form
        )
        if heads or words.HEADED_BY.fullmatch(article.tokens[index].form):
            found, _ = article.scan_person(  # «بقيادة سفيرها لدى الأمم المتحدة بشار الجعفري»
                index + 1 + bool(heads), sentence.last, stop_at_with=True, budget=2
            )
            return found
        if index in article.person_at or article.is_trigger_word(index):
            return None
    return None


DELEGATION_BODY_WORDS = 3  # «وفدا من [مجلس النواب] الأردني غادر»: the body's own words


def delegation_before(article: ArticleText, hit: TriggerHit) -> Mention | None:
    """The delegation right before a travel verb, as its subject: «إن وفدا من المعارضة
    السورية زار بكين», «وفد روسي وصل إلى طهران», «وفدا من مجلس النواب الأردني غادر»; a body
    or a state, never a person."""
    body = article.other_at.get(hit.first - 1)
    if body is None or body.last != hit.first - 1 or body.match.kind not in (ORGANIZATION, PLACE):
        return None
    if article.word(body.first, words.DELEGATION_WORDS):
        return body  # «وفد المعارضة السورية»
    lead = body.first - 1
    while lead > max(-1, body.first - 1 - DELEGATION_BODY_WORDS) and not (
        article.word(lead, words.DELEGATION_WORDS) or article.tokens[lead].form == "من"
    ):
        if lead in article.person_at or not article.tokens[lead].is_word:
            return None
        lead -= 1  # «مجلس النواب»: the body the adjective's state has
    if lead >= 0 and article.tokens[lead].form == "من":
        lead -= 1  # «وفدا من المعارضة»
    return body if article.word(lead, words.DELEGATION_WORDS) else None


GUEST_REACH = 12  # «حل وزير الخارجية الإيراني محمد جواد ظريف ضيفا على»: from «ضيفا» to «حل»


def guest_visit(
    article: ArticleText, sentence: Sentence, hit: TriggerHit, frame: Frame
) -> Frame | None:
    """«يحل لافروف ضيفا على دمشق», «حل وزير الخارجية الإيراني … ضيفا على بيروت»: the guest
    of the place after «على» visits it; the event is told by «حل», in its tense."""
    place = article.other_at.get(hit.last + 1)
    if place is None or place.first != hit.last + 1 or not article.is_event_place(place):
        return None  # «ضيفا على الرئيس»: a guest of someone, told as a meeting if at all
    verb_form = words.GUEST_VERB_PATTERN.words[0]
    start = max(sentence.first, hit.first - GUEST_REACH)
    verb = next(
        (
            i
            for i in range(hit.first - 1, start - 1, -1)
            if verb_form.fullmatch(article.tokens[i].form)
        ),
        None,
    )
    if verb is None or article.word(verb - 1, words.NEGATION_WORDS):
        return None  # «لن يحل ظريف ضيفا على بيروت»
    guest = article.scan_person(verb + 1, hit.first, stop_at_with=True)[0]
    guest = guest or article.person_before(verb, sentence.first)
    if guest is None:
        return None
    found = verb_form.fullmatch(article.tokens[verb].form)
    frame.hit = TriggerHit(words.GUEST_VERB_PATTERN, verb, verb, found.groupdict())
    frame.set_subject(guest)
    frame.place, frame.span_last = place.entity, place.last
    frame.span_first = min(verb, guest.first)
    return frame


SENT_REACH = 8  # «أوفد الملك وزير الخارجية أيمن الصفدي إلى دمشق»: from the one sent to «إلى»


def sent_visit(
    article: ArticleText, sentence: Sentence, hit: TriggerHit, frame: Frame
) -> Frame | None:
    """«أوفد بوتين مبعوثه الخاص لافرنتييف إلى دمشق», «أوفد الملك وزير الخارجية أيمن الصفدي
    إلى دمشق»: the one sent visits the place after «إلى»; who sends him stays at home."""
    sender = article.subject_of_verb(sentence, hit, budget=1)
    start = sender.last + 1 if sender is not None and sender.first > hit.last else hit.last + 1
    sent, _ = article.scan_person(start, sentence.last, stop_at_with=True, budget=2)
    if sent is None or (sender is not None and sent.entity == sender.entity):
        return None
    for index in range(sent.last + 1, min(sentence.last - 1, sent.last + SENT_REACH)):
        place = article.other_at.get(index + 1)
        if article.word(index, words.TO_WORDS) and place is not None and place.first == index + 1:
            if not article.is_event_place(place):
                return None
            frame.set_subject(sent)
            frame.place, frame.span_last = place.entity, place.last
            return frame
    return None


HEADLINE_VISIT = words.TriggerPattern(words.VISIT, (), is_verb=False)


def headline_visit(
    article: ArticleText,
    visitor: tuple[str, str] | None,
    frames: list[Frame],
    countries: dict[str, str],
    states_of: dict[str, frozenset[str]],
) -> Frame | None:
    """«لافروف في دمشق لبحث التسوية» over a lead that tells him meeting someone with no other
    place: the person a headline opens on «في» a city is visiting it (not a city of his own
    state), as the lead's event is held or planned. The lead is its evidence."""
    if visitor is None:
        return None
    person, city = visitor
    if countries.get(city, city) in states_of.get(person, frozenset()):
        return None  # «الأسد في حلب»: at home
    lead = next((s for s in article.sentences if not s.headline), None)
    told = [
        f
        for f in frames
        if lead is not None
        and f.sentence is lead
        and f.kind in (words.MEETING, words.CONFERENCE, words.VISIT)
        and person in f.participants
        and f.place in (None, city, countries.get(city))  # «زيارته إلى سوريا»: there too
        and not f.background
    ]
    if not told:
        return None  # an analysis («أردوغان في سوريا.. حسابات»), elsewhere, or denied
    named = told[0].subject if told[0].subject and told[0].subject.entity == person else None
    named = named or next(m for m in told[0].members if m.entity == person)
    hit = TriggerHit(HEADLINE_VISIT, named.first, named.last, {})
    frame = Frame(hit, words.VISIT, lead, span_last=named.last)
    frame.set_subject(named)
    frame.place, frame.status, frame.date = city, told[0].status, told[0].date
    return frame


# What is said or sent «إلى» someone: «توجه بالشكر / بالتحية / بنداء», «وصلت رسالة»
_ADDRESSED = frozenset("شكر تحيه تهنئه نداء كلمه رساله رسائل خطاب طلب حديث تعازي برقيه".split())
_MESSAGES = MESSAGE_WORDS | {"برقيه", "رسالته"}
ADDRESSED_REACH = 10  # «وتوجه الأمين العام للأمم المتحدة بان كي مون بنداء»


def addressed_not_travelled(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> bool:
    """Whether what goes «إلى» the place is a message or a word, not the traveller: right
    after the verb («وصلت رسالة»), or behind «ب» before «إلى» («بالتحية إلى»); a message
    that is the verb's subject («إن رسالة بوتين وصلت دمشق», «وصلت إلى دمشق رسالة من
    بوتين»)."""
    index = hit.first - 1  # «رسالة [من] الرئيس بشار الأسد وصلت»: over whose it is
    while index >= sentence.first and (
        index in article.person_at
        or article.tokens[index].title_like
        or article.word(index, words.FROM_WORDS)
    ):
        index -= 1
    if (
        index >= sentence.first
        and article.word(index, _MESSAGES)
        and (index == sentence.first or article.word(index - 1, words.THAT_WORDS))
    ):
        return True  # the message is the clause's subject, not «بعد تسليمه رسالة … وصل»
    end = min(sentence.last, hit.last + 1 + ADDRESSED_REACH)
    traveller = False  # «وصل لافروف حاملا رسالة من بوتين»: the one who arrives comes first
    for index in range(hit.last + 1, end):
        token = article.tokens[index]
        traveller = traveller or index in article.person_at
        if token.is_in(_MESSAGES) and article.word(index + 1, words.FROM_WORDS) and not traveller:
            return True  # «وصلت إلى دمشق رسالة من بوتين»
        if token.is_in(words.TO_WORDS):
            continue
        if not token.is_in(_ADDRESSED) or index in article.other_at:
            continue
        before_to = not article.any_word(hit.last + 1, index, words.TO_WORDS)
        # «وصل برسالة (من بوتين)»: one arrives carrying it
        carried = article.word(index + 1, words.FROM_WORDS) or (
            hit.pattern.arrives and token.is_in(_MESSAGES)
        )
        if before_to and (index == hit.last + 1 or token.form.startswith("ب") and not carried):
            return True
    return False


def drop_hosts_from_trips(
    frames: list[Frame], countries: dict[str, str], states_of: dict[str, frozenset[str]]
) -> None:
    """«وصل دي ميستورا إلى دمشق برفقة نائب وزير الخارجية فيصل المقداد»: one who acts for
    the state visited and comes along with a foreign visitor is his host, not a traveller."""
    for frame in frames:
        if frame.kind != VISIT or frame.subject is None or not frame.others or not frame.place:
            continue
        state = countries.get(frame.place, frame.place)
        if state in states_of.get(frame.subject.entity, ()):
            continue  # «زار الأسد حلب برفقة …»: a trip at home, with whoever comes along
        frame.others = [
            m
            for m in frame.others
            # who comes along is told after the destination; «وصل لافروف وظريف إلى طهران»
            # are both travellers, whoever is named first
            if m.first < frame.span_last or state not in states_of.get(m.entity, ())
        ]


def arriving_guest(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> Mention | None:
    """Whom «his» stands for in «لدى وصوله»: after a reception that names its guest, the
    one named last between them, not who received him («واستقبل المقداد لافروف عند وصوله»,
    «وكان في استقبال لافروف لدى وصوله إلى مطار دمشق نائب وزير الخارجية»); after a verb of
    saying, its subject («وقال لافروف لدى وصوله»). None otherwise: the clause's subject
    arrives («التقى لافروف الأسد فور وصوله»), or the guest is a pronoun («في استقباله»)."""
    verb = next(
        (i for i in range(hit.first - 1, sentence.first - 1, -1) if article.is_trigger_word(i)),
        None,
    )
    if verb is None:
        return None
    received = any(p.hosts_visit or p.is_reception for p, _ in article.tokens[verb].heads)
    if received and not _RECEIVED_HIM_RE.search(article.tokens[verb].form):
        # the nearest, not one joined on to him («الرئيس بشار الأسد وعقيلته أسماء الأسد»)
        return next(
            (
                person
                for person in article.people(verb + 1, hit.first)
                if not person.match.prefix.startswith("و")
                and not article.tokens[person.first - 1].form.startswith("و")
            ),
            None,
        )
    if verb in article.statement_verbs(sentence):
        return next(iter(article.people(verb + 1, hit.first, nearest_to_last=False)), None)
    return None


_RECEIVED_HIM_RE = re.compile(r"ستقبا?ل(?:ه|ها|هم|هما)$")  # «في استقباله»: a pronoun guest
