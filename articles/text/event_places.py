"""Where an event took place, as one sentence ties it: a locative phrase that hangs on the
event itself, not on another noun. Pure Python: no Django."""

import re

from articles.text import event_patterns as words
from articles.text.event_frame import Frame
from articles.text.event_patterns import MEETING, STATEMENT
from articles.text.event_phrases import past_entourage
from articles.text.event_sentences import ArticleText
from articles.text.event_tokens import COMMAS, COMMAS_AND_QUOTES, is_adjective
from articles.text.mentions import ORGANIZATION

TAIL = 4  # tokens after an event's last name where its place or date may still come
STATEMENT_TAIL = 3  # «قال لافروف في موسكو», «قال جون كيري، في الرياض»
OPENING_REACH = 8  # «وفي موسكو قال لافروف»: how far a sentence's opening place reaches
_FROM_OR_TO = words.FROM_WORDS | words.TO_WORDS
WHERE_REACH = 16  # «في العاصمة النمساوية فيينا الجمعة 23 أكتوبر، حراك دولي غير مسبوق، حيث»
FACILITY_REACH = 4  # «مقر الأمم المتحدة»: the words naming a building before its city
CITY_TITLE_WORDS = 3  # «في العاصمة المصرية “القاهرة”»: between a locative word and its place


def tied_place(article: ArticleText, frame: Frame) -> str | None:
    """A place whose locative phrase hangs on the event: right after the trigger, a name, a
    date or a comma («لقاء لافروف وجودة في موسكو»), not on another noun («الأزمة في سوريا»)."""
    sentence = frame.sentence
    own = set(range(frame.hit.first, frame.hit.last + 1))
    for member in frame.members:
        # «في استقبال المقداد والوفد المرافق له في مطار جدة»: his delegation is his
        own.update(range(member.first, past_entourage(article, member.last + 1)))
    tail = STATEMENT_TAIL if frame.kind == STATEMENT else TAIL
    # The locative word must come within the tail; «في العاصمة المصرية القاهرة» may run on.
    reach, sidelines, facility = frame.span_last + tail, None, None
    after = frame.span_last + 1
    if frame.span_last == frame.hit.last and article.word(after, words.TALKS_WORDS):
        own.add(after)  # «عقد لافروف ونظيره جلسة مباحثات في إسطنبول»: one phrase
        after, reach = after + 1, reach + 1
    apposition, title_end = range(0), None
    if (
        frame.kind != STATEMENT
        and after < sentence.last
        and article.tokens[after].form in COMMAS
        and frame.span_last in article.person_at
    ):
        # «مع كوفي عنان، المبعوث المشترك للأمم المتحدة والجامعة العربية إلى سوريا، بجنيف»:
        # past the last one's title, whose own places are no venue
        past = article._past_apposition(after + 1, sentence)
        if past > after + 1 and article.tokens[past - 1].form in COMMAS:
            apposition = range(after + 1, past - 1)
            after, reach = past, reach + past - frame.span_last - 1
    elif frame.kind != STATEMENT and frame.span_last in article.person_at:
        # «استقبل لافروف حسن عبد العظيم المنسق العام لهيئة التنسيق في العاصمة الروسية»: past
        # the last one's title, told with no comma, to where they met
        past = _past_bare_title(article, after, sentence)
        if past > after:
            apposition = range(after, past)
            title_end, after, reach = past, past, reach + past - frame.span_last - 1
    while after < sentence.last and article.tokens[after].form in COMMAS_AND_QUOTES:
        after, reach = after + 1, reach + 1  # «استقبل “بيدرسون”، بمقر الوزارة بالرياض»
    if (dated := article.past_date_phrase(after, sentence.last)) > after:
        # «التقى وفد النظام الجمعة في مقر الأمم المتحدة في جنيف»: over the day
        after, reach = dated, reach + dated - after
    if (
        article.word(after, words.LOCATIVE_WORDS)
        and (dated := article.past_date_phrase(after + 1, sentence.last)) > after + 1
    ):
        reach += dated - after  # «اجتماع طارئ في 28 أغسطس/آب الماضي في القاهرة»: over the day
    if article.word(after, words.RELATIVE_WORDS) and article.word(after + 1, words.HELD_VERB_WORDS):
        # «اجتماعات اللجنة الدستورية التي تعقد اليوم الاثنين في جنيف»
        reach = max(reach, _past_date_words(article, after + 2, sentence.last))
    elif (held := _held_further_on(article, frame, after)) is not None:
        reach = max(reach, held)  # «المؤتمر الدولي الأول للمانحين لدعم … في سورية عقد في الكويت»
    if article.word(after, words.LOCATIVE_WORDS) and article.word(after + 1, words.VENUE_WORDS):
        facility = after + 1  # «في مقر الأمم المتحدة في جنيف», «في مكتبه في إسطنبول»
    elif article.word(after, words.FACILITY_WORDS) and article.tokens[after].form.startswith("ب"):
        facility = after  # «بمقر الوزارة بالرياض»
    if facility is not None:
        reach += FACILITY_REACH
    ministers = None
    if article.word(frame.span_last + 1, words.PLURAL_TITLE_WORDS):
        reach += MINISTERS_REACH  # «اجتماعا لوزراء خارجية الدول الداعمة للمعارضة في باريس»
        ministers = frame.span_last + 1
    if article.word(frame.span_last + 1, words.ON_WORDS) and article.word(
        frame.span_last + 2, words.LEVEL_WORDS
    ):
        reach += 2 + words.LEVEL_REACH  # «اجتماعا طارئا على مستوى وزراء الخارجية في القاهرة»
    if article.word(after, words.ON_WORDS) and article.word(after + 1, words.SIDELINES_WORDS):
        # «على هامش اجتماعات الجمعية العامة للأمم المتحدة في نيويورك», «لقائه بو حبيب، على
        # هامش اجتماع وزراء الخارجية العرب»: where they met
        reach += 2 + words.SIDELINES_REACH
        sidelines = after + 1
    window = range(frame.span_first, min(sentence.last, reach + 1 + CITY_TITLE_WORDS))
    candidates = [article.other_at.get(i) for i in window]
    if frame.hit.first - sentence.first <= OPENING_REACH and sentence.first + 1 < sentence.last:
        candidates.insert(0, article.other_at.get(sentence.first + 1))  # «وفي موسكو قال»
    for mention in dict.fromkeys(
        m
        for m in candidates
        if m is not None and m.first not in apposition and article.is_event_place(m)
    ):
        lead = article.locative_lead(mention)
        if (
            lead is None
            or lead < sentence.first
            or lead > reach
            or not (
                (sidelines is not None and lead > sidelines)
                or (
                    ministers is not None
                    and lead > ministers
                    and not article.word(lead - 1, words.CONFLICT_WORDS)
                )
                or (facility is not None and facility < lead <= facility + FACILITY_REACH)
                or lead == title_end
                or article.hangs_on_event(lead - 1, own, sentence)
            )
        ):
            continue
        if _state_of_the_title_before(article, mention, lead, sentence.first):
            continue  # «يوسف بن علوي وزير الشؤون الخارجية في سلطنة عمان»: his title's state
        if mention.last + 1 in article.person_at and (
            article.tokens[lead - 1].title_like or lead - 1 in article.other_at
        ):
            # «وزير الخارجية والمغتربين في سورية فيصل المقداد», «الممثل الشخصي للأمين العام
            # للأمم المتحدة في لبنان ديريك بلامبلي»: part of his title
            continue
        if mention.last + 1 < sentence.last and article.word(
            mention.last + 1, words.ALTERNATIVE_WORDS
        ):
            return None  # «في موسكو أو جنيف»
        return mention.entity
    return (
        _where_before(article, frame)
        or _where_before_leaving(article, frame)
        or _where_said_after(article, frame)
        or _where_right_before(article, frame)
        or _where_the_sidelines_opening(article, frame)
    )


BARE_TITLE_REACH = 10  # «المنسق العام لهيئة التنسيق الوطنية لقوى التغيير الديمقراطي»


def _past_bare_title(article: ArticleText, index: int, sentence) -> int:
    """Past a title set after a name with no comma, to the locative word that follows it:
    «المنسق العام لهيئة التنسيق في موسكو». `index` itself unless a title word or a body
    names it, when something else comes first («رئيس هيئة التفاوض الوضع في إدلب»: what they
    discussed), or when the title is a posting («سفير روسيا في», «مندوب سوريا لدى»)."""
    if index >= sentence.last:
        return index
    first = article.tokens[index]
    if not (first.form.startswith("ال") or first.is_in(words.TITLE_WORDS)) or first.adjective:
        return index  # not «آخر التطورات السياسية في سورية», what they discussed
    if article.word(index, _POSTED_WORDS):
        return index
    titled = False  # a title word or a body: «المنسق العام لهيئة التنسيق»
    for position in range(index, min(sentence.last, index + BARE_TITLE_REACH)):
        token = article.tokens[position]
        if article.word(position, words.LOCATIVE_WORDS):
            return position if titled else index
        if position in article.person_at or article.is_trigger_word(position):
            return index
        if article.word(position, _POSTED_AT):
            return index  # «مندوبها لدى الأمم المتحدة»: where he is posted
        body = article.other_at.get(position)
        titled = (
            titled
            or token.is_in(words.TITLE_WORDS)
            or (body is not None and body.match.kind == ORGANIZATION)
        )
        before = article.tokens[position - 1]
        in_title = (
            token.title_like
            or is_adjective(token)
            or position in article.other_at
            or (token.is_word and token.form.startswith("ل"))  # «لهيئة التنسيق»
            # «المبعوث الأممي إلى سوريا»: an envoy's brief, not where he is
            or (article.word(position, words.TO_WORDS) and position + 1 in article.other_at)
            # «المنسق», «لهيئة التنسيق»: a definite noun opens the title or is in construct
            # with the one before it; not «رئيس هيئة التفاوض الوضع»
            or (
                token.form.startswith("ال")
                and (position == index or before.form.startswith("ل") or before.title_like)
                and position - 1 not in article.other_at
            )
        )
        if not in_title:
            return index
    return index


# «مندوب سوريا الدائم لدى الأمم المتحدة», «القنصل الروسي في حلب»: where he is posted; a
# special representative («الممثل الخاص المشترك») is an envoy
_POSTED_AT = frozenset(("لدي",))
_POSTED_WORDS = words.AMBASSADOR_WORDS | frozenset("مندوب المندوب مندوبه قنصل القنصل".split())


def _state_of_the_title_before(article: ArticleText, place, lead: int, start: int) -> bool:
    """Whether the place after `lead` («في») ends the title of the person named before it, as
    the state he acts for: «وليد المعلم وزير الخارجية والمغتربين في سوريا»."""
    position = lead - 1
    while position >= max(start, lead - BARE_TITLE_REACH):
        if (person := article.person_at.get(position)) is not None:
            titled = position < lead - 1
            return titled and place.entity in article.states_of.get(person.entity, ())
        if not (article.tokens[position].is_in(words.TITLE_WORDS) or position in article.other_at):
            return False
        position -= 1
    return False


def _where_the_sidelines_opening(article: ArticleText, frame: Frame) -> str | None:
    """«على هامش مؤتمر الأمن بميونيخ التقى لافروف …», «وعلى هامش قمة العشرين في أوساكا،
    التقى بوتين …»: the sentence opens with the gathering the event took place beside."""
    start = frame.sentence.first
    if not (article.word(start, words.ON_WORDS) and article.word(start + 1, words.SIDELINES_WORDS)):
        return None
    for index in range(start + 2, min(frame.hit.first, start + 2 + words.SIDELINES_REACH)):
        mention = article.other_at.get(index)
        if index in article.person_at or (index > start + 2 and article.is_trigger_word(index)):
            return None
        if (
            mention is not None
            and mention.first == index
            and article.is_event_place(mention)
            and article.locative_lead(mention) is not None
        ):
            return mention.entity
    return None


MINISTERS_REACH = 8  # «لوزراء خارجية الدول الداعمة للمعارضة السورية في باريس»
HELD_FURTHER_REACH = 10  # from a gathering's name to the «عقد في» its sentence goes on with


def _held_further_on(article: ArticleText, frame: Frame, after: int) -> int | None:
    """Where «عقد في …» held a gathering whose long name comes first, as its verb's subject:
    the verb's index, past any date words after it; None when a comma, a name or another event
    comes first."""
    if frame.hit.pattern.is_verb or frame.kind == STATEMENT:
        return None
    sentence = frame.sentence
    for index in range(after, min(sentence.last - 1, after + HELD_FURTHER_REACH)):
        token = article.tokens[index]
        if token.form in COMMAS or index in article.person_at or article.is_trigger_word(index):
            return None
        # past tense only: «المقرر عقده في دمشق», «الذي يعقد في سوتشي» are still to come,
        # which the noun's own words need not say
        if token.is_in(words.HELD_PASSIVE_WORDS):
            held = _past_date_words(article, index + 1, sentence.last)
            return held if article.word(held, words.LOCATIVE_WORDS) else None
    return None


def _past_date_words(article: ArticleText, index: int, end: int) -> int:
    """Past «اليوم الاثنين» after a holding verb, to where its place phrase may start."""
    while index < end and article.word(index, words.DATE_WORDS):
        index += 1
    return index


def _where_right_before(article: ArticleText, frame: Frame) -> str | None:
    """«بدأ وزراء خارجية … الجمعة في فيينا محادثات», «وبدأ صباح الجمعة في قصر ضخم في فيينا،
    اجتماع بين …»: a place phrase right before an event noun, over a comma, says where the
    verb before both has it happen."""
    hit = frame.hit
    if hit.pattern.is_verb:
        return None
    index = hit.first - 1
    if article.word(index, words.PHASE_WORDS) and article.word(index - 1, words.LOCATIVE_WORDS):
        index -= 2  # «قال دي ميستورا في موسكو في مستهل محادثات مع لافروف»
    if index > frame.sentence.first and article.word(index, words.GATHERING_PARTS):
        index -= 1  # «انطلقت في سوتشي فعاليات القمة»
    while index > frame.sentence.first and article.tokens[index].form in COMMAS:
        index -= 1
    if index > frame.sentence.first and article.word(index, words.ROUND_WORDS):
        index -= 1  # «عقدت في إسطنبول جولة مشاورات بين»
    # «جرت في عمّان اليوم مباحثات بين», «في مدينة سوتشي الروسية، اليوم الأربعاء، فعاليات»:
    # over the day told between them, set off by commas or not
    while index > frame.sentence.first and (
        article.word(index, words.DATE_WORDS) or article.tokens[index].form in COMMAS
    ):
        index -= 1
    while (
        index > frame.sentence.first
        and article.tokens[index].adjective
        and (index not in article.other_at or article.other_at[index].match.adjective)
    ):
        index -= 1  # «في مدينة سوتشي الروسية»: over the city's nationality
    mention = article.other_at.get(index)
    if mention is None or mention.last != index or not article.is_event_place(mention):
        return None
    lead = article.locative_lead(mention)
    if lead is None or article.word(lead - 1, words.CONFLICT_WORDS):
        return None  # not «الأزمة في سوريا»
    return mention.entity


def _where_said_after(article: ArticleText, frame: Frame) -> str | None:
    """«وأضاف دي ميستورا في مؤتمر صحفي في دمشق بعد اجتماعه مع الأسد»: he spoke where he had
    just met."""
    after = frame.hit.first - 1
    if frame.kind != words.MEETING or not article.word(after, words.AFTER_WORDS):
        return None
    mention = article.other_at.get(after - 1)
    if mention is None or mention.last != after - 1 or not article.is_event_place(mention):
        return None
    return mention.entity if article.locative_lead(mention) is not None else None


def _where_before(article: ArticleText, frame: Frame) -> str | None:
    """«بدأ في العاصمة النمساوية فيينا حراك دولي، حيث التقى كيري ولافروف»: «حيث» points
    back to the place named last before it, unless that place is where a conflict is."""
    sentence, where = frame.sentence, frame.hit.first - 1
    if where <= sentence.first or not article.word(where, words.WHERE_WORDS):
        return None
    for index in range(where - 1, max(sentence.first, where - WHERE_REACH) - 1, -1):
        mention = article.other_at.get(index)
        if mention is None or not article.is_event_place(mention):
            continue
        lead = article.locative_lead(mention)
        right_before = all(
            article.tokens[i].form in COMMAS for i in range(mention.last + 1, where)
        )  # «جولة بدأها أمس من سلطنة عمان، حيث التقى»: whatever led to it
        if lead is None and right_before and article.word(mention.first - 1, _FROM_OR_TO):
            lead = mention.first - 1
        if lead is None or article.word(lead - 1, words.CONFLICT_WORDS):
            return None  # «الأزمة في سوريا، حيث»: «حيث» is "as", the place the war's
        return mention.entity
    return None


# «وقبل مغادرته دمشق», «قبيل مغادرتها موسكو», «لدى مغادرته جنيف»: one is still there
_BEFORE_LEAVING_WORDS = frozenset("قبل وقبل قبيل وقبيل لدى ولدى عند وعند".split())
_LEAVING_HIM = re.compile(r"مغادرت(?:ه|ها|هما|هم)")


def _told_earlier(article: ArticleText, frame: Frame) -> bool:
    """A day of its own before the news: «الأسبوع الماضي», «في 2022», «في أيار»."""
    told = frame.date
    end = min(frame.sentence.last, frame.span_last + TAIL + 1)
    return (
        told is not None and (told.year is not None or told.month is not None)
    ) or article.any_word(frame.hit.first, end, words.PAST_WORDS)


_THAT_FORMS = frozenset("ان انه انها انهما انهم بان بانه وان وانه".split())  # «إنه سيلتقي»


def _where_before_leaving(article: ArticleText, frame: Frame) -> str | None:
    """«وقبل مغادرته دمشق، أكد أنان بعد لقائه الرئيس السوري»: the city one had not yet left,
    told in the sentence before his meeting; not where one leaves for («قبيل مغادرته إلى»),
    nor an event another verb or a reported clause («إنه سيلتقي») tells after it."""
    sentence = frame.sentence
    if frame.kind != MEETING or _told_earlier(article, frame):
        return None  # a call is where neither is; a gathering names its own city
    said = set(article.statement_verbs(sentence))
    for index in range(sentence.first, frame.hit.first - 1):
        if not (
            article.word(index, _BEFORE_LEAVING_WORDS)
            and _LEAVING_HIM.fullmatch(article.tokens[index + 1].form)
        ):
            continue
        at = index + 2
        while at < frame.hit.first and article.word(at, words.CITY_WORDS):
            at += 1  # «قبل مغادرته العاصمة السورية دمشق»
            at += at < frame.hit.first and is_adjective(article.tokens[at])
        mention = article.other_at.get(at)
        if mention is None or mention.first != at or not article.is_event_place(mention):
            continue
        between = range(mention.last + 1, frame.hit.first)
        if any(
            article.tokens[i].form in _THAT_FORMS or (article.is_trigger_word(i) and i not in said)
            for i in between
        ):
            return None  # «وقبل مغادرته دمشق، قال بوغدانوف إن بوتين سيلتقي أردوغان»
        # the one leaving, the main clause's subject, takes part: not «أشاد بيدرسن بلقاء
        # لافروف وجاويش أوغلو»
        leaving = article.people(mention.last + 1, frame.hit.first, nearest_to_last=False)[:1]
        if leaving and leaving[0].entity not in {m.entity for m in frame.members}:
            return None
        return mention.entity
    return None
