"""The curated gazetteer source (gazetteer/*.json) and the fixture built from it."""

import json
from datetime import date
from pathlib import Path

import pytest

from articles.text.gazetteer_source import (
    gazetteer_from_records,
    load_records,
    role_kind,
    validate,
)
from articles.text.linking import link

PROJECT = Path(__file__).resolve().parent.parent
RECORDS = load_records(PROJECT / "gazetteer")


def test_it_has_no_data_errors():
    assert validate(RECORDS) == []


def test_it_covers_the_archive_with_hundreds_of_entities():
    assert sum(len(entries) for entries in RECORDS.values()) >= 300
    envoys = {
        entry["slug"]
        for entry in RECORDS["person"]
        if any(role.get("is_envoy") for role in entry["roles"])
    }
    for slug in ("kofi-annan", "lakhdar-brahimi", "staffan-de-mistura", "geir-pedersen"):
        assert slug in envoys


def test_it_gives_every_fixture_alias_its_normalised_form():
    fixture = json.loads((PROJECT / "fixtures" / "gazetteer.json").read_text(encoding="utf-8"))
    aliases = [item["fields"] for item in fixture if item["model"] == "articles.alias"]
    assert aliases and all(alias["normalized"] for alias in aliases)


@pytest.mark.parametrize(
    ("title", "is_envoy", "kind"),
    [
        ("Minister of Foreign Affairs of Russia", False, "foreign-minister"),
        ("US Secretary of State", False, "foreign-minister"),
        ("UN Special Envoy for Syria", True, "envoy"),
        ("Deputy Joint Special Envoy", True, "deputy-envoy"),
        ("President of Egypt", False, "head-of-state"),
        ("Spokesperson of the Russian Foreign Ministry", False, "spokesperson"),
        ("Minister of State for Foreign Affairs of Saudi Arabia", False, "minister-of-state"),
        ("President of the National Coalition", False, "chair"),
        ("Political and Media Adviser to the President of Syria", False, "official"),
        ("Press Secretary of the President of Russia", False, "spokesperson"),
        ("Special Presidential Envoy for the Global Coalition", True, "envoy"),
        # The officials of an office are not its holder.
        ("UN Under-Secretary-General for Political Affairs", False, "official"),
        ("Assistant Secretary of State for Near Eastern Affairs", False, "official"),
        ("Under Secretary of State for Political Affairs", False, "official"),
        ("Assistant Foreign Minister for Arab Affairs", False, "official"),
        ("Deputy Prime Minister of Syria", False, "deputy-prime-minister"),
        ("Spokesperson for the Joint Special Envoy", False, "spokesperson"),
        ("Special Adviser to the UN Special Envoy", False, "official"),
        (
            "Chairman of the Transitional Sovereignty Council of Sudan (head of state)",
            False,
            "head-of-state",
        ),
        ("Sultan of Oman", False, "head-of-state"),
        ("Premier of China", False, "head-of-government"),
        # An official of the ministry is not its minister; a department's head may be.
        ("Head of the Europe Department, Iraqi Ministry of Foreign Affairs", False, "official"),
        (
            "Head of the Federal Department of Foreign Affairs of Switzerland",
            False,
            "foreign-minister",
        ),
        ("Minister for Europe and Foreign Affairs of France", False, "foreign-minister"),
        # Nor do a region's leaders or a deputy hold the state's or the body's top office.
        ("President of the Kurdistan Region of Iraq", False, "regional-leader"),
        ("Prime Minister of the Kurdistan Region of Iraq", False, "regional-leader"),
        ("Deputy Secretary-General of the Arab League", False, "deputy-secretary-general"),
    ],
)
def test_it_derives_role_kinds_from_titles(title, is_envoy, kind):
    assert role_kind(title, is_envoy) == kind


def test_it_finds_the_spellings_arabic_news_uses():
    gazetteer = gazetteer_from_records(RECORDS)
    cases = {
        "صرح الإبراهيمى": "lakhdar-brahimi",
        "زار أنان دمشق": "kofi-annan",
        "قال استيفان دي ميستورا": "staffan-de-mistura",
        "وصل بيدرسون": "geir-pedersen",
        "بحث سيرجي لافروف": "sergey-lavrov",
        "عقد في أستانا": "astana",
        "من نور سلطان": "astana",
        "وصل إلى العاصمة الروسية أمس": "moscow",  # a capital by its country's adjective
        "في العاصمة الإيرانية طهران": "tehran",
        "وصل للعاصمة التركية": "ankara",
        'بمدينة "مونتيرو" السويسرية': "montreux",
        "وصلت الوفود إلى منترو": "montreux",
        "وصل وفد برئاسة يوري بوريسوف": "yury-borisov",
        "استقبل لاڤروڤ مبعوث الأمم المتحدة": "sergey-lavrov",  # ڤ for v
        "قال ڤلاديمير پوتين": "vladimir-putin",
    }
    for text, slug in cases.items():
        assert slug in {m.entity for m in link(text, gazetteer).matches}, text


def test_it_reads_chinese_and_iranian_names_by_the_forms_arab_outlets_use():
    gazetteer = gazetteer_from_records(RECORDS)
    text = "التقى وانغ يي بالمقداد. وقال وانغ إن بلاده تدعم الحل السياسي."
    assert [m.entity for m in link(text, gazetteer).matches if m.surface.startswith("وانغ")] == [
        "wang-yi",
        "wang-yi",
    ]  # the family name alone, once the full name has appeared
    assert "wang-yi" not in {m.entity for m in link("وقال وانغ إن", gazetteer).matches}
    found = link("مع بسام صباغ، وعباس العراقجي وزير الخارجية", gazetteer).matches
    assert [(m.entity, m.surface) for m in found][-1] == ("abbas-araghchi", "وعباس العراقجي")


def test_it_keeps_an_ordinary_phrase_ambiguous_even_as_an_entitys_arabic_name():
    gazetteer = gazetteer_from_records(RECORDS)
    found = {m.entity for m in link("وقال إن الشرق الأوسط يمر بمرحلة صعبة.", gazetteer).matches}
    assert "asharq-al-awsat" not in found
    assert "raqqa" not in {m.entity for m in link("وقدم الوفد ورقة عمل.", gazetteer).matches}


def test_it_has_no_alias_that_reads_as_an_event_verb():
    from articles.text.arabic import normalize
    from articles.text.event_patterns import STATEMENT_VERB, TRIGGERS

    verbs = [word for pattern in TRIGGERS if pattern.is_verb for word in pattern.words]
    verbs.append(STATEMENT_VERB)
    clashing = {
        text
        for entries in RECORDS.values()
        for entry in entries
        for text in [*entry.get("aliases_ar", []), *entry.get("ambiguous_aliases_ar", [])]
        if " " not in text and any(verb.fullmatch(normalize(text)) for verb in verbs)
    }
    assert clashing == set()  # «التقى» as a surname made every meeting a mention


def test_it_reads_oman_after_an_office_as_the_country_not_amman():
    gazetteer = gazetteer_from_records(RECORDS)
    assert "amman" not in {m.entity for m in link("وقال وزير خارجية عمان", gazetteer).matches}
    assert "amman" in {m.entity for m in link("وصل إلى عمان أمس", gazetteer).matches}


def test_it_keeps_the_states_plural_ministers_list_as_places():
    gazetteer = gazetteer_from_records(RECORDS)
    found = {m.entity for m in link("اجتمع وزراء خارجية الأردن ومصر", gazetteer).matches}
    assert {"jordan", "egypt"} <= found
    found = {m.entity for m in link("وقال وزير خارجية الأردن", gazetteer).matches}
    assert "jordan" not in found


def test_it_reads_the_arab_foreign_ministers_as_the_arab_league():
    gazetteer = gazetteer_from_records(RECORDS)
    for text in ("اجتمع وزراء الخارجية العرب في القاهرة", "اجتمع مجلس الجامعة العربية"):
        assert "arab-league" in {m.entity for m in link(text, gazetteer).matches}, text


def test_it_names_no_minister_for_his_deputies_and_the_league_chief_by_short_title():
    from datetime import date

    gazetteer = gazetteer_from_records(RECORDS)
    day = date(2017, 1, 1)
    found = link("والتقى نائبي وزير الخارجية الروسي", gazetteer, on=day).matches
    assert "sergey-lavrov" not in {m.entity for m in found}
    found = link("وقال الأمين العام للجامعة إن", gazetteer, on=day).matches
    assert {m.entity for m in found} == {"ahmed-aboul-gheit"}


def test_it_reads_two_names_run_together_with_wa():
    gazetteer = gazetteer_from_records(RECORDS)
    found = [m.entity for m in link("سعي واشنطنوموسكو إلى عقد مؤتمر", gazetteer).matches]
    assert found[:2] == ["washington", "moscow"]
    assert [m.entity for m in link("واتفقت تركياوروسيا على", gazetteer).matches] == [
        "turkey",
        "russia",
    ]


def test_it_names_no_speaker_for_his_special_assistant():
    from datetime import date

    from articles.text.linking import resolve_roles

    gazetteer = gazetteer_from_records(RECORDS)
    text = "التقى المساعد الخاص لرئيس مجلس الشورى الايراني حسين أمير عبد اللهيان الرئيس الأسد"
    result = link(text, gazetteer)
    resolve_roles(result, window=(date(2017, 1, 1), date(2017, 12, 31)))
    assert "ali-larijani" not in {m.entity for m in result.matches}


def test_it_names_each_envoy_by_the_generic_titles_of_his_tenure():
    gazetteer = gazetteer_from_records(RECORDS)
    for day, envoy in [
        (date(2012, 4, 1), "kofi-annan"),
        (date(2013, 6, 1), "lakhdar-brahimi"),
        (date(2016, 2, 1), "staffan-de-mistura"),
        (date(2021, 5, 1), "geir-pedersen"),
    ]:
        for title in ("المبعوث الدولي", "المبعوث الأممي إلى سوريا"):
            found = {m.entity for m in link(f"وقال {title} إن", gazetteer, on=day).matches}
            assert envoy in found, (title, day)


def test_it_names_the_heads_of_government_a_role_phrase_or_counterpart_means_at_the_date():
    gazetteer = gazetteer_from_records(RECORDS)
    for text, day, holder in [
        ("وقال رئيس الوزراء الفرنسي إن", date(2015, 11, 20), "manuel-valls"),
        ("وقالت رئيسة الوزراء الفرنسية إن", date(2023, 1, 5), "elisabeth-borne"),
        ("التقى رئيس الوزراء الروسي نظيره الصيني", date(2016, 5, 1), "li-keqiang"),
        ("التقى رئيس الوزراء الروسي نظيره البريطاني", date(2016, 5, 1), "david-cameron"),
        # Iran has no prime minister: its president meets the Iraqi one
        ("بحث رئيس الوزراء العراقي مع نظيره الإيراني", date(2016, 5, 1), "hassan-rouhani"),
        ("وقال رئيس مجلس الوزراء الإماراتي إن", date(2018, 3, 1), "mohammed-bin-rashid"),
        ("التقى رئيس الوزراء العراقي نظيره الإماراتي", date(2020, 12, 1), "mohammed-bin-rashid"),
        ("التقى الرئيس الروسي نظيره البريطاني", date(2016, 5, 1), "david-cameron"),
        ("وقال رئيس الوزراء السوري إن", date(2011, 3, 1), "muhammad-naji-al-otari"),
        ("وقال الرئيس الألماني إن", date(2013, 10, 3), "joachim-gauck"),
        ("وقالت وزيرة الخارجية الفرنسية إن", date(2011, 1, 20), "michele-alliot-marie"),
    ]:
        found = {m.entity for m in link(text, gazetteer, on=day).matches}
        assert holder in found, (text, day)


def test_it_reads_ayrault_after_a_proclitic_though_bayrou_is_a_gazetteer_name():
    # «ب» + «إيرو» folds to «بايرو»: Bayrou goes by his full name only
    gazetteer = gazetteer_from_records(RECORDS)
    found = {m.entity for m in link("اجتمع لافروف بإيرو في موسكو", gazetteer).matches}
    assert "jean-marc-ayrault" in found and "francois-bayrou" not in found


def test_it_gives_a_counterpart_the_office_its_person_holds_within_the_articles_dates():
    gazetteer = gazetteer_from_records(RECORDS)
    window = (date(2012, 2, 1), date(2012, 2, 1))
    for text, holder in [
        # Davutoğlu was foreign minister then, prime minister only from 2014
        ("التقى وزير الخارجية التركي أحمد داود أوغلو نظيره الإيراني", "ali-akbar-salehi"),
        # a prime minister who is also foreign minister meets foreign ministers
        ("التقى رئيس الوزراء وزير الخارجية القطري حمد بن جاسم نظيره الروسي", "sergey-lavrov"),
    ]:
        found = {m.entity for m in link(text, gazetteer, window=window).matches}
        assert holder in found, text


def test_it_leaves_a_counterpart_to_the_state_where_the_gazetteer_lacks_the_office_holder():
    # Italy's prime minister in 2019 is not in the gazetteer: not its president instead
    gazetteer = gazetteer_from_records(RECORDS)
    result = link("التقى رئيس الوزراء البريطاني نظيره الإيطالي", gazetteer, on=date(2019, 5, 1))
    assert {m.entity for m in result.matches} == {"theresa-may"}
    assert [state for *_, state, _ in result.listed_offices] == ["italy"]


@pytest.mark.django_db
def test_it_gives_the_states_people_and_bodies_act_for_alike_from_the_database(gazetteer):
    from articles.linker import load_gazetteer

    from_files = gazetteer_from_records(RECORDS).states_of
    assert load_gazetteer().gazetteer.states_of == from_files
    assert from_files["syrian-government-delegation"] == {"syria"}
    assert from_files["alexander-lavrentiev"] == {"russia"}


# States whose rival governments each named their own ministers and heads at once.
RIVAL_GOVERNMENTS = {"libya"}
HANDOVER_DAYS = 31  # a tenure known to the month may end after its successor's began


def test_it_gives_each_states_top_offices_one_holder_at_a_time():
    """Two holders of one office at once leave every role phrase and counterpart of that
    office unresolved for the overlap («نظيره العراقي», «وزراء خارجية …»)."""
    gazetteer = gazetteer_from_records(RECORDS)
    offices: dict[tuple[str, str], list] = {}
    for role in gazetteer.roles:
        top = role.role in ("foreign-minister", "head-of-state", "head-of-government")
        if top and role.role_of not in RIVAL_GOVERNMENTS:
            offices.setdefault((role.role, role.role_of), []).append(role)
    overlaps = []
    for (kind, state), roles in offices.items():
        for index, one in enumerate(roles):
            for other in roles[index + 1 :]:
                if one.holder == other.holder:
                    continue
                start = max(one.start or date.min, other.start or date.min)
                end = min(one.end or date.max, other.end or date.max)
                if (end - start).days > HANDOVER_DAYS:
                    overlaps.append((kind, state, one.holder, other.holder))
    assert overlaps == []


# The states the archive's diplomacy turns on, and the offices whose role phrases and
# counterparts («رئيس الوزراء الفرنسي», «نظيره الصيني») must find a holder at any date.
MAIN_STATES = (
    "russia united-states united-kingdom france germany turkey iran china syria saudi-arabia "
    "qatar united-arab-emirates egypt jordan lebanon iraq"
).split()
NO_SUCH_OFFICE = {
    ("united-states", "head-of-government"),
    ("iran", "head-of-government"),
    # left out on purpose: «نظيره البريطاني» after a president means the prime minister
    ("united-kingdom", "head-of-state"),
}
UNRECORDED = {  # (kind, state): the spans the office stood empty or is recorded as another
    ("head-of-state", "lebanon"): [
        (date(2014, 5, 25), date(2016, 10, 31)),
        (date(2022, 10, 31), date(2025, 1, 9)),
    ],
    ("head-of-government", "turkey"): [(date(2018, 7, 9), date(2024, 12, 31))],  # abolished
    # the king's until Mohammed bin Salman's: a second role would give him the titles of the
    # prime ministers he receives («استقبل الملك سلمان رئيس الوزراء الباكستاني»)
    ("head-of-government", "saudi-arabia"): [(date(2005, 8, 1), date(2022, 9, 27))],
}


def test_it_names_a_holder_of_each_main_states_top_offices_throughout_the_war():
    """No month of 2011–2024 without the foreign minister, head of state or head of
    government of a main state, but for the offices' real vacancies and the Saudi king's
    premiership."""
    gazetteer = gazetteer_from_records(RECORDS)
    first, last = date(2011, 1, 1), date(2024, 12, 31)
    gaps = []
    for state in MAIN_STATES:
        for kind in ("foreign-minister", "head-of-state", "head-of-government"):
            if (state, kind) in NO_SUCH_OFFICE:
                continue
            spans = sorted(
                (role.start or date.min, role.end or date.max)
                for role in gazetteer.roles_by_office.get((kind, state), ())
            )
            spans += UNRECORDED.get((kind, state), [])
            covered = first
            for start, end in sorted(spans):
                if start > covered and (min(start, last) - covered).days > HANDOVER_DAYS:
                    gaps.append((kind, state, covered, start))
                covered = max(covered, end)
            if covered < last:
                gaps.append((kind, state, covered, last))
    assert gaps == []
