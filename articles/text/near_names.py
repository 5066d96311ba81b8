"""Names misspelt by one letter («غير بيدسون» for «غير بيدرسون», «علي خامنئ» for «علي
خامنئي»): a two-word person alias whose first word is written as the gazetteer has it and whose
second has one letter more, fewer or changed, after a title. Pure Python: no Django."""

import re
from collections.abc import Iterable

from articles.text.anchored_scan import AnchoredPattern

MIN_SURNAME = 5  # shorter surnames are one letter away from too many words
TITLE_REACH = 40  # characters from a title to the name: «المبعوث الأممي إلى سورية، غير»
# A title's head word: the name after it is a person's; a near spelling elsewhere may be any
# word.
_TITLE_HEADS = (
    "وزير رئيس مبعوث موفد مرشد امين سفير ملك امير شيخ نائب متحدث مستشار ممثل سمو معالي فخامه دكتور"
).split()
_TITLE_RE = re.compile(
    rf"(?<!\w)[وفبل]?(?:ال)?(?:{'|'.join(_TITLE_HEADS)})(?:ه|ا|ان|ين)?(?!\w)"
)  # not «أميركي», «رئيسية»
_TITLES = AnchoredPattern(_TITLE_RE, tuple(_TITLE_HEADS), reach=len("وال"))
TITLE_TO_NAME_WORDS = 6  # «المبعوث الأممي إلى سورية، غير»: the title's own words between
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
        self,
        normalized: str,
        taken: list[tuple[int, int]],
        people: list[tuple[int, int]] = (),
    ) -> list[tuple[int, int, str, str]]:
        """(start, end, entity, alias) of the titled names in `normalized` one letter away
        from one person's alias, outside the `taken` spans; no other name (`people`) may stand
        between the title and the name."""
        found = []
        for first in self._after_titles(normalized):
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
            candidates: dict[str, str] = {}
            for form in {word} | _one_letter_less(word):
                for entity, alias in self._by_form.get((first.group(), form), {}).items():
                    if _one_edit_apart(word, alias.split()[1]):
                        candidates[entity] = alias
            if len(candidates) != 1 or not _titled(normalized, start, people):
                continue
            ((entity, alias),) = candidates.items()
            found.append((start, end, entity, alias))
        return found

    @staticmethod
    def _after_titles(normalized: str) -> list[re.Match]:
        """The words that start within TITLE_REACH characters after a title, in text order:
        only they can be titled names, and titles are far fewer than words."""
        words: dict[int, re.Match] = {}
        for title in _TITLES.finditer(normalized):
            reach = title.end() + TITLE_REACH
            for word in _WORD_RE.finditer(normalized, title.end()):
                if word.start() > reach:
                    break
                words.setdefault(word.start(), word)
        return [words[start] for start in sorted(words)]


def _titled(normalized: str, start: int, people: list[tuple[int, int]]) -> bool:
    """Whether a title leads to the name at `start`: within TITLE_REACH characters and
    TITLE_TO_NAME_WORDS words, no name between («التقى وزير الخارجية لافروف وقال علي …»)."""
    window = max(0, start - TITLE_REACH)
    titles = list(_TITLE_RE.finditer(normalized, window, start))
    if not titles:
        return False
    title_end = titles[-1].end()
    if len(normalized[title_end:start].split()) > TITLE_TO_NAME_WORDS:
        return False
    return not any(title_end <= left < start for left, _ in people)


_NISBA_ENDS = ("ي", "ه")


def _one_edit_apart(word: str, surname: str) -> bool:
    """One letter added, dropped or changed, but no nisba or feminine ending added («الشرعي» is
    no misspelt «الشرع»): the shared one-letter-less forms also let two changes in different
    places through («المعطي», «العاطي»)."""
    if word == surname or abs(len(word) - len(surname)) > 1:
        return False
    if len(word) == len(surname):
        return sum(a != b for a, b in zip(word, surname, strict=True)) == 1
    longer, shorter = (word, surname) if len(word) > len(surname) else (surname, word)
    if longer is word and word.startswith(surname) and word[-1] in _NISBA_ENDS:
        return False  # but a final letter dropped is a slip: «خامنئ»
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
