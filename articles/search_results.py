"""What the search page computes: the query's plan (words, phrases and the known entities they
name), the results with chips and highlighted snippets, facets, and the CSV / JSON exports.

A query item (a word, a "phrase", or a run of plain words such as `Kofi Annan`) that equals a
normalised alias of an entity, or its English name, matches the articles whose text matches
OR that are linked to the entity (`entity_slugs`), so an English name finds Arabic articles.
The same entity's aliases also feed the ranking and the highlighted snippet.
"""

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from django.db.models import Prefetch, Q
from django.urls import NoReverseMatch, get_script_prefix, reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from articles import gazetteer_cache, pages, search_html
from articles.export import export_dict, with_links
from articles.models import Alias, Article, Entity, Role
from articles.models.entity import ENTITY_URL_NAMES, EntityKind, normalize_alias
from articles.querysets import mentions_any, text_matches
from articles.text.arabic import tokens
from articles.text.highlight import highlight, snippet
from articles.text.query import _ITEM_RE, MAX_QUERY_CHARS, MAX_TERMS, to_tsquery

PAGE_SIZE = 20
MAX_PAGES = 50  # no deep OFFSET: nobody reads page 500, and it is slow
# Bounds measured at 100k synthetic articles (`manage.py benchmark search`): ranking 500
# matches of a common word ~8 ms (200: ~3 ms), facets over 500 ~6 ms, each independent of
# how many articles match. Counting is exact only as far as the pages reach: past that, a phrase
# costs a recheck of each match's search vector (~24 µs each, 240 ms for 10,000).
RANK_CANDIDATES = 200  # matches ranked per query (ArticleQuerySet.ranked_ids): 10 pages
COUNT_CAP = 1_000  # count no further (MAX_PAGES * PAGE_SIZE); beyond, the planner estimates
FACET_SAMPLE = 500  # facets over at most this many matches, then estimated
FACET_VALUES = 10  # values shown per facet
EXPORT_CAP = 10_000  # CSV rows
JSON_EXPORT_CAP = 5_000  # the export's JSON (mentions, events, the body) costs ~2 ms an article
EXPORT_CHUNK = 500
MAX_CARDS = 4
MAX_NAME_WORDS = 6  # the longest run of query words looked up as one name
MAX_ALIASES_PER_ENTITY = 40  # alias phrases added to ranking and highlighting
MAX_CHIPS = 8
SNIPPET_CHARS = 280
TITLE_FROM_BODY_CHARS = 110

_EDGE_PUNCTUATION_RE = re.compile(r"^[^\w]+|[^\w]+$")


# -- The query plan -----------------------------------------------------------------------


@dataclass(eq=False)
class Entry:
    """One item of the query as typed: a word or a quoted phrase, maybe negated."""

    text: str
    negated: bool
    quoted: bool
    words: tuple[str, ...]  # analysed tokens (articles.text.arabic.tokens)

    @property
    def serialized(self) -> str:
        return '"' + " ".join(self.words) + '"'


@dataclass(eq=False)
class Unit:
    """What one condition matches: one entry, or a run of plain words naming an entity."""

    entries: list[Entry]
    entities: list[Entity] = field(default_factory=list)

    @property
    def negated(self) -> bool:
        return self.entries[0].negated

    @property
    def tsquery(self) -> str | None:
        return to_tsquery(" ".join(entry.serialized for entry in self.entries))

    def condition(self) -> Q:
        condition = text_matches(self.tsquery)
        if self.entities:
            # The entity test first: PostgreSQL rechecks the OR row by row in this order,
            # and an article linked to the entity then never reads its search vector (TOAST;
            # measured at 100k: 13 ms for the first 1,001 matches of a name, 8 ms this way).
            condition = mentions_any(entity.slug for entity in self.entities) | condition
        return ~condition if self.negated else condition

    def alias_phrases(self) -> list[tuple[str, ...]]:
        """The entities' unambiguous names and aliases, analysed: for ranking and marking."""
        phrases: list[tuple[str, ...]] = []
        for entity in self.entities:
            texts = [entity.name, entity.name_ar] + [
                alias.text for alias in entity.aliases.all() if not alias.ambiguous
            ]
            for text in texts[:MAX_ALIASES_PER_ENTITY]:
                words = tuple(tokens(text))
                if words and len(words) <= MAX_TERMS and words not in phrases:
                    phrases.append(words)
        return phrases


@dataclass
class SearchPlan:
    query: str
    clauses: list[list[Unit]]  # ANDed; the units of a clause are ORed
    truncated: bool = False  # words past MAX_TERMS were left out

    @property
    def units(self) -> list[Unit]:
        return [unit for clause in self.clauses for unit in clause]

    @property
    def positive_units(self) -> list[Unit]:
        return [unit for unit in self.units if not unit.negated]

    @property
    def entities(self) -> list[Entity]:
        """The known entities the query names (not those it excludes), for the cards."""
        found: dict[int, Entity] = {}
        for unit in self.positive_units:
            for entity in unit.entities:
                found.setdefault(entity.id, entity)
        return list(found.values())

    @property
    def has_phrase(self) -> bool:
        """Whether a condition needs words in a row (PostgreSQL then rechecks every match)."""
        return any(len(entry.words) > 1 for unit in self.units for entry in unit.entries)

    @property
    def one_entry(self) -> bool:
        """One word or one known name, not excluded: a condition on one index entry (a
        name's word OR its entity), where a sampled index scan is still a fair sample."""
        if len(self.units) != 1 or self.has_phrase:
            return False
        unit = self.units[0]
        return not unit.negated and (len(unit.entries) == 1 or bool(unit.entities))

    @property
    def has_terms(self) -> bool:
        return bool(self.clauses)

    def condition(self) -> Q | None:
        if not self.clauses:
            return None
        if not any(unit.entities for unit in self.units):
            return text_matches(to_tsquery(self.query))  # one tsquery, one index probe
        condition = Q()
        for clause in self.clauses:
            alternatives = Q()
            for unit in clause:
                alternatives |= unit.condition()
            condition &= alternatives
        return condition

    def rank_tsquery(self) -> str | None:
        """Any positive word, phrase or alias of a named entity: what ts_rank weighs."""
        parts: list[str] = []
        for unit in self.positive_units:
            candidates = [unit.tsquery] + [
                to_tsquery('"' + " ".join(words) + '"') for words in unit.alias_phrases()
            ]
            parts += [part for part in candidates if part and part not in parts]
        if not parts:
            return None
        return " | ".join(f"({part})" for part in parts)

    def highlight_phrases(self) -> list[tuple[str, ...]]:
        phrases: list[tuple[str, ...]] = []
        for unit in self.positive_units:
            for words in [entry.words for entry in unit.entries] + unit.alias_phrases():
                if words and words not in phrases:
                    phrases.append(words)
        return phrases


def _entries(query: str) -> list[Entry | str]:
    """The query's items as articles.text.query.parse() reads them, with their raw text (to
    look names up) and the items that are only stop words (part of names such as
    «الجمهورية الإسلامية في إيران»). "OR" stands for the operator."""
    items: list[Entry | str] = []
    for match in _ITEM_RE.finditer(query.replace("\x00", " ")[:MAX_QUERY_CHARS]):
        negated, quoted, bare = match.group(1) == "-", match.group(2), match.group(3)
        if bare == "OR":
            items.append("OR")
            continue
        text = quoted if quoted is not None else bare
        items.append(Entry(text, negated, quoted is not None, tuple(tokens(text))))
    return items


def _groups(items: list[Entry | str]) -> tuple[dict[int, list[Entry]], bool]:
    """OR groups exactly as articles.text.query.to_tsquery forms them, by entry id."""
    groups: list[list[Entry]] = []
    group_of: dict[int, list[Entry]] = {}
    pending_or = False
    term_count = 0
    for item in items:
        if item == "OR":
            pending_or = bool(groups)
            continue
        if not item.words:
            continue
        term_count += len(item.words)
        if term_count > MAX_TERMS:
            return group_of, True
        if pending_or:
            groups[-1].append(item)
        else:
            groups.append([item])
        group_of[id(item)] = groups[-1]
        pending_or = False
    return group_of, False


def _keys(entries: list[Entry]) -> set[str]:
    """How a run of entries could be written in Alias.normalized (or an English name)."""
    as_typed = normalize_alias(" ".join(entry.text for entry in entries))
    trimmed = normalize_alias(
        " ".join(_EDGE_PUNCTUATION_RE.sub("", entry.text) for entry in entries)
    )
    analysed = " ".join(word for entry in entries for word in entry.words)
    return {key for key in (as_typed, trimmed, analysed) if key}


def _structure(items: list[Entry | str], group_of: dict[int, list[Entry]]):
    """Runs of plain ANDed words (where names are looked up greedily) and the other groups,
    in query order: a list of ("run", [entries]) and ("group", [entries])."""
    parts: list[tuple[str, list[Entry]]] = []
    run: list[Entry] = []
    seen_groups: set[int] = set()

    def flush():
        if run:
            parts.append(("run", list(run)))
            run.clear()

    for item in items:
        if item == "OR":
            flush()
            continue
        if not item.words:
            if run and not item.negated and not item.quoted:
                run.append(item)  # a stop word inside a name
            continue
        group = group_of.get(id(item))
        if group is None:
            break  # past MAX_TERMS
        if len(group) == 1 and not item.negated and not item.quoted:
            run.append(item)
            continue
        flush()
        if id(group) not in seen_groups:
            seen_groups.add(id(group))
            parts.append(("group", group))
    flush()
    return parts


def _ngrams(run: list[Entry]) -> Iterator[list[Entry]]:
    for start in range(len(run)):
        if not run[start].words:
            continue
        for length in range(1, min(MAX_NAME_WORDS, len(run) - start) + 1):
            chunk = run[start : start + length]
            if chunk[-1].words:
                yield chunk


@dataclass
class NameIndex:
    """Every entity with its aliases and roles, by slug and by each way a query can name it
    (its lower-cased or normalised English name, its normalised aliases)."""

    by_slug: dict[str, Entity]
    by_key: dict[str, list[Entity]]


def load_name_index() -> NameIndex:
    entities = list(
        Entity.objects.order_by("kind", "name").prefetch_related(
            Prefetch("aliases", queryset=Alias.objects.order_by("language", "text")),
            Prefetch("roles", queryset=Role.objects.order_by("start", "id")),
        )
    )
    by_key: dict[str, list[Entity]] = {}
    for entity in entities:
        keys = {entity.name.lower(), normalize_alias(entity.name)}
        keys |= {alias.normalized for alias in entity.aliases.all()}
        for key in keys - {""}:
            by_key.setdefault(key, []).append(entity)
    return NameIndex({entity.slug: entity for entity in entities}, by_key)


def name_index() -> NameIndex:
    return gazetteer_cache.cached("names", load_name_index)


def entities_named(keys: set[str]) -> dict[str, list[Entity]]:
    """Entities by the normalised alias or English name each key equals."""
    by_key = name_index().by_key
    return {key: by_key[key] for key in keys if key in by_key}


def build_plan(query: str) -> SearchPlan:
    items = _entries(query)
    group_of, truncated = _groups(items)
    parts = _structure(items, group_of)
    keys: set[str] = set()
    for kind, entries in parts:
        chunks = _ngrams(entries) if kind == "run" else ([entry] for entry in entries)
        for chunk in chunks:
            keys |= _keys(chunk)
    named = entities_named(keys)

    def lookup(chunk: list[Entry]) -> list[Entity]:
        found: dict[int, Entity] = {}
        for key in sorted(_keys(chunk)):
            for entity in named.get(key, []):
                found.setdefault(entity.id, entity)
        return list(found.values())

    clauses: list[list[Unit]] = []
    for kind, entries in parts:
        if kind == "group":
            clauses.append([Unit([entry], lookup([entry])) for entry in entries])
            continue
        position = 0
        while position < len(entries):
            if not entries[position].words:
                position += 1
                continue
            longest = min(MAX_NAME_WORDS, len(entries) - position)
            for length in range(longest, 0, -1):
                chunk = entries[position : position + length]
                if not chunk[-1].words:
                    continue
                entities = lookup(chunk)
                if entities or length == 1:
                    clauses.append([Unit(chunk, entities)])
                    position += length
                    break
    return SearchPlan(query=query, clauses=clauses, truncated=truncated)


# -- Results --------------------------------------------------------------------------------


def entity_url(entity: Entity) -> str | None:
    return _entity_url(entity.kind, entity.slug, get_script_prefix())


@lru_cache(maxsize=20_000)
def _entity_url(kind: str, slug: str, _prefix: str) -> str | None:
    """reverse() costs ~40 µs and a page links a few hundred entities: cached per process."""
    try:
        return reverse(ENTITY_URL_NAMES[kind], args=[slug])
    except (NoReverseMatch, KeyError):  # the entity pages are not routed
        return None


@dataclass
class Chip:
    slug: str
    name: str
    kind: str
    url: str | None
    envoy: bool = False


@dataclass
class Result:
    article: Article
    title_html: SafeString
    title_is_lead: bool
    snippet_html: SafeString
    date: dict
    source: str
    envoys: list[Chip]
    people: list[Chip]
    places: list[Chip]
    more_chips: int

    @property
    def chips_html(self) -> SafeString:
        return search_html.chip_items(self)


def _lead(body: str) -> str:
    text = " ".join(body.split())
    if len(text) <= TITLE_FROM_BODY_CHARS:
        return text
    cut = text.rfind(" ", 0, TITLE_FROM_BODY_CHARS)
    return text[: cut if cut > 40 else TITLE_FROM_BODY_CHARS] + " …"


def describe_results(
    articles: list[Article], phrases: list[tuple[str, ...]], envoy_slugs: set[str]
) -> list[Result]:
    """Titles and snippets highlighted, dates labelled, entity chips (from the gazetteer copy)."""
    entities = name_index().by_slug
    results = []
    for article in articles:
        chips: dict[str, list[Chip]] = {"envoys": [], "people": [], "places": []}
        for slug in article.entity_slugs:
            entity = entities.get(slug)
            if entity is None or entity.kind == EntityKind.ORGANIZATION:
                continue
            envoy = slug in envoy_slugs
            group = (
                "envoys" if envoy else "people" if entity.kind == EntityKind.PERSON else "places"
            )
            chips[group].append(
                Chip(slug, pages.display_name(entity), entity.kind, entity_url(entity), envoy)
            )
        shown = {
            name: sorted(group, key=lambda c: c.name)[:MAX_CHIPS] for name, group in chips.items()
        }
        more = sum(len(group) for group in chips.values()) - sum(len(g) for g in shown.values())
        title = article.title.strip()
        results.append(
            Result(
                article=article,
                # highlight() and snippet() escape the text themselves (html.escape)
                title_html=mark_safe(highlight(title or _lead(article.body), phrases)),
                title_is_lead=not title,
                snippet_html=mark_safe(
                    snippet(article.body, phrases, SNIPPET_CHARS, article.body_normalized)
                ),
                date=pages.article_date(article),
                source=article.source.name if article.source_id else "",
                envoys=shown["envoys"],
                people=shown["people"],
                places=shown["places"],
                more_chips=more,
            )
        )
    return results


def role_summary(entity: Entity, limit: int = 3) -> list[str]:
    """A person's offices with their years, most recent first."""
    roles = sorted(
        entity.roles.all(), key=lambda role: (role.start is not None, role.start), reverse=True
    )
    summary = []
    for role in roles[:limit]:
        start = str(role.start.year) if role.start else ""
        end = str(role.end.year) if role.end else (_("present") if start else "")
        years = start if start == end else f"{start}–{end}" if start or end else ""
        summary.append(f"{role.title} ({years})" if years else role.title)
    return summary


# -- Exports --------------------------------------------------------------------------------

CSV_COLUMNS = (
    "id",
    "file",
    "title",
    "source",
    "url",
    "published_best",
    "published_earliest",
    "published_latest",
    "published_precision",
    "envoys",
    "people",
    "places",
    "organizations",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value) -> str:
    """A CSV cell a spreadsheet will not run as a formula (OWASP: prefix an apostrophe)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def export_records(ids: list[int]) -> Iterator[dict]:
    """The export's dicts (articles.export) for `ids`, in that order, a chunk at a time."""
    envoys = set(Entity.objects.envoys().values_list("id", flat=True))
    iterator = iter(ids)
    while chunk := list(islice(iterator, EXPORT_CHUNK)):
        articles = {
            article.id: article for article in with_links(Article.objects.filter(id__in=chunk))
        }
        for article_id in chunk:
            if article_id in articles:
                yield export_dict(articles[article_id], envoys)


_CSV_FIELDS = (
    "id",
    "file_name",
    "title",
    "source__name",
    "url",
    "published_best",
    "published_earliest",
    "published_latest",
    "published_precision",
    "entity_slugs",
)


def csv_rows(ids: list[int]) -> Iterator[list[str]]:
    """One row per article, in `ids` order, from the per-article entity arrays: two queries a
    chunk (the export's mentions and events cost ~2 ms an article; the CSV needs names only)."""
    envoy_slugs = set(Entity.objects.envoys().values_list("slug", flat=True))
    entities: dict[str, tuple[str, str]] = {}  # slug → (kind, English name)
    iterator = iter(ids)
    while chunk := list(islice(iterator, EXPORT_CHUNK)):
        rows = {
            row[0]: row for row in Article.objects.filter(id__in=chunk).values_list(*_CSV_FIELDS)
        }
        missing = {slug for row in rows.values() for slug in row[-1]} - entities.keys()
        if missing:
            entities.update(
                (entity.slug, (entity.kind, entity.name))
                for entity in Entity.objects.filter(slug__in=missing).only("slug", "kind", "name")
            )
        for article_id in chunk:
            if article_id in rows:
                yield _csv_row(rows[article_id], entities, envoy_slugs)


def _csv_row(row: tuple, entities: dict, envoy_slugs: set[str]) -> list[str]:
    *fields, slugs = row
    by_kind: dict[str, list[str]] = {"envoy": [], **{kind: [] for kind in EntityKind.values}}
    for slug in slugs:
        if slug in entities:
            kind, name = entities[slug]
            by_kind[kind].append(name)
            if slug in envoy_slugs:
                by_kind["envoy"].append(name)
    cells = [
        *(value.isoformat() if hasattr(value, "isoformat") else value for value in fields),
        *("; ".join(sorted(by_kind[kind])) for kind in ("envoy", *EntityKind.values)),
    ]
    return [spreadsheet_safe(cell) for cell in cells]


def stream_csv(ids: list[int]) -> Iterator[str]:
    """UTF-8 CSV with a byte order mark, so spreadsheets read the Arabic."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(CSV_COLUMNS)
    yield "\ufeff" + flush()
    for index, row in enumerate(csv_rows(ids), start=1):
        writer.writerow(row)
        if index % 100 == 0:
            yield flush()
    yield flush()


def stream_json(ids: list[int], header: dict) -> Iterator[str]:
    """`{…header, "results": [export dicts]}`, one article at a time."""
    opening = json.dumps(header, ensure_ascii=False)[:-1]
    yield opening + (', "results": [' if header else '"results": [')
    for index, record in enumerate(export_records(ids)):
        yield ("," if index else "") + "\n" + json.dumps(record, ensure_ascii=False)
    yield "\n]}\n"
