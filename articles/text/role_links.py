"""Offices the text names, for articles.text.linking: a role phrase («وزير الخارجية الروسي»)
or a counterpart («نظيره الأردني») resolves to the person who held it at the article's date,
or gives the named person beside it that role. Pure Python: no Django.
"""

import re
from dataclasses import dataclass
from datetime import date

from articles.text.anchored_scan import AnchoredPattern
from articles.text.hit_context import is_deputy_title, named_at_death
from articles.text.mentions import COUNTRY_ADJECTIVES, PERSON, Match

# An envoy's title going on to another destination than Syria: «المبعوث الأممي إلى اليمن».
_ELSEWHERE_RE = re.compile(
    r"\s+(?:الي|لدي)\s+(?!سوري|دمشق|الشرق)\w"
    r"|\s+ل(?!ل?(?:سوري|ازمه|ملف|شؤون|شان|تسويه|حل|سلام|امين|امم|جامعه))\w{3}"
)
_COUNTERPART_RE = re.compile(
    r"(?<!\w)(?:و|ف|ب|ل)?(نظير(?:ه|ها|يه|يها|هم)?|نظراء(?:ه|ها)?|نظرائ(?:ه|ها|هم))"
    r"\s+(ال\w+)((?:\s*[،,]?\s*وال\w+)*)"
)
_MORE_ADJECTIVES_RE = re.compile(r"و(ال\w+)")
# «نظرائه في السعودية ومصر وإيران»: the counterparts by the states they serve
_COUNTERPARTS_IN_RE = re.compile(
    r"(?<!\w)(?:و|ف|ب|ل)?(نظيري(?:ه|ها)|نظراء(?:ه|ها)?|نظرائ(?:ه|ها|هم))\s+في\s+"
)
_COUNTERPART_WORDS = ("نظير", "نظراء", "نظرائ")
_COUNTERPARTS = AnchoredPattern(_COUNTERPART_RE, _COUNTERPART_WORDS, reach=len("و"))
_COUNTERPARTS_IN = AnchoredPattern(_COUNTERPARTS_IN_RE, _COUNTERPART_WORDS, reach=len("و"))


@dataclass(frozen=True)
class RoleEntry:
    holder: str  # person slug
    role: str  # role kind: foreign-minister, head-of-state, envoy…
    role_of: str | None  # country or organization slug
    start: date | None
    end: date | None
    phrases: tuple[str, ...]
    is_envoy: bool = False

    def held_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def overlaps(self, earliest: date | None, latest: date | None) -> bool:
        return (self.start is None or latest is None or self.start <= latest) and (
            self.end is None or earliest is None or earliest <= self.end
        )


def display_span(offsets: list[int], hit, with_prefix: bool = True) -> tuple[int, int]:
    start = hit.start - (len(hit.prefix) if with_prefix else 0)
    return offsets[start], offsets[hit.end - 1] + 1


def nearest_person(
    person_spans: list[tuple[int, int, str]],
    start: int,
    end: int,
    normalized: str,
    allow_before: bool = True,
) -> str | None:
    """A person named right after a role phrase, or right before it after a comma."""
    for person_start, person_end, entity in person_spans:
        gap_after = normalized[end:person_start]
        if 0 <= person_start - end <= 30 and len(gap_after.split()) <= 2 and "." not in gap_after:
            return entity
        gap_before = normalized[person_end:start]
        if allow_before and 0 <= start - person_end <= 4 and gap_before.strip() in ("", "،", ","):
            return entity
    return None


def office_holder(
    candidates: list[RoleEntry], on: date | None, window: tuple[date | None, date | None]
) -> RoleEntry | None:
    if on is not None:
        holding = [role for role in candidates if role.held_on(on)]
    else:
        holding = [role for role in candidates if role.overlaps(*window)]
        if len({role.holder for role in holding}) > 1:
            # «نظيره الإيراني» in a window that opens on a handover day: not the one who left
            holding = [role for role in holding if not _only_on_the_edge(role, window)] or holding
    holders = {role.holder for role in holding}
    if len(holders) == 1:
        return holding[0]
    return None


def _only_on_the_edge(role: RoleEntry, window: tuple[date | None, date | None]) -> bool:
    """Whether a role meets the window on its first or last day only."""
    earliest, latest = window
    return (earliest is not None and role.end == earliest) or (
        latest is not None and role.start == latest
    )


def link_roles(
    text,
    normalized,
    offsets,
    gazetteer,
    role_hits,
    person_spans,
    on,
    window,
    result,
    attach_named=False,
):
    for hit in role_hits:
        roles = gazetteer.holders(key.role_index for key in hit.keys)
        named = nearest_person(person_spans, hit.start, hit.end, normalized)
        if named is not None and not _holds_such_an_office(gazetteer, named, roles):
            # «استقبل الأسد وزير الخارجية الروسي»: the name before is no minister's
            named = nearest_person(person_spans, hit.start, hit.end, normalized, False)
        if named is not None:
            if attach_named and not named_at_death(normalized, hit.start - len(hit.prefix)):
                for role in roles:
                    if role.holder == named:
                        result.roles_in_text.append((named, role))
                        break
            continue
        if on is None and window == (None, None):
            continue
        role = office_holder(roles, on, window)
        if role is None or (role.is_envoy and _ELSEWHERE_RE.match(normalized, hit.end)):
            continue  # «مبعوث الأمم المتحدة إلى اليمن»: another envoy
        start, end = display_span(offsets, hit)
        reason = f"role «{hit.keys[0].alias}» held by this person at the article's date"
        result.matches.append(_office_match(text, start, end, role, reason, hit.prefix))


def _holds_such_an_office(gazetteer, person: str, roles: list[RoleEntry]) -> bool:
    kinds = {role.role for role in roles}
    return any(role.role in kinds for role in gazetteer.roles_by_holder.get(person, ()))


def link_counterparts(
    text, normalized, offsets, gazetteer, person_spans, on, window, result, attach_named=False
):
    """«نظيره الأردني»: the same office as the person it refers back to, in another state;
    «نظيريه الروسي والتركي»: one in each."""
    context = (text, normalized, offsets, gazetteer, person_spans, on, window, result)
    for found in _COUNTERPARTS.finditer(normalized):
        noun = found.group(1)
        # «بنظيره التركي»: the noun's proclitics are the first one's
        sides = [
            (
                found.group(2),
                found.start(),
                found.end(2),
                normalized[found.start() : found.start(1)],
            )
        ]
        if noun.startswith(("نظيري", "نظراء", "نظرائ")):
            # «نظيريه الروسي والتركي», «نظرائه السعودي والمصري والإيراني»: one in each
            for more in _MORE_ADJECTIVES_RE.finditer(normalized, found.start(3), found.end(3)):
                sides.append((more.group(1), more.start(), more.end(), "و"))  # «والتركي»
        for adjective, first, last, prefix in sides:
            country = COUNTRY_ADJECTIVES.get(adjective)
            if country is not None:
                side = (noun, adjective, first, last, prefix, country)
                _link_counterpart(context, side, attach_named)
    for found in _COUNTERPARTS_IN.finditer(normalized):
        states = _listed_states(normalized, found.end(), gazetteer.state_words)
        if len(states) < 2:
            continue  # «التقى نظراءه في مصر»: where he met them, not whose they are
        for number, (country, first, last, prefix) in enumerate(states):
            first = found.start() if number == 0 else first
            side = (found.group(1), country, first, last, prefix, country)
            _link_counterpart(context, side, attach_named)


def _link_counterpart(context, side, attach_named: bool) -> None:
    text, normalized, offsets, gazetteer, person_spans, on, window, result = context
    noun, adjective, first, last, prefix, country = side
    whose = _whose_counterpart(normalized, offsets, person_spans, result, first, country)
    role_kind = _counterpart_kind(gazetteer, whose, country, on, window)
    candidates = _office_holders(gazetteer, role_kind, country)
    # «التقى لافروف نظيره الأردني»: the name before is the other side, not the counterpart.
    named = nearest_person(person_spans, first, last, normalized, allow_before=False)
    if named is not None:
        if attach_named:
            for role in candidates:
                if role.holder == named:
                    result.roles_in_text.append((named, role))
        return
    role = office_holder(candidates, on, window) if (on or window != (None, None)) else None
    reason = f"«{noun} {adjective}»: the {role_kind} of {country} at the article's date"
    if role is None:
        # «نظيريه الروسي والإيراني» where the date allows two presidents of Iran: the one
        # the article names
        role = _named_holder(candidates, on, window, {entity for *_, entity in person_spans})
        reason = f"«{noun} {adjective}»: the {role_kind} of {country} the article names"
    if role is None:
        listed = (first, last, country, prefix)
        if candidates and listed not in result.listed_offices:
            # «نظيره السوري» in a window two ministers share, or with no date at all: the
            # state, in the events (a holder the date names later takes its place)
            result.listed_offices.append(listed)
        return
    start, end = offsets[first], offsets[last - 1] + 1
    result.matches.append(_office_match(text, start, end, role, reason, prefix))


# States whose president heads the government, and since when: a prime minister's counterpart
# there is the president. (The office missing from the gazetteer elsewhere says nothing: the
# counterpart is left to the state.)
_NO_PRIME_MINISTER_SINCE = {
    "united-states": date.min,
    "iran": date.min,
    "turkey": date(2018, 7, 9),  # the premiership abolished
}
# Left out of the gazetteer on purpose: a president's counterpart there is the prime minister.
_HEAD_OF_STATE_LEFT_OUT = frozenset({"united-kingdom"})


def _counterpart_kind(gazetteer, whose: str | None, country: str, on, window) -> str:
    """The office «نظيره» holds in `country`: the one `whose` holds at the article's date. A
    head of state's counterpart is a head of state (in the UK, the prime minister), a head of
    government's a head of government («رئيس الوزراء الروسي ونظيره الصيني»; in a state whose
    president heads the government, «نظيره الإيراني», the president); anyone else's, or a
    head of government's who is also foreign minister (Qatar's «رئيس مجلس الوزراء وزير
    الخارجية»), a foreign minister."""

    def in_time(role: RoleEntry) -> bool:
        return role.held_on(on) if on is not None else role.overlaps(*window)

    held = {role.role for role in gazetteer.roles_by_holder.get(whose, ()) if in_time(role)}
    if "head-of-state" in held:
        return "head-of-government" if country in _HEAD_OF_STATE_LEFT_OUT else "head-of-state"
    if "head-of-government" in held and "foreign-minister" not in held:
        since = _NO_PRIME_MINISTER_SINCE.get(country)
        earliest = on if on is not None else window[0]
        no_prime_minister = since is not None and earliest is not None and earliest >= since
        return "head-of-state" if no_prime_minister else "head-of-government"
    return "foreign-minister"


def _whose_counterpart(normalized, offsets, person_spans, result, first, country) -> str | None:
    """Whose counterpart «نظيره» at normalized `first` is: the person named last before it
    in its sentence; else the first office its sentence named before it, of another state
    («أجرى الرئيس الروسي اتصالا هاتفيا بنظيره التركي», «وصل وزير الخارجية الروسي إلى أنقرة
    حيث التقى الرئيس التركي ونظيره التركي»); else the person named last before it."""
    sentence_start = max(normalized.rfind(end, 0, first) for end in ".!?؟\n") + 1
    before = [(end, start, entity) for start, end, entity in person_spans if end <= first]
    named = max(before)[2] if before else None  # spans are not in text order
    if any(sentence_start <= start for _, start, _ in before):
        return named
    offices = [
        match
        for match in result.matches
        if match.kind == PERSON
        and match.role_of != country
        and offsets[sentence_start] <= match.start
        and match.end <= offsets[first]
    ]
    return min(offices, key=lambda match: match.start).entity if offices else named


# Offices in the plural or dual with the states they are of: «وزراء خارجية أمريكا وروسيا»,
# «وزيري الخارجية الروسي والتركي», «الرئيسين الروسي والتركي», «رؤساء دول روسيا وتركيا»,
# «زعماء تركيا وروسيا وإيران».
_PLURAL_OFFICE_RE = re.compile(
    r"(?<!\w)(?:[وفبل]|لل)?(?:ال)?(?:(?P<minister>وزراء|وزيرا|وزيري|وزيران|وزيرين)\s+(?:ال)?خارجيه"
    r"|(?P<head>رؤساء|رئيسا|رئيسان|رئيسين)(?:\s+دول)?"  # not «رئيسي»: Raisi, «main»
    r"|(?P<leader>زعماء|قاده))(?!\w)"
)
_PLURAL_OFFICES = AnchoredPattern(
    _PLURAL_OFFICE_RE, ("وزراء", "وزير", "رؤساء", "رئيس", "زعماء", "قاده"), reach=len("للال")
)
# «وزراء خارجية الدول الثلاث، روسيا وتركيا وإيران», «زعماء الدول الضامنة لمسار أستانا:
# …»: the states named after the group they form.
_STATES_GROUP_RE = re.compile(
    r"\s+(?:ال)?دول(?:\s+(?:ال)?(?:ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ضامنه)){1,2}"
    r"(?:\s+ل(?:مسار|عمليه|محادثات|صيغه)\s+\w+)?\s*[،,:(]?(?:\s*و?هي(?!\w))?"
)
# Where a state's leader is its head of government, not its head of state.
_LED_BY_GOVERNMENT = frozenset({"germany", "united-kingdom", "iraq", "israel", "italy", "japan"})
_STATE_LIST_REACH = 12  # words: «وزراء خارجية أمريكا، وروسيا، وإيران، والسعودية، وألمانيا …»
_LIST_TOKEN_RE = re.compile(r"\w+|[،,]")
_MAX_STATE_WORDS = 3  # «الولايات المتحدة الأمريكية»


def link_plural_offices(text, normalized, offsets, gazetteer, person_spans, on, window, result):
    """«وزراء خارجية أمريكا وروسيا وإيران»: the holder of each state's office at the
    article's date, one mention a state (the first with the office's words); a state whose
    holder the text names right after it («والتركي رجب طيب أردوغان») is left to that name."""
    if on is None and window == (None, None):
        return
    people = [(m.start, m.end) for m in result.matches if m.kind == PERSON]
    named = {entity for *_, entity in person_spans}
    for found in _PLURAL_OFFICES.finditer(normalized):
        if is_deputy_title(normalized, found.start()):
            continue  # «نائبي وزيري الخارجية الأمريكية والروسية»: their deputies
        list_start = found.end()
        if group := _STATES_GROUP_RE.match(normalized, list_start):
            list_start = group.end()
        states = _listed_states(normalized, list_start, gazetteer.state_words)
        if len({state for state, *_ in states}) < 2:
            continue
        for number, (state, first, last, prefix) in enumerate(states):
            kind = (
                "foreign-minister"
                if found.group("minister")
                else "head-of-government"
                if found.group("leader") and state in _LED_BY_GOVERNMENT
                else "head-of-state"
            )
            if any(
                start >= last and normalized[last:start].strip(" ،,") == ""
                for start, _, _ in person_spans
            ):
                continue  # «الرئيسين الروسي فلاديمير بوتين والتركي …»: named
            candidates = _office_holders(gazetteer, kind, state)
            role = office_holder(candidates, on, window) or _named_holder(
                candidates, on, window, named
            )
            if role is None:  # the state stands for him in the events, as the others do
                listed = (found.start() if number == 0 else first, last, state, prefix)
                if listed not in result.listed_offices:
                    result.listed_offices.append(listed)
                continue
            start = offsets[found.start() if number == 0 else first]
            end = offsets[last - 1] + 1
            if any(left < end and start < right for left, right in people):
                continue  # resolved already
            office = normalized[found.start() : found.end()]
            reason = f"«{office}» of {state}: its {kind} at the article's date"
            result.matches.append(_office_match(text, start, end, role, reason, prefix))


def _listed_states(normalized: str, position: int, state_words: dict[str, str]) -> list:
    """(state, start, end, prefix) of the states «و» and commas join on from `position`:
    «أمريكا وروسيا»; the second and later with their «و» (prefix «و»), unless it stands
    apart («الولايات المتحدة و روسيا»)."""
    tokens = []
    for token in _LIST_TOKEN_RE.finditer(normalized, position):
        if len(tokens) >= _STATE_LIST_REACH * 2 or "\n" in normalized[position : token.start()]:
            break
        tokens.append(token)
        position = token.end()
    states, index = [], 0
    while index < len(tokens):
        if tokens[index].group() in "،,":
            index += 1
            continue
        joined = bool(states)
        prefix = "و" if joined else ""
        if joined and tokens[index].group() == "و":
            index, joined, prefix = index + 1, False, ""  # «و روسيا»
        found = None
        for size in range(min(_MAX_STATE_WORDS, len(tokens) - index), 0, -1):
            words = " ".join(token.group() for token in tokens[index : index + size])
            if joined:
                if not words.startswith("و"):
                    break
                words = words[1:]
            if (state := state_words.get(words)) is not None:
                found = (state, tokens[index].start(), tokens[index + size - 1].end(), size)
                break
        if found is None:
            break
        state, first, last, size = found
        states.append((state, first, last, prefix))
        index += size
    return states


def _office_holders(gazetteer, kind: str, state: str) -> list[RoleEntry]:
    """Every term of the office of this kind of this state."""
    return list(gazetteer.roles_by_office.get((kind, state), ()))


def _named_holder(candidates: list[RoleEntry], on, window, named: set[str]) -> RoleEntry | None:
    """The one holder of the office at the article's possible dates whom the article names."""
    possible = [
        role
        for role in candidates
        if role.holder in named and (role.held_on(on) if on is not None else role.overlaps(*window))
    ]
    return possible[0] if len({role.holder for role in possible}) == 1 else None


def unnamed_offices(result, gazetteer) -> list[Match]:
    """«وزير الخارجية الكازاخي», «سفير أذربيجان», «نظيره الأذربيجاني» with no name beside
    them and no holder the gazetteer knows at the article's date: the state stands for its
    official in what he does (the events read them; they are no mentions of the state)."""
    if result._role_context is None:
        return []
    text, normalized, offsets = result._role_context[0], result.normalized, result.offsets
    person_spans = result._role_context[5]
    people = [(match.start, match.end) for match in result.matches if match.kind == PERSON]
    # «وصل وزير الخارجية الأردني أيمن الصفدي … إذ بحث الوزير الأردني»: where the article
    # names an official of the state, its office may be him told again; the events judge.
    served = {
        role.role_of
        for match in result.matches
        if match.kind == PERSON
        for role in gazetteer.roles_by_holder.get(match.entity, ())
    }
    found = []
    for start, end, state, prefix in result.listed_offices:
        # a counterpart or a state in a plural office whose holder the date leaves open
        first, last = offsets[start], offsets[end - 1] + 1
        if not any(other_start < last and first < other_end for other_start, other_end in people):
            reason = f"office of {state}; the article's date leaves its holder open"
            found.append(
                Match(
                    state,
                    PERSON,
                    first,
                    last,
                    text[first:last],
                    reason,
                    role_of=state,
                    prefix=prefix,
                    office=True,
                )
            )
    listed = [(start, end) for start, end, *_ in result.listed_offices]
    for start, end, state in result.offices:
        if any(left < end and start < right for left, right in listed):
            continue  # «نظيريه التركي والإيراني»: each side stands in on its own, once
        first, last = offsets[start], offsets[end - 1] + 1
        if any(other_start < last and first < other_end for other_start, other_end in people):
            continue  # its holder, resolved; or part of a name
        if nearest_person(person_spans, start, end, normalized, allow_before=False):
            continue  # «وزير الخارجية الأذربيجاني X»
        if any(_introduces(text, last, candidate.start) for candidate in result.candidates):
            continue  # «السفير السوري لدى العراق صطام جدعان الدحدح»: someone the gazetteer lacks
        if _holder_before(person_spans, start, normalized, state, gazetteer):
            continue  # «لافروف وزير الخارجية الروسي»
        if state in served:
            # «زار المبعوث الأمريكي الخاص في سوريا جيمس جيفري … واتجه المبعوث الأمريكي بعدها»
            holder = None
            if not is_deputy_title(normalized, start):  # not «مساعد وزير الخارجية الإيراني»
                holder = _titled_before(person_spans, start, normalized, state, gazetteer)
            if holder is not None:
                reason = f"the office the text gave {holder} before"
                found.append(
                    Match(holder, PERSON, first, last, text[first:last], reason, office=True)
                )
            continue
        reason = f"office of {state}; its holder is not named"
        found.append(
            Match(state, PERSON, first, last, text[first:last], reason, role_of=state, office=True)
        )
    return found


TITLE_BEFORE_NAME = 60  # «المبعوث الأمريكي الخاص في سوريا جيمس جيفري»: the title's reach
# Titles one person holds, which the text may use again for him alone, and the offices they
# name
_HEAD_KINDS = {
    "وزير": {"foreign-minister", "minister-of-state"},
    "رئيس": {"head-of-state", "head-of-government", "chair"},
    "مبعوث": {"envoy", "deputy-envoy"},
    "موفد": {"envoy", "deputy-envoy"},
    "ممثل": {"envoy", "deputy-envoy", "ambassador"},
    "سفير": {"ambassador"},
    "امين": {"secretary-general"},
    "متحدث": {"spokesperson"},
    "ملك": {"head-of-state"},
    "امير": {"head-of-state", "crown-prince"},
}
_PERSONAL_TITLES = frozenset(_HEAD_KINDS)
_WORD_RE = re.compile(r"\w+")


def _personal_title(word: str) -> str | None:
    """«والمبعوث» → «مبعوث», «وزير» → «وزير» (its «و» is its own), «وزارة» → None."""
    for form in (word, word[1:] if word[:1] in "وفبل" else ""):
        for bare in (
            form,
            form[2:] if form.startswith("ال") else "",
            form[2:] if form.startswith("لل") else "",
        ):
            if bare in _PERSONAL_TITLES:
                return bare
    return None


def _titled_before(person_spans, start: int, normalized: str, state: str, gazetteer) -> str | None:
    """The one official of `state` the text named before `start` under the same title word
    («المبعوث», «الوزير»), if there is exactly one: the office told again is he."""
    word = _WORD_RE.match(normalized, start)
    head = _personal_title(word.group()) if word else None
    if head is None:
        return None  # «وزارة خارجية كازاخستان» is the ministry, not its spokesman
    title = re.compile(rf"(?<!\w)(?:[وفبل]|لل)?(?:ال)?{head}(?!\w)")
    kinds = _HEAD_KINDS[head]
    found = set()
    for person_start, _, person in person_spans:
        if person_start >= start:
            continue
        roles = gazetteer.roles_by_holder.get(person, ())
        if not any(role.role_of == state and role.role in kinds for role in roles):
            continue  # «السفير الإيراني» is not the foreign minister named before
        window = max(0, person_start - TITLE_BEFORE_NAME)
        before = normalized[window:person_start].rsplit(".", 1)[-1]
        titles = list(title.finditer(before))
        if not titles:
            continue
        title_end = person_start - len(before) + titles[-1].end()
        if any(title_end <= other < person_start for other, _, _ in person_spans):
            continue  # the title is someone else's, named between
        between = normalized[title_end:person_start].split()
        if any(word[:1] == "و" and _personal_title(word[1:]) for word in between):
            continue  # «السفير السوري في طهران ووزير الخارجية الإيراني عباس عراقجي»
        found.add(person)
    return found.pop() if len(found) == 1 else None


NAME_AFTER_OFFICE = 30  # «السفير السوري [لدى العراق] صطام»: from an office to the name it titles


def _introduces(text: str, office_end: int, name_start: int) -> bool:
    between = text[office_end:name_start]
    return 0 <= name_start - office_end <= NAME_AFTER_OFFICE and not any(
        mark in between for mark in ".،,:؛"
    )


def _holder_before(person_spans, start: int, normalized: str, state: str, gazetteer) -> bool:
    """«سيرغي لافروف وزير الخارجية الروسي» names the minister; «استقبل الأسد وزير الخارجية
    الكازاخي» does not: the name right before is the holder unless he served other states."""
    for _, person_end, person in person_spans:
        if 0 <= start - person_end <= 3 and normalized[person_end:start].strip() in ("", "،", ","):
            served = gazetteer.roles_by_holder.get(person, ())
            return not served or any(role.role_of == state for role in served)
    return False


def _office_match(
    text: str, start: int, end: int, role: RoleEntry, reason: str, prefix: str = ""
) -> Match:
    """A mention of an office holder through the office alone; `prefix`: its proclitics
    («بنظيره», «لوزير الخارجية»), or the «و» that joins the second of two counterparts on
    («نظيريه التركي والإيراني»)."""
    return Match(
        entity=role.holder,
        kind=PERSON,
        start=start,
        end=end,
        surface=text[start:end],
        reason=reason,
        is_envoy=role.is_envoy,
        role=role.role,
        role_of=role.role_of,
        prefix=prefix,
    )
