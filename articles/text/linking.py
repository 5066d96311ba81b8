"""Find gazetteer entities in Arabic text. Pure Python: no Django.

One Aho–Corasick automaton holds every normalised alias and role phrase (plus the variants
Arabic spelling produces: «للامم» for «الامم», «الاممالمتحده» run together), and each hit is
checked at word boundaries, where a valid proclitic chain (و ف ب ل ك ال …) may precede it.
Context then decides what a hit means:

* the longest hit wins («عمرو رشدي» over «عمرو», «روسيا اليوم» the broadcaster over «روسيا»),
  but a place inside a document's or body's name still counts («بيان جنيف» names Geneva);
* an ambiguous alias (a bare surname that is also a word or a common name) counts only when
  the entity is named unambiguously somewhere in the same article;
* a role phrase («وزير الخارجية الروسي», «نظيره الأردني») next to a name gives that person
  their role; alone, it names whoever held the office at the article's date;
* a title followed by a name the gazetteer lacks becomes a candidate for curators.

`link()` explains every match in `Match.reason`.
"""

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

import ahocorasick

from articles.text.alias_variants import (
    agreeing_with_the_ministry,
    alias_key,
    country_names_of,
    with_country_names,
    with_other_names,
)
from articles.text.arabic import PROCLITIC_CHAINS, normalize_with_offsets
from articles.text.candidates import Candidate, find_candidates
from articles.text.hit_context import (
    FORMER_RE,
    after_adjective_and,
    agrees_with_a_noun,
    in_a_kunya,
    is_deputy_title,
    is_title_adjective,
    names_another_person,
    office_start,
    quoted_outlet,
    state_before,
)
from articles.text.joined_names import dual_head_matches
from articles.text.mentions import (
    COUNTRY_ADJECTIVES,
    COUNTRY_PLURALS,
    ORGANIZATION,
    PERSON,
    PLACE,
    Match,
)
from articles.text.near_names import NearNames
from articles.text.role_links import (
    RoleEntry,
    display_span,
    link_counterparts,
    link_plural_offices,
    link_roles,
)

_CHAINS = frozenset(PROCLITIC_CHAINS)
# «ل» + «ال» is written «لل»: an alias «الامم» appears as «لامم» after one of these.
_LAM_CHAINS = frozenset(chain for chain in PROCLITIC_CHAINS if chain.endswith("ل"))
# Organizations whose names embed a place without being about it; other organizations
# («بيان جنيف», «مجموعة الدعم الدولية لسوريا») still name their place.
_SUPPRESS_NESTED_KINDS = frozenset({"media", "armed_group"})  # «فيلق القدس» is not Jerusalem
# Two-letter aliases («بو», «لا») hit inside countless words for no gain.
MIN_ALIAS_CHARS = 3
_DOCUMENT_KINDS = frozenset({"instrument", "process"})
# Nunation marks: a word that carries one («دومًا», «أخيرًا») is indefinite, not a name.
_TANWIN_RE = re.compile("[\u064b-\u064d]")
_MARKS_RE = re.compile("[\u064b-\u0652\u0670]")  # harakat, shadda, sukun, dagger alif


@dataclass(frozen=True)
class AliasEntry:
    entity: str
    kind: str  # PERSON, PLACE, ORGANIZATION
    text: str
    ambiguous: bool = False
    subkind: str = ""
    is_envoy: bool = False


@dataclass
class LinkResult:
    matches: list[Match] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    # Role phrases seen next to a person: (person slug, role entry) for date constraints.
    roles_in_text: list[tuple[str, RoleEntry]] = field(default_factory=list)
    # What resolve_roles() needs to name the holders of offices mentioned without a name.
    _role_context: tuple | None = None
    # Offices of a state named by its adjective or in construct («وزير الخارجية الكازاخي»,
    # «سفير أذربيجان»): (start, end) in `normalized` and the state's slug.
    offices: list[tuple[int, int, str]] = field(default_factory=list)
    # Offices whose holder the date leaves open, of a counterpart («نظيره السوري») or of a
    # state in a plural office («وزراء خارجية روسيا وتركيا»): (start, end) in `normalized`,
    # the state's slug and the «و» that joins it on, if any.
    listed_offices: list[tuple[int, int, str, str]] = field(default_factory=list)
    # The text as matched (normalised, spaces squashed) and each character's source offset,
    # so later steps need not normalise the article again.
    normalized: str = ""
    offsets: list[int] = field(default_factory=list)
    # The entities an unambiguous alias names in this text.
    named: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Key:
    entity: str | None  # None for a role phrase
    kind: str
    alias: str  # the alias or phrase as written in the gazetteer
    ambiguous: bool
    # "plain", "lam" (after «ل»), "lam inside" («للجنة»: its «ل» is the preposition),
    # "joined" (words run together)
    variant: str
    subkind: str = ""
    is_envoy: bool = False
    role_index: int = -1


def _key(text: str) -> str:
    return alias_key(text)


class Gazetteer:
    """The automaton over every alias and role phrase; build once, share across articles."""

    def __init__(
        self,
        aliases: Iterable[AliasEntry],
        roles: Iterable[RoleEntry] = (),
        countries: dict[str, str] | None = None,
        known_from: dict[str, date] | None = None,
        body_countries: dict[str, str] | None = None,
    ):
        self.roles: list[RoleEntry] = list(roles)
        self.countries = countries or {}  # a city's or region's slug → its country's
        self.known_from = known_from or {}  # slug → the first day the press could name it
        self.kinds: dict[str, str] = {}
        self.envoys: set[str] = {role.holder for role in self.roles if role.is_envoy}
        self.roles_by_holder: dict[str, list[RoleEntry]] = {}
        # every term of an office, by its kind and state: («foreign-minister», «russia»)
        self.roles_by_office: dict[tuple[str, str | None], list[RoleEntry]] = {}
        for role in self.roles:
            self.roles_by_holder.setdefault(role.holder, []).append(role)
            self.roles_by_office.setdefault((role.role, role.role_of), []).append(role)
        self._automaton = ahocorasick.Automaton()
        entries: dict[str, list[_Key]] = {}

        def add(text: str, key: _Key) -> None:
            normalized = _key(text)
            if len(normalized) < 2:
                return
            variants = [(normalized, "plain")]
            if normalized.startswith("الل") and len(normalized) > 4:
                # «للجنة», «للاذقية»: ل + ال + ل is written «لل», the preposition inside
                variants.append(("ل" + normalized[2:], "lam inside"))
            elif normalized.startswith("ال") and len(normalized) > 4:
                variants.append(("ل" + normalized[2:], "lam"))
            if " " in normalized and len(normalized) >= 9:
                variants.append((normalized.replace(" ", ""), "joined"))
            for variant_text, variant in variants:
                entries.setdefault(variant_text, []).append(
                    _Key(**{**key.__dict__, "variant": variant})
                )

        self.name_words: dict[str, frozenset[str]] = {}  # a person's own names, word by word
        country_names = country_names_of(aliases)
        # a state by each of its unambiguous names and adjectives, for offices in the plural
        # («وزراء خارجية أمريكا وروسيا», «الرئيسين الروسي والتركي»)
        self.state_words: dict[str, str] = {
            _key(alias.text): alias.entity
            for alias in aliases
            if alias.kind == PLACE and alias.subkind == "country" and not alias.ambiguous
        }
        self.state_words |= {
            adjective: country
            for adjective, country in COUNTRY_ADJECTIVES.items()
            if adjective not in self.state_words
        }
        # the states a government body or a person acts for: its country, the countries of
        # their offices (an international body's country is only its seat)
        states = {alias.entity for alias in aliases if alias.subkind == "country"}
        # a body's state, by its seat: «وكالة "الأناضول" التركية» is the outlet of Turkey
        self.home_of = {
            body: self.countries.get(seat, seat) for body, seat in (body_countries or {}).items()
        }
        # continents, seas, «الشرق الأوسط»: named as places, never where an event is held
        self.areas = frozenset(alias.entity for alias in aliases if alias.subkind == "area")
        governing = {alias.entity for alias in aliases if alias.subkind in _GOVERNING_BODIES}
        self.states_of: dict[str, frozenset[str]] = {
            body: frozenset((country,))
            for body, country in (body_countries or {}).items()
            if body in governing and country in states
        }
        for role in self.roles:
            if role.role_of in states:
                held = self.states_of.get(role.holder, frozenset())
                self.states_of[role.holder] = held | {role.role_of}
        for alias in aliases:
            self.kinds[alias.entity] = alias.kind
            if alias.kind == PERSON:
                words = self.name_words.get(alias.entity, frozenset())
                self.name_words[alias.entity] = words | frozenset(_key(alias.text).split())
            add(
                alias.text,
                _Key(
                    alias.entity,
                    alias.kind,
                    alias.text,
                    alias.ambiguous,
                    "plain",
                    alias.subkind,
                    alias.is_envoy or alias.entity in self.envoys,
                ),
            )
            if alias.kind == ORGANIZATION:
                key = _Key(
                    alias.entity, alias.kind, alias.text, alias.ambiguous, "plain", alias.subkind
                )
                for text in with_country_names(alias.text, country_names):
                    add(text, key)
        for adjective, country in COUNTRY_ADJECTIVES.items():
            if self.kinds.get(country) != PLACE:
                continue
            forms = [adjective, adjective[2:]]  # «الروسي» and «روسي»/«أمريكية مصرية»
            if adjective.endswith("ي") and adjective[2:] + "ا" not in entries:
                forms.append(adjective[2:] + "ا")  # «وفدا إيرانيا»; «روسيا» is Russia already
            for form in forms:
                entries.setdefault(form, []).append(
                    _Key(country, PLACE, adjective, False, "adjective")
                )
        for plural, country in COUNTRY_PLURALS.items():
            if self.kinds.get(country) == PLACE:
                entries.setdefault(plural, []).append(
                    _Key(country, PLACE, plural, False, "adjective")
                )
        names: dict[str, list[str]] = {}  # a place's unambiguous names, for role phrases
        for alias in aliases:
            if alias.kind == PLACE and not alias.ambiguous:
                names.setdefault(alias.entity, []).append(_key(alias.text))
        for index, role in enumerate(self.roles):
            for phrase in role.phrases:
                for text in (
                    phrase,
                    *agreeing_with_the_ministry(phrase),
                    *with_other_names(phrase, names.get(role.role_of or "", [])),
                ):
                    add(text, _Key(None, "role", phrase, False, "plain", role_index=index))
        for text, keys in entries.items():
            if len(text) < MIN_ALIAS_CHARS:
                continue
            # The keys a hit may use, by what precedes it: every key after a chain ending in
            # «ل»; the others after any other chain or none (see _valid_hits).
            not_lam = tuple(key for key in keys if key.variant != "lam")
            self._automaton.add_word(text, (len(text), tuple(keys), not_lam))
        self._automaton.make_automaton()
        self.size = len(entries)
        self.near_names = NearNames(
            [
                (alias.entity, _key(alias.text))
                for alias in aliases
                if alias.kind == PERSON and not alias.ambiguous
            ],
            (word for text in entries for word in text.split()),
        )

    def organization_of(self, normalized_alias: str) -> str | None:
        """The one organization an exact, unambiguous alias names («وفد النظام»), or None."""
        entry = self._automaton.get(normalized_alias, None)
        entities = {
            key.entity
            for key in (entry[1] if entry else ())
            if key.kind == ORGANIZATION and not key.ambiguous and key.variant == "plain"
        }
        return entities.pop() if len(entities) == 1 else None

    def holders(self, role_indexes: Iterable[int]) -> list[RoleEntry]:
        return [self.roles[index] for index in role_indexes]


_GOVERNING_BODIES = frozenset(("government_body", "ministry"))


def _prefix_before(normalized: str, start: int) -> str | None:
    """The letters joined to the front of a hit ("" at a word start), or None mid-word."""
    word_start = start
    while word_start > 0 and normalized[word_start - 1].isalnum():
        word_start -= 1
        if start - word_start > 4:
            return None
    return normalized[word_start:start]


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    keys: tuple[_Key, ...]
    prefix: str


MIN_GLUED_CHARS = 4  # a name this long can be read out of «…و…» run together


def _valid_hits(gazetteer: Gazetteer, normalized: str) -> list[_Hit]:
    """Hits that end a word and start one, or follow a proclitic chain that fits their keys:
    a «لل» variant only after a chain ending in «ل» (which every other key accepts too)."""
    found = []
    size = len(normalized)
    glued_left: dict[int, _Hit] = {}  # «تركياوروسيا»: a name run into «و» and the next one
    glued_right: list[_Hit] = []
    # Each hit is (last index, (length, every key, the keys that are not «لل» variants)).
    for last, (length, keys, not_lam) in gazetteer._automaton.iter(normalized):
        end = last + 1
        start = end - length
        glued = end < size and normalized[end].isalnum()
        if start == 0 or not normalized[start - 1].isalnum():
            prefix, usable = "", not_lam
        else:
            prefix = _prefix_before(normalized, start)
            if prefix in _LAM_CHAINS:
                usable = keys
            elif prefix in _CHAINS:
                usable = not_lam
            else:  # mid-word
                if not glued and normalized[start - 1] == "و" and not_lam:
                    glued_right.append(_Hit(start, end, not_lam, "و"))
                continue
        if glued:
            if normalized[end] == "و" and usable:
                glued_left[end] = _Hit(start, end, usable, prefix)
            continue
        if usable:
            found.append(_Hit(start, end, usable, prefix))
    for right in glued_right:
        left = glued_left.get(right.start - 1)
        if left is not None and len(left.keys[0].alias) >= MIN_GLUED_CHARS:
            found += [left, right]
    return found


def _select(hits: list[_Hit]) -> list[_Hit]:
    """Longest hits first; a shorter hit inside a longer one survives only where
    `_keeps_nested` says the inner name is still mentioned."""
    chosen: list[_Hit] = []
    owners: list[_Hit] = []  # the hits chosen first, disjoint, by start
    owner_starts: list[int] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        index = bisect_right(owner_starts, hit.start) - 1
        if index < 0 or owners[index].end <= hit.start:
            index += 1
        overlapping = []
        while index < len(owners) and owners[index].start < hit.end:
            overlapping.append(owners[index])
            index += 1
        if not overlapping:
            chosen.append(hit)
            position = bisect_right(owner_starts, hit.start)
            owner_starts.insert(position, hit.start)
            owners.insert(position, hit)
            continue
        if all(c.start <= hit.start and hit.end <= c.end for c in overlapping):
            keys = hit.keys
            for outer in overlapping:
                if not keys:
                    break
                keys = tuple(key for key in keys if _keeps_nested(outer.keys, key))
            if keys:
                chosen.append(_Hit(hit.start, hit.end, keys, hit.prefix))
    return sorted(chosen, key=lambda h: h.start)


def _keeps_nested(outer: tuple[_Key, ...], inner: _Key) -> bool:
    """Whether a name inside a longer name is still mentioned: a place inside an organization's
    name («مجموعة الدعم الدولية لسوريا»), anything inside a document's («قرار مجلس الأمن»);
    nothing inside a broadcaster's («روسيا اليوم») or a person's."""
    for key in outer:
        if key.kind != ORGANIZATION or key.subkind in _SUPPRESS_NESTED_KINDS:
            return False
        if key.subkind in _DOCUMENT_KINDS:
            continue
        if inner.kind != PLACE or inner.variant == "adjective":
            return False
    return True


def _reason(key: _Key, prefix: str) -> str:
    how = {
        "plain": "alias",
        "lam": "alias (ل + ال written لل)",
        "lam inside": "alias (ل + ال written لل)",
        "joined": "alias run together",
        "adjective": "country adjective",
    }
    reason = f"{how[key.variant]} «{key.alias}»"
    if prefix:
        reason += f" after proclitic «{prefix}»"
    if key.ambiguous:
        reason += "; ambiguous alone, but the full name appears in the article"
    return reason


def _state_adjective(key: _Key, text: str, nunation: int) -> bool:
    """Whether a state's name in «يا» carries the nunation of its adjective («روسيًا»,
    «تركياً»: Russian, Turkish), as «ي» then «ا» around a fathatan."""
    if key.kind != PLACE or key.subkind != "country" or text[nunation] != "\u064b":
        return False
    # the letters either side, past a shadda or another mark («روسيًّا»)
    before = _MARKS_RE.sub("", text[max(0, nunation - 4) : nunation])[-2:]
    after = _MARKS_RE.sub("", text[nunation + 1 : nunation + 4])[:1]
    return (before[-1:] == "ي" and after == "ا") or before == "يا"


def link(
    text: str,
    gazetteer: Gazetteer,
    *,
    on: date | None = None,
    window: tuple[date | None, date | None] = (None, None),
    named_elsewhere: frozenset[str] = frozenset(),
) -> LinkResult:
    """Entity mentions in `text`; `on` / `window` date the article for role phrases.

    `named_elsewhere`: entities named in full in another part of the same article (a
    headline is linked apart from its body), so that their ambiguous aliases count here."""
    normalized, offsets = normalize_with_offsets(text, squash_spaces=True)
    all_hits = _valid_hits(gazetteer, normalized)
    # Role phrases are chosen apart from names: «المبعوث المشترك للأمم المتحدة والجامعة
    # العربية» is a role, and the two organizations inside it are still mentioned.
    hits = _select([hit for hit in all_hits if any(key.entity for key in hit.keys)])
    hits += _select([hit for hit in all_hits if not any(key.entity for key in hit.keys)])
    offices = [hit for hit in hits if is_title_adjective(hit, normalized)]
    office_ids = {id(hit) for hit in offices}
    hits = [hit for hit in hits if id(hit) not in office_ids]
    hits.sort(key=lambda hit: hit.start)
    result = LinkResult()
    result.offices = [
        (office_start(hit, normalized), hit.end, state)
        for hit in offices
        if (state := _state_of_office(hit))
    ]

    named = {key.entity for hit in hits for key in hit.keys if key.entity and not key.ambiguous}
    result.named = frozenset(named)
    named |= named_elsewhere
    person_spans: list[tuple[int, int, str]] = []  # normalised spans of person matches
    role_hits: list[_Hit] = []
    for hit in hits:
        entity_keys = [key for key in hit.keys if key.entity]
        if not entity_keys:
            former = FORMER_RE.match(normalized, hit.end + 1, hit.end + 10)
            if not (former or is_deputy_title(normalized, hit.start - len(hit.prefix))):
                role_hits.append(hit)
            continue
        adjectival = after_adjective_and(hit, normalized) or agrees_with_a_noun(hit, normalized)
        choices = [
            key
            for key in entity_keys
            if not key.ambiguous or (key.entity in named and not adjectival)
        ]
        outlets = [key for key in entity_keys if key.subkind == "media"]
        quoted, state_after = quoted_outlet(normalized, hit) if outlets else (False, None)
        plain = [key for key in choices if not key.ambiguous]
        if quoted and (
            state_after is None
            or any(gazetteer.home_of.get(k.entity) == state_after for k in outlets)
        ):
            choices = outlets  # «صحيفة "الشرق الأوسط"», «وكالة "الأناضول" التركية»: the outlet
        elif len({key.entity for key in plain}) == 1 and all(
            key.subkind == "media" for key in choices if key.ambiguous
        ):
            # «الشرق الأوسط» beside «صحيفة الشرق الأوسط»: the place, not the outlet named
            # after it (but «عمان» in an article on «سلطنة عمان» is still Oman)
            choices = plain
        if not choices and (state := state_before(hit, normalized)):
            # «والكويتي الشيخ سالم الصباح»: the one of that state whose short name it is
            choices = [k for k in entity_keys if state in gazetteer.states_of.get(k.entity, ())]
        if len(choices) == 1:
            key = choices[0]
            entity = key.entity
        else:
            entities = {key.entity for key in choices}
            if len(entities) > 1:
                # One spelling, several entities: keep the ones named in full in this article.
                preferred = {e for e in entities if e in named and _named_in_full(hits, e)}
                entities = preferred if len(preferred) == 1 else set()
            if len(entities) != 1:
                continue
            entity = entities.pop()
            key = next(k for k in choices if k.entity == entity)
        if key.variant == "adjective" and in_a_kunya(hit, normalized):
            continue  # «أبو صلاح الأوزبكي» is a man, not Uzbekistan
        start, end = display_span(offsets, hit)
        last_word = max(start, text.rfind(" ", start, end) + 1)  # «وفدًا من المعارضة السورية»
        if key.variant != "adjective" and (nunation := _TANWIN_RE.search(text, last_word, end + 1)):
            if not _state_adjective(key, text, nunation.start()):
                continue  # «أبواب إيران مفتوحة أمامه دومًا»: an indefinite word, not a name
            key = replace(key, variant="adjective")  # «وفدًا روسيًا»: Russian, not Russia
        if key.kind == PERSON and names_another_person(
            hit, normalized, gazetteer.name_words.get(entity, frozenset())
        ):
            continue  # «ماهر الأسد» is not Bashar
        result.matches.append(
            Match(
                entity=entity,
                kind=key.kind,
                start=start,
                end=end,
                surface=text[start:end],
                reason=_reason(key, hit.prefix),
                is_envoy=entity in gazetteer.envoys,
                prefix=hit.prefix + ("ل" if key.variant == "lam inside" else ""),
                adjective=key.variant == "adjective",
            )
        )
        if key.kind == PERSON:
            person_spans.append((hit.start, hit.end, entity))

    person_hits = [(h.start, h.end) for h in hits if any(key.kind == PERSON for key in h.keys)]
    near = gazetteer.near_names.find(
        normalized, [(hit.start, hit.end) for hit in all_hits], person_hits
    )
    for near_start, near_end, entity, alias in near:
        start, end = offsets[near_start], offsets[near_end - 1] + 1
        result.matches.append(
            Match(
                entity=entity,
                kind=PERSON,
                start=start,
                end=end,
                surface=text[start:end],
                reason=f"one letter from the alias «{alias}», after a title",
                is_envoy=entity in gazetteer.envoys,
            )
        )
        person_spans.append((near_start, near_end, entity))

    result.matches += dual_head_matches(
        text,
        normalized,
        offsets,
        gazetteer.organization_of,
        [(match.start, match.end) for match in result.matches],
    )
    context = (text, normalized, offsets, gazetteer, role_hits, person_spans)
    link_roles(*context, on, window, result, attach_named=True)
    link_counterparts(*context[:4], person_spans, on, window, result, attach_named=True)
    link_plural_offices(*context[:4], person_spans, on, window, result)
    result.candidates = find_candidates(
        text,
        normalized,
        offsets,
        [(hit.start, hit.end) for hit in hits] + [(start, end) for start, end, *_ in near],
        person_hits,
    )
    result.matches.sort(key=lambda match: (match.start, match.end))
    result._role_context = context
    result.normalized, result.offsets = normalized, offsets
    return result


def resolve_roles(
    result: LinkResult, *, on: date | None = None, window: tuple[date | None, date | None]
) -> list[Match]:
    """Name the holders of offices the text mentions without a name, now that the article's
    date is known; returns the new matches (also added to `result.matches`)."""
    if result._role_context is None or (on is None and window == (None, None)):
        return []
    text, normalized, offsets, gazetteer, role_hits, person_spans = result._role_context
    before = len(result.matches)
    link_roles(text, normalized, offsets, gazetteer, role_hits, person_spans, on, window, result)
    link_counterparts(text, normalized, offsets, gazetteer, person_spans, on, window, result)
    link_plural_offices(text, normalized, offsets, gazetteer, person_spans, on, window, result)
    added = result.matches[before:]
    result.matches.sort(key=lambda match: (match.start, match.end))
    return added


def _state_of_office(hit: _Hit) -> str | None:
    states = {
        key.entity
        for key in hit.keys
        if key.kind == PLACE and (key.variant == "adjective" or key.subkind == "country")
    }
    return states.pop() if len(states) == 1 else None


def _named_in_full(hits: list[_Hit], entity: str) -> bool:
    return any(
        key.entity == entity and " " in key.alias and not key.ambiguous
        for hit in hits
        for key in hit.keys
    )
