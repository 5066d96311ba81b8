"""Score the archive's facts against a gold file (the format of tests/data/gold/seeds.json).

A gold name matches an entity when it equals the entity's English name or one of its English
aliases, ignoring case. Scores are micro-averaged over the articles of the gold file.
"""

from dataclasses import dataclass, field
from datetime import date

from articles.models import Alias, Article, Entity, Event
from articles.models.entity import EntityKind

DOCUMENT_SUBKINDS = {"instrument"}  # gold files list documents apart
MEETING_KINDS = {"meeting", "phone_call", "conference", "visit"}


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
            self.english.setdefault(entity_id, set()).add(name.lower())
        for entity_id, text in Alias.objects.filter(language="en").values_list("entity_id", "text"):
            self.english.setdefault(entity_id, set()).add(text.lower())

    def label(self, entity_id: int, gold_names: set[str], fallback: str) -> str:
        """The gold name this entity matches, else its own name (a false positive)."""
        names = self.english.get(entity_id, set())
        for gold in gold_names:
            if gold.lower() in names:
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


def evaluate(gold: dict) -> Evaluation:
    names = _Names()
    entities = {e.slug: e for e in Entity.objects.all()}
    envoy_ids = set(Entity.objects.envoys().values_list("id", flat=True))
    scores = {kind: Score() for kind in ("people", "places", "organizations", "envoys", "meetings")}
    in_interval, details, missing = 0, [], []
    for item in gold["articles"]:
        label = item["file"]
        article = Article.objects.filter(file_name=item["file"]).first()
        if article is None:
            missing.append(label)
            continue
        linked = [entities[slug] for slug in article.entity_slugs if slug in entities]

        def found(kind, gold_names, extra_filter=lambda e: True, linked=linked):
            return {
                names.label(e.id, gold_names, e.name)
                for e in linked
                if e.kind == kind and extra_filter(e)
            }

        gold_people = {p["name"] for p in item["people"]}
        scores["people"].add(gold_people, found(EntityKind.PERSON, gold_people), label)
        gold_places = set(item["places"])
        scores["places"].add(gold_places, found(EntityKind.PLACE, gold_places), label)
        gold_orgs = {o["name"] for o in item["organizations"]}
        scores["organizations"].add(
            gold_orgs,
            found(EntityKind.ORGANIZATION, gold_orgs, lambda e: e.subkind not in DOCUMENT_SUBKINDS),
            label,
        )
        gold_envoys = set(item.get("envoys", []))
        scores["envoys"].add(
            gold_envoys,
            found(EntityKind.PERSON, gold_envoys, lambda e: e.id in envoy_ids),
            label,
        )
        scores["meetings"].add(*_meetings(item, article, names), label)
        estimate = item.get("published", {}).get("estimate")
        if estimate:
            ok = _date_in_interval(article, estimate)
            in_interval += ok
            details.append(
                f"{label}: gold {estimate}, estimated {article.published_earliest} – "
                f"{article.published_latest} (best {article.published_best}) "
                f"{'inside' if ok else 'OUTSIDE'}"
            )
    dated = sum(1 for item in gold["articles"] if item.get("published", {}).get("estimate"))
    return Evaluation(scores, in_interval, dated - len(missing), details, missing)


def _meetings(item: dict, article: Article, names: _Names) -> tuple[set, set]:
    gold = set()
    all_gold_names = set()
    for meeting in item.get("meetings", []):
        participants = frozenset(meeting["participants"])
        all_gold_names |= participants | ({meeting["place"]} if meeting["place"] else set())
        gold.add((participants, meeting["place"]))
    found = set()
    events = Event.objects.filter(reports__article=article, kind__in=MEETING_KINDS).distinct()
    for event in events.prefetch_related("participants").select_related("place"):
        participants = frozenset(
            names.label(p.id, all_gold_names, p.name) for p in event.participants.all()
        )
        if event.kind == "visit" and len(participants) < 2:
            continue
        place = (
            names.label(event.place_id, all_gold_names, event.place.name) if event.place else None
        )
        found.add((participants, place))
    return {_show(m) for m in gold}, {_show(m) for m in found}


def _show(meeting: tuple[frozenset, str | None]) -> str:
    participants, place = meeting
    return f"{' + '.join(sorted(participants))} @ {place or '—'}"
