"""Conferences and the meetings of bodies: a gathering a verb opens, closes or resumes, one a
body holds, one a city, an organization or a summit names. Pure Python: no Django."""

import re

from articles.text import event_patterns as words
from articles.text.event_frame import HELD, PLANNED, Frame
from articles.text.event_holders import (
    holders,
    host_verb,
    hosting_person,
    leaders_holding,
    past_adjectives,
    unnamed_ministers_hold,
)
from articles.text.event_hosts import host_place
from articles.text.event_noun_parties import bare_preposition, right_after_a_visit
from articles.text.event_patterns import CONFERENCE, VISIT
from articles.text.event_places import tied_place
from articles.text.event_sentences import ArticleText, Mention, Sentence, TriggerHit
from articles.text.event_tokens import COMMAS, QUOTE_MARKS, is_adjective, negated_adjective
from articles.text.mentions import ORGANIZATION, PERSON, PLACE

OPENER_REACH = 10  # «انطلق في العاصمة الروسية موسكو، صباح الأربعاء، الاجتماع»
GATHERING_REACH = 12  # tokens after a gathering's noun that may still name who takes part
PARTICIPATION_REACH = 16  # «بعدما استمرت يومي 20 و21 من حزيران الفائت بمشاركة»
LIST_LIMIT = 8  # people a list of those at a gathering may go on to after the reach
_WITH_OR_BETWEEN = words.WITH_WORDS | words.BETWEEN_WORDS
NAME_WORDS = frozenset(("السلام",))
ORDINAL_RE = re.compile(
    r"و?(?:ال)?(?:اول|اولي|حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|عشر|عشرين|ثلاثين"
    r"|اربعين|خمسين)(?:ه|ي)?"
)
BRACKETS = frozenset("()[]-–—")  # «مؤتمر (جنيف -2)», «القمة العربية – الإسلامية»


def opened_gathering(
    article: ArticleText, sentence: Sentence, hit: TriggerHit
) -> "Frame | None | bool":
    """«انطلق في موسكو، صباح الأربعاء، الاجتماع الرباعي لوزراء خارجية تركيا وروسيا وإيران»:
    a gathering the sentence opens or closes. Its participants are the people and bodies
    named around it, else the states it is of; its place the one «في» ties to it. False when
    a negation closes it: there is no gathering at all."""
    tokens, after = article.tokens, article.other_at.get(hit.last + 1)
    named = after is not None and after.match.kind == ORGANIZATION  # «مباحثات أستانا»
    next_word = (
        hit.last + 1 + (hit.last + 1 < sentence.last and tokens[hit.last + 1].form in QUOTE_MARKS)
    )
    following = tokens[next_word] if next_word < sentence.last else None  # «أعمال "الهيئة»
    # «محادثات السلام السورية»: a noun in construct is as definite as what follows it.
    construct = (
        (following is not None and following.form.startswith("ال") and not following.adjective)
        or article.word(next_word, words.PLURAL_TITLE_WORDS)  # «اجتماع وزراء خارجية دول …»
        or (following is not None and bool(following.heads) and not hit.pattern.is_verb)
    )  # «جلسة محادثات جديدة في أستانة»: a session of talks
    prefix = hit.groups.get("pre") or ""
    # «الجولة السادسة للمحادثات»: ل + ال, as definite as «من المحادثات» after a round
    head = round_head(article, sentence, hit)
    of_round = prefix.endswith("لل") and head < hit.first
    # «الجولة 11 من محادثات تسوية الأزمة السورية»: talks a definite round is of
    definite_round = head < hit.first and tokens[head].form.startswith("ال")
    definite = "ال" in prefix or of_round or definite_round
    definite = definite or hit.pattern.kind == CONFERENCE or construct
    # «وتنطلق غدا في فيينا محادثات دولية حول سوريا»: an opening verb makes talks an event
    opened_talks = _opening_verb_before(article, sentence, hit)
    # «انطلقت الجولة التاسعة عشرة من «مسار أستانة»»: a round of a process its name tells
    process = _round_of_named_body(article, sentence, hit) if hit.pattern.tours else None
    named = named or process is not None
    if (
        hit.groups.get("cl")
        or not (definite or named or opened_talks)
        or (hit.pattern.kind == VISIT and process is None)
        or hit.pattern.only_people
    ):
        return None  # «بعد لقائه», «بدأ جولة محادثات مع»: a meeting, read as one
    if not named and article.any_word(hit.last + 1, hit.last + 4, _WITH_OR_BETWEEN):
        return None  # but «جولة أولى من محادثات أستانة بين وفدي النظام والفصائل»
    if hit.pattern.needs_opening and following is not None and following.heads:
        return None  # «أعمال القمة»: the summit tells itself
    if bare_preposition(prefix) in ("ب", "ل") and right_after_a_visit(article, sentence, hit):
        return None  # «اختتم زيارته إلى دمشق بلقاء الأسد»: the verb closes the visit
    anchor = round_head(article, sentence, hit)  # «جولة أولى من محادثات أستانة»: the round's
    # «تعقد هذه القمة», «يعقد الاجتماع»: a verb that holds only the gathering told before
    bare = "ال" in prefix and not named and anchor == hit.first
    # «انطلاق الجولة التاسعة من محادثات أستانا»; a round of unnamed talks only where the
    # sentence holds it («بدء الجانبين الجولة الرابعة من المحادثات السورية في جنيف»)
    a_round = anchor < hit.first
    found = next(
        (
            (index, opening)
            for index in range(anchor - 1, max(sentence.first, anchor - OPENER_REACH) - 1, -1)
            if (opening := words.OPENING_VERB.fullmatch(tokens[index].form))
            or (a_round and (opening := words.OPENING_NOUN.fullmatch(tokens[index].form)))
            or (not bare and (opening := _holding_verb(article, index, anchor)))
            # «استضافت العاصمة الكازاخية أستانا الجولة الرابعة من محادثات السلام»
            or (a_round and (opening := words.HOST_VERB.fullmatch(tokens[index].form)))
        ),
        None,
    )
    if found is None:
        return None  # nothing opens it
    if article.word(found[0] - 1, words.NEGATION_WORDS):
        return False  # «لم ينطلق الاجتماع»: no gathering at all
    verb, opening = found
    frame = Frame(hit, CONFERENCE, sentence, span_last=hit.last)
    frame.span_first, frame.slot = verb, "opened"
    if opening.re is words.OPENING_NOUN:  # «عن انطلاق الجولة التاسعة»: the sentence's tense,
        frame.slot = "opened by a noun"  # but «قبل انطلاق الجولة» is still to come
        if article.word(verb - 1, words.BEFORE_OPENING_WORDS) or tokens[verb].form.startswith("ل"):
            frame.slot, frame.status = "opened", PLANNED
    else:
        frame.status = PLANNED if opening.group("fut") or opening.group("imp") else HELD
    states, sponsors, sponsored = [], [], False
    # «الجولة التاسعة عشرة من «مسار أستانة» بشأن سوريا، أمس، في العاصمة الكازاخية»: from the
    # process's name on
    last = process.last if process is not None else hit.last
    # «بدأ مؤتمر الحوار الوطني السوري، أعماله …، في سوتشي», «بدأ مؤتمر “جنيف-2″ الدولي حول
    # سوريا أعماله في مدينة مونترو»: the reach runs on from the end of the gathering's name
    name = article.other_at.get(next_word)
    if name is not None and name.first >= hit.first and name.match.kind == ORGANIZATION:
        last = max(last, name.last + (next_word > hit.last + 1))
    for index in range(verb + 1, min(sentence.last, last + GATHERING_REACH)):
        mention = article.person_at.get(index) or article.other_at.get(index)
        if mention is None and article.word(index, words.SPONSOR_WORDS):
            sponsored = True  # «برعاية الأمم المتحدة»: who sponsors it is named apart
            continue
        if mention is None or mention.first != index or mention.match.adjective:
            continue
        if sponsored and (mention.match.kind != PLACE or not article.locative_lead(mention)):
            sponsors.append(mention)  # «برعاية روسيا وتركيا»: and those coordinated with it
            sponsored = mention.last + 1 < sentence.last and article.tokens[
                mention.last + 1
            ].form.startswith("و")
            continue
        sponsored = False
        lead = article.locative_lead(mention) if article.is_event_place(mention) else None
        if lead is not None:
            # but not «المفاوضات الهادفة لوقف النزاع في سورية»: what it is about
            if not article.word(lead - 1, words.CONFLICT_WORDS):
                frame.place = frame.place or mention.entity
        elif mention.match.kind != PLACE:
            frame.others.append(mention)
        elif index > hit.last and not article.word(index - 1, words.TOPIC_WORDS):
            states.append(mention)  # «لوزراء خارجية تركيا وروسيا وإيران»
    # The sponsors stand for a gathering only when no one else is named at it: «جلسة محادثات
    # في أستانة برعاية إيران وتركيا وروسيا», not «اللجنة الدستورية … برعاية الأمم المتحدة».
    frame.others = frame.others or states or _with_participation(article, sentence, hit) or sponsors
    last = frame.others[-1] if frame.others else None
    if last is not None and last.match.kind == PERSON:
        # «ستجمع الرؤساء التركي …، والروسي …، والفرنسي …، والمستشارة الألمانية …»: the list
        # goes on past the reach
        taken = {m.entity for m in frame.others}
        more = article.coordinated_people(last.last + 1, sentence, limit=LIST_LIMIT)
        frame.others += [m for m in more if m.entity not in taken]
    if not frame.place and opening.re is words.HOST_VERB:
        frame.place = next(iter(host_place(article, sentence) or ()), None)
    if not frame.place:
        frame.place = named_place(article, hit, frame.others)
        frame.place_named = frame.place is not None
    frame.span_last = max([hit.last, *(m.last for m in frame.others)])
    if hit.pattern.needs_opening and not any(m.match.kind == ORGANIZATION for m in frame.others):
        return None  # «بدأت أعمال العنف في حمص»: works of no body
    if opening.re is words.OPENING_NOUN and not named and (frame.place_named or not frame.place):
        return None  # «دعا إلى بدء جولة من المحادثات»: talks named nowhere
    return frame if frame.others or frame.place else None


def _opening_verb_before(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> bool:
    """Whether an opening verb («تنطلق», «افتتح») stands before the noun in its clause, past
    a date and a place phrase only: not «بدأ وزراء خارجية إيران وتركيا اجتماعا», whose
    subject holds it."""
    if any(letter in (hit.groups.get("pre") or "").replace("ال", "") for letter in "بلك"):
        return False  # «انطلقت الاستعدادات للمحادثات»: the talks are not what opens
    for index in range(hit.first - 1, max(sentence.first, hit.first - OPENER_REACH) - 1, -1):
        token, mention = article.tokens[index], article.other_at.get(index)
        if words.OPENING_VERB.fullmatch(token.form):
            return True
        if mention is not None and article.locative_lead(mention) is not None:
            continue  # «في فيينا»
        if not (
            token.is_in(words.DATE_WORDS)
            or token.is_in(words.LOCATIVE_WORDS)
            or token.is_in(words.CITY_WORDS)
            or token.form in COMMAS
            or token.form.isdigit()
        ):
            return False
    return False


def _holding_verb(article: ArticleText, index: int, anchor: int):
    """«تعقد، ظهر اليوم، جلسة محادثات», «وعقدت في 23 كانون الثاني جولة أولى من …»: a verb
    that holds the gathering with no one named before it, who would be holding it."""
    holding = words.HOLDING_VERB.fullmatch(article.tokens[index].form)
    if holding is None:
        return None
    named = any(i in article.person_at or i in article.other_at for i in range(index + 1, anchor))
    return None if named else holding


ROUND_ORDINAL_WORDS = 3  # «الجولة التاسعة عشرة من», «الجولة 19 من»


def _round_of_named_body(article: ArticleText, sentence: Sentence, hit: TriggerHit):
    """The body or process a definite round is of: «الجولة التاسعة عشرة من «مسار أستانة»»."""
    if "ال" not in (hit.groups.get("pre") or ""):
        return None
    end = min(sentence.last, hit.last + 2 + ROUND_ORDINAL_WORDS)
    of = next((i for i in range(hit.last + 1, end) if article.word(i, words.FROM_WORDS)), None)
    if of is None:
        return None
    between = article.tokens[hit.last + 1 : of]  # only what counts it: «التاسعة عشرة», «19»
    if not all(t.form.isdigit() or ORDINAL_RE.fullmatch(t.form) or t.adjective for t in between):
        return None  # «الجولة الأولى لوفد من الجامعة العربية»: a delegation's tour
    named = of + 1 + (of + 1 < sentence.last and article.tokens[of + 1].form in QUOTE_MARKS)
    body = article.other_at.get(named)
    return body if body is not None and body.match.kind == ORGANIZATION else None


def round_head(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> int:
    """Where «جولة (أولى / جديدة / التاسعة) من» before talks begins («الجولة السادسة
    للمحادثات» too), or «أعمال» before a summit («أعمال القمة العربية»), else the trigger."""
    index = hit.first
    if index > sentence.first and article.word(index - 1, words.WORKS_WORDS):
        return index - 1
    of_talks = (hit.groups.get("pre") or "").endswith("لل")  # «للمحادثات»: «من» in the noun
    if not (of_talks or article.word(index - 1, words.FROM_WORDS)):
        return index
    for back in range(index - 1 - (not of_talks), max(sentence.first, index - 5) - 1, -1):
        if article.word(back, words.ROUND_WORDS):
            return back
        if not (is_adjective(article.tokens[back]) or article.tokens[back].is_word):
            break
    return index


def _with_participation(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> list[Mention]:
    """«اختتمت الجولة 20 من المحادثات بعدما استمرت يومين بمشاركة ممثلين عن روسيا وتركيا
    وإيران»: those the sentence says took part, further on."""
    for index in range(hit.last + 1, min(sentence.last, hit.last + PARTICIPATION_REACH)):
        if article.is_trigger_word(index) and index > hit.last + 1:
            return []
        if not article.word(index, words.PARTICIPATION_WORDS):
            continue
        found = []
        for position in range(index + 1, min(sentence.last, index + GATHERING_REACH)):
            mention = article.person_at.get(position) or article.other_at.get(position)
            if mention is None or mention.first != position or mention.match.adjective:
                continue
            if article.locative_lead(mention) is None:
                found.append(mention)
        return list({m.entity: m for m in found}.values())
    return []


def is_press_conference(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> bool:
    """«مؤتمر صحفي», «مؤتمرا صحافيا»: a conference noun its press adjective makes no gathering."""
    after = hit.last + 1
    return after < sentence.last and bool(words.PRESS_WORD.fullmatch(article.tokens[after].form))


_MINISTRIES = frozenset("خارجيه الخارجيه دفاع الدفاع".split())


def _past_ministers_of_a_body(article: ArticleText, index: int) -> int:
    """Past «وزراء خارجية» to the body whose ministers they are («اجتماع وزراء خارجية
    مجموعة الدعم الدولية لسوريا»); `index` itself before anything else, such as states
    («لممثلي روسيا، تركيا وإيران»)."""
    if not article.word(index, words.PLURAL_TITLE_WORDS):
        return index
    body_at = index + 1 + article.word(index + 1, _MINISTRIES)
    body = article.other_at.get(body_at)
    named = body is not None and body.first == body_at and body.match.kind == ORGANIZATION
    return body_at if named else index


def conference_frame(
    article: ArticleText, sentence: Sentence, hit: TriggerHit
) -> "Frame | None | bool":
    """«اجتماع مجموعة العمل بجنيف», «مؤتمر جنيف», «مؤتمر دولي في جنيف»; False for a press
    conference or a conference nothing names; None when «اجتماع» is a plain meeting."""
    frame = Frame(hit, CONFERENCE, sentence, span_last=hit.last)
    index = hit.last + 1
    if is_press_conference(article, sentence, hit):
        return False
    if article.word(hit.first - 1, words.CHAIR_WORDS):
        return False  # «رئيس الدورة الحالية لمجلس الجامعة»: a title
    if hit.pattern.conference_by_adjective and not article.word(index, words.GATHERING_ADJECTIVES):
        return None  # «للقاء وفد المعارضة» is a meeting; «لقاء وزاريا لمجموعة …» a conference
    limit = hit.last + 6
    if (past := _past_ministers_of_a_body(article, index)) > index:
        frame.span_last, index, limit = past - 1, past, limit + past - index
    while index < min(sentence.last, limit):
        token, mention = article.tokens[index], article.other_at.get(index)
        topic = article.other_at.get(index + 1)
        if token.is_in(words.TOPIC_WORDS) and topic is not None and topic.first == index + 1:
            # «مؤتمر السلام الدولي حول سوريا "جنيف-2″»: over what it is about to its name
            index = topic.last + 1
            limit = max(limit, index + 3)
            continue
        member = (
            mention is not None
            and mention.match.kind == PLACE
            and _member_state(article, frame, hit, mention)
        )
        if member:  # «لدول مجلس التعاون والأردن والعراق ومصر»: the list goes on
            limit = max(limit, mention.last + 2)
        if mention is not None and (mention.match.kind != PLACE or member):
            frame.others.append(mention)
            frame.span_last = index = mention.last
            limit = max(limit, index + 2)  # «… لدول مجلس التعاون لدول الخليج العربية والأردن»
        elif (
            mention
            and index == frame.span_last + 1
            and article.is_event_place(mention)
            and not mention.match.prefix.endswith("ل")  # «جلسة لسوريا»: about it, not in it
        ):
            frame.place, frame.span_last = mention.entity, mention.last
            break
        elif token.form.endswith("مجموعه") and index + 1 < sentence.last:
            named = article.group_named_earlier("مجموعه " + article.tokens[index + 1].form)
            frame.others += [named] if named else []
            frame.span_last = index = index + 1  # «اجتماع مجموعة العمل»: a short name
        elif (
            is_adjective(token)
            or negated_adjective(article.tokens, index)  # «الاجتماع غير العادي»
            or token.form.isdigit()
            or ORDINAL_RE.fullmatch(token.form)  # «القمة العربية العادية الثالثة والثلاثين»
            or token.form in BRACKETS
            or token.form in QUOTE_MARKS
            or token.is_in(NAME_WORDS)  # «مؤتمر السلام الدولي»
            or (token.form == "ل" and index == hit.last + 1)  # «اجتماع ل "المجموعة الدولية"»
            or token.form in _STATES_OF  # «الاجتماع التشاوري لدول مجلس التعاون لدول الخليج»
        ):
            frame.span_last = index
        else:
            break
        index += 1
    if not frame.place:
        indefinite = not hit.groups.get("cl") and "ال" not in (hit.groups.get("pre") or "")
        # «للاجتماع التشاوري لدول … ومصر، الذي استضافته السعودية في جدة»: past its members
        at = index + (bool(frame.others) and article.word(index, COMMAS))
        frame.place, host_tense = _held_at(article, sentence, at, indefinite)
        if host_tense is not None:
            frame.slot, frame.status = "host clause", host_tense
    if hit.groups.get("cl") in ("ها", "هم") and not frame.others:
        # «أن اللجنة توافقت على أن يكون اجتماعها المقبل في العاصمة العراقية بغداد»: the
        # gathering of the body named last before it
        owner = _body_before(article, sentence, hit)
        if owner is not None:
            # «وزراء خارجية دول مجلس التعاون الخليجي ومصر والعراق والأردن؛ خلال اجتماعهم»
            frame.others += [owner, *article.coordinated_states(owner.last + 1, sentence)]
            frame.place = frame.place or tied_place(article, frame)
    after = past_adjectives(article, sentence, hit.last + 1)  # «لقاء رسمي مع»
    plain = not hit.groups.get("cl") and not article.word(after, _WITH_OR_BETWEEN)
    if not (frame.others or frame.place) and plain:
        # «يعقد وزراء خارجية مجموعة أصدقاء سوريا اجتماعا في عمان», «عقد وزراء خارجية روسيا
        # وتركيا وإيران اجتماعا ثلاثيا في موسكو»
        hosts = holders(article, sentence, hit) or leaders_holding(article, sentence, hit)
        if not hosts and (hosting := hosting_person(article, sentence, hit)):
            hosts, (frame.slot, frame.status) = [hosting[0]], ("host clause", hosting[1])
        if hosts:
            frame.others.extend(hosts)
            frame.span_last = max(frame.span_last, *(host.last for host in hosts))
            frame.place = tied_place(article, frame)
        elif unnamed_ministers_hold(article, sentence, hit):
            # «يعقد وزراء خارجية الدول الداعمة للمعارضة اجتماعا في باريس»: no one named
            frame.place = tied_place(article, frame)
    # «القمة الثلاثية بين الرؤساء …»: whom it is between the noun's own reading finds
    summit = hit.pattern.is_summit and "ال" in (hit.groups.get("pre") or "") and plain
    if (frame.others or summit) and not frame.place:
        # «اجتماع اللجنة الدستورية المصغرة في جنيف», «القمة العربية المقررة في الدمام»
        frame.place = tied_place(article, frame)
    if not frame.place:
        frame.place = named_place(article, hit, frame.others)
        frame.place_named = frame.place is not None
    if (
        not (frame.others or frame.place)
        and article.word(index, words.PLURAL_TITLE_WORDS)
        and not any(index < i <= index + 3 for i in article.other_at)
    ):
        # «شهدت مدينة “لوزان” أمس جلسة رسمية لوزراء خارجية الدول»: unnamed ministers
        # gather where the city that hosts it is
        frame.place = next(iter(host_place(article, sentence) or ()), None)
    if (
        (hit.pattern.kind == CONFERENCE or hit.pattern.is_summit)
        and plain
        and not (frame.others or frame.place)
        and host_verb(article, sentence, hit) is not None
        and (hosted := host_place(article, sentence)) is not None
    ):
        # «تستضيف الكويت غدا مؤتمرا دوليا للمانحين»: the city or state that hosts it
        (frame.place, frame.status), frame.slot = hosted, "host clause"
    if frame.others or frame.place or hit.pattern.kind != CONFERENCE:
        return frame if frame.others or frame.place else None
    frame.place = tied_place(article, frame)
    return frame if frame.place else False


_STATES_OF = frozenset(("لدول", "دول"))


def _member_state(article: ArticleText, frame: Frame, hit: TriggerHit, mention: Mention) -> bool:
    """«اجتماع للأردن والعراق ومصر», «اجتماع تشاوري لدول مجلس التعاون والأردن»: places listed
    after «ل», or joined by «و» on to the members named, are members (states, or capitals
    standing for them), not where it meets («اجتماع مجموعة العمل بجنيف», «مؤتمر جنيف»)."""
    if mention.match.adjective:
        return False
    prefix = mention.match.prefix
    if mention.first == hit.last + 1 or not frame.others:
        # «اجتماع للأردن والعراق»; but «جلسة لسوريا» is one about Syria
        joined = article.other_at.get(mention.last + 1)
        return (
            prefix.endswith("ل")
            and joined is not None
            and joined.match.kind == PLACE
            and joined.match.prefix.startswith("و")
        )
    return prefix.startswith("و") and mention.first == frame.span_last + 1


OWNER_REACH = 20  # «أن لجنة الاتصال العربية … مشيرة إلى أن اللجنة توافقت على أن يكون اجتماعها»


def _body_before(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> Mention | None:
    """The organization named last before the noun in its sentence, no person between."""
    for index in range(hit.first - 1, max(sentence.first, hit.first - OWNER_REACH) - 1, -1):
        if index in article.person_at:
            return None
        body = article.other_at.get(index)
        if body is not None and body.match.kind == ORGANIZATION:
            return body
    return None


def _held_at(
    article: ArticleText, sentence: Sentence, index: int, indefinite: bool = False
) -> tuple[str | None, str | None]:
    """«في الاجتماع الذي انعقد في جنيف», «للقمة العربية التي تستضيفها المنامة الشهر المقبل»,
    «مؤتمر يعقد في مدينة سوتشي» (an indefinite noun's clause needs no «الذي», but is read only
    in the present or the future): where the gathering's relative clause holds it, or the city
    that hosts it, and then the verb's tense (a summit a city hosts, or one a present verb
    holds, is still to come); (None, None) if neither."""
    relative = article.word(index, words.RELATIVE_WORDS)
    if not (relative or indefinite) or index + 1 + relative >= sentence.last:
        return None, None
    verb = index + relative
    form, tense = article.tokens[verb].form, None
    if article.word(verb, words.HELD_VERB_WORDS) and article.word(verb + 1, words.LOCATIVE_WORDS):
        lead = verb + 2
        while lead < sentence.last and article.word(lead, words.CITY_WORDS):
            lead += 1  # «في مدينة سوتشي»
        place = article.other_at.get(lead)
        tense = PLANNED if article.word(verb, words.HOLDS_OR_WILL_HOLD_WORDS) else None
        if not relative and tense is None:
            return None, None  # «خلال اجتماع مشترك عقد في دمشق»: the one told, likely
    elif not relative:
        return None, None
    elif (hosts := words.HOST_VERB.match(form)) and form[hosts.end() :] in ("ها", "ه"):
        place = article.other_at.get(index + 2)  # the host, its subject, right after it
        tense = PLANNED if hosts.group("fut") or hosts.group("imp") else HELD
        city = article.other_at.get(place.last + 2) if place is not None else None
        if city is not None and article.word(place.last + 1, words.LOCATIVE_WORDS):
            place = city  # «الذي استضافته السعودية في جدة»: the city the host holds it in
    else:
        return None, None
    if place is None or not article.is_event_place(place):
        return None, None
    return place.entity, tense


def named_place(article: ArticleText, hit: TriggerHit, bodies: list[Mention]) -> str | None:
    """Where a gathering's own name puts it: «مؤتمر سوتشي», «محادثات أستانا», «مؤتمر الحوار
    الوطني السوري في سوتشي»; not «مجموعة الدعم الدولية لسوريا», which says what it is for."""
    for body in bodies:
        inside = article.place_inside.get(body.first)
        if inside is None:
            continue
        right_after = inside.first == hit.last + 1 and not inside.match.prefix
        if right_after or article.locative_lead(inside) is not None:
            return inside.entity
    return None


def past_gathering_name(
    article: ArticleText, sentence: Sentence, index: int, construct: bool = False
) -> int:
    """Past the words that name a gathering after its noun: «محادثات السلام السورية»; with
    `construct`, after an indefinite noun, the definite noun its name is in construct with
    («مؤتمر الحوار», «منتدى التعاون التركي العربي»)."""
    token = article.tokens[index] if index < sentence.last else None
    if (
        construct
        and token is not None
        and token.is_word
        and token.form.startswith("ال")
        and index not in article.person_at
        and not article.is_trigger_word(index)
    ):
        index += 1
    while index < sentence.last and (
        is_adjective(article.tokens[index]) or article.word(index, NAME_WORDS)
    ):
        index += 1
    return index
