"""Whom a verb or noun joins when the sentence says it indirectly (articles.text.event_verbs,
event_nouns, event_participants): clitics and relative clauses, «أن» and visit phrases before a
verb, spouses, nationalities, groups and bodies. Short sentences written for each rule; pure
functions, no database."""

from articles.text.event_sentences import ArticleText
from articles.text.mentions import ORGANIZATION, PERSON, PLACE
from tests.event_builders import (
    ADJECTIVE,
    ASSAD,
    LAVROV,
    MUALLEM,
    PEDERSEN,
    PUTIN,
    ZARIF,
    events_of,
    meetings,
    mentions,
    only_event,
    person,
)


def test_it_gives_a_meeting_that_brought_him_together_with_others_to_whom_it_was_of():
    text = (
        "وجاء كلام لافروف في تصريحات أدلى بها عقب اجتماع ضمه مع وزير الخارجية الإيراني "
        "محمد جواد ظريف في أنطاليا."
    )
    entries = [LAVROV, ZARIF, ("أنطاليا", "antalya", PLACE)]
    assert meetings(events_of(text, entries)) == {
        ("meeting", frozenset({"sergey-lavrov", "mohammad-javad-zarif"}), "antalya")
    }


def test_it_reads_a_city_a_meeting_is_with_as_its_state():
    text = "وأجرى بيدرسن مباحثات مع دمشق حول اللجنة الدستورية."
    entries = [person("بيدرسن", "geir-pedersen"), ("دمشق", "damascus", PLACE)]
    found = events_of(text, entries, countries={"damascus": "syria"})
    assert meetings(found) == {("meeting", frozenset({"geir-pedersen", "syria"}), None)}


def test_it_reads_a_preposition_drawn_out_before_a_quoted_body_as_no_word():
    text = (
        'وأوضحت المصادر أن غير بيدرسن سيلتقي المنسق العام لـ "هيئة التنسيق الوطنية" '
        "المعارضة، حسن عبد العظيم، يوم الخميس."
    )
    body = ("هيئة التنسيق الوطنية", "national-coordination-body", ORGANIZATION)
    entries = [PEDERSEN, body, person("حسن عبد العظيم", "hassan-abdul-azim")]
    assert meetings(events_of(text, entries)) == {
        ("meeting", frozenset({"geir-pedersen", "hassan-abdul-azim"}), None)
    }


def test_it_gives_whom_a_verb_after_that_meets_to_the_one_the_sentence_follows():
    text = "وقالت مصادر إن غير بيدرسن سيزور دمشق وسط توقعات بأن يلتقي الرئيس بشار الأسد."
    entries = [PEDERSEN, ASSAD, ("دمشق", "damascus", PLACE)]
    assert ("meeting", frozenset({"geir-pedersen", "bashar-al-assad"}), "damascus") in meetings(
        events_of(text, entries)
    )


def test_it_reads_a_spouse_who_comes_along_as_no_host_nor_as_whose_arrival_it_is():
    text = (
        "وصل الرئيس بشار الأسد إلى الإمارات. وكان في استقبال الرئيس بشار الأسد وعقيلته "
        "أسماء الأسد، لدى وصوله إلى مطار أبو ظبي الشيخ محمد بن زايد."
    )
    entries = [
        ASSAD,
        person("أسماء الأسد", "asma-al-assad"),
        person("الشيخ محمد بن زايد", "mohamed-bin-zayed"),
        ("الإمارات", "united-arab-emirates", PLACE),
        ("أبو ظبي", "abu-dhabi", PLACE),
    ]
    found = events_of(text, entries, countries={"abu-dhabi": "united-arab-emirates"})
    assert {e.participants for e in found if e.kind == "meeting"} == {
        ("bashar-al-assad", "mohamed-bin-zayed")
    }
    assert {e.participants for e in found if e.kind == "visit"} == {("bashar-al-assad",)}


def test_it_reads_a_minister_named_by_nationality_as_the_one_that_title_named_before():
    bin_zayed = person("عبد الله بن زايد", "abdullah-bin-zayed")
    text = (
        "استقبل الرئيس بشار الأسد، اليوم الثلاثاء، وزير الخارجية الإماراتي عبد الله بن زايد. "
        "وأكدت الرئاسة أن الأسد استقبل الوزير الإماراتي في دمشق."
    )
    entries = [ASSAD, person("الأسد", "bashar-al-assad"), bin_zayed, ("دمشق", "damascus", PLACE)]
    event = only_event(text, entries, ["اليوم الثلاثاء"])
    assert (event.participants, event.place, event.date_text) == (
        ("abdullah-bin-zayed", "bashar-al-assad"),
        "damascus",
        "اليوم الثلاثاء",
    )


def test_it_gives_a_verb_after_a_relative_clause_closed_by_a_comma_its_antecedent():
    text = (
        "وكان محمد جواد ظريف الذي وصل الأحد إلى دمشق على رأس وفد رفيع المستوى، "
        'قد التقى بالرئيس السوري "بشار الأسد".'
    )
    entries = [ZARIF, person("بالرئيس السوري", "bashar-al-assad", "ب"), ("دمشق", "damascus", PLACE)]
    found = {(e.kind, e.participants) for e in events_of(text, entries)}
    assert ("meeting", ("bashar-al-assad", "mohammad-javad-zarif")) in found


def test_it_gives_a_dual_support_verb_both_names_joined_before_it():
    text = "وأشار البيان إلى أن كوفي أنان وبشار الأسد سيعقدان لقاء جديدا الأحد."
    entries = [person("كوفي أنان", "kofi-annan"), person("وبشار الأسد", "bashar-al-assad", "و")]
    event = only_event(text, entries, ["الأحد"])
    assert (event.participants, event.status) == (("bashar-al-assad", "kofi-annan"), "planned")


def test_it_reads_during_his_reception_of_someone_as_his_receiving_that_guest():
    text = "دعا الرئيس بشار الأسد خلال استقباله نبيل العربي في دمشق إلى الحوار."
    entries = [ASSAD, person("نبيل العربي", "nabil-elaraby"), ("دمشق", "damascus", PLACE)]
    assert meetings(events_of(text, entries)) == {
        ("meeting", frozenset({"bashar-al-assad", "nabil-elaraby"}), "damascus")
    }


def test_it_gives_no_named_people_the_meeting_of_an_unnamed_group_told_by_their_clitic():
    text = (
        "وسلم نبيل العربي بشار الأسد المبادرة التي اعتمدها وزراء الخارجية العرب "
        "في اجتماعهم الأخير في القاهرة."
    )
    entries = [person("نبيل العربي", "nabil-elaraby"), ASSAD, ("القاهرة", "cairo", PLACE)]
    assert meetings(events_of(text, entries)) == set()


def test_it_reads_a_name_after_that_and_before_unnamed_counterparts_as_the_subject():
    text = "والتقى جون كيري سيرغي لافروف. كما يفترض أن يلتقي سيرغي لافروف نظراءه من المنطقة."
    entries = [person("جون كيري", "john-kerry"), person("سيرغي لافروف", "sergey-lavrov")]
    assert len([e for e in events_of(text, entries) if e.kind == "meeting"]) == 1


def test_it_gives_one_name_after_a_verb_a_visit_phrase_leads_to_the_visitor():
    text = (
        "ونقلت الوكالة عن المتحدث سعيد خطيب زادة، أنه خلال الزيارة الأولى لفيصل المقداد إلى "
        "إيران سيلتقي غداً الاثنين محمد جواد ظريف."
    )
    entries = [
        person("سعيد خطيب زادة", "saeed-khatibzadeh"),
        person("لفيصل المقداد", "faisal-mekdad", "ل"),
        ZARIF,
        ("إيران", "iran", PLACE),
    ]
    found = {e.participants for e in events_of(text, entries) if e.kind == "meeting"}
    assert found == {("faisal-mekdad", "mohammad-javad-zarif")}


def test_it_reads_whom_a_meeting_between_one_and_his_team_is_with():
    text = "وبدأت الاجتماعات بلقاء بين غير بيدرسن وفريقه، مع وفد النظام السوري."
    delegation = ("وفد النظام السوري", "syrian-government-delegation", ORGANIZATION)
    assert meetings(events_of(text, [PEDERSEN, delegation])) == {
        ("meeting", frozenset({"geir-pedersen", "syrian-government-delegation"}), None)
    }


def test_it_reads_officials_of_a_body_as_that_body():
    text = "وقالت مصادر إن غير بيدرسن سيلتقي مسؤولين في وزارة الخارجية السورية."
    ministry = ("وزارة الخارجية السورية", "syrian-foreign-ministry", ORGANIZATION)
    assert meetings(events_of(text, [PEDERSEN, ministry])) == {
        ("meeting", frozenset({"geir-pedersen", "syrian-foreign-ministry"}), None)
    }


def test_it_gives_a_meeting_a_states_delegation_holds_to_that_state():
    syria = ("الجمهورية العربية السورية", "syria", PLACE)
    russia = ("الروسي", "russia", ADJECTIVE)
    text = "عقد وفد الجمهورية العربية السورية اجتماعا مع الوفد الروسي."
    assert meetings(events_of(text, [syria, russia])) == {
        ("meeting", frozenset({"syria", "russia"}), None)
    }
    text = "بدأت روسيا محادثات مع محمد جواد ظريف."  # a state itself holds no meeting with him
    assert meetings(events_of(text, [("روسيا", "russia", PLACE), ZARIF])) == set()


def test_it_takes_the_head_of_the_delegation_met_over_his_long_title():
    syria = ("الجمهورية العربية السورية", "syria", PLACE)
    khaji = person("علي أصغر خاجي", "ali-asghar-khaji")
    text = (
        "عقد وفد الجمهورية العربية السورية اجتماعا مع الوفد الإيراني برئاسة كبير مساعدي وزير "
        "الخارجية للشؤون السياسية الخاصة علي أصغر خاجي."
    )
    entries = [syria, ("الإيراني", "iran", ADJECTIVE), khaji]
    assert meetings(events_of(text, entries)) == {
        ("meeting", frozenset({"syria", "ali-asghar-khaji"}), None)
    }


def test_it_reads_the_latter_as_the_last_person_named():
    text = "التقى وليد المعلم المبعوث الأممي غير بيدرسن. وكانت زيارة الأخير إلى دمشق قد بدأت أمس."
    found = events_of(text, [MUALLEM, PEDERSEN, ("دمشق", "damascus", PLACE)], ["أمس"])
    visits = {(e.participants, e.place) for e in found if e.kind == "visit"}
    assert visits == {(("geir-pedersen",), "damascus")}


def test_it_reads_no_latter_in_an_adjective_an_idiom_or_after_a_body():
    def latter(text, entries):
        article = ArticleText(text, mentions(text, entries), [])
        return [
            article.tokens[i].form
            for i, m in article.person_at.items()
            if m.match.reason.startswith("«the latter»")
        ]

    assert latter("وقال غير بيدرسن إن زيارة الأخير مهمة.", [PEDERSEN]) == ["الاخير"]
    assert latter("وقال غير بيدرسن إن لقاءه الأخير كان مثمرا.", [PEDERSEN]) == []
    assert latter("وقال غير بيدرسن إن الاجتماع الأخير كان مثمرا.", [PEDERSEN]) == []
    assert latter("وقال غير بيدرسن إن الأزمة ستنتهي في الأخير.", [PEDERSEN]) == []
    regime = ("النظام السوري", "syrian-government", ORGANIZATION)
    text = "وقال غير بيدرسن إن واشنطن هددت النظام السوري بعد اتهام الأخير."
    assert latter(text, [PEDERSEN, regime]) == []


def test_it_reads_the_co_chairs_of_a_body_as_that_body():
    committee = ("للجنة الدستورية", "constitutional-committee", ORGANIZATION, "ل")
    pedersen = person("بيدرسن", "geir-pedersen")
    text = "والتقى غير بيدرسن بالرئيسين المشتركين للجنة الدستورية."
    expected = {("meeting", frozenset({"geir-pedersen", "constitutional-committee"}), None)}
    assert meetings(events_of(text, [PEDERSEN, committee])) == expected
    text = "واستعرض بيدرسن بعد اجتماعه بالرئيسين المشتركين للجنة الدستورية جدول الأعمال."
    assert meetings(events_of(text, [pedersen, committee])) == expected
    # a bare noun with no one's meeting: a mission, not a call
    text = "وشكلت لجنة من وزراء الخارجية تكون مهمتها الاتصال بالقيادة السورية."
    assert meetings(events_of(text, [("السورية", "syria", ADJECTIVE)])) == set()


def test_it_reads_a_group_met_past_a_visit_phrase_and_keeps_the_subject_for_the_next_verb():
    mistura = person("ستافان دي ميستورا", "staffan-de-mistura")
    ministry = ("وزارة الخارجية السورية", "syrian-foreign-ministry", ORGANIZATION)
    text = "ومن المقرر أن يلتقي ستافان دي ميستورا خلال زيارته عدداً من المسؤولين السوريين."
    assert meetings(events_of(text, [mistura, ("السوريين", "syria", ADJECTIVE)])) == {
        ("meeting", frozenset({"staffan-de-mistura", "syria"}), None)
    }
    text = "وقال إن ستافان دي ميستورا سيلتقي في أول أيام زيارته مسؤولين في وزارة الخارجية السورية."
    assert meetings(events_of(text, [mistura, ministry])) == {
        ("meeting", frozenset({"staffan-de-mistura", "syrian-foreign-ministry"}), None)
    }
    elaraby = person("نبيل العربي", "nabil-elaraby")
    text = (
        "والتقى ستافان دي ميستورا خلال زيارته لمصر عددًا من المسؤولين، "
        "وكذا استعرض مع نبيل العربي تطورات الأزمة."
    )
    # on that visit to Egypt, which is where they met
    assert meetings(events_of(text, [mistura, elaraby, ("لمصر", "egypt", PLACE, "ل")])) == {
        ("meeting", frozenset({"staffan-de-mistura", "nabil-elaraby"}), "egypt")
    }


def test_it_reads_a_meeting_ranked_among_others_as_the_one_told_not_a_new_one():
    text = (
        "التقى محمد جواد ظريف الرئيس بشار الأسد في دمشق. "
        "وهذا أول لقاء يجمع ظريف والأسد منذ عام بدمشق، بعدما قدم استقالته عقب زيارة خاطفة "
        "للرئيس بشار الأسد إلى طهران، كما أنه اللقاء الأول بينهما منذ مقتل سليماني."
    )
    entries = [
        ZARIF,
        ASSAD,
        person("ظريف", "mohammad-javad-zarif"),
        ("والأسد", "bashar-al-assad", PERSON, "و"),
        ("بدمشق", "damascus", PLACE, "ب"),
        ("دمشق", "damascus", PLACE),
        ("طهران", "tehran", PLACE),
    ]
    assert meetings(events_of(text, entries)) == {
        ("meeting", frozenset({"mohammad-javad-zarif", "bashar-al-assad"}), "damascus")
    }


def test_it_reads_the_one_name_after_kama_as_who_meets_when_his_visit_follows():
    mistura = person("ستافان دي ميستورا", "staffan-de-mistura")
    bogdanov = person("بوغدانوف", "mikhail-bogdanov")
    damascus = ("دمشق", "damascus", PLACE)
    text = (
        "وتأتي الزيارة دعما لجهود المبعوث الأممي ستافان دي ميستورا. كما سيلتقي بوغدانوف "
        "في زيارته إلى دمشق، والتي تستمر يومين عددا من أطياف المعارضة."
    )
    found = events_of(text, [mistura, bogdanov, damascus])
    assert [(e.kind, e.participants, e.place) for e in found if e.kind != "statement"] == [
        ("visit", ("mikhail-bogdanov",), "damascus")
    ]
    # With no visit of his after it, the one name is whom the one told before meets.
    text = "التقى ستافان دي ميستورا الأسد. كما التقى بوغدانوف في دمشق."
    found = events_of(text, [mistura, ASSAD, bogdanov, damascus])
    assert ("meeting", frozenset({"mikhail-bogdanov", "staffan-de-mistura"}), "damascus") in (
        meetings(found)
    )


def test_it_reads_the_name_a_long_title_follows_up_to_the_comma_before_the_verb():
    text = (
        "وأعلنت الخارجية أن الكسندر لافرينتييف المبعوث الخاص للرئيس فلاديمير بوتين إلى سوريا، "
        "وصل إلى نور سلطان."
    )
    lavrentiev = person("الكسندر لافرينتييف", "alexander-lavrentiev")
    entries = [lavrentiev, ("سوريا", "syria", PLACE), ("نور سلطان", "astana", PLACE)]
    event = only_event(text, entries)  # Putin's name left unlinked, as whose envoy he is
    assert (event.kind, event.participants, event.place) == (
        "visit",
        ("alexander-lavrentiev",),
        "astana",
    )
    event = only_event(text, [*entries, PUTIN])
    assert event.participants == ("alexander-lavrentiev",)


def test_it_reads_the_heads_of_a_delegation_past_a_quoted_rank_and_their_titles():
    text = (
        "وأمس الأحد، وصل وفد روسي “رفيع المستوى” برئاسة نائب رئيس مجلس الوزراء الروسي "
        "يوري بوريسوف، ونائب وزير الخارجية ميخائيل بوغدانوف إلى دمشق في زيارة."
    )
    borisov = person("يوري بوريسوف", "yury-borisov")
    bogdanov = person("ميخائيل بوغدانوف", "mikhail-bogdanov")
    entries = [borisov, bogdanov, ("الروسي", "russia", ADJECTIVE), ("دمشق", "damascus", PLACE)]
    event = only_event(text, entries, ["أمس الأحد"])
    assert (event.kind, set(event.participants), event.place) == (
        "visit",
        {"yury-borisov", "mikhail-bogdanov"},
        "damascus",
    )


def test_it_reads_a_ruler_named_after_his_honorifics_as_who_leaves_and_where_he_heads():
    text = (
        "يغادر صاحب السمو أمير البلاد الشيخ صباح الأحمد، أرض الوطن صباح اليوم، متوجها الى "
        "المملكة المتحدة."
    )
    emir = person("الشيخ صباح الأحمد", "sabah-al-ahmad-al-sabah")
    event = only_event(text, [emir, ("المملكة المتحدة", "united-kingdom", PLACE)], ["صباح اليوم"])
    assert (event.kind, event.participants, event.place, event.status) == (
        "visit",
        ("sabah-al-ahmad-al-sabah",),
        "united-kingdom",
        "planned",
    )


def test_it_reads_each_place_of_a_trip_before_an_adverb_with_nunation():
    text = "وتأتي بعد زيارة قام بها سامح شكري لسوريا وتركيا تضامناً معهما."
    entries = [person("سامح شكري", "sameh-shoukry"), ("لسوريا", "syria", PLACE, "ل")]
    entries.append(("وتركيا", "turkey", PLACE, "و"))
    visits = [e for e in events_of(text, entries) if e.kind == "visit"]
    assert [(e.participants, e.place) for e in visits] == [
        (("sameh-shoukry",), "syria"),
        (("sameh-shoukry",), "turkey"),
    ]
    # without the mark the word may start another clause: only the first place is sure
    unmarked = text.replace("تضامناً", "تضامنا")
    assert [e.place for e in events_of(unmarked, entries) if e.kind == "visit"] == ["syria"]


def test_it_reads_who_intends_an_event_named_before_the_intent_verb():
    mekdad, cairo = person("فيصل المقداد", "faisal-mekdad"), ("القاهرة", "cairo", PLACE)
    for text in (
        "وأعلنت الخارجية أن فيصل المقداد يعتزم زيارة القاهرة اليوم.",
        "وأعلنت الخارجية أن وزير الخارجية فيصل المقداد، يعتزم زيارة القاهرة،اليوم.",
        "وينوي فيصل المقداد زيارة القاهرة.",
    ):
        event = only_event(text, [mekdad, cairo], ["اليوم"])
        assert (event.kind, event.participants, event.place, event.status) == (
            "visit",
            ("faisal-mekdad",),
            "cairo",
            "planned",
        ), text


def test_it_reads_who_comes_along_on_a_trip_to_each_of_several_places():
    lavrentiev = person("لافرينتييف", "alexander-lavrentiev")
    vershinin = person("سيرغي فيرشينين", "sergey-vershinin")
    places = [("السعودية", "saudi-arabia", PLACE), ("والإمارات", "uae", PLACE, "و")]
    text = (
        "ويقوم لافرينتييف حاليا بجولة في منطقة الخليج، وقد زار خلال الأيام الماضية برفقة نائب "
        "وزير الخارجية الروسي، سيرغي فيرشينين، كلا من السعودية والإمارات."
    )
    visits = events_of(text, [lavrentiev, vershinin, *places], ["الأيام الماضية"])
    assert [(set(e.participants), e.place) for e in visits] == [
        ({"alexander-lavrentiev", "sergey-vershinin"}, "saudi-arabia"),
        ({"alexander-lavrentiev", "sergey-vershinin"}, "uae"),
    ]


def test_it_reads_the_delegation_that_arrives_past_where_it_comes_from():
    mission = ("بعثة المراقبين العرب", "arab-league-observer-mission", ORGANIZATION)
    places = [("دمشق", "damascus", PLACE), ("القاهرة", "cairo", PLACE)]
    text = "وصل الى دمشق، اليوم الخميس، قادما من القاهرة وفد بعثة المراقبين العرب."
    event = only_event(text, [mission, *places], ["اليوم الخميس"])
    assert (event.kind, event.participants, event.place) == (
        "visit",
        ("arab-league-observer-mission",),
        "damascus",
    )


def test_it_reads_whom_one_meets_past_his_arrival_and_a_later_time():
    lavrov, muallem = person("لافروف", "sergey-lavrov"), person("وليد المعلم", "walid-al-muallem")
    text = "وقالت وسائل إعلام إن لافروف التقى فور وصوله بشار الأسد."
    assert meetings(events_of(text, [lavrov, ASSAD])) == {
        ("meeting", frozenset({"sergey-lavrov", "bashar-al-assad"}), None)
    }
    text = "ومن المقرر أن يعقد لافروف اجتماعاً في وقت لاحق مع وليد المعلم."
    event = only_event(text, [lavrov, muallem])
    assert (event.status, set(event.participants)) == (
        "planned",
        {"sergey-lavrov", "walid-al-muallem"},
    )


def test_it_reads_a_visit_after_which_the_one_person_named_returns_as_his_trip():
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    places = [("دمشق", "damascus", PLACE), ("القاهرة", "cairo", PLACE)]
    text = "عاد وزير الخارجية فيصل المقداد إلى دمشق بعد زيارة إلى القاهرة."
    event = only_event(text, [mekdad, *places])
    assert (event.kind, event.participants, event.place) == ("visit", ("faisal-mekdad",), "cairo")


def test_it_reads_an_envoy_not_the_principal_whose_title_names_him_as_the_subject():
    from dataclasses import replace

    from articles.text.events import extract_events

    text = (
        "أجرى المبعوث الخاص للرئيس الروسي، ألكسندر لافرينتييف، لقاء في الدوحة مع وزير "
        "الخارجية القطري، محمد بن عبد الرحمن آل ثاني."
    )
    entries = [
        ("للرئيس الروسي", "vladimir-putin", PERSON),
        person("ألكسندر لافرينتييف", "alexander-lavrentiev"),
        ("الدوحة", "doha", PLACE),
        person("محمد بن عبد الرحمن آل ثاني", "mohammed-al-thani"),
    ]
    # «للرئيس الروسي» is the role phrase the linker resolves to the office holder
    found = [
        replace(m, role="head-of-state") if m.entity == "vladimir-putin" else m
        for m in mentions(text, entries)
    ]
    assert meetings(extract_events(text, found)) == {
        ("meeting", frozenset({"alexander-lavrentiev", "mohammed-al-thani"}), "doha")
    }


def test_it_reads_a_name_after_a_verb_with_no_subject_as_whom_the_traveller_meets():
    brahimi, elaraby = person("الإبراهيمي", "lakhdar-brahimi"), person("نبيل العربي", "elaraby")
    league = ("للجامعة العربية", "arab-league", ORGANIZATION)
    text = (
        "وصل الإبراهيمي إلى القاهرة اليوم، ويلتقي غدا الأحد نبيل العربي الأمين العام "
        "للجامعة العربية."
    )
    found = events_of(text, [brahimi, elaraby, league, ("القاهرة", "cairo", PLACE)], ["اليوم"])
    # the body in his title is whose secretary-general he is, not a second party
    assert ("meeting", frozenset({"lakhdar-brahimi", "elaraby"}), "cairo") in meetings(found)


def test_it_reads_the_delegation_that_holds_its_own_meetings_as_their_owner():
    turkish = ("التركي", "turkey", ADJECTIVE)
    text = "كما عقد الوفد التركي أول اجتماعاته مع المبعوث الأممي غير بيدرسن."
    event = only_event(text, [turkish, PEDERSEN])
    assert (event.kind, set(event.participants)) == ("meeting", {"turkey", "geir-pedersen"})


RECEIVED = [
    ZARIF,
    person("هوشيار زيباري", "hoshyar-zebari"),
    person("نوري المالكي", "nouri-al-maliki"),
    ("بغداد", "baghdad", PLACE),
]


def test_it_gives_a_later_meeting_to_the_visitor_not_to_the_one_who_received_him():
    text = (
        "وصل محمد جواد ظريف إلى بغداد اليوم، وكان في استقباله هوشيار زيباري ومن المتوقع أن "
        "يلتقي أيضا برئيس الوزراء نوري المالكي في وقت لاحق."
    )
    assert ("meeting", frozenset({"mohammad-javad-zarif", "nouri-al-maliki"}), "baghdad") in (
        meetings(events_of(text, RECEIVED))
    )


def test_it_gives_a_reception_to_the_visitor_the_last_sentence_spoke_of():
    text = (
        "زار محمد جواد ظريف بغداد أمس. وقال محمد جواد ظريف إن المحادثات ستتناول الوضع. "
        "وكان في استقباله هوشيار زيباري."
    )
    assert meetings(events_of(text, RECEIVED)) == {
        ("meeting", frozenset({"mohammad-javad-zarif", "hoshyar-zebari"}), "baghdad")
    }


def test_it_gives_a_meeting_someone_gets_ready_for_to_him():
    entries = [PUTIN, person("رجب طيب أردوغان", "recep-tayyip-erdogan"), ("أنقرة", "ankara", PLACE)]
    for text in (
        "وقال فلاديمير بوتين إنه يستعد للقاء رجب طيب أردوغان في أنقرة.",
        "ويستعد فلاديمير بوتين لمقابلة رجب طيب أردوغان في أنقرة.",
    ):
        event = only_event(text, entries)
        assert event.participants == ("recep-tayyip-erdogan", "vladimir-putin"), text
        assert (event.status, event.place) == ("planned", "ankara")


def test_it_gives_a_meeting_one_goes_on_to_to_him_not_to_whom_he_met_before():
    text = "وقال إن محمد جواد ظريف توجه بعد لقاء بشار الأسد إلى الوزارة للقاء وليد المعلم."
    assert ("meeting", frozenset({"mohammad-javad-zarif", "walid-al-muallem"}), None) in (
        meetings(events_of(text, [ZARIF, ASSAD, MUALLEM]))
    )


def test_it_reads_qabala_as_a_meeting_but_not_an_interview():
    entries = [LAVROV, ASSAD, ("دمشق", "damascus", PLACE)]
    event = only_event("وقابل لافروف بشار الأسد في دمشق.", entries)
    assert (event.kind, event.participants) == ("meeting", ("bashar-al-assad", "sergey-lavrov"))
    event = only_event("وقال إن لافروف سيقابل بشار الأسد غدا.", entries)
    assert (event.kind, event.status) == ("meeting", "planned")
    interview = "وأجرى لافروف مقابلة مع بشار الأسد نشرت اليوم."
    assert [e for e in events_of(interview, entries) if e.kind != "statement"] == []


def test_it_reads_his_highness_after_a_verb_as_the_one_first_named_so():
    text = (
        "يغادر صاحب السمو أمير البلاد الشيخ صباح الأحمد البلاد اليوم. واستقبل سموه رئيس مجلس "
        "الأمة مرزوق الغانم. والتقى سمو الأمير، بسمو رئيس مجلس الوزراء الشيخ جابر المبارك."
    )
    entries = [
        person("صباح الأحمد", "sabah-al-ahmad-al-sabah"),
        person("مرزوق الغانم", "marzouq-al-ghanim"),
        person("جابر المبارك", "jaber-al-mubarak-al-sabah"),
    ]
    assert {e.participants for e in events_of(text, entries) if e.kind == "meeting"} == {
        ("marzouq-al-ghanim", "sabah-al-ahmad-al-sabah"),
        ("jaber-al-mubarak-al-sabah", "sabah-al-ahmad-al-sabah"),
    }


def test_it_reads_and_that_he_as_the_subject_of_the_that_clause_before():
    text = (
        "وجاء في بيان أن إبراهيم الجعفري وصل اليوم إلى دمشق تلبية لدعوة وليد المعلم، وأنه "
        "سيعقد اجتماعا مع بشار الأسد."
    )
    entries = [person("إبراهيم الجعفري", "ibrahim-al-jaafari"), MUALLEM, ASSAD]
    assert ("meeting", frozenset({"ibrahim-al-jaafari", "bashar-al-assad"}), None) in meetings(
        events_of(text, entries)
    )


def test_it_reads_a_meeting_noun_made_a_verb_by_qama_bi():
    erdogan = person("رجب طيب أردوغان", "erdogan")
    moscow = ("موسكو", "moscow", PLACE)
    text = "قام الرئيس فلاديمير بوتين والرئيس رجب طيب أردوغان بالاجتماع في موسكو."
    assert meetings(events_of(text, [PUTIN, erdogan, moscow])) == {
        ("meeting", frozenset({"vladimir-putin", "erdogan"}), "moscow")
    }
    # The article alone still points back to a meeting told before.
    assert not events_of("وتحدث بوتين بعد الاجتماع في موسكو.", [PUTIN, moscow])


def test_it_reads_the_state_of_a_delegation_past_the_adjectives_of_its_kind():
    jordanian = ("أردنيا", "jordan", ADJECTIVE)
    text = "استقبل بشار الأسد وفدا برلمانيا أردنيا برئاسة رئيس مجلس النواب."
    assert meetings(events_of(text, [ASSAD, jordanian])) == {
        ("meeting", frozenset({"bashar-al-assad", "jordan"}), None)
    }
    # a delegation from a city is no state's
    text = "استقبل بشار الأسد وفدا شعبيا من حلب."
    assert not events_of(text, [ASSAD, ("حلب", "aleppo", PLACE)])


def test_it_takes_no_object_of_an_earlier_verb_for_the_subject_before_a_title():
    mekdad, damascus = person("فيصل المقداد", "faisal-mekdad"), ("دمشق", "damascus", PLACE)
    text = "استقبل الوزير فيصل المقداد رئيس البعثة الأممية الذي وصل إلى دمشق أمس."
    assert not [e for e in events_of(text, [mekdad, damascus]) if e.kind == "visit"]


def test_it_reads_a_meeting_with_each_past_an_adjective_of_its_kind():
    erdogan = person("رجب طيب أردوغان", "erdogan")
    rouhani = person("حسن روحاني", "rouhani")
    text = "أن يعقد رجب طيب أردوغان اجتماعات فردية مع الرئيس فلاديمير بوتين والرئيس حسن روحاني."
    assert meetings(events_of(text, [erdogan, PUTIN, rouhani])) == {
        ("meeting", frozenset({"erdogan", "vladimir-putin"}), None),
        ("meeting", frozenset({"erdogan", "rouhani"}), None),
    }
