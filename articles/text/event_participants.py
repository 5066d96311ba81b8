"""Who an event's sentence leaves implicit: the owner of a clitic, «الوزيران», a subject
dropped or given in the sentence before, the traveller a meeting is for. Pure Python."""

import re
from bisect import bisect_left

from articles.text import event_patterns as words
from articles.text.event_attending import held_where
from articles.text.event_frame import Frame
from articles.text.event_noun_parties import visitors_before
from articles.text.event_patterns import CONFERENCE, MEETING, PHONE_CALL, VISIT
from articles.text.event_sentences import ArticleText, Mention, Sentence, TriggerHit
from articles.text.event_tokens import COMMAS, QUOTE_MARKS, QUOTE_PAIRS, is_adjective
from articles.text.mentions import PLACE

_AFTER_DROPPED_SUBJECT = words.AFTER_DROPPED_SUBJECT | words.DATE_WORDS
_UNNAMED_SUBJECT_WORDS = frozenset("الوزير الرئيس المبعوث سلسله جوله".split())
_UNNAMED_VISITOR_WORDS = frozenset(
    "المسؤول الوزير الرئيس المبعوث الموفد الضيف مبعوث موفد وزير رئيس".split()
)
_HE_OR_WHERE = words.HE_WORDS | words.WHERE_WORDS
TITLE_REACH = 5  # «مساعد وزير الخارجية الإيراني» before a name
OPENING_PHRASE = 3  # «وفي ختام زيارته»: how far into its sentence a possessive noun opens it


def complete_participants(
    article: ArticleText, frame: Frame, frames: list[Frame], earlier: list[Frame]
) -> None:
    """Fill in who the text leaves implicit: a clitic's owner, «الوزيران», a dropped subject."""
    sentence, hit = frame.sentence, frame.hit
    if frame.slot == "dual" or (frame.slot == "clitic" and hit.groups.get("cl") in ("هما", "هم")):
        people = article.people(sentence.first, hit.first)[:2]
        last = [f for f in earlier if f.kind in (MEETING, PHONE_CALL)][-1:]
        previous = [m for f in last for m in f.members]
        # «التقى الصباغ بنظيره السعودي … والمصري …، وخلال اللقاء، ناقش الجانبان»: the
        # meeting the sentence has told, all its members
        same = [
            f
            for f in frames
            if f is not frame
            and f.kind in (MEETING, PHONE_CALL)
            and f.hit.first < hit.first
            and {p.entity for p in people} <= set(f.participants)
        ]
        if same:
            frame.others, frame.kind = list(same[-1].members), same[-1].kind
            return
        if not people and not previous and sentence.index > 0:
            # «أعلن بان قبول استقالة الإبراهيمي. وخلال مؤتمر صحفي مشترك بين الرجلين»: the two
            # the sentence before named first, not those its last clause names («أن أردوغان
            # وبوتين اتفقا … على عقد قمة … تجمع زعماء تركيا وروسيا وإيران»)
            told = article.sentences[sentence.index - 1]
            people = article.people(told.first, told.last, nearest_to_last=False)[:2]
        if len(people) == 2 or not {p.entity for p in people} <= {m.entity for m in previous}:
            frame.others = people  # «الإبراهيمى ... لعمرو خلال لقائهما»
        else:
            frame.others = previous  # «الوزيران»: the two people of the previous event
            if last and frame.kind == MEETING:
                frame.kind = last[0].kind  # «وبحث الطرفان» after a call goes on telling the call
        return
    if not frame.needs_subject:
        return
    taken = {m.entity for m in frame.others}
    subjects = [f.subject for f in frames if f is not frame and f.subject]
    # «وصل … إلى دمشق. وكان في استقباله المقداد»: the visitor; but «خلال استقباله العربي»
    # is the receiving of his own guest
    if hit.pattern.is_reception and not article.word(hit.first - 1, _RECEIVING_LEADS):
        visits = [f for f in [*earlier, *frames] if f.kind == VISIT]
        candidates = [
            m for f in visits if sentence.index - f.sentence.index in (0, 1) for m in f.members
        ][::-1]
        if not candidates and visits:
            # «… وقال ظريف بعد هبوط طائرته في بغداد. وكان في استقباله زيباري»: the visitor
            # the last sentence spoke of
            candidates = [article.topic(sentence.index - 1)]
        if frame.slot == "titled":
            # «في استقبال الرئيس»: the one visitor who may bear that title, else no one
            title = article.tokens[hit.last + 1].form
            fits = [m for m in candidates if m and _bears(article, m, title)]
            candidates = fits if len({m.entity for m in fits}) == 1 else []
    elif frame.kind == VISIT and hit.groups.get("cl") and (guests := _received(frames, frame)):
        # «لدى استقباله وزير الخارجية الإيراني … والوفد المرافق له في زيارته إلى دمشق»: the
        # guest's visit
        candidates = guests
    elif hit.groups.get("cl") or frame.slot == "during":
        # «مباحثاته», «خلال لقاء المقداد»: the clause's subject, else the nearest name before
        owners = [s for s in subjects if s.first < hit.first]
        # «وفي ختام زيارته إلى موسكو، التقى ظريف بوتين»: the subject the phrase leads to
        later = [s for s in subjects if s.first > hit.first]
        opens_clause = _opens_quoted_clause(article, frame)
        if hit.first - sentence.first <= OPENING_PHRASE or opens_clause:
            # «وخلال لقائه مع ظريف في طهران، قال الأسد», «وأوضحت أنه "عقب لقائه مع الأسد،
            # يعقد شكري …"»: the main clause's subject
            later += article.people(frame.span_last + 1, sentence.last, nearest_to_last=False)[:1]
        # «كما عقد الوفد التركي أول اجتماعاته مع بيدرسون»: the delegation its verb names
        held_by = article.support_verb_subject(sentence, hit) if not hit.pattern.is_verb else None
        before = owners + article.people(sentence.first, hit.first)
        candidates = (
            informant(article, sentence, hit)
            + [m for m in [held_by] if m is not None and m.last < hit.first]
            + (later + before if opens_clause else before + later)
            + [article.topic(sentence.index - 1)]
        )
    elif frame.slot == "joined":  # «وصل المعلم إلى طهران والتقى ظريف»: the verb before's
        before = [f for f in frames if f is not frame and f.hit.first < hit.first]
        candidates = [f.subject for f in before[::-1]]
        if not before:
            # «أن برنامج زيارة المقداد سيبدأ صباح الغد، وسيلتقي فؤاد حسين»: the trip told no
            # event of its own; the one whose trip it is
            candidates = visitors_before(article, sentence, hit)
    elif frame.slot == "during it" and not hit.pattern.needs_counterpart:
        # «برنامج زيارة المقداد … وسيلتقي خلالها»: the visitor
        visitors = article.people(sentence.first, hit.first)
        candidates = subjects + visitors + [article.topic(sentence.index - 1)]
    elif frame.slot == "after that":  # «… إن دي ميستورا … وسط توقعات بأن يلتقي الأسد»
        named = article.people(sentence.first, hit.first)
        # «وصل ظريف …، وكان في استقباله زيباري ومن المتوقع أن يلتقي أيضا بالمالكي»: not
        # whom an earlier clause's subject met
        met = _met_before(frame, frames, with_subject=True)
        topic = article.topic(sentence.index - 1)
        candidates = [m for m in named if m.entity not in met] + [topic] * bool(met) + named
        candidates.append(topic)
    elif frame.slot == "object":  # «كما التقى وزير الخارجية فيصل المقداد»: the last topic
        candidates = [_his_highness(article, frame), article.topic(sentence.index - 1)]
    elif frame.slot == "purpose":  # who travels to meet: the subject of the sentence's trip
        candidates = [f.subject for f in frames if f.kind == VISIT and f.subject]
        if not candidates:
            # «ويستعد بوتين للقاء أردوغان», «وقال بوتين إنه يستعد للقاء»: who gets ready;
            # «توجه ظريف بعد لقاء الأسد إلى الوزارة للقاء المعلم»: who met before
            named = article.people(sentence.first, hit.first)
            met = _met_before(frame, frames)
            candidates = [s for s in subjects if s.first < hit.first]
            candidates += [m for m in named if m.entity not in met] + named
    elif frame.slot in ("with", "from") and not hit.pattern.is_verb:
        others = [
            person
            for person in article.people(sentence.first, sentence.last)
            if not article.in_title_of(person, frame.others)
        ]
        candidates = subjects + sorted(others, key=lambda p: abs(p.first - hit.first))
        if _support_verb_opens(article, frame):  # «وعقد اجتماعا مع وفد …»: the last sentence's
            candidates.append(article.topic(sentence.index - 1))
    elif article.word(frame.hit.first - 1, _HE_OR_WHERE) or _where_he_does(article, frame):
        # «وقال بيدرسن إن الوضع صعب، وأنه زار دمشق»: «he» is the last one named, here or in
        # the sentence before; so is whoever «حيث زار», «حيث يقوم بزيارة» leaves out
        nearest = article.people(sentence.first, hit.first)[:1]  # «قال لافروف إن بيدرسن … وأنه»
        candidates = nearest + subjects + [article.topic(sentence.index - 1)]
    elif (
        frame.kind == VISIT
        and frame.slot == "bare"
        and (named := _nationality_named(article, frame))
    ):
        # «… مساعد وزير الخارجية الإيراني حسين أمير عبداللهيان. وكان المسؤول الإيراني وصل»
        candidates = [named]
    elif _subject_left_out(article, frame):
        # «وقال خلال زيارة إلى …»; «استقبل الأسد عبد اللهيان. وكان قد وصل إلى دمشق»: the guest
        guests = [
            m
            for f in earlier
            if frame.kind == VISIT
            and f.sentence.index == sentence.index - 1
            and f.hit.pattern.hosts_visit
            and f.subject is not None
            for m in f.others
        ]
        candidates = subjects + guests[:1] + [article.topic(sentence.index - 1)]
    else:
        candidates = subjects
    if hit.groups.get("cl") == "ه":  # «وعقيلته أسماء الأسد، لدى وصوله»: his, not hers
        candidates = [m for m in candidates if not _spouse(article, m)]
    frame.subject = next((m for m in candidates if m is not None and m.entity not in taken), None)


def _where_he_does(article: ArticleText, frame: Frame) -> bool:
    """«ويقوم بيدرسون بجولات …، حيث يقوم بزيارة»: a noun's verb right after «he» or «where», one
    person and no delegation («رحب ميقاتي بالوفد، حيث يقوم بزيارة») named before it."""
    hit, sentence, verb = frame.hit, frame.sentence, frame.hit.first - 1
    return (
        not hit.pattern.is_verb
        and verb > sentence.first
        and words.SUPPORT_VERB.fullmatch(article.tokens[verb].form) is not None
        and article.word(verb - 1, _HE_OR_WHERE)
        and len(article.people(sentence.first, verb)) == 1
        and not article.any_word(sentence.first, verb, words.DELEGATION_WORDS)
    )


# Whom a title alone may stand for («في استقبال الوزير»): a visitor the text gave the same
# kind of title; one it gave none may be anyone.
_TITLE_FAMILIES = {
    "الرئيس": frozenset("الرئيس رئيس".split()),
    "الملك": frozenset("الملك العاهل".split()),
    "الامير": frozenset("الامير امير ولي".split()),
    "الوزير": frozenset("الوزير وزير".split()),
    "المبعوث": frozenset("المبعوث مبعوث الموفد موفد الممثل ممثل".split()),
}
_HEAD_TITLES = frozenset().union(*_TITLE_FAMILIES.values())
TITLE_BEFORE_NAME = 4  # «وزير الخارجية الإيراني حسين أمير عبد اللهيان»


def _bears(article, guest: Mention, title: str) -> bool:
    family = _TITLE_FAMILIES.get(title)
    before = range(max(0, guest.first - TITLE_BEFORE_NAME), guest.first)
    given = {article.tokens[i].form for i in before if article.word(i, _HEAD_TITLES)}
    return family is None or not given or not given.isdisjoint(family)


def _received(frames: list[Frame], frame: Frame) -> list[Mention]:
    """Those a reception told before the frame in its sentence receives."""
    return [
        m
        for f in frames
        if f.hit.pattern.is_reception and f.hit.last < frame.hit.first
        for m in f.others[::-1]
        if m.last < frame.hit.first
    ]


def _opens_quoted_clause(article: ArticleText, frame: Frame) -> bool:
    """Whether the possessive noun opens a quoted clause, a comma and its main clause after
    it: «وأوضحت أنه "عقب لقائه مع الرئيس السوري بشار الأسد، يعقد سامح شكري …"»."""
    hit = frame.hit
    start = max(frame.sentence.first, hit.first - OPENING_PHRASE)
    quote = next(
        (i for i in range(hit.first - 1, start - 1, -1) if article.tokens[i].form in QUOTE_MARKS),
        None,
    )
    if quote is None or any(i in article.person_at for i in range(quote + 1, hit.first)):
        return False
    # an opening mark after «أنه», «أن» or a colon: reported speech, not «عن "أجواء إيجابية"»
    if article.tokens[quote].form not in QUOTE_PAIRS or not (
        article.word(quote - 1, words.HE_WORDS | words.THAT_WORDS)
        or article.tokens[quote - 1].form == ":"
    ):
        return False
    comma = next(
        (
            i
            for i in range(frame.span_last + 1, min(frame.sentence.last, frame.span_last + 4))
            if article.tokens[i].form in COMMAS
        ),
        None,
    )
    return comma is not None


def _met_before(frame: Frame, frames: list[Frame], with_subject: bool = False) -> set[str]:
    """Whom the events told earlier in the frame's sentence meet (or, `with_subject`, whom
    someone named there meets)."""
    return {
        m.entity
        for f in frames
        if f is not frame
        and f.sentence is frame.sentence
        and f.hit.first < frame.hit.first
        and (f.subject or not with_subject)
        for m in f.others
    }


_HONORIFIC_WORDS = frozenset("سموه سموها سمو السمو صاحب".split())
HONORIFIC_REACH = 5  # «صاحب السمو أمير البلاد الشيخ صباح الأحمد»: from «السمو» to the name
HONORED_REACH = 400  # tokens back to where «his Highness» was named: the news story's lead


def _his_highness(article: ArticleText, frame: Frame) -> Mention | None:
    """«واستقبل سموه رئيس مجلس الأمة», «والتقى سمو الأمير، بسمو رئيس مجلس الوزراء»: «his
    Highness» right after the verb is the one the article first named so, not the last name."""
    if not article.word(frame.hit.last + 1, _HONORIFIC_WORDS):
        return None
    for index in range(max(0, frame.hit.first - HONORED_REACH), frame.hit.first):
        if not article.word(index, _HONORIFIC_WORDS):
            continue
        for position in range(index + 1, min(frame.hit.first, index + HONORIFIC_REACH + 1)):
            if (person := article.person_at.get(position)) is not None:
                return person
    return None


def _spouse(article: ArticleText, mention: Mention | None) -> bool:
    return mention is not None and article.word(mention.first - 1, words.SPOUSE_WORDS)


INFORM_REACH = 12  # «أطلع المقداد نظيره الإيراني حسين أمير عبد اللهيان على نتائج»: to «أطلع»


def informant(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> list[Mention]:
    """«أطلع الإبراهيمي العربي على نتيجة محادثاته», «أطلع المقداد نظيره على نتائج زيارته»:
    the one who informs another of his own talks or trip."""
    before = hit.first - 1
    if not article.word(before, words.RESULT_WORDS):
        return []
    for index in range(before - 1, max(sentence.first, before - INFORM_REACH) - 1, -1):
        if words.INFORM_VERB.fullmatch(article.tokens[index].form):
            return article.people(index + 1, before, nearest_to_last=False)[:1]
    return []


def add_joiners(article: ArticleText, frames: list[Frame]) -> None:
    """«يلتقي كيري ولافروف، على أن ينضم إليهما الجبير وسينيرلي أوغلو»: those who join take
    part in the meeting told before them in the sentence."""
    sentence = frames[0].sentence if frames else None
    if sentence is None or "نضم" not in article.text[sentence.start : sentence.end]:
        return  # no «ينضم» in the sentence: most sentences
    for frame in frames:
        if frame.kind not in (MEETING, CONFERENCE):
            continue
        last = frame.sentence.last
        later = [f.hit.first for f in frames if f.hit.first > frame.hit.first]
        end = min([last, *later])
        for index in range(frame.span_last + 1, end - 1):
            token = article.tokens[index]
            if words.JOIN_VERB.fullmatch(token.form) and article.word(
                index + 1, words.TO_THEM_WORDS
            ):
                position = index + 2
                if article.word(position, words.DATE_WORDS | words.FUTURE_WORDS):
                    position += 1  # «وانضم إليهم لاحقا»
                found, _ = article.scan_person(position, last, stop_at_with=True, budget=1)
                if found is None:
                    break
                joiners = [found, *article.coordinated_people(found.last + 1, frame.sentence)]
                taken = {m.entity for m in frame.members}
                frame.others.extend(m for m in joiners if m.entity not in taken)
                frame.span_last = max(frame.span_last, joiners[-1].last)
                break


_MANY_GATHERINGS_RE = re.compile(r"\w*(?:اجتماعات|لقاءات|جلسات|دورات)")
ATTENDEES = 12  # «وحضر الاجتماع وزراء الخارجية، التركي …، والأمريكي …»: ten ministers and more


def add_attendees(
    article: ArticleText, sentence: Sentence, earlier: list[Frame]
) -> TriggerHit | None:
    """«وحضر الاجتماع وزراء الخارجية، التركي “مولود جاويش أوغلو”، والأمريكي “جون كيري”»: a
    sentence opening on who attended «the meeting» names the participants of the gathering
    the sentence before told."""
    verb = sentence.first
    if verb + 2 >= sentence.last or not words.ATTEND_VERB.fullmatch(article.tokens[verb].form):
        return None
    # «وحضر الاجتماع …», «ويشارك في الاجتماع وزراء خارجية …»: who attends after the noun;
    # «وشارك كيري ولافروف في الاجتماع»: before it
    found = None
    noun = verb + 1 + article.word(verb + 1, words.LOCATIVE_WORDS)
    if noun == verb + 1 and not article.is_trigger_word(noun):
        found, _ = article.scan_person(noun, sentence.last, stop_at_with=True, budget=0)
        if found is None:
            return None
        attendees = [found, *article.coordinated_people(found.last + 1, sentence, ATTENDEES)]
        noun = attendees[-1].last + 1
        if not article.word(noun, words.LOCATIVE_WORDS):
            return None
        noun += 1
    hit = next((h for h in article.triggers(sentence) if h.first == noun), None)
    if hit is None or hit.pattern.is_verb or "ال" not in (hit.groups.get("pre") or ""):
        return None
    if _MANY_GATHERINGS_RE.fullmatch(article.tokens[hit.last].form):
        return None  # «ويشارك في الاجتماعات»: the round's meetings, not the one told last
    if held_where(article, sentence, hit.last + 1) is not None:
        return None  # «وشارك المقداد في الاجتماع الذي عقد في جنيف»: one of its own
    told = [
        f
        for f in earlier
        if f.kind in (MEETING, CONFERENCE)
        and f.sentence.index == sentence.index - 1
        and not f.background
    ]
    if found is None:
        found, _ = article.scan_person(hit.last + 1, sentence.last, stop_at_with=True)
        if found is not None:
            more = article.coordinated_people(found.last + 1, sentence, limit=ATTENDEES)
            attendees = [found, *more]
    if len(told) != 1 or found is None:
        return None
    gathering = told[0]
    taken = {m.entity for m in gathering.members}
    gathering.others.extend(m for m in attendees if m.entity not in taken)
    return hit  # the noun names that gathering, no other


def _nationality_named(article: ArticleText, frame: Frame) -> Mention | None:
    """Whom «المسؤول الإيراني» before a visit verb stands for: the last one named, here or in
    the sentence before, whose title gave the same nationality."""
    hit, sentence = frame.hit, frame.sentence
    nationality = next(
        (
            article.tokens[i + 1].form
            for i in range(max(sentence.first, hit.first - 3), hit.first - 1)
            if article.word(i, _UNNAMED_VISITOR_WORDS) and article.tokens[i + 1].adjective
        ),
        None,
    )
    if nationality is None:
        return None
    first = article.sentences[sentence.index - 1].first if sentence.index else sentence.first
    return _titled_with(article, nationality, first, hit.first)


def nationality_referent(article: ArticleText, sentence: Sentence, index: int) -> Mention | None:
    """Whom «الوزير الإماراتي» at token `index` stands for: the last one named in the two
    sentences before or in this one whose title gave that nationality («استقبل الأسد وزير
    الخارجية الإماراتي عبد الله بن زايد …» … «أن الأسد استقبل الوزير الإماراتي في دمشق»)."""
    if index + 1 >= sentence.last or not article.word(index, _UNNAMED_VISITOR_WORDS):
        return None
    nationality = article.tokens[index + 1]
    if not nationality.adjective:
        return None
    first = article.sentences[max(0, sentence.index - 2)].first
    return _titled_with(article, nationality.form, first, index)


def _titled_with(article: ArticleText, nationality: str, first: int, last: int) -> Mention | None:
    for person in article.people(first, last):
        title = range(max(first, person.first - TITLE_REACH), person.first)
        if any(article.tokens[i].form == nationality for i in title):
            return person
    return None


def _support_verb_opens(article: ArticleText, frame: Frame) -> bool:
    """«وعقد اجتماعا مع …», «كما أجرى محادثات مع …»: a support verb opens the sentence right
    before the event noun, its subject left to the sentence before."""
    hit, sentence = frame.hit, frame.sentence
    verb = hit.first - 1
    while verb > sentence.first and article.word(verb, _UNNAMED_SUBJECT_WORDS):
        verb -= 1  # «أجرى الوزير سلسلة اتصالات مع …»: a bare title, no name
    if verb < sentence.first or not words.SUPPORT_VERB.fullmatch(article.tokens[verb].form):
        return False
    return all(article.word(i, words.CLAUSE_OPENERS) for i in range(sentence.first, verb))


def _subject_left_out(article: ArticleText, frame: Frame) -> bool:
    """A verb opening its sentence with nothing after it that could be its subject."""
    hit, sentence = frame.hit, frame.sentence
    if frame.kind == VISIT and frame.slot == "bare":
        # «وكان المسؤول الإيراني وصل إلى دمشق»: a subject named by his title alone
        return not any(
            article.word(i, _UNNAMED_VISITOR_WORDS) and i not in article.person_at
            for i in range(max(sentence.first, hit.first - 3), hit.first)
        )
    opens = all(article.word(i, words.CLAUSE_OPENERS) for i in range(sentence.first, hit.first))
    follower = hit.last + 1
    free = article.word(follower, _AFTER_DROPPED_SUBJECT) or (
        follower in article.other_at and article.is_event_place(article.other_at[follower])
    )
    return hit.pattern.is_verb and opens and free


def holders_for_states(article: ArticleText, frames: list[Frame]) -> None:
    """«وزراء خارجية أمريكا وروسيا وإيران»: a state read as a party where the text's words
    at it name the holder of its office («روسيا» inside a role phrase resolved to Lavrov) is
    that holder."""
    for frame in frames:
        frame.others = [_holder_for(article, mention) for mention in frame.others]
        if frame.subject is not None:
            frame.subject = _holder_for(article, frame.subject)


def _holder_for(article: ArticleText, mention: Mention) -> Mention:
    if mention.match.kind != PLACE:
        return mention
    holder = article.person_at.get(mention.first)
    if holder is None or holder.match.role_of != mention.entity or holder.match.office:
        return mention  # «office»: a state standing for an official it has no name for
    return holder


# «خلال استقباله», «لدى استقباله», «عند استقباله»: the receiving of his own guest
_RECEIVING_LEADS = words.DURING_WORDS | frozenset("لدي عند".split())
NAMED_AFTER_REACH = 16  # «عقدت في طهران قمة ثلاثية، التي …، بمشاركة»: from the noun on
_IN_IT_WORDS = frozenset("فيها فيه".split())
_BRINGS_TOGETHER = words.BETWEEN_WORDS - {"بين"}
_ATTENDED_IT = frozenset("حضرها حضره يحضرها يحضره تحضرها تحضره".split())
_LIST_WORDS = words.PLURAL_TITLE_WORDS | frozenset(
    "كل من الي جانب الرئيسان الرئيسين الوزيران الوزيرين الرؤساء الوزراء القاده الزعماء "
    "وفود الوفود".split()  # «بمشاركة وفود روسيا وتركيا وإيران»: the states, by delegation
)
_CHAIRED_BY = frozenset("برئاسه وبرئاسه".split())  # «اجتمعت مجموعة العمل برئاسة عنان»
_NAMED_AFTER_MARKS = (
    words.PARTICIPATION_WORDS | _ATTENDED_IT | _CHAIRED_BY | _IN_IT_WORDS | _BRINGS_TOGETHER
)


def add_named_participants(article: ArticleText, frame: Frame) -> None:
    """«قمة ثلاثية بمشاركة الرؤساء بوتين وأردوغان وروحاني», «قمة رباعية شارك فيها
    الرئيسان …», «استقبل الأسد ظريف بحضور المعلم»: who the sentence says took part, after
    the gathering or meeting, over a relative clause about it."""
    sentence, start = frame.sentence, frame.hit.last + 1
    index = start
    end = min(sentence.last, max(frame.span_last, frame.hit.last) + NAMED_AFTER_REACH)
    marks = article.word_positions(_NAMED_AFTER_MARKS)
    found = bisect_left(marks, start)
    if found == len(marks) or marks[found] >= end:
        return  # the cheap test first: most events have none of these words after them
    while index < end:
        token = article.tokens[index]
        if (
            token.is_in(words.PARTICIPATION_WORDS)
            or token.form in _ATTENDED_IT
            or (index > start and token.is_in(_BRINGS_TOGETHER))  # «قمة … تضم الرئيس»
            or (frame.kind == CONFERENCE and token.is_in(_CHAIRED_BY))
        ):
            first = index + 1
        elif words.ATTEND_VERB.fullmatch(token.form) and article.word(index + 1, _IN_IT_WORDS):
            first = index + 2  # «شارك فيها»
        elif token.is_in(words.RELATIVE_WORDS):
            # «الاجتماع الموسع، الذي سيناقش سبل حل الأزمة، بحضور …»: past the clause
            comma = next(
                (i for i in range(index + 1, end) if article.tokens[i].form in COMMAS), None
            )
            if comma is None:
                return
            index = comma + 1
            continue
        elif (mention := article.person_at.get(index) or article.other_at.get(index)) is not None:
            index = max(mention.last, index) + 1  # «قمة ثلاثية حول سوريا في طهران بمشاركة»
            continue
        elif index == start and article.word(index, words.TALKS_WORDS):
            index += 1  # «جلسة مشاورات جمعت …»
            continue
        elif article.word(index, words.TOPIC_WORDS) or article.word(index, words.LOCATIVE_WORDS):
            # «قمة ثلاثية حول سوريا تضم», «استقبل … في المجمع الرئاسي …، بحضور»: over what
            # about and where
            index += 2
            continue
        elif (dated := article.past_date_phrase(index, end)) > index:
            index = dated  # «قمة ثلاثية، الأربعاء 7 أيلول، بمشاركة»
            continue
        elif _on_the_way(article, index) and not (index > start and article.is_trigger_word(index)):
            index += 1
            continue
        else:
            return  # «لبحث تنفيذ الاتفاق الموقع بحضور …»: another noun's attendees
        taken = {m.entity for m in frame.members}
        for mention in _listed_after(article, sentence, first):
            if mention.entity not in taken:
                frame.others.append(mention)
                taken.add(mention.entity)
                frame.span_last = max(frame.span_last, mention.last)
        if token.is_in(_CHAIRED_BY) and article.word(
            frame.span_last + 1, words.PARTICIPATION_WORDS
        ):
            index = frame.span_last + 1  # «برئاسة عنان وبمشاركة لافروف»: and who else
            continue
        return


_NISBA_RE = re.compile(r"(?:ال)?\w{2,}ي(?:ه|ا|ين|ان)?")
_ON_THE_WAY = (
    words.DATE_WORDS | words.WITH_WORDS | words.BETWEEN_WORDS | words.FACILITY_WORDS | {"و"}
)


def _on_the_way(article: ArticleText, index: int) -> bool:
    """Whether a word may stand between an event and who the sentence says took part in it:
    its adjectives, place, day, topic, partners, a comma («قمة ثلاثية حول سوريا، في طهران،»)."""
    token = article.tokens[index]
    return (
        token.form in COMMAS
        or token.title_like
        or is_adjective(token)
        or _NISBA_RE.fullmatch(token.form) is not None  # «اجتماع وزاري عربي تشاوري»
        or token.form.isdigit()
        or article.word(index, _ON_THE_WAY)
    )


def _listed_after(article: ArticleText, sentence: Sentence, index: int) -> list[Mention]:
    """The people, bodies and states listed from `index`, over titles, «و» and commas."""
    found = []
    while index < sentence.last:
        person = article.person_at.get(index)
        other = article.other_at.get(index)
        if person is not None and person.first == index:
            if article.is_participant(person):
                found.append(person)
            index = person.last + 1
        elif (
            other is not None
            and other.first == index
            and not other.match.adjective
            and article.locative_lead(other) is None
        ):
            # not «المبعوث الخاص للأمم المتحدة غير بيدرسن», «وزراء خارجية الأردن أيمن
            # الصفدي والسعودية فيصل بن فرحان»: whose title it is, who stands for it
            if other.last + 1 not in article.person_at:
                found.append(other)
            index = other.last + 1
        elif (
            article.tokens[index].title_like
            or article.tokens[index].form in COMMAS
            or article.tokens[index].form == "و"
            or article.word(index, _LIST_WORDS)
        ):
            index += 1
        else:
            break
    return found
