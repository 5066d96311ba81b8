"""The linker's offices (articles.text.role_links): role phrases, counterparts and offices
in the plural resolved to their holder at the article's date, or to the name beside them.
Pure functions, no database; the small gazetteer of test_linking.py."""

from datetime import date

from articles.text.linking import AliasEntry, Gazetteer, RoleEntry, link, resolve_roles
from articles.text.mentions import ORGANIZATION, PERSON
from tests.test_linking import ALIASES, GAZETTEER, ROLES, entities, person, place


def test_it_resolves_a_role_phrase_to_the_office_holder_at_the_date():
    text = "وقال وزير الخارجية الروسي إن الحل سياسي"
    assert "sergey-lavrov" not in entities(text)  # no date yet: no guess
    assert "sergey-lavrov" in entities(text, on=date(2013, 5, 10))
    assert "ban-ki-moon" in entities("دعا الأمين العام للأمم المتحدة", on=date(2012, 7, 1))
    assert "ban-ki-moon" not in entities("دعا الأمين العام للأمم المتحدة", on=date(2020, 1, 1))
    former = "وقال وزير الخارجية الروسي السابق إن الحل سياسي"  # not the minister at the date
    assert "sergey-lavrov" not in entities(former, on=date(2013, 5, 10))
    late = "وقال إن وزير الخارجية الروسي الراحل كان صديقا لسوريا"  # «the late»: no more
    assert "sergey-lavrov" not in entities(late, on=date(2013, 5, 10))


def test_it_resolves_a_counterpart_by_country_and_date():
    text = "التقى لافروف نظيره الأردني في موسكو"
    assert "nasser-judeh" in entities(text, on=date(2013, 5, 9))
    assert "ayman-safadi" in entities(text, on=date(2019, 5, 9))
    assert "nasser-judeh" not in entities(text)


def test_it_attaches_a_role_phrase_to_the_name_beside_it():
    result = link("وقال وزير الخارجية الروسي سيرغي لافروف إن", GAZETTEER)
    assert [(person, role.role) for person, role in result.roles_in_text] == [
        ("sergey-lavrov", "foreign-minister")
    ]
    assert [m.entity for m in result.matches] == ["sergey-lavrov"]


def test_it_resolves_roles_later_once_the_date_is_known():
    result = link("ودعا الأمين العام للأمم المتحدة الأطراف", GAZETTEER)
    assert "ban-ki-moon" not in {m.entity for m in result.matches}
    added = resolve_roles(result, window=(date(2013, 1, 1), date(2013, 12, 31)))
    assert [m.entity for m in added] == ["ban-ki-moon"]
    assert "role" in added[0].reason


def test_it_never_takes_a_deputy_for_the_office_holder():
    text = "وقال نائب وزير الخارجية الروسي إن الحل سياسي"
    assert "sergey-lavrov" in entities(text.replace("نائب ", ""), on=date(2013, 5, 10))
    assert entities(text, on=date(2013, 5, 10)) == set()
    result = link(text, GAZETTEER)
    assert resolve_roles(result, window=(date(2013, 1, 1), date(2013, 12, 31))) == []


def test_it_takes_members_of_parliament_before_one_office_for_no_deputies():
    text = "وطالب النواب وزير الخارجية الروسي بالتحرك."
    assert "sergey-lavrov" in entities(text, on=date(2013, 5, 10))
    # one of the deputies, in construct, is a deputy
    text = "والتقى الأسد أحد نواب وزير الخارجية الروسي."
    assert "sergey-lavrov" not in entities(text, on=date(2013, 5, 10))


def test_it_names_no_office_holder_after_naiban():
    text = "وهنأه على توليه منصبه نائبا لوزير الخارجية الروسي"
    assert "sergey-lavrov" not in entities(text, on=date(2013, 5, 10))


def test_it_reads_a_ministers_title_whose_nationality_agrees_with_the_ministry():
    role = RoleEntry(
        "walid-al-muallem", "foreign-minister", "syria", date(2006, 2, 11), date(2020, 11, 16),
        ("وزير الخارجية السوري",),
    )  # fmt: skip
    gazetteer = Gazetteer([AliasEntry("syrian-mfa", ORGANIZATION, "الخارجية السورية")], [role])
    found = link("إذ زار وزير الخارجية السورية مسقط", gazetteer, on=date(2015, 1, 1)).matches
    assert "walid-al-muallem" in {m.entity for m in found}


def test_it_resolves_an_office_in_construct_with_any_name_of_its_country():
    aliases = [*person("ayman-safadi", "أيمن الصفدي"), *place("jordan", "الأردن")]
    aliases += place("jordan", "المملكة الأردنية الهاشمية", subkind="country")
    roles = [
        RoleEntry(
            "ayman-safadi", "foreign-minister", "jordan", date(2017, 1, 15), None,
            ("وزير خارجية الأردن",),
        )
    ]  # fmt: skip
    gazetteer = Gazetteer(aliases, roles)
    text = "والتقى وزير خارجية المملكة الأردنية الهاشمية نظيره"
    [match] = link(text, gazetteer, on=date(2023, 4, 30)).matches
    assert (match.entity, match.surface) == (
        "ayman-safadi",
        "وزير خارجية المملكة الأردنية الهاشمية",
    )


def test_it_resolves_a_counterpart_in_a_window_that_opens_on_a_handover_day():
    aliases = [*person("faisal-mekdad", "فيصل المقداد"), *place("iran", "إيران", subkind="country")]
    roles = [
        RoleEntry("faisal-mekdad", "foreign-minister", "syria", date(2020, 11, 22), None, ()),
        RoleEntry("zarif", "foreign-minister", "iran", date(2013, 8, 15), date(2021, 8, 25), ()),
        RoleEntry("amir", "foreign-minister", "iran", date(2021, 8, 25), date(2024, 5, 19), ()),
    ]
    gazetteer = Gazetteer(aliases, roles)
    text = "واستقبل فيصل المقداد نظيره الإيراني في دمشق."
    window = (date(2021, 8, 25), date(2024, 5, 19))
    assert "amir" in {m.entity for m in link(text, gazetteer, window=window).matches}


def test_it_names_no_syria_envoy_for_an_envoys_title_going_on_to_another_country():
    aliases = [*person("pedersen", "غير بيدرسن"), *place("yemen", "اليمن", subkind="country")]
    roles = [
        RoleEntry(
            "pedersen", "envoy", "united-nations", date(2019, 1, 7), None,
            ("المبعوث الأممي",), is_envoy=True,
        )
    ]  # fmt: skip
    gazetteer = Gazetteer(aliases, roles)
    on = date(2021, 5, 1)
    assert "pedersen" in {
        m.entity for m in link("وقال المبعوث الأممي إن", gazetteer, on=on).matches
    }
    for text in ("وقال المبعوث الأممي إلى اليمن إن", "وقال المبعوث الأممي لليمن إن"):
        assert "pedersen" not in {m.entity for m in link(text, gazetteer, on=on).matches}
    text = "وقال المبعوث الأممي للأزمة السورية إن"
    assert "pedersen" in {m.entity for m in link(text, gazetteer, on=on).matches}


def test_it_reads_each_side_of_a_dual_counterpart():
    gazetteer = Gazetteer(
        [*person("john-kerry", "جون كيري"), *place("jordan", "الأردن", subkind="country")]
        + [*place("saudi-arabia", "السعودية", subkind="country")],
        [
            RoleEntry("nasser-judeh", "foreign-minister", "jordan", date(2009, 2, 23), None, ()),
            RoleEntry(
                "adel-al-jubeir", "foreign-minister", "saudi-arabia", date(2015, 4, 29), None, ()
            ),
        ],
    )
    text = "وقال جون كيري الذي التقى في جنيف نظيريه الأردني والسعودي إن النزاع طويل."
    result = link(text, gazetteer, on=date(2016, 2, 1))
    people = [(m.entity, m.surface, m.prefix) for m in result.matches if m.kind == PERSON]
    # the second is joined on by «و», as a name would be: the events read it as one more
    assert people == [
        ("john-kerry", "جون كيري", ""),
        ("nasser-judeh", "نظيريه الأردني", ""),
        ("adel-al-jubeir", "والسعودي", "و"),
    ]


def test_it_resolves_a_counterpart_the_date_leaves_open_to_the_holder_the_article_names():
    roles = [
        *ROLES,
        RoleEntry("rouhani", "head-of-state", "iran", date(2013, 8, 3), date(2021, 8, 3), ()),
        RoleEntry("raisi", "head-of-state", "iran", date(2021, 8, 3), date(2024, 5, 19), ()),
        RoleEntry("erdogan", "head-of-state", "turkey", date(2014, 8, 28), None, ()),
    ]
    aliases = [
        *ALIASES,
        *person("rouhani", "حسن روحاني"),
        *person("raisi", "إبراهيم رئيسي"),
        *person("erdogan", "أردوغان"),
        *place("iran", "إيران", subkind="country"),
        *place("turkey", "تركيا", subkind="country"),
    ]
    gazetteer = Gazetteer(aliases, roles)
    text = "وحضر القمة حسن روحاني. والتقى أردوغان نظيره الإيراني في أنقرة."
    found = [(m.entity, m.surface) for m in link(text, gazetteer).matches if m.kind == PERSON]
    assert ("rouhani", "نظيره الإيراني") in found
    # named by no one, the office names no one while the date allows two holders
    text = "والتقى أردوغان نظيره الإيراني في أنقرة."
    found = [m.entity for m in link(text, gazetteer).matches if m.kind == PERSON]
    assert "rouhani" not in found and "raisi" not in found


def test_it_names_the_holder_of_each_states_office_in_the_plural():
    gazetteer = Gazetteer(
        [
            *person("sergey-lavrov", "سيرغي لافروف"),
            *person("recep-tayyip-erdogan", "رجب طيب أردوغان"),
            *place("russia", "روسيا", subkind="country"),
            *place("jordan", "الأردن", subkind="country"),
            *place("turkey", "تركيا", subkind="country"),
            *place("united-states", "الولايات المتحدة", subkind="country"),
        ],
        [
            RoleEntry("sergey-lavrov", "foreign-minister", "russia", date(2004, 3, 9), None, ()),
            RoleEntry("ayman-safadi", "foreign-minister", "jordan", date(2017, 1, 15), None, ()),
            RoleEntry(
                "john-kerry", "foreign-minister", "united-states", date(2013, 2, 1),
                date(2017, 1, 20), (),
            ),
            RoleEntry(
                "rex-tillerson", "foreign-minister", "united-states", date(2017, 2, 1),
                date(2018, 3, 31), (),
            ),
            RoleEntry("vladimir-putin", "head-of-state", "russia", date(2012, 5, 7), None, ()),
            RoleEntry(
                "recep-tayyip-erdogan", "head-of-state", "turkey", date(2014, 8, 28), None, ()
            ),
        ],
    )  # fmt: skip

    def people(text, on):
        result = link(text, gazetteer, on=on)
        return [(m.entity, m.surface, m.prefix) for m in result.matches if m.kind == PERSON]

    # in construct with the states' names, «و» and commas between; the first with the title
    text = "ويشارك وزراء خارجية روسيا، والأردن والولايات المتحدة في الاجتماع."
    assert people(text, date(2018, 5, 1)) == [
        ("sergey-lavrov", "وزراء خارجية روسيا", ""),
        ("ayman-safadi", "والأردن", "و"),
    ]  # no secretary of state of the gazetteer's in office that day
    assert ("john-kerry", "والولايات المتحدة", "و") in people(text, date(2016, 5, 1))
    # by the states' adjectives, in the dual; a state whose holder is named is left to him
    assert [p[0] for p in people("التقى الرئيسان الروسي والتركي في سوتشي.", date(2018, 1, 1))] == [
        "vladimir-putin",
        "recep-tayyip-erdogan",
    ]
    text = "التقى الرئيسان الروسي والتركي رجب طيب أردوغان في سوتشي."
    assert [p[0] for p in people(text, date(2018, 1, 1))] == [
        "vladimir-putin",
        "recep-tayyip-erdogan",
    ]
    assert people(text, date(2018, 1, 1))[1][1] == "رجب طيب أردوغان"
    # one state is no list; «رئيسي الوزراء» are no heads of state; and no date, no holder
    assert people("وقال وزيرا خارجية روسيا إن", date(2018, 1, 1)) == []
    assert people("اجتمع رئيسا الوزراء الروسي والتركي.", date(2018, 1, 1)) == []
    # «رئيسي» is the adjective «main» (and Raisi's name) far more than the dual in construct
    assert people("وقال إن الداعم الرئيسي روسيا وتركيا.", date(2018, 1, 1)) == []
    assert people("التقى الرئيسان الروسي والتركي في سوتشي.", None) == []
    # their deputies hold no minister's office
    text = "محادثات مع نائبي وزيري الخارجية الأمريكية والروسية في جنيف."
    assert people(text, date(2016, 5, 1)) == []
    assert people("واجتمع نواب وزراء خارجية روسيا والأردن في موسكو.", date(2018, 5, 1)) == []

    assert [p[0] for p in people(text.replace("نائبي ", ""), date(2016, 5, 1))] == [
        "john-kerry",
        "sergey-lavrov",
    ]


def test_it_names_each_of_the_counterparts_listed_by_adjective_or_by_state():
    gazetteer = Gazetteer(
        [
            *person("walid-al-muallem", "وليد المعلم"),
            *place("saudi-arabia", "السعودية", subkind="country"),
            *place("egypt", "مصر", subkind="country"),
            *place("iran", "إيران", subkind="country"),
        ],
        [
            RoleEntry(holder, "foreign-minister", state, since, None, ())
            for holder, state, since in (
                ("walid-al-muallem", "syria", date(2006, 2, 11)),
                ("adel-al-jubeir", "saudi-arabia", date(2015, 4, 29)),
                ("sameh-shoukry", "egypt", date(2014, 6, 17)),
                ("mohammad-javad-zarif", "iran", date(2013, 8, 15)),
            )
        ],
    )
    expected = ["adel-al-jubeir", "sameh-shoukry", "mohammad-javad-zarif"]
    for text in (
        "وأجرى وليد المعلم اتصالات مع نظرائه السعودي والمصري والإيراني.",
        "وأجرى وليد المعلم اتصالات مع نظرائه في السعودية ومصر وإيران.",
    ):
        found = [
            m.entity
            for m in link(text, gazetteer, on=date(2016, 5, 1)).matches
            if m.kind == PERSON and m.entity != "walid-al-muallem"
        ]
        assert found == expected, text
    # one counterpart: the adjectives joined on after him are not his
    text = "والتقى وليد المعلم نظيره السعودي والمصري."
    found = [m.entity for m in link(text, gazetteer, on=date(2016, 5, 1)).matches]
    assert "sameh-shoukry" not in found
    # one state after «في»: where they met, not whose counterparts they are
    text = "والتقى وليد المعلم نظراءه في مصر على هامش الاجتماعات."
    found = [m.entity for m in link(text, gazetteer, on=date(2016, 5, 1)).matches]
    assert "sameh-shoukry" not in found


def test_it_names_the_holders_of_plural_offices_past_a_group_a_loose_and_or_for_leaders():
    gazetteer = Gazetteer(
        [
            *place("russia", "روسيا", subkind="country"),
            *place("turkey", "تركيا", subkind="country"),
            *place("iran", "إيران", subkind="country"),
            *place("germany", "ألمانيا", subkind="country"),
        ],
        [
            RoleEntry(holder, role, state, since, None, ())
            for holder, role, state, since in (
                ("sergey-lavrov", "foreign-minister", "russia", date(2004, 3, 9)),
                ("mevlut-cavusoglu", "foreign-minister", "turkey", date(2015, 11, 24)),
                ("mohammad-javad-zarif", "foreign-minister", "iran", date(2013, 8, 15)),
                ("vladimir-putin", "head-of-state", "russia", date(2012, 5, 7)),
                ("recep-tayyip-erdogan", "head-of-state", "turkey", date(2014, 8, 28)),
                ("hassan-rouhani", "head-of-state", "iran", date(2013, 8, 3)),
                ("frank-walter-steinmeier", "head-of-state", "germany", date(2017, 3, 19)),
                ("angela-merkel", "head-of-government", "germany", date(2005, 11, 22)),
            )
        ],
    )

    def people(text):
        result = link(text, gazetteer, on=date(2018, 9, 7))
        return [(m.entity, m.surface, m.prefix) for m in result.matches if m.kind == PERSON]

    ministers = ["sergey-lavrov", "mevlut-cavusoglu", "mohammad-javad-zarif"]
    # «و» standing apart from the state it joins on
    found = people("التقى وزراء خارجية روسيا و تركيا و إيران في موسكو.")
    assert [entity for entity, *_ in found] == ministers
    assert found[1][1:] == ("تركيا", "")
    # past the group the states form, to the states that name it
    for text in (
        "اجتمع وزراء خارجية الدول الثلاث روسيا وتركيا وإيران في موسكو.",
        "اجتمع وزراء خارجية الدول الضامنة لمسار أستانا، روسيا وتركيا وإيران في موسكو.",
        "اجتمع وزراء خارجية الدول الضامنة، وهي روسيا وتركيا وإيران في موسكو.",
    ):
        assert [entity for entity, *_ in people(text)] == ministers, text
    # leaders: the head of state, or of government where he leads the state
    text = "اجتمع زعماء روسيا وتركيا وإيران في طهران."
    assert [entity for entity, *_ in people(text)] == [
        "vladimir-putin",
        "recep-tayyip-erdogan",
        "hassan-rouhani",
    ]
    text = "وناقش قادة روسيا وتركيا وألمانيا الوضع في إدلب."
    assert [entity for entity, *_ in people(text)] == [
        "vladimir-putin",
        "recep-tayyip-erdogan",
        "angela-merkel",
    ]
    # a group no state names stays unresolved; so does a list after another group
    assert people("اجتمع وزراء خارجية الدول العربية في القاهرة.") == []
    assert people("اجتمع وزراء خارجية الدول الأوروبية وروسيا في فيينا.") == []


MINISTER = "وزير الخارجية"


def test_it_gives_the_counterpart_of_an_office_named_before_that_office_and_its_proclitic():
    gazetteer = Gazetteer(
        [
            *place("russia", "روسيا", subkind="country"),
            *place("turkey", "تركيا", subkind="country"),
        ],
        [
            RoleEntry(holder, role, state, since, None, (f"{title} {adjective}",))
            for holder, role, state, since, title, adjective in (
                ("vladimir-putin", "head-of-state", "russia", date(2012, 5, 7), "الرئيس", "الروسي"),
                ("recep-tayyip-erdogan", "head-of-state", "turkey", date(2014, 8, 28), "الرئيس",
                 "التركي"),
                ("sergey-lavrov", "foreign-minister", "russia", date(2004, 3, 9), MINISTER,
                 "الروسي"),
                ("mevlut-cavusoglu", "foreign-minister", "turkey", date(2015, 11, 24), MINISTER,
                 "التركي"),
            )
        ],
    )  # fmt: skip
    text = "أجرى الرئيس الروسي اتصالا هاتفيا بنظيره التركي."
    found = [
        (m.entity, m.surface, m.prefix)
        for m in link(text, gazetteer, on=date(2019, 4, 25)).matches
        if m.kind == PERSON
    ]
    assert found == [
        ("vladimir-putin", "الرئيس الروسي", ""),
        ("recep-tayyip-erdogan", "بنظيره التركي", "ب"),
    ]
    text = "وأجرى الرئيس الروسي اتصالا هاتفيا بوزير الخارجية التركي."
    found = [
        (m.entity, m.prefix)
        for m in link(text, gazetteer, on=date(2019, 4, 25)).matches
        if m.kind == PERSON
    ]
    assert found[-1] == ("mevlut-cavusoglu", "ب")


def _phrased_roles(*rows) -> list[RoleEntry]:
    """(holder, kind, state, role phrase) rows: offices held since 2014, one phrase each."""
    return [
        RoleEntry(holder, role, state, date(2014, 1, 1), None, (phrase,))
        for holder, role, state, phrase in rows
    ]


def test_it_gives_a_counterpart_the_office_of_whom_its_sentence_names_first():
    gazetteer = Gazetteer(
        [*place("jordan", "الأردن", subkind="country")],
        _phrased_roles(
            ("sergey-lavrov", "foreign-minister", "russia", "وزير الخارجية الروسي"),
            ("mahmoud-abbas", "head-of-state", "palestine", "الرئيس الفلسطيني"),
            ("ayman-safadi", "foreign-minister", "jordan", "وزير الخارجية الأردني"),
            ("king-abdullah-ii", "head-of-state", "jordan", "العاهل الأردني"),
            ("recep-tayyip-erdogan", "head-of-state", "turkey", "الرئيس التركي"),
            ("mevlut-cavusoglu", "foreign-minister", "turkey", "وزير الخارجية التركي"),
        ),
    )

    def counterpart(text):
        matches = link(text, gazetteer, on=date(2018, 9, 15)).matches
        people = [m for m in matches if m.kind == PERSON]
        return [m.entity for m in people if m.surface.endswith(("الأردني", "التركي"))][-1]

    text = "استقبل وزير الخارجية الروسي الرئيس الفلسطيني، ثم التقى نظيره الأردني."
    assert counterpart(text) == "ayman-safadi"
    # the person named last before it in its sentence, whatever order the linker found them in
    text = "التقى الرئيس الفلسطيني في موسكو. واتصل وزير الخارجية الروسي بنظيره الأردني."
    assert counterpart(text) == "ayman-safadi"
    # not an office of the counterpart's own state
    text = "وصل وزير الخارجية الروسي إلى أنقرة حيث التقى الرئيس التركي ونظيره التركي."
    assert counterpart(text) == "mevlut-cavusoglu"


def test_it_takes_the_person_named_last_whatever_order_the_linker_found_names_in():
    gazetteer = Gazetteer(
        [
            *place("iran", "إيران", subkind="country"),
            *person("sergey-lavrov", "سيرغي لافروف"),
            *person("bashar-al-assad", "بشار الأسد"),
        ],
        _phrased_roles(
            ("sergey-lavrov", "foreign-minister", "russia", "وزير الخارجية الروسي"),
            ("bashar-al-assad", "head-of-state", "syria", "الرئيس السوري"),
            ("hassan-rouhani", "head-of-state", "iran", "الرئيس الإيراني"),
            ("mohammad-javad-zarif", "foreign-minister", "iran", "وزير الخارجية الإيراني"),
        ),
    )
    # «لافزوف» is found one letter from the alias, after the exact names
    text = (
        "التقى وزير الخارجية الروسي سيرغي لافزوف في موسكو. "
        "واتصل الرئيس السوري بشار الأسد بنظيره الإيراني."
    )
    found = [m.entity for m in link(text, gazetteer, on=date(2018, 9, 15)).matches]
    assert "hassan-rouhani" in found and "mohammad-javad-zarif" not in found
