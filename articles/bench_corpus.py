"""A synthetic corpus of Arabic news articles for the ingestion and search benchmarks.

Pure Python, standard library only (no Django).  Articles are recombined from a
bank of sentence templates about the diplomacy of the Syrian war (see
:mod:`articles.bench_corpus_data`), their slots filled from people (in office at
the time), places, organisations and date phrases consistent with the
publication date.

As in real coverage, a story (who met whom, where, about what) is reported by a
few outlets over a day or two: each article has its own outlet, date, length,
choice and order of sentences, and the outlet's spelling habits (Egyptian final
ى, missing hamza, سورية, الأميركي, Arabic-Indic digits, "" for «», a little
vocalisation, rare tatweel).  Every body carries one detail sentence (a head
count) whose number is a bijection of the article's position, so no two bodies
are equal.
"""

from __future__ import annotations

import random
import re
from bisect import bisect, bisect_left
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import accumulate

from . import bench_corpus_data as _data

__all__ = ["SyntheticArticle", "generate_articles"]

MIN_BODY_BYTES = 1024  # bodies are at least 1 KiB of UTF-8...
MAX_BODY_BYTES = 6144  # ...and less than 6 KiB

# Spelling habits, applied to an article's finished text.
_YA, _AMK, _HZ, _SY, _DIG, _QUOTES = 1, 2, 4, 8, 16, 32
_FINAL_YA = re.compile(r"ي(?![\w\u064B-\u0652])")
_SYRIA = re.compile(r"سوريا(?![\w\u064B-\u0652])")
_WORD = re.compile(r"[\u0621-\u064A\u0640]+")
_INDIC = tuple(zip("0123456789", "٠١٢٣٤٥٦٧٨٩", strict=True))

# The unique number of article i: _N_BASE + block * _N_RANGE + (j * _N_STEP + salt) %
# _N_RANGE with block, j = divmod(i, _N_RANGE); injective in i because gcd(_N_STEP,
# _N_RANGE) == 1.  Below 900,000 articles the numbers stay between 1,000 and 901,000.
_N_BASE, _N_RANGE, _N_STEP, _N_SALT = 1_000, 900_000, 736_871, 104_729
_RECENT = 6  # stories still being covered
_SEQUENCE = 2048  # length of the run of body templates that articles take windows of
_FIRST_DAY, _LAST_DAY = date(2011, 7, 1), date(2024, 12, 31).toordinal()  # from July 2011
_NEW_STORY = 0.25  # share of articles opening a story; the others cover a recent one
# Articles whose expected size is within these bounds are never near 1 or 6 KB.
_SAFE_LOW, _SAFE_HIGH = 1.25 * MIN_BODY_BYTES, 0.82 * MAX_BODY_BYTES

_PERSON_KEYS = {k: (k, k + "n", k + "s", k + "t", "l" + k) for k in "ABEHGOUFM"}
_ROLE_OF = dict(A="fm", B="fm", E="en", G="gv", O="op", U="un", F="fe", M="mi", H="hd")
_COUNTRY_KEYS = {"A": ("Ac", "Ax", "Af", "Ai", "Am"), "B": ("Bc", "Bx", "Bf", "Bi", "Bm")}
_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_INDEX = {key: n for n, key in enumerate(_MONTH_KEYS)}
_W = _data.DATE_WORDS


@dataclass(frozen=True, slots=True)
class SyntheticArticle:
    title: str
    body: str  # paragraphs separated by "\n\n"
    source: str  # outlet name in Arabic
    url: str  # unique: https://example.org/<source-slug>/<n>
    published: str  # ISO date, 2011-2024


def generate_articles(count: int, *, seed: int = 0) -> Iterator[SyntheticArticle]:
    """Yield ``count`` articles, deterministically for ``seed``, one at a time.

    The first n articles do not depend on ``count``.
    """
    if count < 0:
        raise ValueError("count must be >= 0")
    make = _Generator(seed).article
    for i in range(count):
        yield make(i)


# ------------------------------------------------------------------------------ text helpers


def _surface(text: str, bits: int) -> str:
    """Apply an outlet's spelling habits to canonical text (str.translate is slow here)."""
    if bits & _SY:
        text = _SYRIA.sub("سورية", text)
    if bits & _AMK:
        text = text.replace("أمريك", "أميرك")
    if bits & _HZ:
        text = text.replace("أ", "ا").replace("إ", "ا")
    if bits & _YA:
        text = _FINAL_YA.sub("ى", text)
    if bits & _QUOTES:
        text = text.replace("«", '"').replace("»", '"')
    if bits & _DIG:
        for western, indic in _INDIC:
            text = text.replace(western, indic)
    return text


def _respell(text: str, table: dict[str, str]) -> str:
    return _WORD.sub(lambda m: table.get(m[0], m[0]), text)


def _li(text: str) -> str:
    """Attach the preposition ل (ل + ال... = لل...)."""
    return "لل" + text[2:] if text.startswith("ال") else "ل" + text


def _indefinite(adjective: str) -> str:
    return adjective[2:] if adjective.startswith("ال") else adjective


def _cumulative(weights) -> list[float]:
    return list(accumulate(weights))


def _weighted(values, exponent: float = 0):
    """Values and cumulative weights 1/rank**exponent (None: uniform): a few common
    values and a long tail of rare ones."""
    if not exponent:
        return tuple(values), None
    return tuple(values), _cumulative(1.0 / (k + 1) ** exponent for k in range(len(values)))


class _Lazy(dict):
    """A cache whose missing entries are built by a factory."""

    __slots__ = ("factory",)

    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory(key)
        return value


def _draw(values, cum, r):
    if cum is None:
        return values[int(r() * len(values))]
    return values[bisect(cum, r() * cum[-1])]


# ------------------------------------------------------------------------------ tables


class _Person:
    __slots__ = ("roles", "country", "start", "end", "weight", "forms", "slots")

    def __init__(self, spec):
        roles, self.country, self.start, self.end, self.weight, fulls, shorts, titles = spec
        self.roles = frozenset(roles.split(","))
        if not titles:  # "foreign minister", now and then "head of diplomacy"
            adj_m, adj_f = _data.COUNTRIES[self.country][1:3]
            titles = "|".join([f"وزير الخارجية {adj_m}"] * 3 + [f"رئيس الدبلوماسية {adj_f}"])
        self.forms = [
            (f"{t} {n}", n, s, t, _li(f"{t} {n}"))
            for n in fulls.split("|")
            for s in shorts.split("|")
            for t in titles.split("|")
        ]
        # The slot values (one dict per spelling) of this person cast in a role.
        self.slots = _Lazy(
            lambda letter: [dict(zip(_PERSON_KEYS[letter], f, strict=True)) for f in self.forms]
        )


_PEOPLE = [_Person(spec) for spec in _data.PEOPLE]
_COUNTRY = {
    cc: (name, adj_m, adj_f, _indefinite(adj_f), _indefinite(adj_m))
    for cc, (name, adj_m, adj_f, _capital) in _data.COUNTRIES.items()
}
_CITY_FORMS = [tuple(c[0].split("|")) for c in _data.CITIES]
_MONTH_NAMES = {
    "lev": _data.MONTHS_LEV,
    "eg": _data.MONTHS_EG,
    "both": tuple(f"{a}/{b}" for a, b in zip(_data.MONTHS_LEV, _data.MONTHS_EG, strict=True)),
    "paren": tuple(f"{a} ({b})" for a, b in zip(_data.MONTHS_LEV, _data.MONTHS_EG, strict=True)),
}
# Drawn at every use: the same verb or figure twice in an article would be fine.
_PER_USE = {
    "said": _weighted(_data.SAID),
    "saidf": _weighted(_data.SAID_F),
    "num": _weighted(str(n) for n in range(11, 61)),
    "pct": _weighted(str(n) for n in range(18, 66)),
}
# Drawn once per story: slot -> (values, cumulative weights, the slot it must differ from).
_STORY_LISTS = {
    key: (*_weighted(getattr(_data, name), exponent), differ)
    for key, name, exponent, differ in _data.STORY_LISTS
}


@cache
def _variants() -> tuple[list[str], list[str], list[str]]:
    """The templates as written, lightly vocalised, and with tatweel."""
    texts = [t[2] for t in _data.TEMPLATES]
    tables = (_data.DIACRITIZED, _data.TATWEEL)
    return texts, *[[_respell(t, table) for t in texts] for table in tables]


_Compiled = tuple[str, tuple[str, ...]]
_FIELD = re.compile(r"\{(\w+)\}")


def _compile(template: str) -> _Compiled:
    """ "{A} التقى ..." -> ("%s التقى ...", ("A",)): %-formatting is twice as fast."""
    return _FIELD.sub("%s", template.replace("%", "%%")), tuple(_FIELD.findall(template))


class _Month:
    """Who is in office, which places and templates are valid, in one month."""

    def __init__(self, ym: int):
        def pool(role):
            ids = [k for k, p in enumerate(_PEOPLE) if role in p.roles and p.start <= ym <= p.end]
            return ids, _cumulative(_PEOPLE[k].weight for k in ids)

        def valid(rows, weight):
            ids = [k for k, row in enumerate(rows) if row[1] <= ym <= row[2]]
            return ids, _cumulative(rows[k][weight] for k in ids)

        self.pools = {letter: pool(role) for letter, role in _ROLE_OF.items()}
        self.cities = valid(_data.CITIES, 3)
        self.opposition = valid(_data.OPPOSITION_BODIES, 3)
        self.templates: dict[str, list[int]] = {c: [] for c in "LBKEUT"}
        for k, (category, validity, _text) in enumerate(_data.TEMPLATES):
            start, end = _data.VALID[validity]
            if start <= ym <= end:
                self.templates[category].append(k)
        self.astana = "نور سلطان" if 201903 <= ym <= 202209 else "أستانا"
        self.sequence: tuple[list[int], list[float]] | None = None  # see _Generator


# ------------------------------------------------------------------------------ stories


class _Story(dict):
    """What a story is about (people, places, themes), drawn when it opens or when an
    article first needs it, and the slots of the article covering it now (date
    phrases, number, outlet)."""

    __slots__ = ("M", "day", "r", "pub", "months")

    def __init__(self, M: _Month, day: date, r):
        super().__init__()
        self.M, self.day, self.r = M, day, r

        def pick(letter: str, avoid: str | None = None) -> str:
            ids, cum = M.pools[letter]
            k = ids[bisect(cum, r() * cum[-1])]
            for _ in range(8 if avoid else 0):  # someone from another country than A
                if _PEOPLE[k].country != avoid:
                    break
                k = ids[bisect(cum, r() * cum[-1])]
            forms = _PEOPLE[k].slots[letter]
            self.update(forms[int(r() * len(forms))] if len(forms) > 1 else forms[0])
            return _PEOPLE[k].country

        def any_city() -> str:
            ids, cum = M.cities
            forms = _CITY_FORMS[ids[bisect(cum, r() * cum[-1])]]
            return forms[int(r() * len(forms))] if len(forms) > 1 else forms[0]

        ca = pick("A")
        cb = pick("B", ca)
        for letter in "EGOUFM":
            pick(letter)
        pick("H", ca)
        self.update(_COUNTRY_SLOTS["A"][ca])
        self.update(_COUNTRY_SLOTS["B"][cb])
        capital_a, capital_b = _capital(ca, M), _capital(cb, M)
        x = r()
        city = capital_a if x < 0.35 else capital_b if x < 0.5 else any_city()
        other = any_city()
        ids, cum = M.opposition
        self.update(
            acap=capital_a,
            astana=M.astana,
            city=city,
            other=other if other != city else any_city(),
            oppb=_data.OPPOSITION_BODIES[ids[bisect(cum, r() * cum[-1])]][0],
        )

    def cover(self, lag: int, months) -> None:
        """Set the article-level slots for an article published lag days later."""
        day = self.day + timedelta(days=lag) if lag else self.day
        if day.toordinal() > _LAST_DAY:
            day = date.fromordinal(_LAST_DAY)
        self.pub, self.months = day, months
        self.pop("fut", None)
        self.pop("past", None)
        self["when"] = _when(day, (day - self.day).days, self.r)

    def __missing__(self, key):
        r = self.r
        spec = _PER_USE.get(key)
        if spec is not None:
            return _draw(*spec, r)
        spec = _STORY_LISTS.get(key)
        if spec is not None:  # drawn the first time an article of the story needs it
            values, cum, differ = spec
            value = _draw(values, cum, r)
            if differ is not None and value == self[differ]:
                value = _draw(values, cum, r)
        elif key == "local":  # someone on the ground
            value = f"{self['first']} {self['family']}"
        elif key == "fut":
            value = _future(self.pub, self.months, r)
        elif key == "past":
            value = _past(self.pub, self.months, r)
        else:
            return self.months[_MONTH_INDEX[key]]  # depends on the outlet: not kept
        self[key] = value
        return value


def _capital(cc: str, M: _Month) -> str:
    capital = _data.COUNTRIES[cc][3]
    return M.astana if capital == "*kz" else capital


_COUNTRY_SLOTS = {
    letter: {cc: dict(zip(keys, names, strict=True)) for cc, names in _COUNTRY.items()}
    for letter, keys in _COUNTRY_KEYS.items()
}


class _Respelled(dict):
    """Slot values in an outlet's spelling, computed once (numbers are not kept)."""

    __slots__ = ("bits",)

    def __init__(self, bits: int):
        super().__init__()
        self.bits = bits

    def __missing__(self, value: str) -> str:
        if value.isdigit():  # the article's number, a count: only digits can change
            return _surface(value, _DIG) if self.bits & _DIG else value
        respelled = self[value] = _surface(value, self.bits)
        return respelled


def _when(day: date, lag: int, r) -> str:
    """When the story happened, seen from the publication day (lag days later)."""
    x = r()
    form = next(form for p, form in _data.WHEN[lag] if x < p)
    return form.format(w=_data.WEEKDAYS[(day.weekday() - lag) % 7])


def _future(day: date, months, r) -> str:
    x = r()
    if x < 0.3:
        ahead = day + timedelta(days=1 + int(r() * 6))
        return f"{_W['day']} {_data.WEEKDAYS[ahead.weekday()]} {_W['next']}"
    if x < 0.45:
        return _W["next_week"]
    if x < 0.6:
        return _W["few_days"]
    if x < 0.82:
        ahead = day + timedelta(days=3 + int(r() * 25))
        which = _W["current"] if ahead.month == day.month else _W["next"]
        return f"في {ahead.day} {months[ahead.month - 1]} {which}"
    return _W["next_month"] if x < 0.92 or day.month > 10 else _W["year_end"]


def _past(day: date, months, r) -> str:
    x = r()
    if x < 0.2:
        return _W["last_week"]
    if x < 0.35:
        return _W["last_month"]
    if x < 0.45 and day.month >= 3:
        return _W["year_start"]
    before = day - timedelta(days=20 + int(r() * 330))
    if before.year == day.year:
        return f"في {before.day} {months[before.month - 1]} {_W['last']}"
    return f"في {months[before.month - 1]} {before.year}"


# ------------------------------------------------------------------------------ articles


class _Outlet:
    __slots__ = ("name", "slug", "months", "bits", "ya", "digits", "hamza", "diac", "dateline")

    def __init__(self, spec):
        self.name, self.slug, months, self.ya, sy, amk, self.digits, self.hamza = spec[:8]
        self.diac, quotes, p_dateline, dateline = spec[8:12]
        self.months = _MONTH_NAMES[months]
        self.bits = (_SY if sy else 0) | (_AMK if amk else 0) | (_QUOTES if quotes else 0)
        self.dateline = p_dateline, dateline


class _Generator:
    def __init__(self, seed: int, *, sizes: bool = True):
        self.rng = random.Random(seed)
        self.seed = seed
        self.outlets = [_Outlet(o) for o in _data.OUTLETS]
        self.outlet_cum = _cumulative(o[13] for o in _data.OUTLETS)
        years = sorted(_data.YEAR_WEIGHTS)
        self.year_cum = _cumulative(_data.YEAR_WEIGHTS[y] for y in years)
        self.spans = []
        for year in years:
            first = max(date(year, 1, 1), _FIRST_DAY)
            self.spans.append((first.toordinal(), (date(year + 1, 1, 1) - first).days))
        self.months = _Lazy(_Month)
        self.sequences: dict[tuple, tuple[list[int], list[float]]] = {}
        self.recent: deque[_Story] = deque(maxlen=_RECENT)
        # The templates (plain, vocalised, with tatweel) compiled in each spelling.
        self.banks = _Lazy(
            lambda bits: tuple([_compile(_surface(t, bits)) for t in v] for v in _variants())
        )
        self.respelled = _Lazy(_Respelled)
        self.expected = _expected_sizes() if sizes else []

    def story(self, day: date | None = None) -> _Story:
        r = self.rng.random
        if day is None:
            first, n_days = self.spans[bisect(self.year_cum, r() * self.year_cum[-1])]
            day = date.fromordinal(first + int(r() * n_days))
        return _Story(self.months[day.year * 100 + day.month], day, r)

    def article(self, i: int) -> SyntheticArticle:
        r = self.rng.random
        if not self.recent or r() < _NEW_STORY:
            story = self.story()
            self.recent.append(story)
        else:
            story = self.recent[int(r() * len(self.recent))]
        o = self.outlets[bisect(self.outlet_cum, r() * self.outlet_cum[-1])]
        x = r()
        story.cover(0 if x < 0.6 else 1 if x < 0.93 else 2, o.months)
        block, j = divmod(i, _N_RANGE)
        n = _N_BASE + block * _N_RANGE + (j * _N_STEP + self.seed * _N_SALT) % _N_RANGE
        story.update(N=str(n), src=o.name)
        bits = o.bits | (_YA if r() < o.ya else 0) | (_HZ if r() < o.hamza else 0)
        bits |= _DIG if r() < o.digits else 0
        bank = self.banks[bits]
        respelled = self.respelled[bits] if bits & ~_QUOTES else None  # values have no quotes

        # Choose the templates by their expected rendered size, then render them.
        T, expected = story.M.templates, self.expected
        lede = T["L"][int(r() * len(T["L"]))]
        detail = T["U"][int(r() * len(T["U"]))]
        closing = T["E"][int(r() * len(T["E"]))] if r() < 0.55 else -1
        fixed = expected[lede] + expected[detail] + (expected[closing] if closing >= 0 else 0.0)
        seq, cum = story.M.sequence or self._sequence(story.M)
        start = int(r() * (len(seq) - 64))
        end = bisect_left(cum, cum[start] + 1150 + 4750 * r() ** 1.3 - fixed, start + 1, start + 60)
        middle = seq[start:end]
        at = int(r() * (len(middle) + 1))
        chosen = [lede, *middle[:at], detail, *middle[at:]]
        if closing >= 0:
            chosen.append(closing)
        p_dateline, dateline = o.dateline
        dateline = dateline.format(city=story["city"]) if r() < p_dateline else ""
        if respelled is not None:
            dateline = respelled[dateline]
        vocalised = r() < o.diac
        # The exact size is only worth checking near the limits.
        estimate = fixed + cum[end] - cum[start]
        sure = _SAFE_LOW <= estimate <= _SAFE_HIGH
        while True:
            body = dateline + self._render(chosen, story, bank, respelled, vocalised)
            if sure:
                break
            size = len(body.encode())
            if size >= MAX_BODY_BYTES and len(chosen) > 3:
                chosen.remove(middle.pop())
            elif size < MIN_BODY_BYTES:
                middle.append(T["B"][int(r() * len(T["B"]))])
                chosen.insert(1, middle[-1])
            else:
                break

        titles = T["T"]
        for _ in range(8):  # a long name in a short template can overflow
            text, fields = bank[0][titles[int(r() * len(titles))]]
            values = [story[f] for f in fields]
            if respelled is not None:
                values = [respelled[v] for v in values]
            words = (text % tuple(values)).split()
            if 5 <= len(words) <= 14:
                break
        title = " ".join(words[:14])
        url = f"https://example.org/{o.slug}/{i + 1}"
        return SyntheticArticle(title, body, o.name, url, story.pub.isoformat())

    def _render(self, chosen: list[int], story: _Story, bank, respelled, vocalised: bool) -> str:
        """Lay the templates out in 3-12 paragraphs and fill them in one go."""
        r = story.r
        plain, diacritized, tatweel = bank
        compiled = [plain[k] for k in chosen]
        if vocalised:  # some sentences of some articles
            for n, k in enumerate(chosen):
                if r() < 0.5:
                    compiled[n] = diacritized[k]
        if r() < 0.08:  # a word drawn out in one sentence
            n = int(r() * len(chosen))
            compiled[n] = tatweel[chosen[n]]
        layouts = _layouts(len(compiled))
        layout = layouts[int(r() * len(layouts))]
        texts = [c[0] for c in compiled]
        fields: list[str] = []
        for c in compiled:
            fields += c[1]
        values = [story[f] for f in fields]
        if respelled is not None:
            values = [respelled[v] for v in values]
        return "\n\n".join([" ".join(texts[a:b]) for a, b in layout]) % tuple(values)

    def _sequence(self, M: _Month) -> tuple[list[int], list[float]]:
        """A long run of body and background templates, none repeated within 40, with
        its cumulative expected size: an article takes a window of it."""
        B, K = M.templates["B"], M.templates["K"]
        key = (tuple(B), tuple(K))
        found = self.sequences.get(key)
        if found is None:
            r = self.rng.random
            spacing = min(40, len(B) + len(K) - 8)
            last: dict[int, int] = {}
            seq = []
            for n in range(_SEQUENCE):
                for _ in range(50):
                    k = B[int(r() * len(B))] if r() < 0.75 else K[int(r() * len(K))]
                    if n - last.get(k, -spacing) >= spacing:
                        break
                last[k] = n
                seq.append(k)
            cum = list(accumulate((self.expected[k] for k in seq), initial=0.0))
            found = self.sequences[key] = (seq, cum)
        M.sequence = found
        return found


@cache
def _layouts(n: int) -> tuple[tuple[tuple[int, int], ...], ...]:
    """32 fixed ways to cut n sentences into 3-12 paragraphs (slice bounds).

    Paragraphs hold one to four sentences or so, and the lede is often alone.
    """
    r = random.Random(n).random
    low, high = max(3, (n + 3) // 4), min(12, n)
    layouts = []
    for _ in range(32):
        paragraphs = low + int(r() * (high - low + 1))
        sizes = [1] * paragraphs
        lede_alone = r() < 0.6
        for _ in range(n - paragraphs):
            sizes[(1 + int(r() * (paragraphs - 1))) if lede_alone else int(r() * paragraphs)] += 1
        bounds = list(accumulate(sizes, initial=0))
        layouts.append(tuple(zip(bounds, bounds[1:], strict=False)))
    return tuple(layouts)


@cache
def _expected_sizes() -> list[float]:
    """Mean UTF-8 size (plus one separator) of each template, rendered in its valid months."""
    sampler = _Generator(0, sizes=False)
    r = sampler.rng.random
    first = _FIRST_DAY.year * 100 + _FIRST_DAY.month
    months = [y * 100 + m for y in range(2011, 2025) for m in range(1, 13) if y * 100 + m >= first]
    sizes = []
    for category, validity, text in _data.TEMPLATES:
        start, end = _data.VALID[validity]
        valid = [ym for ym in months if start <= ym <= end]
        total = 0
        for _ in range(12):
            ym = valid[int(r() * len(valid))]
            story = sampler.story(date(ym // 100, ym % 100, 1 + int(r() * 28)))
            story.cover(0, _MONTH_NAMES["both"])
            story.update(N="123456", src="الشرق الأوسط")
            total += len(text.format_map(story).encode()) + (1 if category != "T" else 0)
        sizes.append(total / 12)
    return sizes
