"""An article's text as folded tokens with their offsets, for articles.text.event_sentences.
Pure Python: no Django.

This runs on every article at ingestion, so what depends on a word alone (its folded form,
bases, whether it may open a trigger) is worked out once per distinct word and cached.
"""

import re
from typing import NamedTuple

from articles.text import event_patterns as words
from articles.text.arabic import normalize, stripped_forms

_TOKEN_RE = re.compile(
    r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200b-\u200f\u2060\ufeff]+|[^\s\w]"
)
QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}
# «"جنيف-2″»: a double prime (folded to two primes) closes a straight quote in some pages
_PRIME_CLOSER = "\u2032\u2032"
# What closes each opening mark: typed quotes mix with straight ones («"ميركل”», «“لافروف"»).
_CLOSERS = {
    "«": frozenset("»"),
    "“": frozenset(("”", '"', _PRIME_CLOSER)),
    '"': frozenset(('"', "”", _PRIME_CLOSER)),
}
QUOTE_MARKS = frozenset(QUOTE_PAIRS) | frozenset(QUOTE_PAIRS.values()) | {_PRIME_CLOSER}
COMMAS = frozenset(",،")
COMMAS_AND_QUOTES = COMMAS | QUOTE_MARKS  # «ونظيره الروسي "لافروف"», «“بيدرسون”، بمقر»


class Token:
    """A token's folded text and what it is, shared by every occurrence of the same raw text
    (ArticleText.starts and .ends say where each occurrence stands)."""

    __slots__ = ("form", "bases", "is_word", "adjective", "title_like", "flags", "heads")

    def __init__(self, form: str, bases: frozenset[str], is_word: bool, heads: tuple) -> None:
        self.form = form  # folded with arabic.normalize
        self.bases = bases  # the form and what is left of it without its proclitics
        self.is_word = is_word
        # (pattern, what its first word captured) for each trigger pattern whose first word
        # the form is, in the order of TRIGGERS
        self.heads = heads
        self.adjective = not bases.isdisjoint(words.PLAIN_ADJECTIVES) or (
            "ال" in form  # else no base starts with it
            and any(b.startswith("ال") and len(b) > 4 and b.endswith(("ي", "يه")) for b in bases)
        )
        self.title_like = self.is_in(words.TITLE_WORDS) or self.adjective
        self.flags = (
            (_HEAD if heads else 0)
            | (_STATEMENT if words.STATEMENT_VERB.fullmatch(form) else 0)
            | (_QUOTE if form in QUOTE_MARKS else 0)
        )

    def is_in(self, vocabulary: frozenset[str]) -> bool:
        return not self.bases.isdisjoint(vocabulary)

    def __repr__(self) -> str:
        return f"Token({self.form!r})"


class _Tokenized(NamedTuple):
    tokens: list[Token]
    starts: list[int]  # of each token
    ends: list[int]
    heads: list[int]  # tokens that may open a trigger pattern (Token.heads), in order
    trigger_words: set[int]  # tokens that may open a trigger or are a statement verb
    statements: list[int]  # tokens that are a statement verb
    quotes: list[int]  # tokens that open or close a quotation


_HEAD, _STATEMENT, _QUOTE = 1, 2, 4
# Raw token → its Token, and a piece between spaces that is more than one token → _layout.
# News vocabulary repeats heavily; the cap bounds memory.
_KNOWN: dict[str, Token] = {}
_LAYOUTS: dict[str, tuple] = {}
_CACHE_LIMIT = 200_000
# Every trigger's first word in one pattern, its groups unnamed: most words match none.
_ANY_HEAD = re.compile(
    "|".join(
        "(?:" + re.sub(r"\(\?P<\w+>", "(?:", pattern.words[0].pattern) + ")"
        for pattern in words.TRIGGERS
    )
)


class _Nothing(Token):
    """What is left of a lone diacritic or format character: no token at all."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return False


_NOTHING = _Nothing("", frozenset(), False, ())


def _describe(raw: str) -> Token:
    form = normalize(raw)
    if not form:
        return _NOTHING
    is_word = form[0].isalnum()
    bases = frozenset((form, *stripped_forms(form))) if is_word else frozenset((form,))
    heads = ()
    if _ANY_HEAD.fullmatch(form):
        heads = tuple(
            (pattern, head.groupdict())
            for pattern in words.TRIGGERS
            if (head := pattern.words[0].fullmatch(form))
        )
    return Token(form, bases, is_word, heads)


def tokenize(text: str) -> _Tokenized:
    """The text's tokens. No token holds a space, and most pieces of text between two spaces
    are one token, looked up whole; _layout cuts the others."""
    tokens: list[Token] = []
    starts: list[int] = []
    ends: list[int] = []
    marked: list[int] = []  # tokens with flags
    add_token, add_start, add_end, lookup = tokens.append, starts.append, ends.append, _KNOWN.get
    position = 0
    for piece in text.split(" "):
        end = position + len(piece)
        token = lookup(piece)
        if token:
            if token.flags:
                marked.append(len(tokens))
            add_token(token)
            add_start(position)
            add_end(end)
        else:  # not one token, or not met before
            for first, last, token in _layout(piece):
                if token.flags:
                    marked.append(len(tokens))
                add_token(token)
                add_start(position + first)
                add_end(position + last)
        position = end + 1
    return _Tokenized(
        tokens,
        starts,
        ends,
        [index for index in marked if tokens[index].heads],
        {index for index in marked if tokens[index].flags & (_HEAD | _STATEMENT)},
        [index for index in marked if tokens[index].flags & _STATEMENT],
        [index for index in marked if tokens[index].flags & _QUOTE],
    )


def _layout(piece: str) -> tuple[tuple[int, int, Token], ...]:
    """(start, end, Token) of each token in a piece of text between spaces: «سوريا،»,
    «(سانا)», «اليوم\nقال», or a word not met before."""
    layout = _LAYOUTS.get(piece)
    if layout is not None:
        return layout
    if "\n" in piece:  # lines end anywhere: lay out each part, as those come again
        parts, offset = [], 0
        for part in piece.split("\n"):
            known = _KNOWN.get(part)
            if known:
                parts.append((offset, offset + len(part), known))
            else:
                parts.extend((offset + first, offset + last, t) for first, last, t in _layout(part))
            offset += len(part) + 1
        return tuple(parts)
    if _TOKEN_RE.fullmatch(piece):  # a word met for the first time: now in _KNOWN
        token = _known(piece)
        return ((0, len(piece), token),) if token else ()  # nothing left of a lone diacritic
    if len(piece) == 2 and piece[1] == "." and piece[0].isalpha() and not piece[0].isascii():
        # «التقى د. رياض المالكي»: a title's abbreviation, or an initial, ends no clause
        layout = ((0, 1, _known(piece[0])),)
    else:
        layout = tuple(
            (found.start(), found.end(), token)
            for found in _TOKEN_RE.finditer(piece)
            if (token := _known(found.group()))
        )
    if len(_LAYOUTS) >= _CACHE_LIMIT:
        _LAYOUTS.clear()
    _LAYOUTS[piece] = layout
    return layout


def _known(raw: str) -> Token:
    token = _KNOWN.get(raw)
    if token is None:
        if len(_KNOWN) >= _CACHE_LIMIT:
            _KNOWN.clear()
        token = _KNOWN[raw] = _describe(raw)
    return token


def is_adjective(token: Token) -> bool:
    """«الروسي», «الأممية», «دولي»: adjectives inside a title or after an event noun."""
    return token.adjective


def negated_adjective(tokens: list[Token], index: int) -> bool:
    """«غير» before an adjective: «الاجتماع غير العادي», «المحادثات غير المباشرة»."""
    return (
        tokens[index].form == "غير"
        and index + 1 < len(tokens)
        and (tokens[index + 1].adjective or tokens[index + 1].form.startswith("ال"))
    )


def is_title_like(token: Token) -> bool:
    return token.title_like


def is_principal(tokens: list[Token], index: int, match) -> bool:
    """Whether the person named at token `index` (`match`) is whom the one named before acts
    for: «مبعوث بوتين», «المبعوث الخاص للرئيس الروسي، ألكسندر لافرينتييف», «الممثل الخاص
    لجلالة السلطان هيثم», «التابع للأسد»."""
    before = tokens[index - 1]
    if before.form in words.PRINCIPAL_WORDS:
        return True
    if before.form in words.AFFILIATED_WORDS and match.surface.startswith("ل"):
        return True  # «وزير الخارجية التابع للأسد “وليد المعلم”»: whose minister he is
    if before.form in words.HIS_MAJESTY_OF_WORDS:
        return index > 1 and tokens[index - 2].title_like
    return bool(match.role and match.surface.startswith("ل") and before.title_like)


SHORT_QUOTE_WORDS = 4  # «جنيف 2» in quotes is a name, not speech
NAME_LINKS = frozenset("بن ابن ال".split())  # «بن عبدالله», «آل ثاني»


def past_lineage(tokens: list[Token], starts: list[int], last: int, match_starts: set[int]) -> int:
    """«فيصل بن فرحان بن عبدالله», «تميم بن حمد آل ثاني»: a person's name, ending at token
    `last`, goes on with his father's or family's when the gazetteer's ends sooner; not into
    another name («بوتين بن سلمان»: a mention starts there)."""
    while (
        last + 2 < len(tokens)
        and tokens[last + 1].form in NAME_LINKS
        and tokens[last + 2].is_word
        and starts[last + 1] not in match_starts
        and starts[last + 2] not in match_starts
    ):
        last += 2
    return last


def quoted_tokens(text: str, tokenized: _Tokenized, person_at: dict) -> set[int]:
    """The words inside quotation marks: speech, not a short name («جنيف 2»), a long name alone
    («“فيصل بن فرحان بن عبدالله”»; `person_at` holds each token's person mention) nor what a
    «أنه» reports he did."""
    quoted: set[int] = set()
    tokens, starts, ends, opened = tokenized.tokens, tokenized.starts, tokenized.ends, None
    for index in tokenized.quotes:
        token = tokens[index]
        if opened is not None and "\n" in text[ends[opened] : starts[index]]:
            opened = None  # an unclosed quote ends with its paragraph
        words_inside = (
            sum(t.is_word for t in tokens[opened + 1 : index]) if opened is not None else 0
        )
        # «“سبوتنيك “»: an opening mark typed again for the closing one around a short name
        retyped = opened is not None and token.form == tokens[opened].form == "“"
        if opened is not None and (
            token.form in _CLOSERS[tokens[opened].form]
            or (retyped and words_inside <= SHORT_QUOTE_WORDS)
        ):
            long = words_inside > SHORT_QUOTE_WORDS
            person = person_at.get(opened + 1)
            whole_name = person is not None and (person.first, person.last) == (
                opened + 1,
                index - 1,
            )
            # «وأشار إلى أنه “عقد اجتماعا مع …”»: what he is reported to have done, not speech
            reported = opened > 0 and not tokens[opened - 1].bases.isdisjoint(words.HE_WORDS)
            # «وقال هونغ لي إن «المعلم سيزور الصين … وسيلتقي بنظيره»»: what a third person
            # named first will do, reported as a quote
            reported = reported or (
                opened > 0
                and not tokens[opened - 1].bases.isdisjoint(words.THAT_WORDS)
                and person is not None
                and person.first == opened + 1
            )
            if long and not whole_name and not reported:
                quoted.update(range(opened + 1, index))
            opened = None
        elif opened is None and token.form in QUOTE_PAIRS:
            opened = index
    return quoted


def joined_by_and(form: str, first_word: re.Pattern) -> bool:
    """Whether a trigger verb's token is «و» or «ف» + the verb («وسيلتقي», «ووصل»), as
    `first_word` matches it; «وصل» is a verb of its own."""
    return form[:1] in "وف" and first_word.fullmatch(form[1:]) is not None
