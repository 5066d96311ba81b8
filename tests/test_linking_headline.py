"""The headline and the dateline are linked too (articles.text.analysis), each by offsets of
its own: a place or person they name counts for the article even when the body does not name
it. Pure functions, no database; the small gazetteer of test_linking.py."""

from datetime import date

from articles.text.analysis import analyse, article_arrays
from articles.text.dates import DateEstimate
from articles.text.linking import AliasEntry, Gazetteer, RoleEntry
from articles.text.mentions import PERSON, PLACE
from tests.test_linking import GAZETTEER

BODY = "قال المتحدث إن المشاورات مستمرة مع الأطراف كافة."


def parts(analysis):
    return (
        {m.entity for m in analysis.matches},
        {m.entity for m in analysis.title_matches},
        {m.entity for m in analysis.dateline_matches},
    )


def test_it_links_the_headline_and_the_dateline_by_their_own_offsets():
    headline = "لافروف: موقف روسيا لم يتغير"
    analysis = analyse(BODY, GAZETTEER, headline=headline, dateline="موسكو")
    assert parts(analysis) == (set(), {"sergey-lavrov", "russia"}, {"moscow"})
    for match in analysis.title_matches:
        assert headline[match.start : match.end] == match.surface
    [moscow] = analysis.dateline_matches
    assert (moscow.start, moscow.end, moscow.surface) == (0, 5, "موسكو")


def test_it_counts_the_headline_and_the_dateline_among_the_articles_entities():
    analysis = analyse(BODY, GAZETTEER, headline="الأردن يدعو إلى الحوار", dateline="جنيف")
    ids = {"jordan": 1, "geneva": 2, "syria": 3}
    assert article_arrays(analysis, ids).entity_slugs == ["geneva", "jordan"]


def test_it_reads_an_ambiguous_headline_name_by_the_full_name_in_the_body():
    headline = "العربي يدعو إلى وقف العنف"  # «العربي» alone is mostly an adjective
    assert parts(analyse(BODY, GAZETTEER, headline=headline))[1] == set()
    body = "قال الأمين العام للجامعة نبيل العربي إن الحل سياسي."
    assert parts(analyse(body, GAZETTEER, headline=headline))[1] == {"nabil-elaraby"}


def test_it_names_the_holder_of_an_office_in_the_headline_by_the_articles_date():
    headline = "وزير الخارجية الروسي يزور جنيف"
    assert parts(analyse(BODY, GAZETTEER, headline=headline))[1] == {"geneva"}  # no date yet
    day = date(2013, 5, 10)
    stated = DateEstimate(day, day, day, "day", ("stated",))
    analysis = analyse(BODY, GAZETTEER, headline=headline, stated=stated)
    assert parts(analysis)[1] == {"sergey-lavrov", "geneva"}
    lavrov = next(m for m in analysis.title_matches if m.entity == "sergey-lavrov")
    assert headline[lavrov.start : lavrov.end] == "وزير الخارجية الروسي"


def test_it_leaves_the_body_mentions_as_they_were():
    body = "التقى لافروف في موسكو المبعوث كوفي عنان."
    alone = analyse(body, GAZETTEER)
    with_headline = analyse(body, GAZETTEER, headline="عنان في موسكو", dateline="موسكو")
    assert with_headline.matches == alone.matches
    assert with_headline.events == alone.events


def test_it_names_each_part_as_the_mentions_store_it():
    from articles.models import Mention

    parts = [part for part, _ in analyse(BODY, GAZETTEER).matches_by_part()]
    assert parts == list(Mention.Part.values)


def test_it_reads_a_headline_visitor_named_by_his_office_at_the_articles_date():
    gazetteer = Gazetteer(
        [
            AliasEntry("ali-akbar-salehi", PERSON, "علي أكبر صالحي"),
            AliasEntry("nasser-judeh", PERSON, "ناصر جودة"),
            AliasEntry("amman", PLACE, "عمان"),
            AliasEntry("jordan", PLACE, "الأردن", subkind="country"),
        ],
        [
            RoleEntry(
                "ali-akbar-salehi", "foreign-minister", "iran", date(2010, 12, 13),
                date(2013, 8, 15), ("وزير الخارجية الإيراني",),
            )
        ],
        countries={"amman": "jordan"},
    )  # fmt: skip
    body = (
        "يبدأ وزير الخارجية الإيراني علي أكبر صالحي زيارة رسمية إلى الأردن يوم 14 كانون الثاني"
        " 2013 يلتقي خلالها وزير الخارجية ناصر جودة."
    )
    found = analyse(body, gazetteer, headline="وزير الخارجية الإيراني بعمان لبحث الأزمة").events
    assert {(d.event.kind, d.event.participants, d.event.place) for d in found} == {
        ("visit", ("ali-akbar-salehi",), "amman"),
        ("meeting", ("ali-akbar-salehi", "nasser-judeh"), "amman"),
    }
    # an office told travelling there is put there
    body = "التقى وزير الخارجية الإيراني علي أكبر صالحي يوم 14 كانون الثاني 2013 ناصر جودة."
    found = analyse(body, gazetteer, headline="وزير الخارجية الإيراني يصل إلى عمان").events
    assert {(d.event.kind, d.event.place) for d in found if d.event.kind == "meeting"} == {
        ("meeting", "amman")
    }
    # an office that comments on a city puts no one there
    body = "التقى وزير الخارجية الإيراني علي أكبر صالحي يوم 14 كانون الثاني 2013 ناصر جودة."
    found = analyse(body, gazetteer, headline="وزير الخارجية الإيراني: الوضع في عمان هادئ").events
    assert {(d.event.kind, d.event.place) for d in found} == {("meeting", None)}
