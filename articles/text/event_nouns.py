"""Event nouns: «لقاء», «محادثات», «اتصال» and what hangs on them (whom with, between whom,
whose, held by whom, where), for articles.text.events. Pure Python: no Django."""

import re

from articles.text import event_patterns as words
from articles.text.event_frame import Frame
from articles.text.event_holders import holding_states
from articles.text.event_noun_parties import (
    bare_preposition,
    guest_told_by_title,
    pair_right_before,
    receiver_before,
    right_after_a_visit,
)
from articles.text.event_noun_phrases import (
    GATHERS,
    WITH_OR_FROM,
    ministers_of_states,
    past_facility,
    past_leaders_of_states,
    past_place_phrase,
    past_topic,
)
from articles.text.event_patterns import CONFERENCE, PHONE_CALL
from articles.text.event_phrases import (
    joined_before_plural,
    joined_delegations,
    over_venue,
    past_arrival,
    past_entourage,
    past_holding_clause,
)
from articles.text.event_sentences import ArticleText, Mention, Sentence, TriggerHit
from articles.text.event_tokens import (
    COMMAS,
    QUOTE_MARKS,
    is_adjective,
    is_title_like,
    negated_adjective,
)
from articles.text.mentions import ORGANIZATION, PLACE

# «القمة الثلاثية», «المباحثات الثنائية»: how many sides, before whose they are (two too,
# unlike MANY_PARTIES_ADJECTIVE)
_HOW_MANY_SIDES = re.compile(r"(?:ال)?(?:ثنائي|ثلاثي|رباعي|خماسي|سداسي)(?:ا|ه)?")
HEAD_TITLE = 4  # «برئاسة كبير مساعدي وزير الخارجية للشؤون السياسية الخاصة»
_TOPIC_LEADS = frozenset("حول بشان بخصوص".split())
_THERE_WORDS = frozenset(("هناك",))
_RANK_WORDS = frozenset("اول ثاني ثالث اخر".split())  # «هذا أول لقاء», «هذه ثاني زيارة»
_TOLD_AGAIN_WORDS = words.THIS_WORDS | frozenset("انه وانه هو وهو هي وهي".split())
_BY_WORDS = frozenset(("قبل",))  # «من قبل»: by whom
_FROM_OR_ABOUT = frozenset("من عن".split())
_OF_WORK = frozenset(("عمل",))  # «جلسة عمل», «لقاء عمل»: what kind of session, not whose
_TOOK_PLACE = words.TOOK_PLACE_WORDS | words.RELATIVE_WORDS
_CONCERNING = frozenset("خاص الخاص خاصا خاصه الخاصه".split())  # «قمة خاصة بسورية»


# «قام بوتين وأردوغان بالاجتماع»: «قام ب» makes a verb of the noun, whose article is no
# sign of a meeting told before
_DID_IT = re.compile(r"[وف]?(?:س?[يت]قوم(?:ان|ون)?|قام|قامت|قاما|قاموا)")


def _done_by_light_verb(
    article: ArticleText, sentence: Sentence, hit: TriggerHit, prefix: str
) -> bool:
    verb = article.support_verb(sentence, hit) if prefix == "بال" else None
    return verb is not None and _DID_IT.fullmatch(article.tokens[verb].form) is not None


REMOTE_REACH = 3  # «عبر تقنية الاتصال المرئي»: from «عبر» to what carries the talk


def past_distance(article: ArticleText, index: int) -> int:
    """The token after a phrase of talking at a distance at `index` («عبر الهاتف», «عبر
    تقنية الفيديو», «افتراضياً», «عن بعد»), or `index` when there is none."""
    tokens = article.tokens
    form = tokens[index].form
    if form == "عن":
        return index + 2 if article.word(index + 1, _FAR_WORDS) else index
    if form in words.REMOTE_WORDS:
        return index + 1
    if form not in words.REMOTE_LEADS:
        return index
    for after in range(index + 1, min(len(tokens), index + 1 + REMOTE_REACH)):
        if tokens[after].form in words.REMOTE_MEANS:
            return after + 1
    return index


_FAR_WORDS = frozenset({"بعد"})
# the words a phrase of talking at a distance may open with, for a quick look first
DISTANCE_OPENERS = words.REMOTE_LEADS | words.REMOTE_WORDS | frozenset({"عن"})


def noun_frame(
    article: ArticleText, sentence: Sentence, hit: TriggerHit, frame: Frame
) -> Frame | None:
    """What an event noun tells: over its adjectives, place and topic to whom it is with
    («مع», «ب»), between («بين»), whose («لقاء لافروف») or held by whom («عقده»); None when
    it only names an event told before («اللقاء»)."""
    prefix, clitic = hit.groups.get("pre") or "", hit.groups.get("cl")
    if told_again(article, sentence, hit):
        return None
    index = reach = hit.last + 1
    facility_place = None
    while index < min(sentence.last, reach + 3):
        if (here := article.other_at.get(index)) is not None:
            if here.first == index and here.match.prefix.endswith("ب") and here.match.kind == PLACE:
                index = reach = past_place_phrase(article, sentence, here)  # «محادثات بدمشق مع»
                continue
            break
        if (dated := article.past_date_phrase(index, sentence.last)) != index:
            index = dated  # «تلقى اتصالا هاتفيا، يوم الأربعاء، من الرئيس»
            continue
        token = article.tokens[index]
        place = article.other_at.get(index + 1)
        if token.is_in(words.LOCATIVE_WORDS) and article.word(index + 1, words.FACILITY_WORDS):
            # «تلقى اتصالا هاتفيا في مقر إقامته بالولايات المتحدة من الأمين العام»: where he
            # took it is no place of a call
            found = past_facility(article, sentence, index + 1)
            if found is None:
                break
            index, place_of_facility = found
            facility_place = None if hit.pattern.kind == PHONE_CALL else place_of_facility
            continue
        if token.form.startswith("ب") and token.is_in(words.FACILITY_WORDS):
            # «مباحثات بمقر الوزارة بالقاهرة مع المقداد», «اجتماعا بمقر الأمانة العامة
            # للجامعة العربية مع»: past the building, whose it is and its city, to «مع»
            found = past_facility(article, sentence, index)
            if found is None:
                break
            index, facility_place = found
            continue
        if token.is_in(words.LOCATIVE_WORDS) and place is not None and place.match.kind == PLACE:
            index = reach = past_place_phrase(article, sentence, place)  # «محادثات في دمشق مع»
            continue
        if (remote := past_distance(article, index)) > index:
            index = remote  # «عقد اجتماعا عبر تقنية الفيديو مع نظيره»
            continue
        gathers = hit.pattern.kind != PHONE_CALL  # not «مجموعة اتصال … تضم مصر وتركيا»
        if token.is_in(_TOPIC_LEADS) and (
            topic_end := past_topic(article, sentence, index, gathers)
        ):
            index = topic_end  # «يجري محادثات حول الأزمة السورية مع صالحي»
            break
        if token.is_in(_CONCERNING):
            # «قمة خاصة بسورية بين»: what it is about, not where; «قمة خاصة»: what kind
            about = article.other_at.get(index + 1)
            if (
                index + 1 < sentence.last
                and article.tokens[index + 1].form.startswith("ب")
                and about is not None
            ):
                index = about.last + 1
            else:
                index += 1
            continue
        if gathers and token.form in COMMAS and article.word(index + 1, GATHERS):
            index += 1  # «قمة ثلاثية، تضم كل من الرئيس …»
            break
        if not (
            is_adjective(token)
            or negated_adjective(article.tokens, index)  # «الاجتماع غير العادي»
            or (index == hit.last + 1 and token.is_in(_OF_WORK))  # «جلسة عمل مع»
            or words.PHONE_ADVERB.fullmatch(token.form)
            or token.form in QUOTE_MARKS  # «عقد «اجتماعا مغلقا» مع»
        ):
            break
        index += 1
    index, frame.place, holder = past_holding_clause(article, sentence, index)
    frame.place = frame.place or facility_place
    held_verb = (
        holder is None
        and index < sentence.last
        and words.HELD_BY_VERB.fullmatch(article.tokens[index].form) is not None
    )
    there = held_verb and article.word(index + 1, _THERE_WORDS)  # «مشاورات أجراها هناك مع»
    # «في اتصال هاتفي أجراه اليوم مع»: over the day
    with_at = article.past_date_phrase(index + 1 + there, sentence.last) if held_verb else index
    held_by_clitic = held_verb and article.word(with_at, WITH_OR_FROM)
    if held_by_clitic:
        index = with_at  # «إن اجتماعا عقده مع لافروف»
    if there and held_by_clitic:
        frame.place = _place_before(article, sentence, hit.first)  # «هناك»: the one just named
    if (
        held_verb
        and not held_by_clitic
        and (found := article.scan_person(index + 1, sentence.last, stop_at_with=True, budget=0)[0])
    ):
        # «مؤتمر صحفي مشترك عقده كيري ونظيره الروسي لافروف»: those who held it
        frame.others = [found, *article.coordinated_people(found.last + 1, sentence)]
        # «محادثات أجراها وانغ اليوم مع …»: the day may stand between him and the other
        after = article.past_date_phrase(frame.others[-1].last + 1, sentence.last)
        if article.word(after, WITH_OR_FROM):
            # «في اتصال هاتفي أجراه الرئيس الإيراني حسن روحاني مع نظيره الروسي», «تلقاه
            # أردوغان من نظيره الروسي»: and whom with
            partner, _ = article.scan_person(after + 1, sentence.last, stop_at_with=True)
            if partner is not None:
                frame.others += [partner, *article.coordinated_people(partner.last + 1, sentence)]
        frame.slot, frame.span_last = "holders", frame.others[-1].last
        return frame
    if article.word(index, words.BETWEEN_THEM_WORDS):
        frame.slot = "dual"  # «جولة من المباحثات بينهما»: the two named before
        return frame
    took_place = index
    while article.word(index, _TOOK_PLACE) and index + 1 < sentence.last:
        index += 1  # «المكالمة التي جرت بين», «الاتصال الذي جمع بين»
    if index > took_place:
        index = article.past_date_phrase(index, sentence.last)  # «جرى، مساء أمس، بين»
    if (
        index + 1 < sentence.last
        and words.GATHERED_HIM.fullmatch(article.tokens[index].form)
        and article.word(index + 1, words.WITH_WORDS)
    ):
        index += 1  # «اجتماع ضمه مع …»: his meeting with …
    if article.word(index, words.BETWEEN_WORDS) and index < sentence.last:
        frame.slot, position = "between", index + 1
        if article.word(position, words.BETWEEN_WORDS):
            position += 1  # «اتصال جمع بين»
        if _the_two_told_before(article, sentence, position):
            if "ال" in prefix or prefix == "لل":
                return None  # «وجرى اللقاء الثنائي بين الرئيسين»: the meeting told before
            frame.slot, frame.span_last = "dual", position  # «مكالمة هاتفية بين الوزيرين»
            return frame
        position = past_leaders_of_states(article, sentence, position)
        while len(frame.others) < 4:
            start = position
            if (
                frame.others
                and position + 1 < sentence.last
                and article.tokens[position].form in COMMAS
                and article.tokens[position + 1].form.startswith("و")
            ):
                start += 1  # «بين الرئيس السوري بشار الأسد، وولي عهد أبوظبي …»
            found, body = article.scan_person(start, sentence.last, stop_at_with=True, budget=1)
            if (found or body) is None:
                break
            if found and body and body.last < found.first and _joined_between(article, body, found):
                found = None  # «يضم الرئيسين المشتركين للجنة الدستورية والمبعوث … بيدرسن»
            frame.others.append(found or body)
            position = frame.others[-1].last + 1
        with_index = next(
            (
                i
                for i in range(position, min(sentence.last, position + 3))
                if article.word(i, words.WITH_WORDS)
            ),
            None,
        )
        if len(frame.others) == 1 and with_index is not None:
            # «بلقاء بين المبعوث الأممي دي ميستورا وفريقه، مع وفد النظام السوري»
            found, body = article.scan_person(with_index + 1, sentence.last, stop_at_with=True)
            if (found or body) is not None:
                frame.others.append(found or body)
                position = frame.others[-1].last + 1
        frame.span_last = position - 1
        return frame
    if ministers := ministers_of_states(article, sentence, index):
        # «اجتماعا لوزراء خارجية الأردن، والسعودية، والعراق، مع وزير خارجية سوريا»
        frame.others, frame.slot = ministers, "states"
        frame.span_last = ministers[-1].last
        return frame
    token = article.tokens[index] if index < sentence.last else None
    received_by = False  # «حظي المقداد باستقبال من قبل الرئيس تبون»: a passive reception
    if token is not None and token.is_in(WITH_OR_FROM):
        frame.slot, index = ("from" if token.is_in(words.FROM_WORDS) else "with"), index + 1
        received_by = frame.slot == "from" and article.word(index, _BY_WORDS)
        index += received_by
    elif (
        token is not None
        and token.form.startswith("ب")
        and (
            article.person_at[index].match.prefix.endswith("ب")
            if index in article.person_at
            else _delegation_after_b(article, index)
            or is_title_like(token)
            # «اجتماعه بالرئيسين المشتركين للجنة»; but not «مهمتها الاتصال بالقيادة السورية»
            or (clitic is not None and article.word(index, words.GROUP_WORDS))
        )
    ):
        # «لقائه بالرئيس الروسي», «لقائه بلافروف», «لقائه بوفد النظام»; but «لقاء بيدرسن»
        frame.slot = "with"
    first_state = hit.last + 1
    while first_state < sentence.last and _HOW_MANY_SIDES.fullmatch(
        article.tokens[first_state].form
    ):
        first_state += 1  # «القمة الثلاثية الروسية التركية الإيرانية»
    states = article.nisba_states(first_state, sentence)
    told_guest = False
    if (
        frame.slot == "with"
        and "ال" in prefix
        and hit.first > sentence.first
        and words.ATTEND_VERB.fullmatch(article.tokens[hit.first - 1].form)
    ):
        return None  # «وحضر اللقاء مع عنان مستشاره أحمد فوزي»: who attended the meeting told
    if frame.slot is not None:
        if _delegation_after_b(article, index):
            found, body = None, article.other_at[index]  # «بوفد النظام»: not a place after «ب»
        else:
            found, body = article.scan_person(index, sentence.last, stop_at_with=False)
        if found is None and body is not None:
            found = _head_of_body(article, sentence, body)
        if (found or body) is None:
            return None
        frame.others.append(found or body)
        if found is not None:  # «محادثات مع لافروف وكيري»
            frame.others.extend(article.coordinated_people(found.last + 1, sentence))
        elif body.match.kind == PLACE:  # «لقاء مع ممثلي فرنسا وألمانيا وبريطانيا»
            frame.others.extend(article.coordinated_states(body.last + 1, sentence))
    elif states:
        frame.slot, frame.others = "nisba", states  # «مباحثات أمريكية مصرية»
    elif hit.pattern.needs_counterpart or (
        ("ال" in prefix or prefix == "لل")
        and not clitic
        and not _round_of(article, hit)
        and not _done_by_light_verb(article, sentence, hit, prefix)
    ):
        return None  # «اللقاء», «الاتصال»: the meeting already told
    elif clitic or (told_guest := guest_told_by_title(article, sentence, hit, index)):
        # «بعد لقائه ظريف»: the verbal noun's own object
        if clitic == "هم" and _unnamed_group_before(article, sentence, hit):
            return None  # «اعتمدها وزراء الخارجية العرب في اجتماعهم الأخير»: theirs, unnamed
        index = past_arrival(article, sentence, past_entourage(article, index + told_guest))
        index = over_venue(article, sentence, index)
        found, _ = article.scan_person(index, sentence.last, stop_at_with=True, budget=0)
        frame.others = [found] if found else []
    elif (
        first := article.scan_person(index, sentence.last, stop_at_with=False, budget=1)[0]
    ) is not None:
        guests = [first]
        if hit.pattern.is_reception:
            # «في استقبال الرئيس الأسد وعقيلته أسماء الأسد، لدى وصوله إلى مطار أبو ظبي الشيخ
            # محمد بن زايد»: those received, then who receives them past their arrival
            guests += article.coordinated_people(first.last + 1, sentence)
            after = guests[-1].last + 1
            spouse = article.person_at.get(after + 1)
            if article.word(after, words.SPOUSE_WORDS) and spouse is not None:
                after = spouse.last + 1  # «وعقيلته أسماء الأسد»: she comes along
            after = past_entourage(article, after)
            after += after < sentence.last and article.tokens[after].form in COMMAS
            index = over_venue(article, sentence, past_arrival(article, sentence, after))
        else:
            index = first.last + 1
        found, body = article.scan_person(index, sentence.last, stop_at_with=False)
        if hit.pattern.hosts_guest and found is None:
            return None  # «أشاد المعلم باستضافة بوتين لمحادثات أستانا»: no guest
        if hit.pattern.is_reception and (found or body) is None:
            # the receiver first, so that the phrase runs on to the guests' place
            guests[:0] = [m for m in [receiver_before(article, sentence, hit)] if m]
        frame.slot, frame.others = "genitive", [*guests, *[m for m in [found or body] if m]]
        if prefix == "ل" and len(frame.others) == 1:
            frame.slot = "purpose"  # «توجه لافروف إلى جنيف للقاء كيري»: whom he goes to meet
        elif (
            bare_preposition(prefix) == "ب"
            and len(frame.others) == 1
            and right_after_a_visit(article, sentence, hit)
        ):
            frame.slot = "during it"  # «استهل شكري زيارته إلى دمشق بلقاء الرئيس الأسد»
        elif len(frame.others) == 1 and article.word(hit.first - 1, words.DURING_WORDS):
            frame.slot = "during"  # «وقال عبد اللهيان وخلال لقاء المقداد إن»: his meeting
    if frame.others:
        frame.span_last = frame.others[-1].last
    if clitic or told_guest or frame.slot == "during" or held_by_clitic:
        frame.needs_subject, frame.slot = True, frame.slot or ("titled" if told_guest else "clitic")
    elif frame.slot is None and (parties := agreed_parties(article, sentence, hit)):
        # «اتفق لافروف مع كيري على إجراء مباحثات في جنيف»: those who agree to hold it
        frame.subject, frame.others, frame.slot = parties[0], parties[1:], "agreed"
    elif frame.slot in ("with", "from", None):
        guest = received_by and article.person_before(hit.first, sentence.first, verb=False)
        frame.set_subject(article.support_verb_subject(sentence, hit) or guest or None)
        subject = frame.subject
        if subject is not None and subject.last < hit.first:  # «عقد بوتين وأردوغان وروحاني قمة»
            more = article.coordinated_people(subject.last + 1, sentence)
            more = more or joined_delegations(article, sentence, subject)
            frame.others.extend(m for m in more if m.last < hit.first)
            if not more and (verb := article.support_verb(sentence, hit)) is not None:
                # «أن كوفي أنان وبشار الأسد سيعقدان لقاء جديدا»: the two before a dual verb,
                # all those «و» joins before a plural one («والمستشارة الألمانية … عقدوا قمة»)
                frame.others.extend(joined_before_plural(article, sentence, verb, subject))
        elif (
            subject is None
            and not frame.others
            and (pair := pair_right_before(article, sentence, hit))
        ):
            # «اتفق الرئيسان بوتين وأردوغان خلال اتصال هاتفي على»: the two it was between
            frame.others, frame.needs_subject = pair, False
        elif (
            subject is None
            and not frame.others
            and (states := holding_states(article, sentence, hit))
        ):
            # «بدأت 17 دولة بينها السعودية والولايات المتحدة وروسيا وإيران محادثات في فيينا»
            frame.others, frame.needs_subject = states, False
            frame.kind = CONFERENCE if len(states) > 2 else frame.kind
        elif (
            subject is None
            and frame.others
            and (states := _states_of_group(article, sentence, hit))
        ):
            # «ان خبراء من روسيا والولايات المتحدة سيجرون مشاورات مع الإبراهيمي»
            frame.others, frame.needs_subject = [*states, *frame.others], False
    elif frame.slot in ("purpose", "during it"):
        frame.needs_subject = True
    if holder is not None and frame.subject is None:
        frame.set_subject(holder)  # «الاجتماع الذي عقده لافروف مع كيري»
    return frame


GROUP_REACH = 6  # «وزراء الخارجية العرب في اجتماعهم»: from the group to its noun
# «خبراء من روسيا», «ممثلين عن الدول الضامنة»: people named by the states they come from
_PEOPLE_OF_WORDS = words.GROUP_NOUNS | frozenset("خبراء دبلوماسيون دبلوماسيين".split())


def _states_of_group(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> list[Mention]:
    """The states whose people, unnamed, are the subject of the verb before the noun: «أن
    خبراء من روسيا والولايات المتحدة سيجرون مشاورات»."""
    verb = article.support_verb(sentence, hit)
    if verb is None:
        return []
    states, index = [], verb - 1
    while index > sentence.first:
        mention = article.other_at.get(index)
        if mention is None or mention.match.kind != PLACE or mention.match.adjective:
            break
        states.insert(0, mention)
        index = mention.first - 1
    lead = states[0].first - 1 if states else index
    if states and article.word(lead, _FROM_OR_ABOUT) and article.word(lead - 1, _PEOPLE_OF_WORDS):
        return states
    return []


def _the_two_told_before(article: ArticleText, sentence: Sentence, index: int) -> bool:
    """«بين الوزيرين» with nothing after it to say who they are: the two named before; but
    not «يضم الرئيسين المشتركين للجنة الدستورية والمبعوث …»."""
    if not article.word(index, words.DUAL_WORDS):
        return False
    after = index + 1
    return after >= sentence.last or not (
        article.tokens[after].title_like
        or after in article.person_at
        or after in article.other_at
        or article.tokens[after].form.startswith("و")
    )


# «اتفق وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي جون كيري على إجراء»: from the
# verb of agreeing to «على»
AGREED_REACH = 18


def agreed_parties(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> list[Mention]:
    """Who agree on holding the noun's event: the person after «اتفق» and those «مع» or «و»
    joins on before «على عقد» / «على إجراء»; empty unless at least two are named."""
    on = hit.first - 2
    if not (
        on > sentence.first
        and article.word(on + 1, words.CALLED_FOR_WORDS)
        and article.word(on, words.ON_WORDS)
    ):
        return []
    verb = next(
        (
            index
            for index in range(on - 1, max(sentence.first, on - AGREED_REACH) - 1, -1)
            if words.DECIDED_VERB.fullmatch(article.tokens[index].form)
            or article.is_trigger_word(index)
        ),
        None,
    )
    if verb is None or article.is_trigger_word(verb):
        return []
    first, _ = article.scan_person(verb + 1, on, stop_at_with=True, budget=1)
    if first is None:
        return []
    parties = [first, *article.coordinated_people(first.last + 1, sentence)]
    after = parties[-1].last + 1
    if len(parties) == 1 and article.word(after, words.WITH_WORDS):
        partner, _ = article.scan_person(after + 1, on, stop_at_with=False, budget=1)
        parties += [partner] if partner is not None else []
    return parties if len(parties) > 1 and parties[-1].last < on else []


def _unnamed_group_before(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> bool:
    """A plural title right before the noun with no name between: whose «هم» it is."""
    for index in range(hit.first - 1, max(sentence.first, hit.first - GROUP_REACH) - 1, -1):
        if index in article.person_at:
            return False
        if article.word(index, words.PLURAL_TITLE_WORDS):
            return True
    return False


def _delegation_after_b(article: ArticleText, index: int) -> bool:
    """«لقائه بوفد النظام السوري»: a body the linker found behind the preposition «ب»."""
    body = article.other_at.get(index)
    return (
        body is not None
        and body.first == index
        and body.match.kind == ORGANIZATION
        and body.match.prefix.endswith("ب")
    )


def _place_before(article: ArticleText, sentence: Sentence, index: int) -> str | None:
    """«وصل إلى دمشق قادما من بيروت بعد مشاورات أجراها هناك»: the place named last before
    token `index` in its sentence."""
    for position in range(index - 1, sentence.first - 1, -1):
        mention = article.other_at.get(position)
        if mention is not None and article.is_event_place(mention):
            return mention.entity
    return None


def told_again(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> bool:
    """«وهذا أول لقاء يجمع ظريف والأسد منذ عام», «كما أنه اللقاء الأول بينهما»: the meeting
    told before, pointed at or ranked among others. Not a gathering: «أن انعقاد هذا المؤتمر
    في تونس» may be the first to say where it is."""
    before = hit.first - 1 - article.word(hit.first - 1, _RANK_WORDS)
    return before >= sentence.first and article.word(before, _TOLD_AGAIN_WORDS)


def _joined_between(article: ArticleText, body: Mention, person: Mention) -> bool:
    """Whether «و» opens a new member between a body and the person named after it."""
    return any(
        article.tokens[index].form.startswith("و") and index not in article.other_at
        for index in range(body.last + 1, person.first)
    )


def _head_of_body(article: ArticleText, sentence: Sentence, body: Mention) -> Mention | None:
    """«مع الوفد الإيراني برئاسة كبير مساعدي وزير الخارجية للشؤون السياسية الخاصة علي أصغر
    خاجي»: the one who heads the delegation met, over his long title."""
    after = body.last + 1
    if after >= sentence.last or not words.HEADED_BY.fullmatch(article.tokens[after].form):
        return None
    return article.scan_person(after + 1, sentence.last, stop_at_with=True, budget=HEAD_TITLE)[0]


def _round_of(article: ArticleText, hit: TriggerHit) -> bool:
    """«جولة ماراثونية من المباحثات»: the article is the round's, not a meeting told before."""
    of = hit.first - 1  # «جولة [ماراثونية] من», over at most two words describing it
    return article.word(of, words.FROM_WORDS) and article.any_word(
        max(0, of - 3), of, words.ROUND_WORDS
    )
