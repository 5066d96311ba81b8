"""Whether an event was held or is planned, from the words around its trigger. Pure Python:
no Django."""

import re

from articles.text import event_patterns as words
from articles.text.event_frame import HELD, PLANNED, Frame
from articles.text.event_gatherings import round_head
from articles.text.event_patterns import CONFERENCE
from articles.text.event_places import TAIL
from articles.text.event_sentences import ArticleText, Sentence, TriggerHit
from articles.text.event_tokens import COMMAS

_CONVENING_WORDS = frozenset("انعقاد عقد".split())
_EVE_WORDS = frozenset(("عشيه",))
WILL_HOLD_REACH = 8  # from a gathering's name to its «سيعقد»
# «من المقرر أن يعقد», «والمزمع عقدها»
_HELD_VERBS = words.HOLDS_OR_WILL_HOLD_WORDS | words.HOLDING_NOUNS
SUPPORT_REACH = 10  # «يعقد وزراء خارجية مجموعة "أصدقاء سوريا"، الأربعاء اجتماعا»
_ARRIVAL_NOUNS = frozenset(("وصول",))
# «كلف المجلس العربي بزيارة دمشق», «بتكليف من الجامعة بإجراء محادثات»: a task given
_TASKING_WORDS = frozenset("كلف كلفت كلفه كلفته كلفا كلفوا تكليف بتكليف فوض فوضت".split())
_DONE_WORDS = frozenset("قام قامت قاما يقوم تقوم الذي التي بها به".split())
TASKED_REACH = 8  # «وكلف مجلس الجامعة الأمين العام نبيل العربي بزيارة»
_BACKGROUND = words.BACKGROUND_WORDS - {"قد", "سبق"}  # not «وقد كلف»: the news itself
_AHEAD_WORDS = words.FUTURE_WORDS | frozenset("الغد لاحق مرتقب المرتقب المرتقبه".split())
_WITHIN_WORDS = frozenset(("خلال",))  # «خلال أيام», but not «خلال زيارته»
_SPAN_WORDS = frozenset("ايام ساعات الايام الساعات اسابيع".split())
_TOOK_PLACE_AFTER = words.MADE_IT_WORDS | words.TOOK_PLACE_WORDS  # «عن مكالمة هاتفية جرت بين»
ANNOUNCER_REACH = 6  # «أعلن وزير الخارجية المصري سامح شكري عن»: from the verb to «عن»
DECIDER_REACH = 4  # «اتفق الجانبان على عقد»: from the verb, past who decides, to «عقد»
# «تعمل موسكو على تنظيم لقاء», «تسعى إلى ترتيب اجتماع», «اقترح عقد لقاء»: a meeting someone
# works for or proposes is still to come
_ARRANGING_WORDS = frozenset("تنظيم ترتيب عقد اجراء تحضير".split())
# present verbs and proposals, not efforts that may be told as done («نجحت مساعي موسكو في
# ترتيب لقاء», «بعد جهود مكثفة تم عقد اجتماع»)
_EFFORT_WORDS = frozenset(
    "تعمل يعمل تعملان يعملان يعملون نعمل تسعي يسعي تسعيان يسعيان يسعون نسعي تحاول يحاول "
    "تحاولان يحاولان يحاولون نحاول اقترح اقترحت اقترحا اقترحوا يقترح تقترح اقتراح مقترح".split()
)
_EFFORT_LINKS = frozenset("علي الي".split())
EFFORT_REACH = 4  # «تعمل روسيا على عقد», «اقترح لافروف عقد»: the verb, past who works


def tells_earlier_news(article: ArticleText, hit: TriggerHit, before: range) -> bool:
    """«وكان لافروف قد التقى» tells earlier news; «وكان في استقباله» who was at the event, and
    «قد يقوم بزيارة» what may come."""
    return any(
        article.word(i, words.BACKGROUND_WORDS) and not _may(article, i) for i in before
    ) and not article.word(hit.first - 1, words.LOCATIVE_WORDS)


def _may(article: ArticleText, index: int) -> bool:
    """«قد يقوم بزيارة»: «قد» before a present tense says may, not had."""
    following = article.tokens[index + 1].form if index + 1 < len(article.tokens) else ""
    may = article.tokens[index].form in ("قد", "وقد")  # «وقد يلتقي»: and he may meet
    return may and following[:1] in "يتن" and len(following) > 2


def _after_before_that(article: ArticleText, hit: TriggerHit) -> bool:
    """«قبل أن يتوجه», «بعد أن يلتقي»: a present tense that only follows «أن»."""
    return article.word(hit.first - 1, words.THAT_WORDS) and article.word(
        hit.first - 2, words.TIME_REFERENCE_WORDS
    )


def _told_done_before(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> bool:
    """Whether the last event verb the sentence tells before the trigger is in the perfect
    (not «التقى كيري، وسيلتقي ظريف قبل أن يتوجه»)."""
    before = [h for h in article.triggers(sentence) if h.last < hit.first][-2:]
    if not before:
        return False
    last, tense = before[-1].last, before[-1].groups
    if not before[-1].pattern.is_verb:
        # «حيث عقد جلسة مباحثات»: a noun (or the noun before it) in the tense of the verb
        # that carries it
        head = (
            before[0] if len(before) == 2 and before[0].last + 1 == before[1].first else before[-1]
        )
        verb = article.support_verb(sentence, head)
        if verb is None:
            return False  # «ومن المقرر أن يجري محادثات … قبل أن يتوجه»
        tense = words.SUPPORT_VERB.fullmatch(article.tokens[verb].form).groupdict()
    if tense.get("imp") or tense.get("fut"):
        return False
    between = range(last + 1, hit.first)
    return not (
        article.any_word(between.start, between.stop, words.FUTURE_WORDS)
        or article.any_word(between.start, between.stop, words.PLANNED_MARKERS)
    )


def _before_what_comes(article: ArticleText, frame: Frame) -> bool:
    """A noun after «قبل [ساعات] من» in a sentence that opens on «يأتي», a gathering after
    «قبل … من انعقاد», an event on whose eve the news is: still to come."""
    hit, sentence = frame.hit, frame.sentence
    if article.word(hit.first - 1, _EVE_WORDS):
        return True  # «وذلك عشية زيارته إلى بكين»
    first = hit.first - article.word(hit.first - 1, _CONVENING_WORDS)  # «من انعقاد مؤتمر»
    before = [article.tokens[i].form for i in range(max(sentence.first, first - 5), first)]
    if "قبل" not in before or not article.word(first - 1, words.FROM_WORDS):
        return False
    if first < hit.first:
        return True  # «قبل أقل من أسبوع من انعقاد مؤتمر جنيف 2»: it convenes later
    opening = range(sentence.first, min(sentence.first + 3, hit.first))
    return any(words.COMES_VERB.fullmatch(article.tokens[i].form) for i in opening)


RESULTS_REACH = 6  # «نتائج زيارته الأخيرة إلى العاصمة السورية ومباحثاته»


def _joined_to_results(article: ArticleText, frame: Frame) -> bool:
    """«على نتائج زيارته الأخيرة إلى دمشق ومباحثاته مع …»: a noun «و» joins to another
    event noun whose results are told took place too."""
    hit, sentence = frame.hit, frame.sentence
    if not (hit.groups.get("pre") or "").startswith("و"):
        return False
    return any(
        article.is_trigger_word(index) and article.word(index - 1, words.RESULT_WORDS)
        for index in range(hit.first - 1, max(sentence.first + 1, hit.first - RESULTS_REACH), -1)
    )


def _announced(article: ArticleText, frame: Frame) -> bool:
    """«أعلن شكري عن زيارة المقداد للقاهرة»: an event noun an announcement is about, but
    not one someone made («عن زيارة قام بها المقداد»)."""
    hit = frame.hit
    if hit.pattern.is_verb or not article.word(hit.first - 1, words.ANNOUNCED_ABOUT_WORDS):
        return False
    if article.word(hit.first, _ARRIVAL_NOUNS):
        # «أعلنت السعودية عن وصول المقداد إلى جدة»: an arrival is told once made, unless
        # a time still ahead follows («صباح الغد», «خلال أيام»)
        last = frame.sentence.last
        return article.any_word(hit.last + 1, last, _AHEAD_WORDS) or any(
            article.word(index, _WITHIN_WORDS) and article.word(index + 1, _SPAN_WORDS)
            for index in range(hit.last + 1, last - 1)
        )
    start = max(frame.sentence.first, hit.first - 1 - ANNOUNCER_REACH)
    announced = any(  # «أعلن وزير الخارجية المصري سامح شكري عن زيارة»: over who announces
        words.ANNOUNCE_VERB.fullmatch(article.tokens[index].form)
        for index in range(start, hit.first - 1)
    )
    return announced and not article.any_word(hit.last + 1, hit.last + 4, _TOOK_PLACE_AFTER)


def _decided(article: ArticleText, index: int) -> bool:
    """A decision or agreement just before token `index` + 1 («عقد»): «تقرر», «قررت اللجنة»,
    «اتفق الجانبان على»."""
    start = max(0, index - DECIDER_REACH)
    return any(
        words.DECIDED_VERB.fullmatch(article.tokens[position].form)
        for position in range(start, index + 1)
    )


def _sought(article: ArticleText, sentence: Sentence, index: int) -> bool:
    """An arranging noun at `index` («تنظيم», «عقد») that someone works for or proposes; not
    «يسعى لافروف الذي عقد اجتماعا»: a relative clause or a comma between them."""
    if not article.word(index, _ARRANGING_WORDS):
        return False
    before = index - 1 if article.word(index - 1, _EFFORT_LINKS) else index
    for position in range(before - 1, max(sentence.first, before - EFFORT_REACH) - 1, -1):
        if article.word(position, _EFFORT_WORDS):
            return True
        if article.word(position, words.RELATIVE_WORDS) or article.tokens[position].form in COMMAS:
            return False
    return False


CALLER_REACH = 8  # «دعا المجلس الوطني السوري، أمس، الى اجتماعات طارئة»: the verb to «إلى»


def _called_for(article: ArticleText, frame: Frame) -> bool:
    """Whether a verb of calling governs the «إلى» before the noun, past who calls and when
    («دعا المجلس الوطني السوري، أمس، الى اجتماعات»)."""
    hit, sentence = frame.hit, frame.sentence
    for index in range(hit.first - 2, max(sentence.first, hit.first - 2 - CALLER_REACH) - 1, -1):
        token = article.tokens[index]
        if words.CALL_VERB.fullmatch(token.form):
            return True
        if article.is_trigger_word(index) or token.is_in(words.PHRASE_END_WORDS):
            return False
        if not (
            index in article.other_at
            or index in article.person_at
            or token.title_like
            or token.is_in(words.DATE_WORDS)
            or token.form in COMMAS
        ):
            return False
    return False


def _before_the_day(article: ArticleText, sentence: Sentence, index: int) -> int:
    """The token before the day that ends at `index` («يوم 14 شباط»); `index` if none."""
    starts = {last: first for first, last in article.date_last.items()}
    position = index
    while position >= sentence.first:
        if position in starts:
            position = starts[position] - 1
        elif article.word(position, words.DATE_WORDS):
            position -= 1
        else:
            break
    return position


_MADE_LATER = re.compile(r"[وف]?س[يتن]\w+(?:ه|ها)")  # «زيارة سيجريها», «لقاء سيعقده»


def _made_later(article: ArticleText, frame: Frame) -> bool:
    """«إلى جانب زيارة سيجريها إلى تركيا»: the event noun a future verb makes, right after it."""
    after = frame.hit.last + 1
    while after < frame.sentence.last and article.tokens[after].adjective:
        after += 1
    return after < frame.sentence.last and bool(_MADE_LATER.fullmatch(article.tokens[after].form))


def _future_verb_before(article: ArticleText, frame: Frame) -> bool:
    """«سيترأس الجعفري وفد النظام إلى اجتماعات أستانا»: a verb in the future tense the noun
    follows in its clause, no other event, comma or clause («التي شاركت») between."""
    hit, sentence = frame.hit, frame.sentence
    verb = _before_the_day(article, sentence, hit.first - 2)
    if (
        verb >= sentence.first
        and article.word(hit.first - 1, words.DURING_WORDS)
        and article.is_trigger_word(verb)
    ):
        # «سيلتقي خلال زيارته إلى دمشق», «سيبحث يوم 14 شباط خلال اللقاء الثلاثي»: the trip
        # or the meeting a future verb happens on is to come
        return words.FUTURE_VERB.fullmatch(article.tokens[verb].form) is not None
    for index in range(hit.first - 1, max(sentence.first, hit.first - SUPPORT_REACH) - 1, -1):
        token = article.tokens[index]
        if token.form in COMMAS and index - 1 >= sentence.first:
            # «فإنها ستكون ، أول محادثات»: a stray comma after the verb
            return words.FUTURE_VERB.fullmatch(article.tokens[index - 1].form) is not None
        if token.form in COMMAS or article.is_trigger_word(index):
            return False
        if token.is_in(words.PHRASE_END_WORDS):
            return False  # «سيعقد … بحضور الوفود التي شاركت في اجتماع»: a clause of its own
        if index in article.person_at or index in article.other_at:
            continue
        if words.FUTURE_VERB.fullmatch(token.form):
            return True
    return False


def status_of(article: ArticleText, frame: Frame) -> str:
    """Held or planned: the verb's tense, a purpose or a plan around the trigger, a date
    before or after it, and whether the sentence tells earlier news."""
    hit, sentence = frame.hit, frame.sentence
    if article.any_word(max(sentence.first, hit.first - 3), hit.first, words.POSTPONE_WORDS):
        return PLANNED  # «وأرجأ كيري زيارته إلى موسكو»: still to come
    if frame.slot in ("opened", "tour", "host clause", "held as subject", "credentials"):
        # the opening verb's tense, the tour's «تشمل» / «شملت», the host's «تستضيفها»
        return frame.status
    if frame.slot in ("wish", "next", "agreed", "invited"):
        # «رغبة بيدرسون في زيارة دمشق», «في زيارة إلى سوريا تليها إلى تركيا», «اتفق لافروف
        # مع كيري على إجراء مباحثات», «دعاه إلى زيارة دمشق»
        return PLANNED
    if frame.slot == "purpose" and not frame.background:
        return PLANNED  # «وصل إلى جنيف للقاء كيري»
    end = min(sentence.last, frame.span_last + TAIL + 1)
    # «لقاءه مع المقداد تمهيدا لمقابلة الأسد غدا»: what comes next is another event's.
    end = next(
        (i for i in range(hit.last + 1, end) if article.word(i, words.NEXT_EVENT_WORDS)), end
    )
    span = range(hit.first, end)
    past = frame.background or article.any_word(span.start, span.stop, words.PAST_WORDS)
    if hit.pattern.is_verb:
        if hit.groups.get("fut"):
            return PLANNED
        if _after_before_that(article, hit) and (
            article.any_word(sentence.first, hit.first, words.BACKGROUND_WORDS)
            or _told_done_before(article, sentence, hit)
        ):
            # «كان قد زار السعودية … قبل أن يتوجه إلى الجزائر», «وصل لافروف إلى أنقرة، حيث
            # عقد جلسة مباحثات …، قبل أن يستقبله الرئيس أردوغان»: the story's tense
            return HELD
        future = article.any_word(span.start, span.stop, words.FUTURE_WORDS)
        if hit.groups.get("imp") and article.any_word(
            max(sentence.first, hit.first - 3), hit.first, words.PLANNED_MARKERS
        ):
            return PLANNED  # «ومن المقرر أن يجتمع الإبراهيمي، الذي … الماضي، مع …»
        if hit.groups.get("imp") and sentence.headline and not future:
            return HELD  # a headline tells news in the present: «بن علوي يستقبل المعلم»
        if hit.groups.get("imp") and article.word(hit.first - 1, words.WHILE_HE_WORDS):
            return PLANNED if future else HELD  # «دي ميستورا وهو يصل إلى دمشق»
        if hit.groups.get("imp") and article.word(hit.first - 1, words.RELATIVE_WORDS):
            # «الصفدي الذي يزور دمشق لأول مرة»: the visit going on, unless a date says later
            return PLANNED if article.any_word(span.start, span.stop, words.FUTURE_WORDS) else HELD
        return PLANNED if hit.groups.get("imp") and not past else HELD
    if _before_what_comes(article, frame):
        return PLANNED  # «ويأتي اللقاء قبل ساعات من وصول بيدرسون»: still to come
    if _announced(article, frame) and not past:
        return PLANNED  # «أعلن شكري عن زيارة المقداد للقاهرة»
    if _tasked_with(article, sentence, hit) and not past:
        return PLANNED  # «كلف المجلس الوزاري العربي بزيارة دمشق»: still to make
    if article.word(hit.first - 1, words.RESULT_WORDS) or _joined_to_results(article, frame):
        return HELD  # «يطلع العربي على نتيجة محادثاته بدمشق»: talks with a result took place
    # «للمشاركة في أشغال الاجتماع», «للمشاركة في الجولة الثالثة من اجتماعات اللجنة»: over
    # «في», «أعمال», «أشغال» and the round
    index = round_head(article, sentence, hit) - 1
    while index > sentence.first and article.word(index, words.PURPOSE_LINKS):
        index -= 1
    if article.word(index, words.PURPOSE_WORDS) and not frame.background:
        return PLANNED  # «وصل إلى دمشق أمس لإجراء محادثات», «للمشاركة في أشغال الاجتماع»
    if article.word(index, words.CALLED_FOR_WORDS) and article.word(index - 1, words.TO_WORDS):
        return PLANNED  # «دعا إلى عقد مؤتمر دولي»
    if article.word(index, words.CALLED_FOR_WORDS) and _decided(article, index - 1):
        return PLANNED  # «تقرر عقد لقاء بين …», «اتفق الجانبان على عقد اجتماع»
    if _sought(article, sentence, index) and not past:
        return PLANNED  # «تعمل موسكو على تنظيم لقاء يجمع …», «اقترح لافروف عقد لقاء»
    if article.word(index, words.CONVENING_WORDS) and not past:
        return PLANNED  # «التي تهدد انعقاد قمة جامعة الدول العربية»: convening still to come
    if article.word(hit.first - 1, words.TO_WORDS) and _called_for(article, frame):
        return PLANNED  # «ترغبان في الدعوة إلى مؤتمر السلام الدولي», «دعا المجلس، أمس، إلى»
    if (
        article.word(hit.first - 1, words.CALLED_FOR_WORDS)
        and article.word(hit.first - 2, words.ABOUT_HOLDING_WORDS)
        and not past
    ):
        return PLANNED  # «للتباحث حول عقد القمة العربية», «موعد عقد الاجتماع»
    reach = article.reach_over_names(
        sentence, hit.first, article.reach_over_dates(hit.first, SUPPORT_REACH)
    )
    for index in range(hit.first - 1, max(sentence.first, hit.first - reach) - 1, -1):
        form = article.tokens[index].form
        support = (
            words.SUPPORT_VERB.fullmatch(form)
            or words.ATTEND_VERB.fullmatch(form)
            or words.HOST_VERB.fullmatch(form)  # «يستضيف الأردن، غدا، اجتماعا»
        )
        if support and (support.group("fut") or support.group("imp")):  # «سيجري اتصالا»
            return PLANNED if support.group("fut") or not past else HELD
        if support:
            break  # «التي شاركت في اجتماع»: its own verb, past, not one before it
    if not past and (_future_verb_before(article, frame) or _made_later(article, frame)):
        return PLANNED  # «سيترأس وفد النظام السوري إلى اجتماعات أستانا»
    # «من المقرر أن يلتقي», «مؤتمر جنيف 2 المقرر عقده الشهر المقبل»
    marked = article.any_word(sentence.first, hit.first, words.PLANNED_MARKERS)
    marked = marked or article.any_word(hit.last + 1, span.stop, words.PLANNED_AFTER)
    # «أن مؤتمر جنيف 2 حول السلام في سوريا سيعقد في 23 نوفمبر»: a gathering's «سيعقد» may
    # come after what it is about
    reach = span.stop if frame.kind != CONFERENCE else frame.span_last + WILL_HOLD_REACH + 1
    # «اجتماع أستانا 6 حول سورية من المقرر أن يعقد»: or its «من المقرر»
    marked = marked or article.any_word(
        hit.last + 1, min(sentence.last, reach), words.WILL_HOLD_WORDS
    )
    if frame.kind == CONFERENCE and not marked:
        reach = min(sentence.last, reach)
        marked = any(
            article.word(i, words.PLANNED_AFTER)
            and (article.word(i + 1, _HELD_VERBS) or article.word(i + 2, _HELD_VERBS))
            for i in range(hit.last + 1, reach)
        )
    future = article.any_word(span.start, span.stop, words.FUTURE_WORDS)
    return PLANNED if (marked or future) and not past else HELD


def _tasked_with(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> bool:
    """Whether the event noun behind «ب» is a task someone was given: «كلف … العربي بزيارة
    دمشق»."""
    if not article.tokens[hit.first].form.startswith("ب"):
        return False
    first = max(sentence.first, hit.first - TASKED_REACH)
    tasked = next(
        (i for i in range(hit.first - 1, first - 1, -1) if article.word(i, _TASKING_WORDS)), None
    )
    if tasked is None or article.any_word(max(sentence.first, tasked - 6), tasked, _BACKGROUND):
        return False  # «وكان المجلس قد كلف العربي بزيارة»: told as what came before
    # «وبتكليف من بوتين، قام لافروف بزيارة», «المهمة التي كلف بها»: done, not given
    return not article.any_word(tasked + 1, hit.first, _DONE_WORDS)
