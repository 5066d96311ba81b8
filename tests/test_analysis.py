"""One article's analysis (articles.text.analysis): the roles a title gives a named person
bound the publication date. Pure functions, no database; a small gazetteer built here."""

from datetime import date

from articles.text.analysis import analyse
from articles.text.linking import AliasEntry, Gazetteer, RoleEntry
from articles.text.mentions import PERSON

MEKDAD_AS_DEPUTY = RoleEntry(
    "faisal-mekdad",
    "deputy-foreign-minister",
    "syria",
    date(2006, 2, 1),
    date(2020, 11, 22),
    ("نائب وزير الخارجية السوري",),
)
MEKDAD_AS_MINISTER = RoleEntry(
    "faisal-mekdad", "foreign-minister", "syria", date(2020, 11, 22), None, ()
)
BRAHIMI_AS_ENVOY = RoleEntry(
    "lakhdar-brahimi", "envoy", "united-nations", date(2012, 8, 17), date(2014, 5, 31), ()
)
GAZETTEER = Gazetteer(
    [
        AliasEntry("faisal-mekdad", PERSON, "فيصل المقداد"),
        AliasEntry("faisal-mekdad", PERSON, "فيصل مقداد"),
        AliasEntry("lakhdar-brahimi", PERSON, "الأخضر الإبراهيمي"),
    ],
    [MEKDAD_AS_DEPUTY, MEKDAD_AS_MINISTER, BRAHIMI_AS_ENVOY],
)


def window(text):
    published = analyse(text, GAZETTEER).published
    return published.earliest, published.latest


def test_it_dates_an_article_by_the_office_its_title_gives_a_person():
    assert window("وقال وزير الخارجية فيصل المقداد إن") == (date(2020, 11, 22), None)


def test_it_gives_a_deputys_office_to_the_person_after_naib():
    text = "غادر الفندق برفقة نائب وزير الخارجية فيصل مقداد"
    assert window(text) == (date(2006, 2, 1), date(2020, 11, 22))


def test_it_reads_mawfid_as_an_envoys_title():
    text = "التقى الموفد الدولي الأخضر الإبراهيمي الرئيس في دمشق"
    assert window(text) == (date(2012, 8, 17), date(2014, 5, 31))
