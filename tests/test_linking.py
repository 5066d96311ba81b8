"""The linker (articles.text.linking): pure functions, no database. Short sentences written for
each hard case, with a small gazetteer built here; the real gazetteer is checked in
test_gazetteer_data.py and against the gold file in test_evaluate_command.py."""

from datetime import date

from articles.text.linking import AliasEntry, Gazetteer, RoleEntry, link
from articles.text.mentions import ORGANIZATION, PERSON, PLACE


def person(slug, *texts, ambiguous=()):
    return [AliasEntry(slug, PERSON, text) for text in texts] + [
        AliasEntry(slug, PERSON, text, ambiguous=True) for text in ambiguous
    ]


def place(slug, *texts, subkind="city"):
    return [AliasEntry(slug, PLACE, text, subkind=subkind) for text in texts]


def org(slug, *texts, subkind="international"):
    return [AliasEntry(slug, ORGANIZATION, text, subkind=subkind) for text in texts]


ALIASES = [
    *person("kofi-annan", "كوفي عنان", "عنان", "أنان"),
    *person("lakhdar-brahimi", "الأخضر الإبراهيمي", "الإبراهيمي"),
    *person("mohamed-kamel-amr", "محمد كامل عمرو", "محمد عمرو", ambiguous=["عمرو"]),
    *person("amr-roshdy", "عمرو رشدي"),
    *person("nabil-elaraby", "نبيل العربي", ambiguous=["العربي"]),
    *person("bashar-al-assad", "بشار الأسد", "الأسد"),
    *person("sergey-lavrov", "سيرغي لافروف", "لافروف"),
    *person("ayman-safadi", "أيمن الصفدي", "الصفدي"),
    *person("nasser-judeh", "ناصر جودة"),
    *person("ban-ki-moon", "بان كي مون", "كي مون"),
    *place("moscow", "موسكو"),
    *place("geneva", "جنيف"),
    *place("russia", "روسيا", subkind="country"),
    *place("jordan", "الأردن", subkind="country"),
    *place("syria", "سوريا", "سورية", subkind="country"),
    *org("united-nations", "الأمم المتحدة"),
    *org("rt", "روسيا اليوم", subkind="media"),
    *org("geneva-communique", "بيان جنيف", subkind="instrument"),
    *org("constitutional-committee", "اللجنة الدستورية", subkind="body"),
    *place("latakia", "اللاذقية"),
    *place("douma", "دوما"),
]
ROLES = [
    RoleEntry(
        "sergey-lavrov",
        "foreign-minister",
        "russia",
        date(2004, 3, 9),
        None,
        ("وزير الخارجية الروسي",),
    ),
    RoleEntry(
        "nasser-judeh", "foreign-minister", "jordan", date(2009, 2, 23), date(2017, 1, 15), ()
    ),
    RoleEntry("ayman-safadi", "foreign-minister", "jordan", date(2017, 1, 15), None, ()),
    RoleEntry(
        "ban-ki-moon",
        "secretary-general",
        "united-nations",
        date(2007, 1, 1),
        date(2016, 12, 31),
        ("الأمين العام للأمم المتحدة",),
    ),
]
GAZETTEER = Gazetteer(ALIASES, ROLES)


def found(text, **kwargs):
    return {(m.entity, m.surface) for m in link(text, GAZETTEER, **kwargs).matches}


def entities(text, **kwargs):
    return {m.entity for m in link(text, GAZETTEER, **kwargs).matches}


def test_it_finds_names_behind_proclitics():
    assert ("kofi-annan", "لعنان") in found("وأكد لعنان استعداد روسيا")
    assert ("lakhdar-brahimi", "والإبراهيمي") in found("بين لافروف والإبراهيمي")
    assert ("moscow", "بموسكو") in found("اجتمعا بموسكو أمس")
    assert ("ban-ki-moon", "وكي مون") in found("اتصال بين لافروف وكي مون")


def test_it_reports_offsets_into_the_original_text():
    text = "قال\u200f الأَخْضَر الإبراهيمى إن"
    match = next(m for m in link(text, GAZETTEER).matches if m.entity == "lakhdar-brahimi")
    assert text[match.start : match.end] == match.surface == "الأَخْضَر الإبراهيمى"


def test_it_folds_spelling_variants():
    assert "lakhdar-brahimi" in entities("صرح الابراهيمى للصحفيين")
    assert "kofi-annan" in entities("خطة كوفى أنان")
    assert "syria" in entities("الأزمة في سورية")


def test_it_finds_words_run_together():
    assert "united-nations" in entities("مساعي الأممالمتحدة لوقف النار")
    assert ("united-nations", "للامم المتحدة") in found("الأمين للامم المتحدة")


def test_it_finds_a_name_whose_article_meets_its_own_lam_after_the_preposition_lam():
    # ل + اللجنة is written «للجنة»: the preposition is inside the hit, not before it
    text = "قال رئيس وفد المعارضة للجنة الدستورية"
    assert ("constitutional-committee", "للجنة الدستورية") in found(text)
    [match] = [m for m in link("وصل الوفد للاذقية", GAZETTEER).matches]
    assert (match.entity, match.surface, match.prefix) == ("latakia", "للاذقية", "ل")
    assert "(ل + ال written لل)" in match.reason
    assert "latakia" not in entities("وصل الوفد لاذقية")


def test_it_never_matches_inside_a_word():
    assert "kofi-annan" not in entities("قال مصدر إن عنانا أكثر")
    assert "moscow" not in entities("الموسكوفيون")


def test_it_prefers_the_longest_name():
    assert entities("وقال عمرو رشدي المتحدث") == {"amr-roshdy"}
    assert entities("كما أفاد موقع روسيا اليوم") == {"rt"}


def test_it_keeps_the_place_inside_a_document_name():
    assert {"geneva-communique", "geneva"} <= entities("تطبيق بيان جنيف الصادر")


def test_it_links_an_ambiguous_surname_only_after_the_full_name():
    assert "mohamed-kamel-amr" not in entities("وقال عمرو إن الوضع خطير")
    assert "mohamed-kamel-amr" in entities("التقى محمد كامل عمرو الوفد. وقال عمرو إن الوضع خطير")
    assert "nabil-elaraby" not in entities("دعا البرلمان العربي الى الحوار")
    assert "nabil-elaraby" in entities("قال نبيل العربي إن العربي لن يتراجع")


def test_it_names_assad_in_nazam_al_assad():
    assert "bashar-al-assad" in entities("نرى أن نظام الأسد يقود البلاد")


def test_it_reads_a_nationality_after_bin_as_a_family_name():
    assert "russia" not in entities("وكان في استقباله المستشار سعيد بن علي الروسي.")
    assert "russia" in entities("التقى الوفد السوري بالوفد الروسي.")


def test_it_proposes_a_titled_unknown_name_with_its_whole_title():
    text = "وكان معاون وزير الخارجية سمير زيدان استقبل الوفد في المطار."
    assert [(c.text, c.title_phrase) for c in link(text, GAZETTEER).candidates] == [
        ("سمير زيدان", "معاون وزير الخارجيه")
    ]


def test_it_counts_nationality_adjectives_as_places_except_in_titles():
    assert "jordan" in entities("رفض التدخل الأردني في الشأن السوري")
    assert "jordan" not in entities("وقال وزير الخارجية الأردني إن")
    assert "russia" not in entities("التقى لافروف نظيره الروسي")
    # states further from the war, but not an adjective that is also a family name
    states = [
        *place("azerbaijan", "أذربيجان", subkind="country"),
        *place("switzerland", "سويسرا", subkind="country"),
        *place("sudan", "السودان", subkind="country"),
    ]
    more = Gazetteer([*ALIASES, *states], ROLES)
    assert "azerbaijan" in {m.entity for m in link("وصل الوفد الأذربيجاني إلى دمشق", more).matches}
    assert "switzerland" in {m.entity for m in link("في مدينة جنيف السويسرية", more).matches}
    said = "وقال رئيس الوزراء العراقي محمد شياع السوداني"
    assert "sudan" not in {m.entity for m in link(said, more).matches}
    # every member state of the UN, but not where the bare adjective is a given name
    world = Gazetteer(
        [
            *ALIASES,
            *place("argentina", "الأرجنتين", subkind="country"),
            *place("georgia", "جورجيا", subkind="country"),
            *place("kenya", "كينيا", subkind="country"),
        ],
        ROLES,
    )
    # «أبو صلاح الأوزبكي»: a nisba after a kunya ends a nom de guerre
    assert "jordan" not in entities("وقتل القيادي أبو محمد الأردني في إدلب")
    voted = "وصوّت المندوب الأرجنتيني والمندوبة الكينية لصالح القرار"
    assert {m.entity for m in link(voted, world).matches} == {"argentina"}
    assert "georgia" not in {m.entity for m in link("كتب جورجي زيدان عن الشام", world).matches}


def test_it_counts_a_plural_nationality_of_people_as_their_state():
    assert "syria" in entities("التقى المبعوث كبار المسؤولين السوريين")
    assert "jordan" in entities("وبحث مع المسؤولين الأردنيين")
    match = next(m for m in link("مع المسؤولين الأردنيين", GAZETTEER).matches)
    assert match.adjective
    assert "jordan" not in entities("مع المسؤولين الاردنيات")


def test_it_explains_every_match():
    match = next(m for m in link("وأكد لعنان", GAZETTEER).matches)
    assert match.reason == "alias «عنان» after proclitic «ل»"


def test_it_proposes_titled_names_it_does_not_know_as_candidates():
    result = link("وقال وزير الخارجية الفرنسي لوران فابيوس إن الحل", GAZETTEER)
    assert [c.text for c in result.candidates] == ["لوران فابيوس"]
    assert "الحل" in result.candidates[0].context


def test_it_proposes_no_pronoun_title_or_conjunction_as_a_name():
    def candidates(text):
        return [c.text for c in link(text, GAZETTEER).candidates]

    for text in (
        "وقال المبعوث الدولي أنه لا يرى حلا",
        "وكان وزير الخارجية ورئيس مجلس الوزراء قد وصلا",
        "التقى السفير ولم تنقطع الاتصالات",
        "وزير خارجية قطر رئيسا ووزراء",
        "وصل الرئيس آية الله خامنئي",
    ):
        assert candidates(text) == [], text
    # names may begin with «و» or end with a title's word
    assert candidates("وقال السفير وجيه حنفي إن") == ["وجيه حنفي"]
    assert candidates("وقال السفير طلال الأمين إن") == ["طلال الأمين"]


def test_it_marks_envoys():
    gazetteer = Gazetteer(
        person("kofi-annan", "كوفي عنان"),
        [RoleEntry("kofi-annan", "envoy", "united-nations", None, None, (), is_envoy=True)],
    )
    assert link("زار كوفي عنان دمشق", gazetteer).matches[0].is_envoy


def test_it_proposes_no_candidate_where_the_title_already_has_a_known_name():
    text = "وقال الرئيس الأسد يسعى للحل، وأكد الرئيس المشترك للجنة مناقشة الدستور"
    assert link(text, GAZETTEER).candidates == []


def test_it_proposes_no_candidate_made_of_an_adverb():
    assert link("وأشار إلى أن الرئيس الروسي سيعقد كذلك لقاءات", GAZETTEER).candidates == []


def test_it_proposes_no_candidate_made_of_a_demonstrative_honorific_or_greeting():
    texts = [
        "وقال وزير الخارجية الفرنسي هذه المرة إن الحل سياسي",
        "واستقبل الرئيس السوري بحضور معالي الوزير الوفد",
        "ونقل الوزير إلى الرئيس السوري تهاني رئيس الجمهورية",
    ]
    assert [link(text, GAZETTEER).candidates for text in texts] == [[], [], []]


def test_it_proposes_no_candidate_that_reads_as_an_event_or_a_time():
    texts = [
        "وقال وزير الخارجية السوري يختتم زيارة إلى موسكو",
        "وهو ما لم يحدث منذ أن تولى الرئيس السوري منذ منتصف العام الماضي",
        "وقال المبعوث الدولي الذي تقدم بخطة للحل إن الأطراف وافقت",
        "وعبر المبعوث الأممي عن تقديره البالغ للجهود",
    ]
    assert [link(text, GAZETTEER).candidates for text in texts] == [[], [], [], []]


def test_it_still_proposes_a_titled_name_after_a_relative_clause_breaks_the_title():
    text = "وقال المبعوث الخاص يان كوبيتش الذي وصل أمس"
    assert [c.text for c in link(text, GAZETTEER).candidates] == ["يان كوبيتش"]


def test_it_proposes_no_candidate_starting_with_an_article_after_a_proclitic():
    text = "التقى وزير الخارجية السوري بالرئيس عبد المجيد تبون"
    assert [c.text for c in link(text, GAZETTEER).candidates] == []


def test_it_reads_a_bare_surname_agreeing_with_a_noun_as_an_adjective():
    gazetteer = Gazetteer(
        [
            AliasEntry("nabil-elaraby", PERSON, "نبيل العربي"),
            AliasEntry("nabil-elaraby", PERSON, "العربي", ambiguous=True),
            AliasEntry("walid-al-muallem", PERSON, "وليد المعلم"),
            AliasEntry("walid-al-muallem", PERSON, "المعلم", ambiguous=True),
        ]
    )

    def people(text):
        return [m.surface for m in link(text, gazetteer).matches if m.kind == PERSON]

    assert people("التقى نبيل العربي الوفد الوزاري العربي") == ["نبيل العربي"]
    assert people("التقى نبيل العربي وأكد الموقف العربي") == ["نبيل العربي"]
    text = "التقى وليد المعلم. وقال وزير الخارجية السوري المعلم إن"
    assert people(text) == ["وليد المعلم", "المعلم"]
    assert people("التقى وليد المعلم. وقال الوزير المعلم") == ["وليد المعلم", "المعلم"]


def test_it_takes_no_word_that_carries_nunation_for_a_name():
    assert "douma" not in entities("وأكد أن أبواب إيران مفتوحة أمامه دومًا.")
    assert "douma" not in entities("وستبقى الأبواب مفتوحة دوماً")
    assert "douma" in entities("قصف مدينة دوما في الغوطة")


def test_it_reads_a_states_name_with_nunation_as_its_adjective():
    for text in ("أرسلت موسكو وفدًا روسيًا إلى بكين", "أرسلت موسكو وفداً روسياً إلى بكين"):
        (match,) = [m for m in link(text, GAZETTEER).matches if m.entity == "russia"]
        assert match.adjective and match.surface.startswith("روسي")
        assert match.reason == "country adjective «روسيا»"
    assert "russia" in entities("زار وفد روسي دمشق")
    assert "syria" not in entities("أصبح الأمر سوريةً")  # only «يًا» is the adjective's form


def test_it_takes_a_name_whose_first_word_carries_nunation():
    gazetteer = Gazetteer([*ALIASES, *org("opposition-delegation", "وفدا من المعارضة")], ROLES)
    surfaces = {m.surface for m in link("إن وفدًا من المعارضة زار بكين", gazetteer).matches}
    assert surfaces == {"وفدًا من المعارضة"}


def test_it_leaves_a_surname_after_someone_elses_given_name():
    def people(text):
        return [(m.entity, m.surface) for m in link(text, GAZETTEER).matches if m.kind == PERSON]

    assert people("وقال ماهر الأسد إن الجيش سيتقدم.") == []
    assert people("التقى بشار الأسد وحافظ الأسد.") == [("bashar-al-assad", "بشار الأسد")]
    # his own name, a preposition that folds into a given name, or a title before it
    assert people("وقال المتحدث باسم الأسد إن …") == [("bashar-al-assad", "الأسد")]
    assert people("عرض على الأسد مبادرة.") == [("bashar-al-assad", "الأسد")]
    assert people("وقال الرئيس الأسد.") == [("bashar-al-assad", "الأسد")]


def test_it_leaves_a_surname_after_a_given_name_written_in_two_words():
    gazetteer = Gazetteer(
        [
            *person("salem-al-meslet", "سالم المسلط", "المسلط"),
            *person("abdallah-bou-habib", "عبد الله بو حبيب", "بو حبيب"),
        ]
    )

    def people(text):
        return [(m.entity, m.surface) for m in link(text, gazetteer).matches if m.kind == PERSON]

    assert people("وضمت القائمة عبد العزيز المسلط.") == []
    assert people("وقال المسلط إن الحل سياسي.") == [("salem-al-meslet", "المسلط")]
    # his own given name, in two words
    assert people("وصل عبد الله بو حبيب إلى دمشق.") == [("abdallah-bou-habib", "عبد الله بو حبيب")]


def test_it_reads_no_place_inside_an_armed_groups_name():
    gazetteer = Gazetteer(
        [
            *org("quds-force", "فيلق القدس", subkind="armed_group"),
            *place("jerusalem", "القدس"),
        ]
    )
    found = {m.entity for m in link("قائد فيلق القدس في القدس", gazetteer).matches}
    assert found == {"quds-force", "jerusalem"}
    assert [m.entity for m in link("قائد فيلق القدس", gazetteer).matches] == ["quds-force"]


def test_it_proposes_a_name_commas_set_off_after_its_title():
    def candidates(text):
        return [c.text for c in link(text, GAZETTEER).candidates]

    assert candidates("وقال المتحدث باسم وزارة الخارجية العراقية، أحمد جمال، إن الزيارة مهمة.") == [
        "أحمد جمال"
    ]
    assert candidates("وسلمها السفير السوري في بغداد، صطام الدندح، إلى الوزير.") == ["صطام الدندح"]
    # no closing comma: what follows the comma is the sentence, not a name
    assert candidates("وبحث المبعوث الأممي، تطورات الأوضاع على الأرض.") == []


def test_it_finds_a_bodys_name_by_any_name_of_the_country_it_ends_on():
    aliases = [*org("friends-of-syria", "أصدقاء سوريا", "مجموعة الدعم الدولية لسوريا")]
    gazetteer = Gazetteer([*aliases, *place("syria", "سوريا", "سورية", subkind="country")])
    text = "وعقد اجتماع أصدقاء سورية ثم مجموعة الدعم الدولية لسورية."
    bodies = [m.surface for m in link(text, gazetteer).matches if m.entity == "friends-of-syria"]
    assert bodies == ["أصدقاء سورية", "مجموعة الدعم الدولية لسورية"]
    # Only a country's names: a city's other spelling makes no new name for the body.
    gazetteer = Gazetteer([*org("geneva-talks", "مؤتمر جنيف"), *place("geneva", "جنيف", "جينيف")])
    assert "geneva-talks" not in {m.entity for m in link("وبدأ مؤتمر جينيف.", gazetteer).matches}


def test_it_reads_a_surname_that_is_an_everyday_adjective_after_another_as_an_adjective():
    gazetteer = Gazetteer(
        [
            AliasEntry("nabil-elaraby", PERSON, "نبيل العربي"),
            AliasEntry("nabil-elaraby", PERSON, "العربي", ambiguous=True),
        ]
    )

    def people(text):
        return [m.surface for m in link(text, gazetteer).matches if m.kind == PERSON]

    text = "أجرى نبيل العربي مشاورات مع المبعوث الأممي العربي المشترك إلى سوريا"
    assert people(text) == ["نبيل العربي"]
    # after a verb it is still the man named in full before
    assert people("أجرى نبيل العربي مشاورات. وقال العربي إن") == ["نبيل العربي", "العربي"]
    # right after an envoy's title, as after a delegation: the title's kind
    text = "استقبل الدكتور نبيل العربي المبعوث العربي الدولي الخاص إلى سوريا الأخضر الإبراهيمي"
    assert people(text) == ["نبيل العربي"]
    assert people("استقبل نبيل العربي السفير السوداني") == ["نبيل العربي"]
    # but a plain title before it still names him: «الدكتور العربي», «الأمين العام العربي»
    assert people("التقى نبيل العربي أمس. وقال الدكتور العربي إن") == ["نبيل العربي", "العربي"]


def test_it_reads_an_indefinite_nationality_in_the_accusative_as_its_state():
    states = [*ALIASES, *place("iran", "إيران", subkind="country")]
    linked = link("واستقبل الأسد وفدا إيرانيا برئاسة نائب وزير الخارجية", Gazetteer(states, ROLES))
    [iran] = [m for m in linked.matches if m.entity == "iran"]
    assert (iran.surface, iran.adjective) == ("إيرانيا", True)
    # «روسيا» stays Russia's name, not an adjective
    [russia] = [
        m for m in link("وصل وفد روسيا إلى دمشق", GAZETTEER).matches if m.entity == "russia"
    ]
    assert not russia.adjective


def test_it_links_a_titled_name_one_letter_from_an_alias():
    gazetteer = Gazetteer([*ALIASES, *person("geir-pedersen", "غير بيدرسون")], ROLES)

    def people(text):
        return [(m.entity, m.surface) for m in link(text, gazetteer).matches if m.kind == PERSON]

    for typo in ("بيدسون", "بيدرسوون", "بيدرصون"):  # a letter dropped, added, changed
        found = link(f"والتقى المبعوث الأممي غير {typo} اليوم", gazetteer).matches
        assert [(m.entity, m.surface) for m in found] == [("geir-pedersen", f"غير {typo}")]
        assert found[0].reason == "one letter from the alias «غير بيدرسون», after a title"
    assert people("وقال غير بيدسون إن") == []  # no title: any word may be one letter away
    assert people("التقى المبعوث الأممي غير بيدرسون") == [("geir-pedersen", "غير بيدرسون")]
    assert people("التقى الرئيس كوفي عنانا") == []  # a surname too short to stretch


def test_it_links_no_name_one_letter_off_without_its_own_title_or_two_letters_off():
    gazetteer = Gazetteer(
        [
            *ALIASES,
            *person("ali-al-shami", "علي الشامي"),
            *person("badr-abdelatty", "بدر عبد العاطي"),
            *person("abdel-atti", "عبد العاطي"),
            *person("ahmed-al-sharaa", "أحمد الشرع"),
        ],
        ROLES,
    )

    def people(text):
        return {m.entity for m in link(text, gazetteer).matches if m.kind == PERSON}

    assert "ali-al-shami" not in people("قال مسؤول أميركي إن علي الشامخ زار دمشق")  # not a title
    assert "ali-al-shami" not in people("التقى وزير الخارجية لافروف وقال علي الشامخ")
    assert "ali-al-shami" in people("التقى وزير الخارجية علي الشامخ")
    assert "abdel-atti" not in people("وقال رئيس الوزراء عبد المعطي حجازي")  # two letters off
    assert "ahmed-al-sharaa" not in people("والتقى النائب أحمد الشرعي")  # a nisba, not a slip


def test_it_reads_a_states_adjective_with_a_shadda_beside_the_nunation():
    found = link("استقبل الأسد وفدًا عسكريًّا روسيًّا في دمشق", GAZETTEER).matches
    assert [(m.entity, m.adjective) for m in found if m.entity == "russia"] == [("russia", True)]


def test_it_reads_a_short_name_of_several_as_the_one_of_the_state_named_before_it():
    gazetteer = Gazetteer(
        [
            *person("salem-al-sabah", "سالم عبدالله الجابر الصباح", ambiguous=["سالم الصباح"]),
            *place("kuwait", "الكويت", subkind="country"),
        ],
        [RoleEntry("salem-al-sabah", "foreign-minister", "kuwait", date(2022, 10, 16), None, ())],
    )

    def people(text):
        return [m.entity for m in link(text, gazetteer).matches if m.kind == PERSON]

    assert people("التقى نظيره السعودي، والكويتي الشيخ سالم الصباح.") == ["salem-al-sabah"]
    # no state before it, or another one: still too short to name him
    assert people("وقال سالم الصباح إن") == []
    assert people("والتقى القطري الشيخ سالم الصباح") == []


def test_it_reads_a_name_in_quotes_that_an_outlet_shares_as_the_outlet():
    gazetteer = Gazetteer(
        [
            *place("middle-east", "الشرق الأوسط", subkind="area"),
            AliasEntry("asharq-al-awsat", ORGANIZATION, "صحيفة الشرق الأوسط", subkind="media"),
            AliasEntry(
                "asharq-al-awsat", ORGANIZATION, "الشرق الأوسط", ambiguous=True, subkind="media"
            ),
        ]
    )

    def entities(text):
        return [m.entity for m in link(text, gazetteer).matches]

    assert entities("بدأ جولة في الشرق الأوسط.") == ["middle-east"]
    assert entities("وقالت صحيفة الشرق الأوسط إن الجولة بدأت.") == ["asharq-al-awsat"]
    assert entities('وقالت صحيفة "الشرق الأوسط" إن الجولة بدأت.') == ["asharq-al-awsat"]
    assert entities("ونقلت «الشرق الأوسط» عن مصادر أن الجولة بدأت.") == ["asharq-al-awsat"]
    assert entities("وقال لـ« الشرق الأوسط » إن الجولة بدأت.") == ["asharq-al-awsat"]
    assert gazetteer.areas == {"middle-east"}
    # the region's own spelling, though the daily is named in full elsewhere
    text = "وقالت صحيفة الشرق الأوسط إن الشرق الأوسط يمر بمرحلة خطيرة."
    assert entities(text) == ["asharq-al-awsat", "middle-east"]
    # quoted with no word naming an outlet, or with another state's adjective: not the outlet
    assert entities('في "الشرق الأوسط" حروب كثيرة.') == ["middle-east"]
    gazetteer = Gazetteer(
        [
            *place("saudi-arabia", "السعودية", subkind="country"),
            AliasEntry("al-watan-syria", ORGANIZATION, "الوطن", ambiguous=True, subkind="media"),
        ],
        body_countries={"al-watan-syria": "syria"},
    )
    assert [m.entity for m in link('وذكرت صحيفة "الوطن" السعودية أن', gazetteer).matches] == [
        "saudi-arabia"
    ]
    assert [m.entity for m in link('وذكرت صحيفة "الوطن" أن', gazetteer).matches] == [
        "al-watan-syria"
    ]


def test_it_keeps_a_name_shared_with_a_state_named_in_full_for_that_state():
    gazetteer = Gazetteer(
        [
            *place("amman", "عمان"),
            *place("oman", "سلطنة عمان", subkind="country"),
            AliasEntry("oman", PLACE, "عمان", ambiguous=True, subkind="country"),
        ]
    )
    text = "وصل الوزير إلى سلطنة عمان. ويزور الوزير عمان للمرة الثانية."
    assert [m.entity for m in link(text, gazetteer).matches] == ["oman", "oman"]
