"""One article's analysis (articles.text.analysis): the roles a title gives a named person
bound the publication date. Pure functions, no database; a small gazetteer built here."""

from datetime import date

from articles.text.analysis import analyse
from articles.text.linking import AliasEntry, Gazetteer, RoleEntry
from articles.text.mentions import ORGANIZATION, PERSON, PLACE

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


def window_with(text, names: dict[str, str], roles: list[RoleEntry]):
    """The publication window of `text` under a gazetteer of these people (slug → name)."""
    gazetteer = Gazetteer([AliasEntry(slug, PERSON, name) for slug, name in names.items()], roles)
    published = analyse(text, gazetteer).published
    return published.earliest, published.latest


def test_it_dates_an_article_by_the_office_its_title_gives_a_person():
    assert window("وقال وزير الخارجية فيصل المقداد إن") == (date(2020, 11, 22), None)


def test_it_gives_a_deputys_office_to_the_person_after_naib():
    text = "غادر الفندق برفقة نائب وزير الخارجية فيصل مقداد"
    assert window(text) == (date(2006, 2, 1), date(2020, 11, 22))


def test_it_reads_mawfid_as_an_envoys_title():
    text = "التقى الموفد الدولي الأخضر الإبراهيمي الرئيس في دمشق"
    assert window(text) == (date(2012, 8, 17), date(2014, 5, 31))


def test_it_dates_by_every_term_of_an_office_held_twice():
    phrase = ("وزير الخارجية التركي",)
    first = RoleEntry(
        "mevlut-cavusoglu",
        "foreign-minister",
        "turkey",
        date(2014, 8, 29),
        date(2015, 8, 28),
        phrase,
    )
    second = RoleEntry(
        "mevlut-cavusoglu",
        "foreign-minister",
        "turkey",
        date(2015, 11, 24),
        date(2023, 6, 4),
        phrase,
    )
    gazetteer = Gazetteer(
        [AliasEntry("mevlut-cavusoglu", PERSON, "مولود جاويش أوغلو")], [first, second]
    )
    text = "قال وزير الخارجية التركي مولود جاويش أوغلو يوم الثلاثاء 30 يناير 2018 إن الحوار مستمر."
    published = analyse(text, gazetteer).published
    assert published.earliest <= date(2018, 1, 30) <= published.latest
    assert published.best == date(2018, 1, 30)


def test_it_takes_no_date_from_an_office_held_before():
    annan_as_secretary_general = RoleEntry(
        "kofi-annan",
        "secretary-general",
        "united-nations",
        date(1997, 1, 1),
        date(2006, 12, 31),
        (),
    )
    text = "وقال كوفي عنان الأمين العام السابق للأمم المتحدة إن الحل سياسي."
    names = {"kofi-annan": "كوفي عنان"}
    assert window_with(text, names, [annan_as_secretary_general]) == (None, None)


def test_it_trusts_the_role_phrase_beside_a_name_over_a_title_nearby():
    president = RoleEntry(
        "dmitry-medvedev",
        "head-of-state",
        "russia",
        date(2008, 5, 7),
        date(2012, 5, 7),
        ("الرئيس الروسي",),
    )
    prime_minister = RoleEntry(
        "dmitry-medvedev", "head-of-government", "russia", date(2012, 5, 8), date(2020, 1, 15), ()
    )
    text = "بحث رئيس الوزراء التركي مع الرئيس الروسي ديمتري مدفيديف الأزمة."
    names = {"dmitry-medvedev": "ديمتري مدفيديف"}
    assert window_with(text, names, [president, prime_minister]) == (
        date(2008, 5, 7),
        date(2012, 5, 7),
    )


def test_it_reads_wasit_as_an_envoys_title_but_not_for_the_one_succeeded():
    assert window("التقى الوسيط الدولي الأخضر الإبراهيمي الرئيس في دمشق") == (
        date(2012, 8, 17),
        date(2014, 5, 31),
    )
    text = "عين بان كي مون ستافان دي ميستورا وسيطا دوليا جديدا خلفا للأخضر الإبراهيمي."
    assert window(text) == (None, None)


def test_it_takes_no_date_from_an_office_given_up():
    text = "وقال المبعوث بعد استقالة الأخضر الإبراهيمي إن الحل سياسي."
    assert window(text) == (None, None)


def test_it_gives_a_title_to_the_name_it_stands_before_not_the_next_one():
    president = RoleEntry(
        "bashar-al-assad", "head-of-state", "syria", date(2000, 7, 17), date(2024, 12, 8), ()
    )
    crown_prince = RoleEntry("mbz", "head-of-state", "uae", date(2022, 5, 14), None, ())
    names = {"bashar-al-assad": "بشار الأسد", "mbz": "محمد بن زايد"}
    text = "وأجرى الرئيس السوري بشار الأسد اتصالا بالشيخ محمد بن زايد."
    assert window_with(text, names, [president, crown_prince]) == (
        date(2000, 7, 17),
        date(2024, 12, 8),
    )


def test_it_reads_a_surname_joined_to_an_adjective_as_an_adjective():
    text = "التقى نبيل العربي المبعوث الأممي والعربي المشترك الأخضر الإبراهيمي في القاهرة"
    gazetteer = Gazetteer(
        [
            AliasEntry("nabil-elaraby", PERSON, "نبيل العربي"),
            AliasEntry("nabil-elaraby", PERSON, "العربي", ambiguous=True),
            AliasEntry("lakhdar-brahimi", PERSON, "الأخضر الإبراهيمي"),
        ],
        [BRAHIMI_AS_ENVOY],
    )
    analysis = analyse(text, gazetteer)
    assert [m.surface for m in analysis.matches if m.entity == "nabil-elaraby"] == ["نبيل العربي"]
    assert (analysis.published.earliest, analysis.published.latest) == (
        date(2012, 8, 17),
        date(2014, 5, 31),
    )


def test_it_dates_an_article_no_earlier_than_the_bodies_and_resolutions_it_names():
    aliases = [
        AliasEntry("faisal-mekdad", PERSON, "فيصل المقداد"),
        AliasEntry("constitutional-committee", ORGANIZATION, "اللجنة الدستورية"),
    ]
    known_from = {"constitutional-committee": date(2018, 1, 30)}
    gazetteer = Gazetteer(aliases, [MEKDAD_AS_DEPUTY], known_from=known_from)
    text = "وبحث نائب وزير الخارجية فيصل المقداد عمل اللجنة الدستورية."
    published = analyse(text, gazetteer).published
    assert (published.earliest, published.latest) == (date(2018, 1, 30), date(2020, 11, 22))
    assert any("2018-01-30" in line for line in published.evidence)
    # Not named, no bound: the office alone dates it.
    published = analyse("وقال نائب وزير الخارجية فيصل المقداد إن", gazetteer).published
    assert published.earliest == date(2006, 2, 1)


def test_it_trusts_a_full_date_in_the_text_over_when_a_name_came_into_use():
    aliases = [AliasEntry("national-coalition", ORGANIZATION, "الائتلاف الوطني")]
    gazetteer = Gazetteer(aliases, [], known_from={"national-coalition": date(2012, 11, 11)})
    # the article is within LOOKBACK_DAYS of the date it reports, and so before 2012-11-11
    text = "وأعلن الائتلاف الوطني يوم 20 حزيران 2010 عن تأسيسه في بروكسل."
    published = analyse(text, gazetteer).published
    assert published.earliest <= date(2010, 6, 20) <= published.latest
    assert any("ignored" in line and "2012-11-11" in line for line in published.evidence)


def test_it_takes_no_head_whose_envoy_acts_for_a_participant():
    putin = RoleEntry("vladimir-putin", "head-of-state", "russia", date(2012, 5, 7), None, ())
    lavrentiev = RoleEntry("alexander-lavrentiev", "envoy", "russia", date(2017, 1, 1), None, ())
    gazetteer = Gazetteer(
        [
            AliasEntry("vladimir-putin", PERSON, "فلاديمير بوتين"),
            AliasEntry("alexander-lavrentiev", PERSON, "ألكسندر لافرنتييف"),
            AliasEntry("bashar-al-assad", PERSON, "بشار الأسد"),
        ],
        [putin, lavrentiev],
    )
    text = "والتقى مبعوث الرئيس الروسي فلاديمير بوتين، ألكسندر لافرنتييف، ببشار الأسد."
    analysis = analyse(text, gazetteer)
    [event] = [d.event for d in analysis.events if d.event.kind == "meeting"]
    assert event.participants == ("alexander-lavrentiev", "bashar-al-assad")
    assert "vladimir-putin" in {m.entity for m in analysis.matches}  # still named
    # a name after the same title that holds no head's office is the envoy himself
    text = "والتقى مبعوث الرئيس الروسي ألكسندر لافرنتييف بشار الأسد."
    [event] = [d.event for d in analyse(text, gazetteer).events if d.event.kind == "meeting"]
    assert event.participants == ("alexander-lavrentiev", "bashar-al-assad")


def test_it_takes_no_part_from_a_head_named_as_whose_minister_someone_is():
    assad = RoleEntry("bashar-al-assad", "head-of-state", "syria", date(2000, 7, 17), None, ())
    gazetteer = Gazetteer(
        [
            AliasEntry("bashar-al-assad", PERSON, "الأسد"),
            AliasEntry("faisal-mekdad", PERSON, "فيصل المقداد"),
            AliasEntry("ayman-safadi", PERSON, "أيمن الصفدي"),
        ],
        [assad],
    )
    text = "والتقى وزير خارجية الأسد فيصل المقداد بأيمن الصفدي في عمان."
    [event] = [d.event for d in analyse(text, gazetteer).events if d.event.kind == "meeting"]
    assert event.participants == ("ayman-safadi", "faisal-mekdad")


def test_it_gives_the_city_a_headline_puts_someone_in_to_his_placeless_meeting():
    gazetteer_aliases = [
        AliasEntry("geir-pedersen", PERSON, "غير بيدرسون"),
        AliasEntry("bassam-sabbagh", PERSON, "بسام صباغ"),
        AliasEntry("damascus", PLACE, "دمشق"),
        AliasEntry("syria", PLACE, "سوريا"),
    ]
    gazetteer = Gazetteer(gazetteer_aliases, [], countries={"damascus": "syria"})
    body = "التقى وزير الخارجية بسام صباغ الأمس المبعوث الأممي غير بيدرسون."

    def places(headline):
        found = analyse(body, gazetteer, headline=headline).events
        return {d.event.place for d in found if d.event.kind == "meeting"}

    assert places("غير بيدرسون في دمشق للتركيز على إبعاد سوريا عن الصراعات") == {"damascus"}
    assert places("غير بيدرسون: على سوريا الابتعاد عن الصراعات") == {None}  # a country: a topic
    assert places("صحف دمشق تتحدث عن جولة جديدة") == {None}  # no one named there
    # a dateline naming an area too wide to hold a meeting gives it no place
    wide = Gazetteer(
        [*gazetteer_aliases, AliasEntry("europe", PLACE, "أوروبا", subkind="area")],
        [],
        countries={"damascus": "syria"},
    )
    found = analyse(body, wide, dateline="أوروبا").events
    assert {d.event.place for d in found if d.event.kind == "meeting"} == {None}


def test_it_reads_a_headline_that_opens_on_someone_in_a_place_as_his_visit():
    gazetteer = Gazetteer(
        [
            AliasEntry("geir-pedersen", PERSON, "غير بيدرسون"),
            AliasEntry("bassam-sabbagh", PERSON, "بسام صباغ"),
            AliasEntry("damascus", PLACE, "دمشق"),
            AliasEntry("syria", PLACE, "سوريا", subkind="country"),
        ],
        [RoleEntry("bassam-sabbagh", "foreign-minister", "syria", date(2023, 1, 1), None, ())],
        countries={"damascus": "syria"},
    )
    body = "التقى وزير الخارجية بسام صباغ الأمس المبعوث الأممي غير بيدرسون."

    def visits(headline):
        found = analyse(body, gazetteer, headline=headline).events
        return {(d.event.participants, d.event.place) for d in found if d.event.kind == "visit"}

    assert visits("غير بيدرسون في دمشق لبحث التسوية") == {(("geir-pedersen",), "damascus")}
    assert visits("بسام صباغ في دمشق: لا حل عسكريا") == set()  # at home
    assert visits("غير بيدرسون يلتقي صباغ في دمشق") == set()  # what he does there, not a trip
    assert visits("غير بيدرسون بدمشق لبحث التسوية") == {(("geir-pedersen",), "damascus")}


def test_it_takes_no_bound_from_an_office_named_at_its_holders_death():
    commander = RoleEntry(
        "qassem-soleimani",
        "official",
        "iran",
        date(1998, 1, 1),
        date(2020, 1, 3),
        ("قائد فيلق القدس",),
    )
    names = {"qassem-soleimani": "قاسم سليماني"}
    alive = "والتقى قائد فيلق القدس قاسم سليماني بالرئيس."
    assert window_with(alive, names, [commander]) == (date(1998, 1, 1), date(2020, 1, 3))
    for text in (
        "وذلك منذ مقتل قائد فيلق القدس قاسم سليماني بضربة جوية أميركية.",
        "بعد اغتيال الجنرال قاسم سليماني.",
    ):
        assert window_with(text, names, [commander]) == (None, None)


def test_it_takes_no_bound_from_the_office_of_an_ousted_holder():
    president = RoleEntry(
        "omar-al-bashir", "head-of-state", "sudan", date(1993, 10, 16), date(2019, 4, 11), ()
    )
    names = {"omar-al-bashir": "عمر البشير"}
    text = "وقال الرئيس السوداني عمر البشير إن بلاده تدعم الحل."
    assert window_with(text, names, [president]) == (date(1993, 10, 16), date(2019, 4, 11))
    for ousted in ("المعزول", "المخلوع"):
        text = f"وتأتي الزيارة عقب زيارة الرئيس السوداني {ousted} عمر البشير لدمشق."
        assert window_with(text, names, [president]) == (None, None)


def test_it_takes_no_part_from_an_office_named_as_whose_aide_someone_is():
    zarif = RoleEntry(
        "mohammad-javad-zarif", "foreign-minister", "iran", date(2013, 8, 15), date(2021, 8, 25),
        ("وزير الخارجية الإيراني",),
    )  # fmt: skip
    gazetteer = Gazetteer(
        [
            AliasEntry("staffan-de-mistura", PERSON, "دي ميستورا"),
            AliasEntry("hossein-amir-abdollahian", PERSON, "حسين أمير عبد اللهيان"),
            AliasEntry("mohammad-javad-zarif", PERSON, "محمد جواد ظريف"),
        ],
        [zarif],
    )
    text = (
        "الأحد 31 يوليو 2016\nوكان دي ميستورا قد زار طهران وأجرى محادثات مع المساعد السابق "
        "لوزير الخارجية الإيراني للشؤون العربية والافريقية حسين أمير عبد اللهيان."
    )
    analysis = analyse(text, gazetteer)
    assert "mohammad-javad-zarif" in {m.entity for m in analysis.matches}  # still named
    [event] = [d.event for d in analysis.events if d.event.kind == "meeting"]
    assert event.participants == ("hossein-amir-abdollahian", "staffan-de-mistura")
    # the minister himself, named by his office, still takes part
    text = (
        "الأحد 31 يوليو 2016\nوكان دي ميستورا قد زار طهران وأجرى محادثات مع وزير الخارجية الإيراني."
    )
    [event] = [d.event for d in analyse(text, gazetteer).events if d.event.kind == "meeting"]
    assert event.participants == ("mohammad-javad-zarif", "staffan-de-mistura")


STATES = [
    AliasEntry("sergey-lavrov", PERSON, "سيرغي لافروف"),
    AliasEntry("sergey-lavrov", PERSON, "لافروف"),
    AliasEntry("walid-al-muallem", PERSON, "وليد المعلم"),
    AliasEntry("bashar-al-assad", PERSON, "الأسد"),
    AliasEntry("elmar-mammadyarov", PERSON, "إلمار محمدياروف"),
    AliasEntry("azerbaijan", PLACE, "أذربيجان", subkind="country"),
    AliasEntry("russia", PLACE, "روسيا", subkind="country"),
    AliasEntry("baku", PLACE, "باكو"),
    AliasEntry("damascus", PLACE, "دمشق"),
]
LAVROV = RoleEntry(
    "sergey-lavrov", "foreign-minister", "russia", date(2004, 3, 9), None, ("وزير الخارجية الروسي",)
)
ASSAD = RoleEntry("bashar-al-assad", "head-of-state", "syria", date(2000, 7, 17), None, ())


def meetings(text: str, roles=(LAVROV, ASSAD)) -> list[tuple[str, ...]]:
    analysis = analyse(text, Gazetteer(STATES, list(roles), countries={"baku": "azerbaijan"}))
    return [d.event.participants for d in analysis.events if d.event.kind == "meeting"]


def test_it_lets_a_state_stand_in_events_for_its_official_the_text_does_not_name():
    text = "وقال لافروف، عقب مباحثاته مع نظيره الأذربيجاني في باكو، إن الحل سياسي."
    assert meetings(text) == [("azerbaijan", "sergey-lavrov")]
    assert meetings("التقى وليد المعلم اليوم سفير أذربيجان في دمشق.") == [
        ("azerbaijan", "walid-al-muallem")
    ]
    # a stand-in in events, not a mention of the state
    analysis = analyse(text, Gazetteer(STATES, [LAVROV]))
    assert "azerbaijan" not in {m.entity for m in analysis.matches}


def test_it_lets_no_state_stand_for_an_official_named_beside_his_title():
    text = "التقى وليد المعلم وزير الخارجية الأذربيجاني إلمار محمدياروف في دمشق."
    assert meetings(text) == [("elmar-mammadyarov", "walid-al-muallem")]
    # the name before the title is the official's when he served that state
    text = "وقال سيرغي لافروف وزير الخارجية الروسي، عقب مباحثاته مع وليد المعلم، إن الحل سياسي."
    assert meetings(text, roles=()) == [("sergey-lavrov", "walid-al-muallem")]


def test_it_resolves_an_office_after_a_name_that_holds_none_like_it():
    text = "دمشق في 3 أيار 2016: استقبل الأسد وزير الخارجية الروسي في دمشق."
    assert meetings(text) == [("bashar-al-assad", "sergey-lavrov")]


def test_it_lets_no_state_stand_for_an_official_it_names_but_the_gazetteer_lacks():
    text = "استقبل سيرغي لافروف السفير الأذربيجاني لدى روسيا في موسكو."
    assert meetings(text) == [("azerbaijan", "sergey-lavrov")]
    text = "استقبل سيرغي لافروف السفير الأذربيجاني لدى روسيا بولاد بلبل أوغلو في موسكو."
    assert meetings(text) == []


def test_it_reads_an_office_standing_for_its_state_at_the_very_end_of_a_text():
    assert meetings("والتقى سيرغي لافروف نظيره الأذربيجاني") == [("azerbaijan", "sergey-lavrov")]


def test_it_reads_an_office_told_again_as_the_one_the_text_titled_so_before():
    jeffrey = RoleEntry(
        "james-jeffrey", "envoy", "united-states", date(2018, 8, 17), date(2020, 11, 30), ()
    )
    aliases = [
        *STATES,
        AliasEntry("james-jeffrey", PERSON, "جيمس جيفري"),
        AliasEntry("nechirvan-barzani", PERSON, "نيجيرفان بارزاني"),
        AliasEntry("united-states", PLACE, "الولايات المتحدة", subkind="country"),
        AliasEntry("erbil", PLACE, "أربيل"),
    ]
    gazetteer = Gazetteer(aliases, [jeffrey])

    def events(text):
        found = analyse(text, gazetteer).events
        return [(d.event.kind, d.event.participants, d.event.place) for d in found]

    said = "قال المبعوث الأمريكي جيمس جيفري إن الحل سياسي. "
    text = said + "واتجه المبعوث الأمريكي بعدها إلى أربيل، حيث اجتمع بنيجيرفان بارزاني."
    assert events(text)[1:] == [
        ("visit", ("james-jeffrey",), "erbil"),
        ("meeting", ("james-jeffrey", "nechirvan-barzani"), "erbil"),
    ]
    # his deputy is not he
    text = said + "واتجه مساعد المبعوث الأمريكي بعدها إلى أربيل."
    assert events(text)[1:] == []
    # a title no one was given before names no one, nor an office of another kind
    text = "قال جيمس جيفري إن الحل سياسي. واتجه المبعوث الأمريكي بعدها إلى أربيل."
    assert ("visit", ("james-jeffrey",), "erbil") not in events(text)
    text = said + "واتجه السفير الأمريكي بعدها إلى أربيل."
    assert ("visit", ("james-jeffrey",), "erbil") not in events(text)


HBJ_AS_MINISTER = RoleEntry(
    "hamad-bin-jassim", "foreign-minister", "qatar", date(1992, 1, 1), date(2013, 6, 26), ()
)
HBJ_AS_PRIME_MINISTER = RoleEntry(
    "hamad-bin-jassim", "head-of-government", "qatar", date(2007, 4, 3), date(2013, 6, 26), ()
)


def test_it_reads_a_ministers_title_after_his_name():
    text = "وبحث الرئيس مع فيصل المقداد نائب رئيس مجلس الوزراء وزير الخارجية العلاقات."
    assert window(text) == (date(2020, 11, 22), None)


def test_it_bounds_by_every_office_the_titles_give_one_person():
    names = {"hamad-bin-jassim": "حمد بن جاسم"}
    roles = [HBJ_AS_MINISTER, HBJ_AS_PRIME_MINISTER]
    for title in ("رئيس الوزراء وزير الخارجية", "رئيس مجلس الوزراء وزير الخارجية"):
        text = f"وقال {title} القطري حمد بن جاسم إن"
        assert window_with(text, names, roles) == (date(2007, 4, 3), date(2013, 6, 26))
    text = "وقال رئيس الحكومة القطرية حمد بن جاسم إن"
    assert window_with(text, names, [HBJ_AS_PRIME_MINISTER]) == (
        date(2007, 4, 3),
        date(2013, 6, 26),
    )


def test_it_takes_no_bound_from_the_office_of_a_defector():
    hijab = RoleEntry(
        "riyad-hijab", "head-of-government", "syria", date(2012, 6, 23), date(2012, 8, 6), ()
    )
    text = "والتقى الخطيب ورئيس الحكومة المنشق رياض حجاب في القاهرة."
    assert window_with(text, {"riyad-hijab": "رياض حجاب"}, [hijab]) == (None, None)


def test_it_bounds_a_prime_minister_by_that_office_alone():
    names = {"dmitry-medvedev": "ميدفيديف"}
    roles = [
        RoleEntry(
            "dmitry-medvedev", "head-of-state", "russia", date(2008, 5, 7), date(2012, 5, 7), ()
        ),
        RoleEntry(
            "dmitry-medvedev",
            "head-of-government",
            "russia",
            date(2012, 5, 8),
            date(2020, 1, 16),
            (),
        ),
    ]
    text = "التقى المعلم رئيس الوزراء ميدفيديف في موسكو."
    assert window_with(text, names, roles) == (date(2012, 5, 8), date(2020, 1, 16))


def test_it_meets_each_side_of_a_dual_counterpart_on_the_date_given():
    cavusoglu = RoleEntry(
        "mevlut-cavusoglu", "foreign-minister", "turkey", date(2015, 11, 24), None, ()
    )
    zarif = RoleEntry(
        "mohammad-javad-zarif", "foreign-minister", "iran", date(2013, 8, 15), date(2021, 8, 25), ()
    )
    gazetteer = Gazetteer(
        STATES + [AliasEntry("moscow", PLACE, "موسكو")], [LAVROV, cavusoglu, zarif]
    )
    text = "اجتمع سيرغي لافروف مع نظيريه التركي والإيراني في موسكو يوم 20 ديسمبر 2016."
    analysis = analyse(text, gazetteer)
    [dated] = [d for d in analysis.events if d.event.kind == "meeting"]
    assert dated.event.participants == ("mevlut-cavusoglu", "mohammad-javad-zarif", "sergey-lavrov")
    assert (dated.event.place, dated.date.earliest) == ("moscow", date(2016, 12, 20))


def test_it_gives_a_gathering_of_ministers_in_the_plural_their_names_where_the_date_does():
    roles = [
        LAVROV,
        RoleEntry("ayman-safadi", "foreign-minister", "jordan", date(2017, 1, 15), None, ()),
        RoleEntry("tillerson", "foreign-minister", "usa", date(2017, 2, 1), date(2018, 3, 31), ()),
        RoleEntry("pompeo", "foreign-minister", "usa", date(2018, 4, 26), date(2021, 1, 20), ()),
    ]
    aliases = STATES + [
        AliasEntry("jordan", PLACE, "الأردن", subkind="country"),
        AliasEntry("usa", PLACE, "أمريكا", subkind="country"),
    ]
    gazetteer = Gazetteer(aliases, roles)
    text = "الأحد 3 مارس 2019\nوعقد وزراء خارجية روسيا والأردن وأمريكا اجتماعا في باكو."
    [event] = [d.event for d in analyse(text, gazetteer).events]
    assert event.participants == ("ayman-safadi", "pompeo", "sergey-lavrov")
    # a state whose office two people held within the article's possible dates stays the state
    text = "وعقد وزراء خارجية روسيا والأردن وأمريكا اجتماعا في باكو عام 2018."
    [event] = [d.event for d in analyse(text, gazetteer).events]
    assert event.participants == ("ayman-safadi", "sergey-lavrov", "usa")
    # and between two others: the one «و» joins on after it is another party, not its holder
    text = "وعقد وزراء خارجية روسيا وأمريكا والأردن اجتماعا في باكو عام 2018."
    [event] = [d.event for d in analyse(text, gazetteer).events]
    assert event.participants == ("ayman-safadi", "sergey-lavrov", "usa")


def test_it_lets_the_state_stand_for_a_counterpart_two_people_may_be():
    roles = [
        LAVROV,
        RoleEntry("mekdad", "foreign-minister", "syria", date(2020, 11, 22), date(2024, 9, 23), ()),
        RoleEntry("sabbagh", "foreign-minister", "syria", date(2024, 9, 23), None, ()),
    ]  # fmt: skip
    aliases = STATES + [AliasEntry("syria", PLACE, "سوريا", subkind="country")]
    text = "التقى وزير الخارجية الروسي نظيره السوري في موسكو عام 2024."
    analysis = analyse(text, Gazetteer(aliases, roles))
    [event] = [d.event for d in analysis.events]
    assert event.participants == ("sergey-lavrov", "syria")
    assert "syria" not in {m.entity for m in analysis.matches}  # in the events only
    text = "الثلاثاء 3 مايو 2022\nالتقى سيرغي لافروف نظيره السوري في موسكو."
    [event] = [d.event for d in analyse(text, Gazetteer(aliases, roles)).events]
    assert event.participants == ("mekdad", "sergey-lavrov")


def test_it_reads_a_meeting_a_future_verb_will_hold_on_a_day_as_planned():
    gazetteer = Gazetteer(
        [
            AliasEntry("vladimir-putin", PERSON, "فلاديمير بوتين"),
            AliasEntry("hassan-rouhani", PERSON, "حسن روحاني"),
        ],
        [],
    )
    text = (
        "وأعلن الكرملين أن فلاديمير بوتين سيبحث يوم 14 شباط/فبراير خلال اللقاء مع حسن روحاني الوضع."
    )
    [event] = [d.event for d in analyse(text, gazetteer).events]
    assert (event.status, event.participants) == ("planned", ("hassan-rouhani", "vladimir-putin"))


def test_it_lets_each_side_of_an_undated_dual_counterpart_stand_in_as_its_state():
    text = "وبحث سيرغي لافروف مع نظيريه التركي والإيراني الوضع."
    roles = [
        LAVROV,
        RoleEntry("cavusoglu", "foreign-minister", "turkey", date(2015, 11, 24), None, ()),
        RoleEntry("fidan", "foreign-minister", "turkey", date(2023, 6, 4), None, ()),
        RoleEntry("zarif", "foreign-minister", "iran", date(2013, 8, 15), date(2021, 8, 25), ()),
        RoleEntry("araghchi", "foreign-minister", "iran", date(2024, 8, 21), None, ()),
    ]
    aliases = STATES + [
        AliasEntry("turkey", PLACE, "تركيا", subkind="country"),
        AliasEntry("iran", PLACE, "إيران", subkind="country"),
    ]
    [event] = [d.event for d in analyse(text, Gazetteer(aliases, roles)).events]
    assert event.participants == ("iran", "sergey-lavrov", "turkey")
