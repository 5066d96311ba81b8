"""Visits: who travels and where to, from a verb («وصل», «زار», «حطت طائرة») or a noun
(«زيارة», «وصول»). Pure Python: no Django."""

from articles.text import event_patterns as words
from articles.text.event_frame import HELD, PLANNED, Frame
from articles.text.event_gatherings import ORDINAL_RE, conference_frame
from articles.text.event_participants import informant
from articles.text.event_patterns import CONFERENCE, PHONE_CALL, VISIT
from articles.text.event_phrases import joined_before_plural
from articles.text.event_places import CITY_TITLE_WORDS
from articles.text.event_sentences import NAME_BUDGET, ArticleText, Mention, Sentence, TriggerHit
from articles.text.event_tokens import COMMAS, COMMAS_AND_QUOTES, is_adjective, is_title_like
from articles.text.event_tours import tour_start, tour_stops
from articles.text.event_travellers import (
    addressed_not_travelled,
    arriving_guest,
    delegation_before,
    guest_visit,
    head_of_delegation,
    invited_visitor,
    maker_of_visit,
    sent_visit,
    wishes_to_visit,
)
from articles.text.mentions import ORGANIZATION, PERSON, PLACE

# From «وصل» to its place: «وصل وانغ يي، اليوم السبت 17 تموز/يوليو، إلى العاصمة السورية دمشق».
VISIT_REACH = 20
PLACE_AFTER_VISITORS = 8  # «… ونائب وزير الخارجية ميخائيل بوغدانوف إلى دمشق»
FACILITY_REACH = 4  # «إلى مقر المنظمة الدولية في جنيف»: from the facility to its «في»
PURPOSE_REACH = 6  # «وصل … الوفد السوري للمشاركة»: from the trip's last word to «للمشاركة»
PURPOSE_NAME_REACH = 6  # «الجولة الثالثة المصغرة لـ"اللجنة الدستورية"»: from the noun to its body
_DATE_OR_TO = words.DATE_WORDS | words.TO_WORDS
_LOCATIVE = words.LOCATIVE_WORDS  # «زار في 6 أيلول الجاري تركيا»: the «في» of a day
_NUNATION = "\u064b"
_CITY_OR_TO = words.CITY_WORDS | words.TO_WORDS
# «وأنه زار», «بعد أن زار», «ثم زار», «حيث زار»: the verb's subject is left to the sentence
_LEFT_SUBJECT_BEFORE = words.HE_WORDS | words.ALSO_WORDS | words.THAT_WORDS | words.WHERE_WORDS


def _over_dates(article: ArticleText, start: int, reach: int) -> tuple[int, set[int]]:
    """`reach` made longer by the tokens of the date expressions and date words from `start`
    on, and the tokens of those expressions."""
    position, dated = start, set()
    while position < min(reach, len(article.tokens)):
        if (last := article.date_last.get(position)) is not None:
            reach += last - position + 1
            dated.update(range(position, last + 1))
            position = last + 1
        else:
            reach += article.word(position, words.DATE_WORDS)
            position += 1
    return reach, dated


def _body_before(article: ArticleText, sentence: Sentence, hit: TriggerHit) -> bool:
    """Whether the nearest name before the trigger in its sentence is an organization's."""
    for index in range(hit.first - 1, max(hit.first - VISIT_REACH, sentence.first) - 1, -1):
        if index in article.person_at:
            return False
        if (other := article.other_at.get(index)) is not None and other.match.kind != PLACE:
            return other.match.kind == ORGANIZATION
    return False


def _another_destination_after(article: ArticleText, place: Mention) -> bool:
    """Whether a place «و» joins on follows: «السعودية ودمشق» are both visited."""
    after = article.other_at.get(place.last + 1)
    return (
        after is not None
        and after.first == place.last + 1
        and after.match.kind == PLACE
        and after.match.prefix.startswith("و")
    )


def visit_frame(
    article: ArticleText, sentence: Sentence, hit: TriggerHit, frame: Frame
) -> Frame | None:
    """Who travels where: «وصل لافروف إلى أنقرة», «زار دمشق وزير الخارجية», «خلال زيارته
    إلى الرياض», «حطت طائرة الوزير في دمشق»."""
    if hit.pattern.guest:
        return guest_visit(article, sentence, hit, frame)
    if hit.pattern.sends:
        return sent_visit(article, sentence, hit, frame)
    if hit.pattern.tours and (
        (
            article.any_word(hit.last + 1, hit.last + 4, words.FROM_WORDS)
            and tour_start(article, hit) is None
        )
        or article.any_word(hit.first - 2, hit.first, words.HELD_VERB_WORDS)
    ):
        return None  # «جولة جديدة من المحادثات», «عقد جولة جديدة في جنيف»: a round of talks
    if (
        hit.pattern.tours
        and hit.groups.get("cl") in ("ها", "هم")
        and _body_before(article, sentence, hit)
    ):
        # «واختتمت اللجنة الدستورية جولتها الخامسة في جنيف»: a body's numbered round is one
        # of talks; «بدأت بعثة المراقبين جولتها في درعا» is no one's trip either
        numbered = hit.last + 1 < sentence.last and (
            ORDINAL_RE.fullmatch(article.tokens[hit.last + 1].form) is not None
            or article.tokens[hit.last + 1].form.isdigit()
        )
        return (conference_frame(article, sentence, hit) or None) if numbered else None
    if hit.pattern.is_verb and addressed_not_travelled(article, sentence, hit):
        return None  # «توجه الأسد بالشكر إلى موسكو», «وصلت رسالة من بوتين إلى أنقرة»
    wisher = wishes_to_visit(article, sentence, hit)
    invited = None if hit.pattern.is_verb else invited_visitor(article, sentence, hit)
    # «أطلع المقداد نظيره الإيراني على نتائج زيارته إلى القاهرة»: his own trip, not the other's
    informed = informant(article, sentence, hit)[:1] if hit.groups.get("cl") == "ه" else []
    subject = (wisher or invited or next(iter(informed), None)) or article.subject_of_verb(
        sentence, hit, budget=1
    )
    if hit.groups.get("cl") == "ه" and article.word(hit.first - 1, words.ARRIVAL_LEADS):
        subject = arriving_guest(article, sentence, hit) or subject
    if (
        not hit.pattern.is_verb
        and subject is not None
        and subject.first > hit.last
        and subject.match.kind == PLACE
        and (subject.match.prefix.endswith("ل") or subject.first == hit.last + 1)
        and (hit.groups.get("cl") or article.support_verb(sentence, hit) is not None)
    ):
        # «سيقوم بيدرسون بزيارة لدمشق», «في زيارته للقاهرة», «استهل جولة بزيارة بيروت»: where
        # the visit goes, not who makes it; but not «رحب الأسد بأي زيارة لدمشق», which no
        # verb makes anyone's
        subject = None
    companion = None
    if subject is not None and subject.first > hit.last and _in_company(article, subject):
        # «وقد زار خلال الأيام الماضية برفقة نائب وزير الخارجية، سيرغي فيرشينين، كلا من
        # السعودية والإمارات»: who comes along; who visits is the one the sentence told
        companion, subject = subject, next(iter(article.people(sentence.first, hit.first)), None)
    if (
        hit.pattern.takes_place_object
        and hit.pattern.is_verb
        and subject is not None
        and subject.match.kind == PLACE
        and not subject.match.adjective  # «وصل الوفد السوري إلى أستانا»: whose delegation
        and subject.first > hit.last
    ):
        # «وأنه زار دمشق», «بعد أن زار روسيا»: the place after «زار» is visited; who visits
        # is the relative's antecedent («الأسد، الذي يزور موسكو») or left to the sentence;
        # «أن قادة المعارضة سيزورون الصين» has a subject, if not a person
        before = hit.first - 1
        if article.word(before, words.RELATIVE_WORDS):
            antecedent = article.people(sentence.first, before)[:1]
            if not antecedent:
                return None
            subject = antecedent[0]
        elif (
            before < sentence.first
            or article.word(before, _LEFT_SUBJECT_BEFORE)
            or article.tokens[hit.first].form.startswith("و")
            or _another_destination_after(article, subject)  # «زار السعودية ودمشق»
        ):
            subject = None
    if hit.pattern.is_verb and (
        subject is None or (subject.match.kind == PLACE and subject.first > hit.last)
    ):
        subject = delegation_before(article, hit) or subject  # «إن وفدا من المعارضة زار»
    if (
        hit.pattern.is_verb
        and not hit.pattern.takes_place_object
        and subject is not None
        and _a_place_travelling(article, subject)
    ):
        subject = None  # «غادر عمان»: the city left is no one who travels
    head = None
    if (subject is None or subject.match.kind != PERSON) and hit.pattern.is_verb:
        head = head_of_delegation(article, sentence, hit)
        subject = head or subject
    if subject is None and not hit.pattern.is_verb:
        subject = article.support_verb_subject(sentence, hit)  # «يبدأ بيدرسن غدا زيارة إلى»
    if subject is None and not hit.pattern.is_verb:
        subject = maker_of_visit(article, sentence, hit)  # «زيارة يقوم بها المقداد إلى»
        # «بعد زيارتين قام بهما إلى روسيا وإيران»: trips that came before the news
        frame.background = frame.background or (
            subject is not None
            and article.word(hit.first - 1, words.AFTER_WORDS)
            and not hit.groups.get("cl")
        )
    if subject is None and not hit.pattern.is_verb and not hit.groups.get("cl"):
        subject = _sole_traveller_before(article, sentence, hit)
    if hit.pattern.tours and subject is not None and subject.match.kind != PERSON:
        return None  # «بدأ وفد المعارضة جولة في جنيف»: a delegation's round
    cost, start = 0, frame.set_subject(subject)
    if hit.pattern.tours and (stops := tour_stops(article, sentence, hit)):
        verb, places = stops
        found = words.TOUR_TAKES.fullmatch(article.tokens[verb].form)
        frame.slot, frame.status = "tour", PLANNED if found.group("imp") else HELD
        frame.place, frame.span_last = places[0].entity, places[-1].last
        frame.further_places = places[1:]
        return frame
    more = article.coordinated_people(subject.last + 1, sentence) if subject else []
    if subject is not None and subject.match.kind == ORGANIZATION:
        more = article.coordinated_bodies(subject, sentence)  # «وصل وفدا النظام والمعارضة»
    if more and subject.first > hit.last:
        frame.others.extend(more)  # «ووصل ظريف والمعلم معا إلى موسكو»
        start = more[-1].last + 1
    if subject is not None and hit.pattern.is_verb and subject.last < hit.first:
        # «وكان خلوصي آكار وهاكان فيدان قد وصلا إلى موسكو»: all a dual or plural verb has
        frame.others.extend(joined_before_plural(article, sentence, hit.first, subject))
    visitors = set()
    if companion is not None:
        frame.others.append(companion)
        visitors = set(range(companion.first, companion.last + 1))
    told_after = None  # where the visitor told after the verb starts
    if subject is not None and subject.first > hit.last and hit.pattern.is_verb and not head:
        # «وصل إلى الرياض وزير الخارجية فيصل المقداد»: the place may come before the visitor
        visitors = {i for m in [subject, *more] for i in range(m.first, m.last + 1)}
        start, told_after = hit.last + 1, subject.first
    to_facility = None  # «إلى مقر المنظمة الدولية في جنيف»: where the «في» after it is
    # «وصل وفد … برئاسة [a long title and two names] إلى دمشق»: the place after the visitors
    reach = max(hit.last + VISIT_REACH, start + PLACE_AFTER_VISITORS)
    # «أمس الأحد الموافق 20 تشرين الأول 2024 إلى»: a date's tokens take no reach nor cost
    reach, dated = _over_dates(article, start, reach)
    after_visitors = max(visitors, default=-2) + 1
    titled = False
    for index in range(start, min(sentence.last, reach)):
        if index in visitors:
            continue
        named = article.person_at.get(index)
        if told_after is not None and named is not None and named.entity == subject.entity:
            # «وصل اليوم، المبعوث الأممي الجديد إلى سوريا “غير بيدرسن” دمشق»: the name his
            # title was resolved to, told after it; the place may come right after the name
            visitors |= set(range(named.first, named.last + 1))
            after_visitors = named.last + 1
            continue
        if index == after_visitors:
            cost = 0  # «زار المبعوث الخاص في سوريا جيمس جيفري، شمال شرق سوريا»: past his title
        token, mention = article.tokens[index], article.other_at.get(index)
        # «وصل وزير الخارجية في حكومة تصريف الأعمال اللبنانية، عبدالله بو حبيب، … إلى دمشق»:
        # from its first title word, what comes before a visitor told after the verb is his
        # title, its places his posts; but «زار دمشق وزير الخارجية …»: a place before it
        before_visitor = told_after is not None and index < told_after
        titled = titled or (before_visitor and token.title_like)
        title = titled and before_visitor
        if companion is None and token.is_in(_COMPANY_WORDS):
            after = index + 1
            companion, _ = article.scan_person(after, sentence.last, stop_at_with=True, budget=0)
            if companion is not None:  # «زار لافرينتييف برفقة نائب وزير الخارجية، فيرشينين، …»
                frame.others.append(companion)
                visitors |= set(range(index + 1, companion.last + 1))
                continue
        if (
            token.is_in(words.TO_WORDS) or (hit.pattern.lands and token.is_in(words.LOCATIVE_WORDS))
        ) and article.word(index + 1, words.FACILITY_WORDS):
            to_facility = index + 1  # «إلى مقر», «حطت طائرة … في مطار الملك عبد العزيز بجدة»
        elif to_facility is None and hit.pattern.arrives and token.is_in(words.FACILITY_WORDS):
            to_facility = index  # «وصل مطار الملك خالد الدولي بالرياض»: reached with no «إلى»
        if mention and article.is_event_place(mention) and not article.in_envoy_title(mention):
            lead = index - 1
            while lead > hit.last and article.word(lead, _CITY_FACILITY_OR_REGION):
                lead -= 1  # «إلى مدينة جنيف», «إلى مطار دمشق», «إلى شمال شرق سوريا»
            after_to = article.word(lead, words.TO_WORDS) or mention.match.prefix == "ل"
            # «زار … كلا من السعودية والإمارات»: each of the places is the object
            after_to = after_to or (hit.pattern.takes_place_object and _each_of(article, lead))
            # «يتوجه إلى كل من موسكو وبكين»
            after_to = after_to or (
                _each_of(article, lead) and article.word(lead - 2, words.TO_WORDS)
            )
            after_to = after_to or (
                to_facility is not None
                and lead - to_facility <= FACILITY_REACH
                and (article.word(lead, words.LOCATIVE_WORDS) or mention.match.prefix.endswith("ب"))
            )
            if hit.pattern.lands:  # «حطت طائرة الوزير في دمشق», «بدمشق», «بمطار دمشق»
                after_to = article.word(lead, words.LOCATIVE_WORDS) or (
                    article.tokens[lead + 1].form.startswith("ب")
                )
            elif hit.pattern.tours:  # «جولة جديدة في السعودية», «جولة إلى الخليج», «جولته من
                # القاهرة»: where it goes first
                after_to = after_to or article.word(lead, words.LOCATIVE_WORDS)
                after_to = after_to or lead == tour_start(article, hit)
            # «السفير الروسي في دمشق»: a place his title puts him in is his post; «زار نائب
            # وزير الخارجية الروسي دمشق برفقة …»: a bare one after the title is where he goes
            post = title and (
                article.word(index - 1, _POST_WORDS) or mention.match.prefix.endswith("ب")
            )
            if after_to or (hit.pattern.takes_place_object and cost == 0 and not post):
                if frame.subject is not None and frame.subject.entity == mention.entity:
                    frame.set_subject(None)  # «زيارة العربي لدمشق»: Damascus visits no one
                if frame.subject is None and hit.pattern.is_verb:
                    frame.set_subject(_visitor_after_place(article, sentence, mention))
                frame.place, frame.span_last = mention.entity, mention.last
                frame.slot = "bare" if cost == 0 else None  # «خلال زيارة إلى مكسيكو»
                frame.slot = "wish" if wisher is not None else frame.slot
                frame.slot = "invited" if invited is not None else frame.slot
                frame.further_places = _joined_places(article, sentence, mention)
                frame.next_places = _followed_by(
                    article, sentence, [mention, *frame.further_places]
                )
                last = max(m.last for m in [mention, *frame.further_places])
                if companion is None and hit.pattern.is_verb:
                    frame.others.extend(_company_after(article, sentence, last + 1))
                return frame
        # «اليوم الثلثاء (9 سبتمبر / أيلول 2014)»: a date's numbers cost nothing either
        filler = is_title_like(token) or token.is_in(_DATE_OR_TO) or token.form.isdigit()
        filler = filler or index in dated or (index + 1 in dated and token.is_in(_LOCATIVE))
        filler = filler or token.is_in(_REGION_WORDS)  # «زار … شمال شرق سوريا»
        # «زار … العاصمة دمشق», «زار مدينة حلب»: the word naming the place's kind
        filler = filler or (token.is_in(words.CITY_WORDS) and index + 1 in article.other_at)
        # «زار كلا من السعودية والإمارات»: «each of» leads to the places
        filler = (
            filler
            or token.is_in(words.EACH_WORDS)
            or _each_of(article, index)
            # «زار خلال الأيام الماضية»: a time, not a phrase of its own
            or (token.is_in(words.DURING_WORDS) and article.word(index + 1, words.DATE_WORDS))
        )
        # «إلى مقر إقامته في أحد فنادق العاصمة السورية»: the facility's words lead to its city
        filler = filler or (to_facility is not None and index <= to_facility + FACILITY_REACH + 1)
        if token.is_word and index not in article.other_at and not (filler or title):
            cost += 1
        if hit.pattern.is_verb and _on_a_visit(article, index):
            continue  # «غادر الملك … في زيارة عمل إلى موسكو»: the trip the verb starts
        if cost > NAME_BUDGET or (
            index > hit.last and article.is_trigger_word(index) and not title
        ):
            break
    if (
        hit.pattern.is_verb
        and subject is not None
        and (heading := _heading_to(article, sentence, start))
    ):
        # «غادر كوفي عنان، مبعوث …، بشأن الأزمة السورية، القاهرة، صباح اليوم السبت، متوجهاً
        # إلى العاصمة السورية دمشق»: where the trip goes, however long the way to it
        frame.place, frame.span_last = heading.entity, heading.last
        return frame
    return None


_POST_WORDS = frozenset("في لدي".split())  # «السفير الروسي في دمشق», «سفير روسيا لدى سوريا»
# «شمال شرق سوريا», «جنوبي لبنان»: part of a country, visited as the country
_REGION_WORDS = frozenset("شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي".split())
_CITY_FACILITY_OR_REGION = words.CITY_OR_FACILITY_WORDS | _REGION_WORDS


def _on_a_visit(article: ArticleText, index: int) -> bool:
    """Whether token `index` is the visit noun of «في زيارة»: what a travel verb is for."""
    return article.word(index - 1, words.LOCATIVE_WORDS) and any(
        pattern.kind == VISIT and not pattern.is_verb and not pattern.tours
        for pattern, _ in article.tokens[index].heads
    )


_COMPANY_WORDS = frozenset("برفقه بصحبه".split())  # «برفقة نائب وزير الخارجية»
_COMING_WORDS = frozenset("قادما قادمه قادمين قادمان".split())  # «قادما من القاهرة»


_WITHIN_WORDS, _VISIT_NOUNS = frozenset("ضمن سياق اطار".split()), frozenset(("زياره",))


def _sole_traveller_before(
    article: ArticleText, sentence: Sentence, hit: TriggerHit
) -> Mention | None:
    """«عاد المقداد إلى دمشق بعد زيارة إلى القاهرة»: after «بعد» or «عقب», a visit noun no
    one is named with is the trip of the one person the clause named before it; so is the tour
    a visit of his comes within («تأتي زيارة المقداد في سياق الجولة»), but not the tour of a
    delegation a speaker tells of («قال بوتين إن الوفد سيزور دمشق ضمن جولة»)."""
    within = hit.pattern.tours and article.word(hit.first - 1, _WITHIN_WORDS)
    people = article.people(sentence.first, hit.first)
    if len(people) != 1 or not (within or article.word(hit.first - 1, words.AFTER_WORDS)):
        return None
    return people[0] if not within or article.word(people[0].first - 1, _VISIT_NOUNS) else None


def _each_of(article: ArticleText, index: int) -> bool:
    """Whether token `index` is the «من» of «كلا من»."""
    return article.tokens[index].form == "من" and article.word(index - 1, words.EACH_WORDS)


_AT_THE_HEAD_WORDS = frozenset(("راس",))  # «على رأس وفد يضم …»
DELEGATION_REACH = 5  # «على رأس وفد سياسي واقتصادي رفيع يضم»: from «رأس» to «يضم»


def _company_after(article: ArticleText, sentence: Sentence, index: int) -> list[Mention]:
    """«وصل … إلى دمشق برفقة وزير الدولة خليفة شاهين المرر», «… على رأس وفد يضم مساعده
    حسين جابري أنصاري»: who comes along, told after the destination."""
    index += index < sentence.last and article.tokens[index].form in COMMAS
    if article.word(index, words.ON_WORDS) and article.word(index + 1, _AT_THE_HEAD_WORDS):
        end = min(sentence.last, index + 2 + DELEGATION_REACH)
        tokens = article.tokens
        index = next(
            (i + 1 for i in range(index + 2, end) if words.TOUR_INCLUDES.fullmatch(tokens[i].form)),
            None,
        )
    elif article.word(index, _COMPANY_WORDS):
        index += 1
    else:
        return []
    if index is None:
        return []
    first, _ = article.scan_person(index, sentence.last, stop_at_with=True, budget=0)
    if first is None:
        return []
    after = first.last + 1
    if after < sentence.last and article.tokens[after].form in COMMAS:
        # «برفقة مساعده رمزي، ونائب وزير الخارجية السوري فيصل المقداد»: the host who meets
        # him there comes along from the airport, not on the trip
        return [first]
    return [first, *article.coordinated_people(after, sentence)]


def _in_company(article: ArticleText, person: Mention) -> bool:
    """Whether «برفقة» leads to the person, over his title and a comma."""
    index = person.first - 1
    while index >= 0 and (article.tokens[index].title_like or article.tokens[index].form in COMMAS):
        index -= 1
    return article.word(index, _COMPANY_WORDS)


HEADING_REACH = 30  # from who travels to «متوجهاً إلى», over his titles and the day
HEADING_WORDS = frozenset("متوجها متجها متوجهه متجهه متوجهين متجهين".split())


def _heading_to(article: ArticleText, sentence: Sentence, start: int) -> Mention | None:
    """The place after «متوجهاً إلى» (over «العاصمة السورية») in the clause of a travel verb;
    None past another event."""
    for index in range(start, min(sentence.last - 2, start + HEADING_REACH)):
        if article.is_trigger_word(index):
            return None
        if not (article.word(index, HEADING_WORDS) and article.word(index + 1, words.TO_WORDS)):
            continue
        for place in range(index + 2, min(sentence.last, index + 2 + CITY_TITLE_WORDS)):
            mention = article.other_at.get(place)
            if mention is not None and mention.first == place and article.is_event_place(mention):
                return mention  # «العاصمة السورية» or «دمشق»: the same place
            if not (
                article.word(place, words.CITY_OR_FACILITY_WORDS)
                or is_adjective(article.tokens[place])  # «العاصمة السورية دمشق»
            ):
                return None
        return None
    return None


def _a_place_travelling(article: ArticleText, subject: Mention) -> bool:
    """Whether a visit's subject is a place named as a place: a state travels only as the
    adjective of a delegation («وفد روسي») or after «وفد» («وفد روسيا»)."""
    return (
        subject.match.kind == PLACE
        and not subject.match.adjective
        and not article.word(subject.first - 1, words.DELEGATION_WORDS)
    )


def _visitor_after_place(
    article: ArticleText, sentence: Sentence, place: Mention
) -> Mention | None:
    """«وصل إلى مطار العاصمة السورية دمشق، الشيخ عبد الله بن زايد»: the visitor named right
    after where he arrives."""
    after = article.past_place(place)  # «العاصمة السورية دمشق»
    after += after < sentence.last and article.tokens[after].form in COMMAS
    after = article.past_date_phrase(after, sentence.last)  # «أستانا، اليوم الاثنين، الوفد»
    if article.word(after, _COMING_WORDS) and article.word(after + 1, words.FROM_WORDS):
        origin = article.other_at.get(after + 2)  # «قادما من القاهرة وفد بعثة المراقبين»
        if origin is not None and origin.match.kind == PLACE:
            after = article.past_place(origin)
            after += after < sentence.last and article.tokens[after].form in COMMAS
    visitor, body = article.scan_person(after, sentence.last, stop_at_with=True, budget=0)
    if (
        visitor is None
        and body is not None
        and article.word(body.first - 1, words.DELEGATION_WORDS)
    ):
        return body  # «وصل إلى العاصمة الكازاخستانية أستانا، اليوم الاثنين، الوفد السوري»
    return visitor


def _followed_by(article: ArticleText, sentence: Sentence, places: list[Mention]) -> list[Mention]:
    """«في زيارة إلى سوريا تليها إلى تركيا»: the trip that comes next, to the place after it."""
    index = article.past_place(places[-1])
    index += index < sentence.last and article.tokens[index].form in COMMAS
    if index + 2 >= sentence.last or not words.FOLLOWED_BY.fullmatch(article.tokens[index].form):
        return []
    index += 1 + bool(words.VISIT_NOUN.fullmatch(article.tokens[index + 1].form))
    if article.word(index, words.TO_WORDS):
        place = article.other_at.get(index + 1)
    else:  # «سيزور السعودية وتليها الأردن»: the place right after it
        place = article.other_at.get(index)
        place = place if place is not None and place.first == index else None
    return [place] if place is not None and article.is_event_place(place) else []


def _joined_places(article: ArticleText, sentence: Sentence, place: Mention) -> list[Mention]:
    """«زار موسكو وطهران», «عقب زيارته العاصمة الروسية موسكو، والعاصمة الإيرانية طهران»:
    the places joined to the first by «و» are visited too."""
    joined, last = [], place
    while True:
        index = article.past_place(last)  # «موسكو الروسية»
        while index < sentence.last and article.tokens[index].form in COMMAS_AND_QUOTES:
            index += 1  # «“اسرائيل” والأردن», «موسكو، وطهران»
        if index >= sentence.last or not article.tokens[index].form.startswith("و"):
            return joined
        found = None
        for position in range(index, min(sentence.last, index + 4)):
            mention = article.other_at.get(position)
            if (
                mention is not None
                and mention.first == position
                and article.is_event_place(mention)
            ):
                found = mention
                break
            # «والعاصمة الإيرانية طهران», «وإلى طهران»: over what leads to the place only
            if not (
                article.word(position, _CITY_OR_TO)
                or (position > index and is_title_like(article.tokens[position]))
            ):
                break
        if found is None or found.entity in {place.entity, *(m.entity for m in joined)}:
            return joined
        if not _ends_place(article, sentence, found):
            return joined  # «وصل إلى موسكو وسوريا تنتظر»: a new clause
        joined.append(found)
        last = found


# What may follow a place in a list of destinations: «وطهران، لمناقشة», «وطهران الأسبوع
# الماضي», «وطهران حيث التقى», «وطهران خلال جولة», «والدوحة وأبوظبي».
_AFTER_DESTINATION = (
    words.DATE_WORDS
    | words.LOCATIVE_WORDS
    | words.WHERE_WORDS
    | words.DURING_WORDS
    | words.FROM_WORDS
    | words.ON_WORDS
    | words.TO_WORDS
    | frozenset("ضمن قبل بعد عقب في".split())
)


def _ends_place(article: ArticleText, sentence: Sentence, place: Mention) -> bool:
    index = article.past_place(place)
    if index >= sentence.last:
        return True
    token = article.tokens[index]
    return (
        not token.is_word
        or token.form.startswith(("ل", "و"))
        or index in article.date_last
        or token.is_in(_AFTER_DESTINATION)
        # «لسوريا وتركيا تضامناً معها»: an adverb, its nunation written
        or _NUNATION in article.text[article.starts[index] : article.ends[index]]
    )


def purpose_gatherings(
    article: ArticleText, sentence: Sentence, frames: list[Frame]
) -> list[Frame]:
    """«وصل الوفد السوري إلى أستانا للمشاركة في الاجتماع الدولي التاسع عشر حول سوريا»: the
    gathering a trip goes to take part in, held where the trip goes, with the travellers and
    the body it is of («في الجولة الثالثة المصغرة لـ"اللجنة الدستورية"»); when the sentence
    has not told it already."""
    trips = [
        frame
        for frame in frames
        if frame.kind == VISIT and frame.place and frame.members and frame.slot != "tour"
    ]
    if not trips:
        return []  # the cheap test first: most sentences tell no trip
    # «للمشاركة في الجولة الثالثة من اجتماعات اللجنة»: the round of a gathering told already
    told = {
        i
        for frame in frames
        for i in range(frame.hit.first - PURPOSE_NAME_REACH, frame.hit.last + 1)
    }
    hits = {hit.first: hit for hit in article.triggers(sentence) if not hit.pattern.is_verb}
    found = []
    for trip in trips:
        start = max([trip.span_last, trip.hit.last, *(m.last for m in trip.members)]) + 1
        for index in range(start, min(sentence.last - 1, start + PURPOSE_REACH)):
            if not article.word(index, words.TAKE_PART_WORDS):
                continue
            noun = index + 1 + article.word(index + 1, words.LOCATIVE_WORDS)
            noun += article.word(noun, words.WORKS_WORDS)  # «للمشاركة في أعمال القمة»
            hit = hits.get(noun)
            if hit is None or noun in told or not (hit.pattern.tours or hit.pattern.kind != VISIT):
                break  # a round («الجولة الثالثة») or a gathering, not another trip
            if hit.pattern.kind == PHONE_CALL:
                break
            gathering = Frame(hit, CONFERENCE, sentence, span_last=hit.last)
            gathering.place, gathering.others = trip.place, list(trip.members)
            body = next(
                (
                    article.other_at[i]
                    for i in range(hit.last + 1, min(sentence.last, hit.last + PURPOSE_NAME_REACH))
                    if i in article.other_at and article.other_at[i].match.kind == ORGANIZATION
                ),
                None,
            )
            if body is not None and not article.any_word(
                hit.last + 1, body.first, words.TOPIC_WORDS
            ):
                gathering.others.append(body)
            found.append(gathering)
            break
    return found
