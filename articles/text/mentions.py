"""What the linker finds in a text: shared by linking, event extraction and storage. Pure."""

from dataclasses import dataclass

PERSON = "person"
PLACE = "place"
ORGANIZATION = "organization"


@dataclass(frozen=True)
class Match:
    """One mention of a gazetteer entity in the displayed text."""

    entity: str  # the entity's slug
    kind: str  # PERSON, PLACE or ORGANIZATION
    start: int  # character offsets into the displayed text (Article.body)
    end: int
    surface: str  # text[start:end], clitics included («لعنان»)
    # Why it matched: "alias «عنان» after proclitic «ل»", "role «وزير الخارجية الروسي»".
    reason: str
    is_envoy: bool = False
    # For people: the role the text gives them here ("foreign-minister", "president",
    # "envoy", "spokesperson", …) and its country or organization slug, when known.
    role: str | None = None
    role_of: str | None = None
    # How the text wrote it: the proclitic chain attached in front («ب» in «بموسكو», "" if
    # none) and whether it was a nationality adjective («الأردني») rather than a name.
    prefix: str = ""
    adjective: bool = False
