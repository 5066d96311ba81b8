"""Arabic normalisation and index terms (articles.text.arabic): pure functions; PostgreSQL only
reads the tsvector text they write."""

import pytest
from django.db import connection

from articles.text.arabic import (
    compound_halves,
    index_terms,
    normalize,
    normalize_with_offsets,
    query_form,
    stripped_forms,
    tokens,
    tsvector_literal,
)


def lexemes(text):
    return {lexeme for lexeme, _ in index_terms(text)}


def test_it_folds_hamza_alef_variants():
    assert normalize("أحمد إبراهيم آمال ٱلقدس") == "احمد ابراهيم امال القدس"


def test_it_folds_egyptian_final_yeh_and_teh_marbuta():
    assert normalize("مرسى") == normalize("مرسي")
    assert normalize("الإبراهيمى") == normalize("الإبراهيمي")
    assert normalize("سورية") == "سوريه"


def test_it_removes_diacritics_tatweel_and_invisible_characters():
    assert normalize("الإِبْرَاهِيمِيّ") == "الابراهيمي"
    assert normalize("بوتـــين") == "بوتين"
    assert normalize("لاف\u200fروف") == "لافروف"  # RLM inside a name
    assert normalize("\ufeffعنان\u200d") == "عنان"


def test_it_folds_presentation_forms_and_digits():
    assert normalize("\ufefb") == "لا"  # lam-alef ligature
    assert normalize("القرار ٢٢٥٤") == "القرار 2254"


def test_it_lowercases_latin():
    assert normalize("UN Security Council") == "un security council"


def test_it_drops_stop_words_but_keeps_the_name_ali():
    assert tokens("التقى الوزير في موسكو مع نظيره") == ["التقي", "الوزير", "موسكو", "نظيره"]
    assert "علي" in tokens("علي خامنئي")


def test_it_strips_proclitic_chains():
    assert "عنان" in stripped_forms("لعنان")
    assert "موسكو" in stripped_forms("بموسكو")
    assert {"الابراهيمي", "ابراهيمي"} <= set(stripped_forms("والابراهيمي"))
    assert "امم" in stripped_forms("للامم")
    assert "كي" in stripped_forms("وكي")  # Ban Ki-moon after «و»
    assert stripped_forms("بن") == []  # a one-letter stem is no stem


def test_it_does_not_strip_a_bare_kaf():
    assert stripped_forms("كامل") == []


def test_it_splits_words_run_together_around_the_article():
    assert compound_halves("اممالمتحده") == ("امم", "متحده")
    assert compound_halves("استقلال") is None
    assert compound_halves("اتصالات") is None


def test_it_indexes_every_form_at_the_same_position():
    terms = list(index_terms("زار لعنان"))
    assert ("لعنان", 2) in terms and ("عنان", 2) in terms


def test_it_gives_the_right_half_of_a_compound_the_next_position():
    terms = list(index_terms("الأممالمتحدة ترحب"))
    assert ("امم", 1) in terms and ("متحده", 2) in terms and ("ترحب", 3) in terms


def test_it_looks_query_words_up_without_the_article_only():
    assert query_form("الهدنه") == "هدنه"
    assert query_form("وقف") == "وقف"
    assert query_form("بوتين") == "بوتين"


def test_it_finds_clitic_forms_from_the_bare_query_word():
    assert query_form("عنان") in lexemes("أكد لعنان")
    assert query_form(normalize("الإبراهيمي")) in lexemes("اتصل والإبراهيمى")
    assert query_form("لبنان") in lexemes("في بلبنان")


def as_tsvector(literal):
    """The tsvector PostgreSQL makes of the literal, as text."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT %s::tsvector::text", [literal])
        return cursor.fetchone()[0]


def test_it_writes_one_entry_per_occurrence_at_its_position():
    assert tsvector_literal("سوريا ثم لسوريا") == "'سوريا':1 'لسوريا':2 'سوريا':2"


@pytest.mark.django_db
def test_it_writes_tsvector_text_that_postgres_merges_into_sorted_positions():
    assert as_tsvector(tsvector_literal("سوريا ثم لسوريا ثم سوريا")) == "'سوريا':1,2,3 'لسوريا':2"


@pytest.mark.django_db
def test_it_keeps_positions_within_postgres_limits():
    literal = tsvector_literal(" ".join(["كلمة"] * 20000) + " الاممالمتحده")
    assert "16384" not in literal
    stored = dict(entry.split(":") for entry in as_tsvector(literal).split(" "))
    positions = stored["'كلمه'"].split(",")
    assert len(positions) == 256
    assert stored["'امم'"] == stored["'متحده'"] == "16383"


def test_it_skips_absurdly_long_tokens():
    assert lexemes("ا" * 500) == set()


def test_it_knows_every_invisible_format_character():
    import sys
    import unicodedata

    from articles.text.arabic import FORMAT_CHARACTER_RANGES

    listed = {code for first, last in FORMAT_CHARACTER_RANGES for code in range(first, last + 1)}
    actual = {code for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code)) == "Cf"}
    assert actual <= listed


def test_it_maps_normalised_offsets_back_to_the_original():
    from articles.text.arabic import normalize_with_offsets

    text = "قال الإِبْرَاهِيمِيّ\u00a0 و\u200fلافروف\n\nفي موسكو"
    normalized, offsets = normalize_with_offsets(text)
    assert normalized == normalize(text)
    start = normalized.index("لافروف")
    assert text[offsets[start] : offsets[start + len("لافروف") - 1] + 1] == "لافروف"
    word = normalized.index("ابراهيمي")
    assert text[offsets[word - 2] : offsets[word + 7] + 1] == "الإِبْرَاهِيمِي"
    squashed, squashed_offsets = normalize_with_offsets(text, squash_spaces=True)
    assert "  " not in squashed and "\n" not in squashed
    begin = squashed.index("موسكو")
    assert text[squashed_offsets[begin] : squashed_offsets[begin + 4] + 1] == "موسكو"


def test_it_deletes_no_whitespace_outright():
    """normalize_with_offsets merges the spans of deleted characters with those of squashed
    whitespace runs: they must never overlap."""
    from articles.text.arabic import _DELETED_CODES

    assert not [code for code in _DELETED_CODES if chr(code).isspace()]


def test_it_maps_offsets_across_deleted_characters_and_squashed_spaces():
    text = "قال\u200f  لافروفُ\n\n\u0640بموسكو"
    normalized, offsets = normalize_with_offsets(text, squash_spaces=True)
    assert normalized == "قال لافروف بموسكو"
    assert [text[offsets[i]] for i in range(len(normalized))] == list("قال لافروف\nبموسكو")
    assert offsets[-1] == len(text)


def test_it_folds_persian_letters_to_arabic_ones():
    assert normalize("سوریه و ایران کوفی") == normalize("سوريه و ايران كوفي")
    folded, offsets = normalize_with_offsets("رجب طیب اردوغان")
    assert folded == "رجب طيب اردوغان" and len(offsets) == len(folded) + 1


def test_it_folds_the_letters_borrowed_for_v_g_p_ch_and_zh():
    assert normalize("لاڤروڤ وپوتين وگوتيريش وچاووش أوغلو وڨايد") == normalize(
        "لافروف وبوتين وغوتيريش وجاووش أوغلو وقايد"
    )
    assert normalize("ڭوتيريش وݣوتيريش") == normalize("غوتيريش وغوتيريش")  # Moroccan g
    folded, offsets = normalize_with_offsets("ڤلاديمير پوتين")
    assert folded == "فلاديمير بوتين" and len(offsets) == len(folded) + 1


def test_it_deletes_format_characters_past_the_basic_plane_too():
    # Text with such a character takes the slower scan that knows them: a language tag
    # (U+E0001) or a musical formatting mark (U+1D173) beside ordinary invisible characters.
    text = "لاف\U000e0001روف\u200f في\U0001d173 موسكو\u0640 \U0001f600"
    assert normalize(text) == "لافروف في موسكو \U0001f600"
    normalized, offsets = normalize_with_offsets(text, squash_spaces=True)
    assert normalized == normalize(text)
    assert [text[offsets[i]] for i in range(len(normalized))] == list(normalized)
    assert normalize("٢٠١٢ سوریه \ufdfd") == normalize("2012 سوريه \ufdfd")
