"""The other spellings an alias or a role phrase is written in: an office in construct with
each of its country's names, a body's name ending on a country by each of the country's
names, a nationality agreeing with the ministry. For articles.text.linking; pure Python."""

from collections.abc import Iterable

from articles.text.arabic import normalize
from articles.text.mentions import PLACE


def alias_key(text: str) -> str:
    """The folded form the automaton matches: normalised, one space between words."""
    return " ".join(normalize(text).split())


def with_other_names(phrase: str, names: list[str]) -> list[str]:
    """«وزير خارجية سوريا» as «وزير خارجية الجمهورية العربية السورية», «وزير خارجية سورية»:
    an office in construct with its country, by each of the country's names."""
    normalized = alias_key(phrase)
    named = next((name for name in names if normalized.endswith(" " + name)), None)
    if named is None:
        return []
    office = normalized[: -len(named)]
    return [office + name for name in names if name != named]


def country_names_of(aliases: Iterable) -> dict[str, list[str]]:
    """A country's unambiguous one-word names, by each of them: «سوريا» → «سوريا», «سوريه»."""
    names: dict[str, list[str]] = {}
    for alias in aliases:
        key = alias_key(alias.text)
        country = alias.kind == PLACE and alias.subkind == "country"
        if country and not alias.ambiguous and " " not in key and not key.isascii():
            names.setdefault(alias.entity, []).append(key)
    return {name: list(dict.fromkeys(forms)) for forms in names.values() for name in forms}


def with_country_names(text: str, country_names: dict[str, list[str]]) -> list[str]:
    """«أصدقاء سورية» for «أصدقاء سوريا», «مجموعة الدعم الدولية لسورية»: a body's name that
    ends on a country's name, by each of the country's other names."""
    normalized = alias_key(text)
    head, _, last = normalized.rpartition(" ")
    if not head:
        return []
    lead = last[0] if last[:1] in ("ل", "ب") and last[1:] in country_names else ""
    forms = country_names.get(last[len(lead) :], [])
    return [f"{head} {lead}{form}" for form in forms if form != last[len(lead) :]]


def agreeing_with_the_ministry(phrase: str) -> list[str]:
    """«وزير الخارجية السورية»: the nationality may agree with the ministry, not the minister."""
    normalized = alias_key(phrase)
    words = normalized.split()
    if len(words) == 3 and words[1] == "الخارجيه" and words[2].endswith("ي"):
        return [f"{words[0]} {words[1]} {words[2]}ه"]
    return []
