"""Web-search syntax to tsquery (articles.text.query): pure functions, no database."""

from articles.text.query import MAX_TERMS, parse, to_tsquery


def test_it_ands_words():
    assert to_tsquery("لافروف كيري") == "'لافروف' & 'كيري'"


def test_it_normalises_query_words_like_the_index():
    assert to_tsquery("الإِبْرَاهِيمِيّ") == to_tsquery("الابراهيمى") == "'ابراهيمي'"


def test_it_makes_phrases_from_any_kind_of_quotes():
    expected = "('مؤتمر' <-> 'صحفي')"
    assert to_tsquery('"مؤتمر صحفي"') == expected
    assert to_tsquery("“مؤتمر صحفي”") == expected
    assert to_tsquery("«مؤتمر صحفي»") == expected


def test_it_supports_or_and_negation():
    assert to_tsquery("كيري OR عنان") == "('كيري' | 'عنان')"
    assert to_tsquery("لافروف -كيري") == "'لافروف' & !'كيري'"
    assert to_tsquery('-"مؤتمر صحفي"') == "!('مؤتمر' <-> 'صحفي')"


def test_it_matches_run_together_words_both_ways():
    assert to_tsquery("الأممالمتحدة") == "('اممالمتحده' | 'امم' <-> 'متحده')"


def test_it_returns_none_without_searchable_terms():
    assert to_tsquery("") is None
    assert to_tsquery("   ") is None
    assert to_tsquery("في من الى") is None
    assert to_tsquery('""') is None
    assert to_tsquery("OR") is None


def test_it_survives_hostile_input():
    assert to_tsquery("a\x00b") == "'a' & 'b'"
    assert to_tsquery("'; DROP TABLE x; --") == "'drop' & 'table' & 'x'"
    assert to_tsquery("!&|<->():*") is None
    long_query = to_tsquery("كلمة " * 5000)
    assert long_query.count("&") == MAX_TERMS - 1


def test_it_treats_a_dangling_quote_as_a_phrase():
    items = parse('"وقف اطلاق')
    assert items[0].phrase and items[0].words == ("وقف", "اطلاق")
