"""One trigger's reading of a sentence (Frame) and the event it becomes (ExtractedEvent):
shared by the sentence reader (events) and the article-wide steps (event_article). Pure."""

from dataclasses import dataclass, field

from articles.text.event_sentences import Mention, Sentence, TriggerHit

HELD, PLANNED = "held", "planned"


@dataclass(frozen=True)
class ExtractedEvent:
    kind: str  # "meeting", "phone_call", "visit", "conference", "statement"
    status: str  # "held" or "planned"
    participants: tuple[str, ...]  # entity slugs, sorted
    place: str | None
    date_text: str | None
    date_start: int | None
    date_end: int | None
    sentence: str  # text[sentence_start:sentence_end]
    sentence_start: int
    sentence_end: int
    trigger: str


@dataclass
class Frame:
    """One trigger's reading, before it is accepted as an event."""

    hit: TriggerHit
    kind: str
    sentence: Sentence
    span_last: int
    subject: Mention | None = None
    others: list[Mention] = field(default_factory=list)
    needs_subject: bool = False
    slot: str | None = None  # how the counterpart hangs on the trigger: with, between, …
    place: str | None = None
    further_places: list[Mention] = field(default_factory=list)  # «زار موسكو وطهران»
    next_places: list[Mention] = field(default_factory=list)  # «… إلى سوريا تليها إلى تركيا»
    status: str = HELD
    background: bool = False  # «وكان ... قد التقى»: context, not the article's news
    place_named: bool = False  # the place only comes from the gathering's name («مؤتمر جنيف 2»)
    date: object | None = None  # a DateExpression
    trigger: tuple[int, int] = field(init=False)  # tokens shown as the trigger
    span_first: int = field(init=False)  # where the trigger's phrase starts, subject included

    def __post_init__(self) -> None:
        self.trigger = (self.hit.first, self.hit.last)
        self.span_first = self.hit.first

    @property
    def members(self) -> list[Mention]:
        return list({m.entity: m for m in [self.subject, *self.others] if m is not None}.values())

    @property
    def participants(self) -> list[str]:
        return [member.entity for member in self.members]

    def set_subject(self, subject: Mention | None) -> int:
        """Record a subject found beside the trigger; return where its object may start."""
        self.subject, self.needs_subject = subject, subject is None
        if subject is None:
            return self.hit.last + 1
        self.span_first = min(self.hit.first, subject.first)
        return max(subject.last, self.hit.last) + 1
