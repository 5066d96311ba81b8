"""A dual head shared by two names (articles.text.joined_names, through the linker): «وفدا
النظام والمعارضة» mention each delegation, as «وفد النظام» and «وفد المعارضة» would.
Pure functions, no database; a small gazetteer built here."""

from articles.text.linking import AliasEntry, Gazetteer, link
from articles.text.mentions import ORGANIZATION, PLACE

GOVERNMENT = "syrian-government-delegation"
OPPOSITION = "syrian-opposition-delegation"
GAZETTEER = Gazetteer(
    [
        AliasEntry(GOVERNMENT, ORGANIZATION, "وفد الحكومة السورية"),
        AliasEntry(GOVERNMENT, ORGANIZATION, "وفد النظام"),
        AliasEntry(GOVERNMENT, ORGANIZATION, "الوفد الحكومي"),
        AliasEntry(OPPOSITION, ORGANIZATION, "وفد المعارضة"),
        AliasEntry(OPPOSITION, ORGANIZATION, "الوفد المعارض"),
        AliasEntry("syria", PLACE, "سوريا", subkind="country"),
    ]
)


def _linked(text):
    return [(m.entity, m.surface) for m in link(text, GAZETTEER).matches if m.kind == ORGANIZATION]


def test_it_links_each_owner_of_a_dual_delegation():
    assert _linked("ووصل وفدا النظام والمعارضة إلى أستانا.") == [
        (GOVERNMENT, "وفدا النظام"),
        (OPPOSITION, "والمعارضة"),
    ]
    # the owner's alias may carry an adjective the text puts elsewhere, or a definite head
    assert [e for e, _ in _linked("بمشاركة وفدي الحكومة والمعارضة السورية.")] == [
        GOVERNMENT,
        OPPOSITION,
    ]
    assert [e for e, _ in _linked("وقال إن الوفدين الحكومي والمعارض سيلتقيان.")] == [
        GOVERNMENT,
        OPPOSITION,
    ]


def test_it_links_nothing_when_an_owner_names_no_delegation():
    assert _linked("ووصل وفدا النظام والشعب إلى أستانا.") == []  # «وفد الشعب»: no such body
    assert _linked("ووصل وفدا المعارضة والمعارضة إلى أستانا.") == []  # one body, not two


def test_it_keeps_the_heads_proclitics_and_reads_no_other_states_delegations():
    matches = [m for m in link("والتقى بيدرسن بالوفدين الحكومي والمعارض.", GAZETTEER).matches]
    assert [(m.entity, m.prefix) for m in matches] == [(GOVERNMENT, "ب"), (OPPOSITION, "و")]
    assert [e for e, _ in _linked("وأرسل رسالة لوفدي الحكومة والمعارضة.")] == [
        GOVERNMENT,
        OPPOSITION,
    ]
    # «اليمنية»: Yemen's government and opposition, which the gazetteer does not hold
    assert _linked("والتقى المبعوث وفدي الحكومة والمعارضة اليمنية في جنيف.") == []
    # an adjective that names no state is no other state's: «السياسية»
    assert [e for e, _ in _linked("والتقى المبعوث وفدي الحكومة والمعارضة السياسية.")] == [
        GOVERNMENT,
        OPPOSITION,
    ]
    matches = link("وقدم بيدرسن الشكر للوفدين الحكومي والمعارض.", GAZETTEER).matches
    assert [(m.entity, m.prefix) for m in matches] == [(GOVERNMENT, "ل"), (OPPOSITION, "و")]
