"""Score the archive's facts against a gold file (the format of tests/data/gold/seeds.json).

A gold name matches an entity when it spells the entity's English name or one of its English
aliases, up to case, accents, punctuation and the Arabic article (articles.text.english_names).
A category an article of the gold file leaves out is not scored for that article. Scores are
micro-averaged over the articles of the gold file.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from articles.models import Alias, Article, Entity, Event
from articles.models.entity import EntityKind
from articles.text.english_names import name_key

DOCUMENT_SUBKINDS = {"instrument"}  # gold files list documents apart
MEETING_KINDS = {"meeting", "phone_call", "conference", "visit"}
_GOLD_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


class GoldFileError(ValueError):
    """The gold file does not have the shape evaluate reads."""


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, gold: set, found: set, article: str) -> None:
        self.true_positives += len(gold & found)
        self.false_positives += len(found - gold)
        self.false_negatives += len(gold - found)
        for missing in sorted(map(str, gold - found)):
            self.errors.append(f"{article}: missed {missing}")
        for extra in sorted(map(str, found - gold)):
            self.errors.append(f"{article}: extra {extra}")

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    scores: dict[str, Score]
    dates_in_interval: int
    dates_total: int
    date_details: list[str]
    missing_articles: list[str]


class _Names:
    """Map an entity to the gold name it stands for, through its English names."""

    def __init__(self) -> None:
        self.english: dict[int, set[str]] = {}
        for entity_id, name in Entity.objects.values_list("id", "name"):
            self.english.setdefault(entity_id, set()).add(name_key(name))
        for entity_id, text in Alias.objects.filter(language="en").values_list("entity_id", "text"):
            self.english.setdefault(entity_id, set()).add(name_key(text))

    def label(self, entity_id: int, gold_names: set[str], fallback: str) -> str:
        """The gold name this entity matches, else its own name (a false positive)."""
        names = self.english.get(entity_id, set())
        for gold in sorted(gold_names):
            if name_key(gold) in names:
                return gold
        return fallback


def _period(value: str) -> tuple[date, date]:
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        year, month = parts
        end = date(year + month // 12, month % 12 + 1, 1)
        return date(year, month, 1), date.fromordinal(end.toordinal() - 1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def _date_in_interval(article: Article, gold_estimate: str) -> bool:
    """The gold date lies in the estimated interval; an open interval does not count."""
    if article.published_earliest is None or article.published_latest is None:
        return False
    first, last = _period(gold_estimate)
    return article.published_earliest <= last and first <= article.published_latest


def evaluate(gold: dict, *, visits_with_host: bool = False) -> Evaluation:
    """Raises GoldFileError when an article of the gold file is not of the documented shape.

    `visits_with_host`: the gold file lists a visit as the visitor and the state he visits
    («زار لافروف دمشق»: Lavrov + Syria @ Damascus), so a visit found with its visitor alone is
    scored so; otherwise such a visit is no meeting and is left out."""
    names = _Names()
    entities = {e.slug: e for e in Entity.objects.all()}
    envoy_ids = set(Entity.objects.envoys().values_list("id", flat=True))
    scores = {kind: Score() for kind in ("people", "places", "organizations", "envoys", "meetings")}
    wanted = {
        "people": (EntityKind.PERSON, lambda e: True),
        "places": (EntityKind.PLACE, lambda e: True),
        "organizations": (EntityKind.ORGANIZATION, lambda e: e.subkind not in DOCUMENT_SUBKINDS),
        "envoys": (EntityKind.PERSON, lambda e: e.id in envoy_ids),
    }
    in_interval, dated, details, missing = 0, 0, [], []
    for number, item in enumerate(gold["articles"], start=1):
        if not isinstance(item, dict) or not isinstance(item.get("file"), str):
            raise GoldFileError(f'article {number} has no "file" name')
        label = item["file"]
        article = Article.objects.filter(file_name=label).first()
        if article is None:
            missing.append(label)
            continue
        linked = [entities[slug] for slug in article.entity_slugs if slug in entities]
        for category, (kind, keep) in wanted.items():
            gold_names = _gold_names(item, category)
            if gold_names is not None:
                found = {
                    names.label(e.id, gold_names, e.name)
                    for e in linked
                    if e.kind == kind and keep(e)
                }
                scores[category].add(gold_names, found, label)
        if "meetings" in item:
            scores["meetings"].add(*_meetings(item, article, names, visits_with_host), label)
        estimate = _gold_estimate(item)
        if estimate:
            ok = _date_in_interval(article, estimate)
            in_interval += ok
            dated += 1
            details.append(
                f"{label}: gold {estimate}, estimated {article.published_earliest} – "
                f"{article.published_latest} (best {article.published_best}) "
                f"{'inside' if ok else 'OUTSIDE'}"
            )
    return Evaluation(scores, in_interval, dated, details, missing)


def _gold_names(item: dict, category: str) -> set[str] | None:
    """The names a gold article lists in a category (plain strings or objects with a "name"),
    or None when the article leaves the category out."""
    if category not in item:
        return None
    entries = item[category]
    if not isinstance(entries, list):
        raise GoldFileError(f'{item["file"]}: "{category}" is not a list')
    gold_names = set()
    for entry in entries:
        name = entry.get("name") if isinstance(entry, dict) else entry
        if not isinstance(name, str) or not name.strip():
            raise GoldFileError(f'{item["file"]}: an entry of "{category}" has no name: {entry!r}')
        gold_names.add(name)
    return gold_names


def _gold_estimate(item: dict) -> str | None:
    """The gold publication date: "YYYY", "YYYY-MM" or "YYYY-MM-DD", given alone or as the
    "estimate" of an object."""
    published = item.get("published")
    estimate = published.get("estimate") if isinstance(published, dict) else published
    if estimate is None:
        return None
    if not isinstance(estimate, str) or not _GOLD_DATE.fullmatch(estimate):
        raise GoldFileError(f"{item['file']}: published date {estimate!r} is not YYYY[-MM[-DD]]")
    try:
        _period(estimate)
    except ValueError as error:
        raise GoldFileError(f"{item['file']}: published date {estimate!r}: {error}") from None
    return estimate


def _meetings(
    item: dict, article: Article, names: _Names, visits_with_host: bool
) -> tuple[set, set]:
    gold = set()
    all_gold_names = set()
    meetings = item["meetings"]
    if not isinstance(meetings, list):
        raise GoldFileError(f'{item["file"]}: "meetings" is not a list')
    for meeting in meetings:
        listed = meeting.get("participants") if isinstance(meeting, dict) else None
        place = meeting.get("place") if isinstance(meeting, dict) else None
        if not isinstance(listed, list) or not all(isinstance(p, str) for p in listed):
            raise GoldFileError(
                f"{item['file']}: a meeting has no list of participants: {meeting!r}"
            )
        if place is not None and not isinstance(place, str):
            raise GoldFileError(f"{item['file']}: a meeting's place is not a name: {meeting!r}")
        participants = frozenset(listed)
        all_gold_names |= participants | ({place} if place else set())
        gold.add((participants, place or None))
    found = set()
    events = Event.objects.filter(reports__article=article, kind__in=MEETING_KINDS).distinct()
    for event in events.prefetch_related("participants").select_related("place__country"):
        participants = frozenset(
            names.label(p.id, all_gold_names, p.name) for p in event.participants.all()
        )
        if event.kind == "visit" and len(participants) < 2:
            host = event.place and (event.place.country or event.place)
            if not (visits_with_host and participants and host):
                continue
            participants |= {names.label(host.id, all_gold_names, host.name)}
        place = (
            names.label(event.place_id, all_gold_names, event.place.name) if event.place else None
        )
        found.add((participants, place))
    return {_show(m) for m in gold}, {_show(m) for m in found}


def _show(meeting: tuple[frozenset, str | None]) -> str:
    participants, place = meeting
    return f"{' + '.join(sorted(participants))} @ {place or '—'}"
