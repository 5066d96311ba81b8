"""Arabic normalisation and the search terms built from it. Pure Python: no Django.

PostgreSQL's own `arabic` configuration misses much of what Arabic news does to a word (see
DESIGN.md, "Arabic text"), so the index is built here and every query goes through the same
functions:

* `normalize` — camel-tools Unicode normalisation and dediacritisation, alef / alef maksura /
  teh marbuta folding, tatweel and invisible format characters removed, Arabic-Indic digits
  folded to ASCII, Latin lowercased.
* `index_terms` — the lexemes of a text with their positions: every token, plus each form
  left after stripping a valid chain of proclitics (و ف ب ل ك ال, e.g. والإبراهيمي →
  الابراهيمي, ابراهيمي), plus the halves of words run together around ال
  (الأممالمتحدة → امم + متحده). Stop words are dropped.
* `tsvector_literal` — those terms as PostgreSQL tsvector text, ready for COPY or a cast.
"""

import re
import unicodedata
from collections.abc import Iterator

from camel_tools.utils.charsets import AR_DIAC_CHARSET
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import normalize_alef_ar, normalize_unicode

TATWEEL = "\u0640"


# Cf covers RLM/LRM, ZWJ/ZWNJ, the BOM and the bidi embeddings, which editors paste
# invisibly into names and would otherwise split or hide a word. A regex class is used
# rather than str.translate: translate takes a slow path on non-ASCII text.
def character_ranges(codes: list[int]) -> str:
    """The inside of a regex class of code points, as ranges: a class listing every code
    point is ten times slower."""
    ranges: list[list[int]] = []
    for code in sorted(codes):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(
        re.escape(chr(first)) + ("" if first == last else "-" + re.escape(chr(last)))
        for first, last in ranges
    )


def _character_class(codes: list[int]) -> str:
    return "[" + character_ranges(codes) + "]"


# Unicode's format characters (category Cf), as ranges: scanning all code points at import
# costs a fifth of a second per process. tests/test_arabic.py checks the list.
FORMAT_CHARACTER_RANGES = (
    (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD),
    (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E),
    (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F),
    (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD),
    (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)  # fmt: skip
_INVISIBLE_CODES = [
    *(code for first, last in FORMAT_CHARACTER_RANGES for code in range(first, last + 1)),
    ord(TATWEEL),
]
_INVISIBLE_RE = re.compile(_character_class(_INVISIBLE_CODES) + "+")
# The regex engine checks the ranges of a class past U+FFFF one by one at every character of
# the text, and a class within U+FFFF in one lookup: text with no character past U+FFFF (nearly
# all) is scanned with the part of the class within it, twice as fast.
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
_INVISIBLE_BMP_RE = re.compile(_character_class([c for c in _INVISIBLE_CODES if c <= 0xFFFF]) + "+")
_EASTERN_DIGITS = {chr(0x0660 + d): str(d) for d in range(10)} | {
    chr(0x06F0 + d): str(d) for d in range(10)
}
_EASTERN_DIGIT_RE = re.compile("[" + "".join(_EASTERN_DIGITS) + "]")
# Persian and Urdu letters for Arabic ones: farsi yeh, keheh, heh doachashmee, heh with yeh
# above, ae.
PERSIAN_LETTERS = {
    "\u06cc": "\u064a",
    "\u06a9": "\u0643",
    "\u06be": "\u0647",
    "\u06c0": "\u0647",
    "\u06d5": "\u0647",
}
# Letters some outlets borrow for sounds Arabic lacks («لاڤروڤ», «پوتين», «گوتيريش», the
# Maghrebi «ڨ» for g): folded to the letters the others write for them.
BORROWED_LETTERS = {
    "\u06a4": "\u0641",  # ڤ → ف
    "\u06a8": "\u0642",  # ڨ → ق
    "\u06af": "\u063a",  # گ → غ
    "\u06ad": "\u063a",  # ڭ → غ (Moroccan g)
    "\u0763": "\u063a",  # ݣ → غ (Moroccan g)
    "\u067e": "\u0628",  # پ → ب
    "\u0686": "\u062c",  # چ → ج
    "\u0698": "\u0632",  # ژ → ز
}
_FOLDED_LETTERS = {**PERSIAN_LETTERS, **BORROWED_LETTERS}
# camel-tools' normalize_unicode maps two ligatures with a per-character Python loop
# before NFKC; run it only when a ligature is present.
_CAMEL_LIGATURES = ("\ufdfc", "\ufdfd")


def _holds_any(text: str, characters) -> bool:
    """Whether `text` holds one of a few `characters`: `in` for each beats a regex class."""
    return any(character in text for character in characters)


_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")
_ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064a]")

ARTICLE = "ال"
# Valid proclitic chains: an optional conjunction, an optional preposition, an optional
# article; ل + ال is written لل. Longest first so the most-stripped form comes last.
_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ك", "ل")


def _proclitic_chains() -> tuple[str, ...]:
    chains = set()
    for conjunction in _CONJUNCTIONS:
        for preposition in _PREPOSITIONS:
            for article in ("", ARTICLE):
                if preposition == "ك" and not article:
                    continue  # bare ك starts too many words (كامل، كبير) to strip
                if preposition == "ل" and article:
                    chains.add(conjunction + "لل")
                else:
                    chains.add(conjunction + preposition + article)
    chains.discard("")
    return tuple(sorted(chains, key=len))


PROCLITIC_CHAINS = _proclitic_chains()
_PROCLITIC_CHAIN_SET = frozenset(PROCLITIC_CHAINS)
_PROCLITIC_INITIALS = frozenset(chain[0] for chain in PROCLITIC_CHAINS)
_LONGEST_CHAIN = max(map(len, PROCLITIC_CHAINS))
MIN_STEM_LETTERS = 2
MIN_COMPOUND_PART_LETTERS = 3
MAX_LEXEME_CHARS = 64
# PostgreSQL keeps positions up to 16383 (and at most 256 of them per lexeme, which its
# tsvector input enforces by itself).
MAX_POSITION = 16383


def normalize(text: str) -> str:
    """The normalised form stored beside the original and matched against."""
    if _holds_any(text, _CAMEL_LIGATURES):
        text = normalize_unicode(text)
    elif not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = normalize_alef_ar(dediac_ar(text))
    text = (_INVISIBLE_RE if _ASTRAL_RE.search(text) else _INVISIBLE_BMP_RE).sub("", text)
    if _holds_any(text, _EASTERN_DIGITS):
        text = _EASTERN_DIGIT_RE.sub(lambda m: _EASTERN_DIGITS[m.group()], text)
    if _holds_any(text, _FOLDED_LETTERS):  # «سوریه», «کوفی»: Persian yeh and keheh, as Iranian
        for source, target in _FOLDED_LETTERS.items():  # outlets type Arabic; «لاڤروڤ»
            text = text.replace(source, target)
    # Alef maksura → yeh, teh marbuta → heh: Egyptian مرسى is Levantine مرسي.
    return text.replace("\u0649", "\u064a").replace("\u0629", "\u0647").lower()


# Function words that occur in nearly every article; PostgreSQL ships no Arabic stop list.
# Folded like the text, so «على» becomes «علي»: it is kept (indexed) because that is also
# the name Ali.
STOP_WORDS = frozenset(
    [
        "في",
        "من",
        "على",
        "الى",
        "إلى",
        "عن",
        "ان",
        "أن",
        "إن",
        "او",
        "أو",
        "ما",
        "لا",
        "لم",
        "لن",
        "قد",
        "ثم",
        "حتى",
        "مع",
        "عند",
        "بين",
        "كل",
        "كما",
        "اي",
        "أي",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "هؤلاء",
        "التي",
        "الذي",
        "الذين",
        "اللذين",
        "اللتين",
        "اللواتي",
        "هو",
        "هي",
        "هم",
        "هما",
        "انه",
        "انها",
        "كان",
        "كانت",
        "يكون",
        "تكون",
        "وقد",
        "ولا",
        "وما",
        "ومن",
        "وفي",
        "وعلى",
        "والى",
        "وان",
        "وهو",
        "وهي",
        "الا",
        "إلا",
        "اذا",
        "إذا",
        "لقد",
        "منذ",
        "خلال",
        "عبر",
        "لدى",
        "حيث",
        "بعد",
        "قبل",
        "فيه",
        "فيها",
        "منه",
        "منها",
        "عليه",
        "عليها",
        "اليه",
        "اليها",
        "به",
        "بها",
        "له",
        "لها",
        "لكن",
        "ولكن",
        "بل",
        "او",
        "ام",
        "يا",
    ]
)
STOP_WORDS = frozenset(normalize(word) for word in STOP_WORDS) - {"علي"}


def is_arabic(token: str) -> bool:
    return bool(_ARABIC_LETTER_RE.match(token))


def stripped_forms(token: str) -> list[str]:
    """The forms of a normalised token left after each valid proclitic chain it starts with."""
    if token[0] not in _PROCLITIC_INITIALS:
        return []
    longest = min(_LONGEST_CHAIN, len(token) - MIN_STEM_LETTERS)
    return [
        token[length:] for length in range(1, longest + 1) if token[:length] in _PROCLITIC_CHAIN_SET
    ]


def compound_halves(stem: str) -> tuple[str, str] | None:
    """Split a word run together with a following definite noun (اممالمتحده → امم, متحده).

    Only at an internal ال with at least three letters on each side, so ordinary words that
    merely contain ال («استقلال», «اتصالات») are left whole.
    """
    start = stem.find(ARTICLE, MIN_COMPOUND_PART_LETTERS)
    while start != -1:
        left, right = stem[:start], stem[start + len(ARTICLE) :]
        if len(right) >= MIN_COMPOUND_PART_LETTERS:
            return left, right
        start = stem.find(ARTICLE, start + 1)
    return None


def query_form(token: str) -> str:
    """How a query word is looked up: without a leading article, which the index also strips.

    Other proclitics are kept: a word the user typed starting with و or ب («وقف», «بوتين»)
    is far more often the word itself than a clitic chain.
    """
    if token.startswith(ARTICLE) and len(token) - len(ARTICLE) >= MIN_STEM_LETTERS:
        return token[len(ARTICLE) :]
    return token


def tokens(text: str) -> list[str]:
    """Normalised word tokens of `text`, stop words removed, in order."""
    return [token for token in _TOKEN_RE.findall(normalize(text)) if token not in STOP_WORDS]


def _expansions(token: str) -> tuple[tuple[str, ...], str | None]:
    """Lexemes indexed at a token's position, and the right half of a run-together word,
    which takes the next position so that phrase queries work across the join."""
    forms = stripped_forms(token)
    at_position = (token, *forms)
    halves = compound_halves(forms[-1] if forms else token) if len(token) >= 8 else None
    if halves is None:
        return at_position, None
    return (*at_position, halves[0]), halves[1]


# News vocabulary repeats heavily, so each token's expansion is memoised (stop words and
# overlong tokens as _SKIPPED); the cap bounds memory.
_EXPANSION_CACHE: dict[str, tuple[tuple[str, ...], str | None]] = {}
_EXPANSION_CACHE_LIMIT = 500_000
_SKIPPED: tuple[tuple[str, ...], str | None] = ((), None)


def _expansion(token: str) -> tuple[tuple[str, ...], str | None]:
    expansion = _EXPANSION_CACHE.get(token)
    if expansion is None:
        if token in STOP_WORDS or len(token) > MAX_LEXEME_CHARS:
            expansion = _SKIPPED
        else:
            expansion = _expansions(token)
        if len(_EXPANSION_CACHE) < _EXPANSION_CACHE_LIMIT:
            _EXPANSION_CACHE[token] = expansion
    return expansion


def index_terms(text: str, *, normalized: bool = False) -> Iterator[tuple[str, int]]:
    """(lexeme, position) pairs for the search vector, in text order; positions start at 1."""
    position = 0
    for token in _TOKEN_RE.findall(text if normalized else normalize(text)):
        lexemes, next_half = _expansion(token)
        if not lexemes:
            continue
        position += 1
        for lexeme in lexemes:
            yield lexeme, position
        if next_half is not None:
            position += 1
            yield next_half, position


# A token's tsvector entries, with the position left out: joining the pieces with the
# position's text writes them ('لعنان':7 'عنان':7); the second is the compound's right half.
_ENTRY_CACHE: dict[str, tuple[tuple[str, ...], tuple[str, ...] | None] | None] = {}
_POSITION_TEXT = tuple(str(position) for position in range(MAX_POSITION + 1))


def _entry(token: str) -> tuple[tuple[str, ...], tuple[str, ...] | None] | None:
    lexemes, next_half = _expansion(token)
    entry = None
    if lexemes:
        at_position = (f"'{lexemes[0]}':", *(f" '{lexeme}':" for lexeme in lexemes[1:]), "")
        entry = (at_position, None if next_half is None else (f"'{next_half}':", ""))
    if len(_ENTRY_CACHE) < _EXPANSION_CACHE_LIMIT:
        _ENTRY_CACHE[token] = entry
    return entry


def tsvector_literal(text: str, *, normalized: bool = False) -> str:
    """The tsvector of `text` in PostgreSQL's text input format; pass normalized=True when
    `text` is already the output of normalize().

    One entry per occurrence: PostgreSQL's input merges a lexeme's entries, sorts and dedups
    its positions, keeps the first 256 and caps them at 16383, in C. Lexemes are runs of word
    characters, so they never contain a quote or a backslash.
    """
    parts: list[str] = []
    add = parts.append
    cache = _ENTRY_CACHE
    position_text = _POSITION_TEXT
    position = 0
    for token in _TOKEN_RE.findall(text if normalized else normalize(text)):
        entry = cache.get(token, False)
        if entry is False:
            entry = _entry(token)
        if entry is None:
            continue
        position += 1
        at_position, next_half = entry
        if position > MAX_POSITION:  # PostgreSQL would cap it too
            position = MAX_POSITION
        add(position_text[position].join(at_position))
        if next_half is not None:
            position += position < MAX_POSITION
            add(position_text[position].join(next_half))
    return " ".join(parts)


# Everything normalize() deletes outright, and the one-to-one letter folds it applies; used to
# map offsets in the normalised text back to the original for highlighting and linking.
_DELETED_CODES = [
    *(code for first, last in FORMAT_CHARACTER_RANGES for code in range(first, last + 1)),
    ord(TATWEEL),
    *(ord(c) for c in AR_DIAC_CHARSET),
]
_DELETED_RE = re.compile(_character_class(_DELETED_CODES) + "+")
_DELETED_BMP_RE = re.compile(_character_class([c for c in _DELETED_CODES if c <= 0xFFFF]) + "+")
# For linking, runs of whitespace also shrink to one space (kept: the run's first character).
# A second scan: one regex with both alternatives takes several times as long.
_SPACE_RUN_RE = re.compile(r"\s\s+")
_ONE_TO_ONE = {
    "\u0625": "\u0627",
    "\u0623": "\u0627",
    "\u0671": "\u0627",
    "\u0622": "\u0627",
    "\u0649": "\u064a",
    "\u0629": "\u0647",
    **_FOLDED_LETTERS,
    **_EASTERN_DIGITS,
}
_WHITESPACE_TO_SPACE = {"\n": " ", "\t": " ", "\r": " ", "\f": " ", "\v": " ", "\x1c": " ",
                        "\x1d": " ", "\x1e": " ", "\x1f": " ", "\x85": " ", "\u2028": " ",
                        "\u2029": " "}  # fmt: skip


def _fold_one_to_one(text: str, spaces: bool) -> str:
    # str.replace per character beats str.translate, which is slow on non-ASCII text.
    for source, target in _ONE_TO_ONE.items():
        if source in text:
            text = text.replace(source, target)
    if spaces:
        for source, target in _WHITESPACE_TO_SPACE.items():
            if source in text:
                text = text.replace(source, target)
    return text


# Characters that NFKC changes on their own (no-break space, presentation forms…), in the
# Basic Multilingual Plane; anything rarer takes the per-character path.
_NFKC_UNSTABLE_RE = re.compile(
    _character_class(
        [
            code
            for code in range(0x10000)
            if not 0xD800 <= code <= 0xDFFF
            and unicodedata.normalize("NFKC", chr(code)) != chr(code)
        ]
    )
)


def _fold_unstable_characters(text: str) -> tuple[str, list[int]] | None:
    """NFKC-fold the characters that change alone, with offsets; None when nothing changes."""
    if not _NFKC_UNSTABLE_RE.search(text):
        return None
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for found in _NFKC_UNSTABLE_RE.finditer(text):
        pieces.append(text[position : found.start()])
        offsets.extend(range(position, found.start()))
        replacement = unicodedata.normalize("NFKC", found.group())
        pieces.append(replacement)
        offsets.extend([found.start()] * len(replacement))
        position = found.end()
    pieces.append(text[position:])
    offsets.extend(range(position, len(text)))
    return "".join(pieces), offsets


def normalizes_without_growing(text: str) -> bool:
    """Whether normalize(text) maps each character of `text` to at most one (deleting
    some), so that an offset into normalize(text) is never past its source's offset."""
    return (
        not _holds_any(text, _CAMEL_LIGATURES)
        and not _NFKC_UNSTABLE_RE.search(text)
        and unicodedata.is_normalized("NFKC", text)
        and len(text.lower()) == len(text)
    )


def normalize_with_offsets(text: str, *, squash_spaces: bool = False) -> tuple[str, list[int]]:
    """normalize(text) and, for each of its characters, the index of its source in `text`.

    The list has one extra entry, len(text), so an end offset maps too. With
    `squash_spaces`, every run of whitespace becomes one space (for matching across lines).
    """
    source_offsets = None
    if _holds_any(text, _CAMEL_LIGATURES):
        return _normalize_with_offsets_by_character(text, squash_spaces)
    folded_unstable = _fold_unstable_characters(text)
    if folded_unstable is not None:
        working, source_offsets = folded_unstable
        if not unicodedata.is_normalized("NFKC", working):
            return _normalize_with_offsets_by_character(text, squash_spaces)
    else:
        working = text
        if not unicodedata.is_normalized("NFKC", text):
            return _normalize_with_offsets_by_character(text, squash_spaces)
    deleting = _DELETED_RE if _ASTRAL_RE.search(working) else _DELETED_BMP_RE
    deleted = [found.span() for found in deleting.finditer(working)]
    if squash_spaces:  # no deleted character is whitespace, so the spans never overlap
        deleted += [(found.start() + 1, found.end()) for found in _SPACE_RUN_RE.finditer(working)]
        deleted.sort()
    kept: list[str] = []
    offsets: list[int] = []
    position = 0
    for start, end in deleted:
        kept.append(working[position:start])
        offsets.extend(range(position, start))
        position = end
    kept.append(working[position:])
    offsets.extend(range(position, len(working)))
    folded = _fold_one_to_one("".join(kept), squash_spaces)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # a few non-ASCII capitals lowercase to two characters
        return _normalize_with_offsets_by_character(text, squash_spaces)
    if source_offsets is not None:
        offsets = [source_offsets[index] for index in offsets]
    offsets.append(len(text))
    return lowered, offsets


def _normalize_with_offsets_by_character(text: str, squash_spaces: bool) -> tuple[str, list[int]]:
    pieces: list[str] = []
    offsets: list[int] = []
    previous_space = False
    for index, character in enumerate(text):
        piece = normalize(character)
        if squash_spaces and piece.isspace():
            if previous_space:
                continue
            piece = " "
        previous_space = piece.isspace()
        pieces.append(piece)
        offsets.extend([index] * len(piece))
    offsets.append(len(text))
    return "".join(pieces), offsets
