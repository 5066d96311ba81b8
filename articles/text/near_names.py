"""Names misspelt by one letter («غير بيدسون» for «غير بيدرسون», «علي خامنئ» for «علي
خامنئي»): a two-word person alias whose first word is written as the gazetteer has it and whose
second has one letter more, fewer or changed, after a title. Pure Python: no Django."""

import re
from collections.abc import Iterable

MIN_SURNAME = 5  # shorter surnames are one letter away from too many words
TITLE_REACH = 40  # characters from a title to the name: «المبعوث الأممي إلى سورية، غير»
# A title's head word: the name after it is a person's; a near spelling elsewhere may be any
# word.
_TITLE_RE = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:وزير|رئيس|مبعوث|موفد|مرشد|امين|سفير|ملك|امير|شيخ|نائب|متحدث"
    r"|مستشار|ممثل|سمو|معالي|فخامه|دكتور)\w*(?!\w)"
)
_WORD_RE = re.compile(r"\w+")


def _one_letter_less(word: str) -> set[str]:
    return {word[:index] + word[index + 1 :] for index in range(len(word))}


class NearNames:
    """Two-word person aliases, their second words indexed with one letter dropped: a word
    one letter away from a surname shares such a form with it (symmetric deletion)."""

    def __init__(self, people: Iterable[tuple[str, str]], known_words: Iterable[str] = ()):
        """`people`: (entity, normalised alias), unambiguous aliases only; `known_words`: the
        words of every alias, which are names as written («جون كيري» is Kerry, not a
        misspelt «جون كيربي»)."""
        self._by_form: dict[tuple[str, str], dict[str, str]] = {}
        self._first_words: set[str] = set()
        self._known_words: set[str] = set(known_words)
        for entity, alias in people:
            words = alias.split()
            self._known_words.update(words)
            if len(words) != 2 or len(words[1]) < MIN_SURNAME:
                continue
            first, surname = words
            self._first_words.add(first)
            for form in {surname} | _one_letter_less(surname):
                self._by_form.setdefault((first, form), {})[entity] = alias

    def find(
        self, normalized: str, taken: list[tuple[int, int]]
    ) -> list[tuple[int, int, str, str]]:
        """(start, end, entity, alias) of the titled names in `normalized` one letter away
        from one person's alias, outside the `taken` spans."""
        found = []
        for first in _WORD_RE.finditer(normalized):
            if first.group() not in self._first_words:
                continue
            second = _WORD_RE.match(normalized, first.end() + 1)
            if second is None or second.start() != first.end() + 1:
                continue
            word = second.group()
            if word in self._known_words or len(word) < MIN_SURNAME - 1:
                continue  # a name as written: linked already, or someone else's
            start, end = first.start(), second.end()
            if any(left < end and start < right for left, right in taken):
                continue
            people: dict[str, str] = {}
            for form in {word} | _one_letter_less(word):
                people.update(self._by_form.get((first.group(), form), {}))
            if len(people) != 1:
                continue
            if not _TITLE_RE.search(normalized, max(0, start - TITLE_REACH), start):
                continue
            ((entity, alias),) = people.items()
            found.append((start, end, entity, alias))
        return found
