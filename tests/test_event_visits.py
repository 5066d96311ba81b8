"""Visits (articles.text.event_visits and the article-wide steps on trips): who travels
where, by verb, noun, tour or landing; lists of destinations; one trip told by its country
and by its city. Short sentences written for each rule; pure functions, no database."""

from articles.text.dates import find_dates
from articles.text.events import extract_events
from articles.text.mentions import ORGANIZATION, PLACE
from tests.event_builders import (
    ADJECTIVE,
    ASSAD,
    GENEVA,
    KERRY,
    MUALLEM,
    PEDERSEN,
    ZARIF,
    events_of,
    meetings,
    mentions,
    only_event,
    person,
)


def test_it_reads_a_visit_with_one_person():
    text = "وصل وزير الخارجية الإيراني محمد جواد ظريف إلى دمشق اليوم في زيارة رسمية."
    event = only_event(text, [ZARIF, ("دمشق", "damascus", PLACE)], ["اليوم"])
    assert (event.kind, event.participants, event.place) == (
        "visit",
        ("mohammad-javad-zarif",),
        "damascus",
    )


def test_it_tells_one_trip_by_its_city_when_the_sentence_also_names_the_country():
    brahimi = person("الأخضر الإبراهيمي", "lakhdar-brahimi")
    places = [("دمشق", "damascus", PLACE), ("سوريا", "syria", PLACE)]
    text = "وصل الأخضر الإبراهيمي إلى دمشق أمس في زيارته الثانية إلى سوريا."
    visits = events_of(text, [brahimi, *places], countries={"damascus": "syria"})
    assert [(e.kind, e.place) for e in visits] == [("visit", "damascus")]


def test_it_reads_travel_and_departure_to_a_place_and_visitors_joined_by_wa():
    text = "وكان جون كيري سوف يسافر، الأحد، إلى مدينة جنيف السويسرية."
    assert (only_event(text, [KERRY, GENEVA]).kind, only_event(text, [KERRY, GENEVA]).place) == (
        "visit",
        "geneva",
    )
    davutoglu = person("أحمد داود أوغلو", "ahmet-davutoglu")
    places = [("أنقرة", "ankara", PLACE), ("واشنطن", "washington", PLACE)]
    text = "غادر أحمد داود أوغلو أنقرة إلى واشنطن في زيارة عمل."
    assert only_event(text, [davutoglu, *places]).place == "washington"
    assert events_of("غادر أحمد داود أوغلو أنقرة أمس.", [davutoglu, *places]) == []
    muallem = person("ووليد المعلم", "walid-al-muallem", "و")
    text = "ووصل محمد جواد ظريف ووليد المعلم معاً إلى موسكو."
    visit = only_event(text, [ZARIF, muallem, ("موسكو", "moscow", PLACE)])
    assert visit.participants == ("mohammad-javad-zarif", "walid-al-muallem")


def test_it_reaches_a_visits_place_over_a_long_date():
    wang_yi = person("وانغ يي", "wang-yi")
    text = "وصل وزير الخارجية الصيني وانغ يي، اليوم السبت 17 تموز/يوليو، إلى العاصمة السورية دمشق."
    assert only_event(text, [wang_yi, ("العاصمة السورية", "damascus", PLACE)]).place == "damascus"


def test_it_reads_moving_to_a_city_and_the_city_a_visit_names():
    brahimi = person("الأخضر الإبراهيمي", "lakhdar-brahimi")
    text = "وانتقل الأخضر الإبراهيمي إلى دمشق برا عبر لبنان."
    assert only_event(text, [brahimi, ("دمشق", "damascus", PLACE)]).place == "damascus"
    text = "وتأتي زيارة الأخضر الإبراهيمي دمشق بعد أيام من لقائه في القاهرة."
    visit = next(e for e in events_of(text, [brahimi, ("دمشق", "damascus", PLACE)]))
    assert (visit.kind, visit.place) == ("visit", "damascus")


def test_it_keeps_the_day_of_a_trip_told_by_its_country_on_the_city_report():
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    places = [("الرياض", "riyadh", PLACE), ("السعودية", "saudi-arabia", PLACE)]
    text = "ووصل فيصل المقداد لزيارة الرياض، ووصل المقداد في 12 نيسان إلى السعودية."
    visits = events_of(
        text,
        [mekdad, person("المقداد", "faisal-mekdad"), *places],
        ["12 نيسان"],
        countries={"riyadh": "saudi-arabia"},
    )
    assert [(e.place, e.date_text) for e in visits] == [("riyadh", "12 نيسان")]


def test_it_reads_a_city_receiving_someone_as_his_visit():
    muallem = person("وليد المعلم", "walid-al-muallem")
    text = "تستقبل موسكو غدا وزير الخارجية السوري وليد المعلم."
    event = only_event(text, [muallem, ("موسكو", "moscow", PLACE)])
    assert (event.kind, event.status, event.participants, event.place) == (
        "visit",
        "planned",
        ("walid-al-muallem",),
        "moscow",
    )


def test_it_reads_a_visit_whose_place_comes_before_the_visitor():
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    text = "وصل إلى الرياض وزير الخارجية السوري فيصل المقداد في أول زيارة منذ سنوات."
    event = only_event(text, [mekdad, ("الرياض", "riyadh", PLACE)])
    assert (event.kind, event.participants, event.place) == ("visit", ("faisal-mekdad",), "riyadh")


def test_it_gives_a_visit_noun_the_subject_of_its_support_verb():
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    text = "يبدأ غير بيدرسن غدا زيارة إلى دمشق يلتقي خلالها وزير الخارجية فيصل المقداد."
    found = meetings(events_of(text, [PEDERSEN, mekdad, ("دمشق", "damascus", PLACE)]))
    assert ("meeting", frozenset({"geir-pedersen", "faisal-mekdad"}), "damascus") in found
    # «زيارته»: whoever is named after the visit is not the visitor.
    text = "ويلتقي العربي خلال زيارته القصيرة لدمشق الرئيس بشار الأسد."
    events = events_of(text, [ASSAD, ("لدمشق", "damascus", PLACE, "ل")])
    assert ("visit", ("bashar-al-assad",)) not in {(e.kind, e.participants) for e in events}


def test_it_reads_a_visit_made_several_times():
    text = "وزار وليد المعلم عدة مرات سلطنة عمان."
    event = only_event(
        text, [person("وليد المعلم", "walid-al-muallem"), ("سلطنة عمان", "oman", PLACE)]
    )
    assert (event.kind, event.place) == ("visit", "oman")


def test_it_reaches_a_visits_place_over_a_date_written_in_numbers():
    mistura = person("ستيفان دي ميستورا", "staffan-de-mistura")
    text = (
        "وصل المبعوث الدولي ستيفان دي ميستورا اليوم الثلثاء (9 سبتمبر / أيلول 2014) "
        "إلى العاصمة السورية دمشق."
    )
    event = only_event(text, [mistura, ("العاصمة السورية دمشق", "damascus", PLACE)])
    assert (event.kind, event.place) == ("visit", "damascus")


def test_it_reads_a_visit_told_by_its_country_and_by_its_city_as_one_trip():
    text = (
        "وقال غير بيدرسن خلال زيارته إلى الرياض إن الحل سياسي. "
        "وتأتي زيارة غير بيدرسن إلى السعودية في إطار جولة إقليمية."
    )
    places = [("الرياض", "riyadh", PLACE), ("السعودية", "saudi-arabia", PLACE)]
    found = events_of(text, [PEDERSEN, *places], countries={"riyadh": "saudi-arabia"})
    assert [e.place for e in found if e.kind == "visit"] == ["riyadh"]
    text = "ووصل غير بيدرسن إلى سوريا أمس. وكان غير بيدرسن قد زار دمشق في 29 مايو الماضي."
    entries = [PEDERSEN, ("سوريا", "syria", PLACE), ("دمشق", "damascus", PLACE)]
    found = extract_events(
        text, mentions(text, entries), dates=find_dates(text), countries={"damascus": "syria"}
    )
    assert sorted(e.place for e in found if e.kind == "visit") == ["damascus", "syria"]


def test_it_reads_the_place_after_zar_as_visited_by_whom_the_sentence_names():
    annan = person("كوفي عنان", "kofi-annan")
    places = [("بكين", "beijing", PLACE), ("روسيا", "russia", PLACE)]
    found = events_of("وصل كوفي عنان إلى بكين بعد أن زار روسيا.", [annan, *places])
    assert {(e.participants, e.place) for e in found if e.kind == "visit"} == {
        (("kofi-annan",), "beijing"),
        (("kofi-annan",), "russia"),
    }
    text = "وشارك غير بيدرسن في وفد الأمم المتحدة، الذي زار دمشق والتقى الرئيس بشار الأسد."
    entries = [PEDERSEN, ASSAD, ("الأمم المتحدة", "united-nations", ORGANIZATION)]
    found = events_of(text, [*entries, ("دمشق", "damascus", PLACE)])
    assert {(e.kind, frozenset(e.participants), e.place) for e in found} >= {
        ("visit", frozenset({"geir-pedersen"}), "damascus"),
        ("meeting", frozenset({"geir-pedersen", "bashar-al-assad"}), "damascus"),
    }
    text = "وقال غير بيدرسن إن قادة المعارضة سيزورون الصين."
    assert not [
        e for e in events_of(text, [PEDERSEN, ("الصين", "china", PLACE)]) if e.kind == "visit"
    ]


def test_it_reads_a_visit_to_each_place_a_list_of_destinations_names():
    moscow, tehran = ("موسكو", "moscow", PLACE), ("طهران", "tehran", PLACE)
    text = "وكان غير بيدرسن قد زار موسكو وطهران الأسبوع الماضي."
    visits = events_of(text, [PEDERSEN, moscow, tehran, ("وطهران", "tehran", PLACE, "و")])
    assert {(e.kind, e.participants, e.place) for e in visits} == {
        ("visit", ("geir-pedersen",), "moscow"),
        ("visit", ("geir-pedersen",), "tehran"),
    }
    text = "وقال غير بيدرسن عقب زيارته إلى موسكو، وإلى العاصمة الإيرانية طهران، إن الحل سياسي."
    entries = [PEDERSEN, moscow, tehran, ("الإيرانية", "iran", ADJECTIVE)]
    visits = [e for e in events_of(text, entries) if e.kind == "visit"]
    assert {(e.participants, e.place) for e in visits} == {
        (("geir-pedersen",), "moscow"),
        (("geir-pedersen",), "tehran"),
    }


def test_it_does_not_read_a_new_clauses_subject_as_a_further_destination():
    syria = ("وسوريا", "syria", PLACE, "و")
    muallem = person("وليد المعلم", "walid-al-muallem")
    text = "وصل وليد المعلم إلى موسكو وسوريا تنتظر نتائج الزيارة."
    places = [e.place for e in events_of(text, [muallem, ("موسكو", "moscow", PLACE), syria])]
    assert places == ["moscow"]


def test_it_drops_a_states_trip_one_of_its_people_is_told_to_make_there():
    amir = person("حسين أمير عبد اللهيان", "hossein-amir-abdollahian")
    text = (
        "ووصل حسين أمير عبد اللهيان إلى دمشق اليوم. وتعتبر هذه الزيارة الخامسة للوزير "
        "الإيراني إلى سوريا."
    )
    entries = [amir, ("دمشق", "damascus", PLACE), ("سوريا", "syria", PLACE)]
    entries.append(("الإيراني", "iran", ADJECTIVE))
    visits = events_of(text, entries, countries={"damascus": "syria"})
    assert [(e.participants, e.place) for e in visits] == [
        (("hossein-amir-abdollahian",), "damascus")
    ]


def test_it_drops_a_bodys_trip_only_for_a_person_who_acts_for_its_state():
    text = (
        "وصل وفد الحكومة السورية إلى جنيف. ووصل أحمد الكزبري إلى جنيف، كما وصل ألكسندر "
        "لافرنتييف إلى جنيف."
    )
    delegation = ("وفد الحكومة السورية", "syrian-government-delegation", ORGANIZATION)
    kuzbari = person("أحمد الكزبري", "ahmad-kuzbari")
    lavrentiev = person("ألكسندر لافرنتييف", "alexander-lavrentiev")
    states_of = {
        "syrian-government-delegation": frozenset({"syria"}),
        "ahmad-kuzbari": frozenset({"syria"}),
        "alexander-lavrentiev": frozenset({"russia"}),
    }
    visits = events_of(text, [delegation, kuzbari, GENEVA], states_of=states_of)
    assert [e.participants for e in visits] == [("ahmad-kuzbari",)]
    text = text.replace("ووصل أحمد الكزبري إلى جنيف، كما", "كما")
    visits = events_of(text, [delegation, lavrentiev, GENEVA], states_of=states_of)
    assert [e.participants for e in visits] == [
        ("syrian-government-delegation",),
        ("alexander-lavrentiev",),
    ]


def test_it_reads_a_tour_begun_in_a_country_as_a_visit_but_not_a_round_of_talks():
    brahimi = person("الأخضر الإبراهيمي", "lakhdar-brahimi")
    saudi = ("السعودية", "saudi-arabia", PLACE)
    text = "وكان الأخضر الإبراهيمي بدأ جولة جديدة الأربعاء في السعودية."
    event = only_event(text, [brahimi, saudi], ["الأربعاء"])
    assert (event.kind, event.participants, event.place) == (
        "visit",
        ("lakhdar-brahimi",),
        "saudi-arabia",
    )
    text = "ويسعى الأخضر الإبراهيمي إلى عقد جولة جديدة في جنيف الشهر القادم."
    assert events_of(text, [brahimi, GENEVA]) == []
    text = "وبدأ الأخضر الإبراهيمي جولة جديدة من المحادثات في جنيف."
    assert [e.kind for e in events_of(text, [brahimi, GENEVA])] != ["visit"]


def test_it_reads_the_head_of_a_delegation_that_arrives_as_the_visitor():
    mistura = person("ستيفان دي ميستورا", "staffan-de-mistura")
    un = ("الأمم المتحدة", "united-nations", ORGANIZATION)
    text = "ووصل وفد الأمم المتحدة الذي يترأسه ستيفان دي ميستورا إلى سوتشي."
    event = only_event(text, [mistura, un, ("سوتشي", "sochi", PLACE)])
    assert (event.kind, event.participants, event.place) == (
        "visit",
        ("staffan-de-mistura",),
        "sochi",
    )


def test_it_reads_a_visit_noun_after_a_meeting_as_the_guests_trip_to_where_they_met():
    zarif = person("محمد جواد ظريف", "mohammad-javad-zarif")
    text = "استقبل بشار الأسد محمد جواد ظريف في دمشق، في زيارة تستمر يومين."
    visits = [
        e for e in events_of(text, [ASSAD, zarif, ("دمشق", "damascus", PLACE)]) if e.kind == "visit"
    ]
    assert [(e.participants, e.place) for e in visits] == [(("mohammad-javad-zarif",), "damascus")]


def test_it_gives_no_one_a_visit_by_an_envoy_the_text_names_by_an_unresolved_title():
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    text = "استقبل فيصل المقداد ستافان دي ميستورا. وكان مبعوث الأمم المتحدة وصل إلى دمشق اليوم."
    entries = [mekdad, person("ستافان دي ميستورا", "staffan-de-mistura")]
    found = events_of(text, [*entries, ("دمشق", "damascus", PLACE)])
    assert [e for e in found if e.kind == "visit" and "faisal-mekdad" in e.participants] == []


def test_it_gives_the_visitor_a_meeting_joined_by_a_lone_wa_past_his_arrival():
    entries = [PEDERSEN, MUALLEM, ("دمشق", "damascus", PLACE), ("لدمشق", "damascus", PLACE, "ل")]
    for joined in ("و التقى", "والتقى"):
        text = (
            f"وصل غير بيدرسن إلى دمشق اليوم، {joined} فور وصوله لدمشق نائب رئيس مجلس الوزراء "
            "وزير الخارجية وليد المعلم."
        )
        assert ("meeting", frozenset({"geir-pedersen", "walid-al-muallem"}), "damascus") in (
            meetings(events_of(text, entries))
        ), joined


def test_it_reads_a_visit_someone_wishes_to_make_as_planned_and_theirs():
    damascus = ("دمشق", "damascus", PLACE)
    for text in (
        "ونقلت الصحيفة عن مصادر دبلوماسية رغبة غير بيدرسن في زيارة دمشق.",
        "وأعرب غير بيدرسن عن رغبته في زيارة دمشق قريبا.",
    ):
        event = only_event(text, [PEDERSEN, damascus])
        assert (event.kind, event.participants, event.place, event.status) == (
            "visit",
            ("geir-pedersen",),
            "damascus",
            "planned",
        ), text


def test_it_reads_each_place_a_tour_takes_in_as_a_visit_of_the_tours_tense():
    entries = [
        ZARIF,
        ("الإمارات", "united-arab-emirates", PLACE),
        ("والسعودية", "saudi-arabia", PLACE, "و"),
        ("تركيا", "turkey", PLACE),
    ]
    text = "واختتم محمد جواد ظريف جولته الخليجية، التي شملت الإمارات والسعودية."
    visits = {(e.place, e.status) for e in events_of(text, entries) if e.kind == "visit"}
    assert visits == {("united-arab-emirates", "held"), ("saudi-arabia", "held")}
    text = "ويقوم محمد جواد ظريف بجولة إقليمية تشمل تركيا."
    assert only_event(text, entries).status == "planned"


def test_it_places_no_meeting_on_the_stops_a_tour_lists():
    text = (
        "وصل محمد جواد ظريف إلى الدوحة اليوم. وسيجري ظريف محادثات مع وليد المعلم اليوم، "
        "وبذلك ينهي جولته الخليجية، التي شملت الإمارات والسعودية."
    )
    entries = [
        ZARIF,
        person("ظريف", "mohammad-javad-zarif"),
        MUALLEM,
        ("الدوحة", "doha", PLACE),
        ("الإمارات", "united-arab-emirates", PLACE),
        ("والسعودية", "saudi-arabia", PLACE, "و"),
    ]
    talks = next(e for e in events_of(text, entries, ["اليوم"]) if e.kind == "meeting")
    assert talks.place == "doha"


def test_it_reads_a_delegation_led_by_someone_arriving_at_a_facility_in_a_city():
    jaafari = person("بشار الجعفري", "bashar-al-jaafari")
    delegation = ("وفد الحكومة السورية", "syrian-government-delegation", ORGANIZATION)
    un = ("الأمم المتحدة", "united-nations", ORGANIZATION)
    text = (
        "ووصل وفد الحكومة السورية بقيادة سفيرها لدى الأمم المتحدة بشار الجعفري "
        "إلى مقر المنظمة الدولية في جنيف الجمعة."
    )
    event = only_event(text, [jaafari, delegation, un, GENEVA])
    assert (event.participants, event.place) == (("bashar-al-jaafari",), "geneva")
    text = "وصل وفد الحكومة السورية إلى مقر الأمم المتحدة في جنيف اليوم."
    event = only_event(text, [delegation, un, GENEVA])
    assert (event.participants, event.place) == (("syrian-government-delegation",), "geneva")


def test_it_reads_a_delegation_heading_for_a_city_as_its_heads_planned_visit():
    hijab = person("رياض حجاب", "riyad-hijab")
    delegation = ("وفد المعارضة السورية", "syrian-opposition-delegation", ORGANIZATION)
    text = "وأفادت مصادر بأن وفد المعارضة السورية يتجه إلى جنيف السبت برئاسة رياض حجاب."
    event = only_event(text, [hijab, delegation, GENEVA], ["السبت"])
    assert (event.participants, event.place, event.status) == (
        ("riyad-hijab",),
        "geneva",
        "planned",
    )
    assert events_of("تتجه الأنظار إلى جنيف حيث تبدأ المفاوضات.", [GENEVA]) == []


def test_it_reads_going_along_with_someone_to_a_city_as_a_visit_there():
    text = "كما رافق الوزير الرئيس بشار الأسد إلى مدينة جدة."
    event = only_event(text, [ASSAD, ("جدة", "jeddah", PLACE)])
    assert (event.kind, event.participants, event.place) == (
        "visit",
        ("bashar-al-assad",),
        "jeddah",
    )


def test_it_reads_a_stay_at_a_hotel_in_a_city_and_whom_the_visitor_meets_during_it():
    damascus = ("العاصمة السورية", "damascus", PLACE)
    text = (
        "ووصل غير بيدرسن الى مقر إقامته في أحد فنادق العاصمة السورية، ومن المقرر أن يلتقي "
        "خلال زيارته وزير الخارجية فيصل المقداد."
    )
    found = events_of(text, [PEDERSEN, damascus, person("فيصل المقداد", "faisal-mekdad")])
    assert {(e.kind, e.participants, e.place) for e in found} == {
        ("visit", ("geir-pedersen",), "damascus"),
        ("meeting", ("faisal-mekdad", "geir-pedersen"), "damascus"),
    }


def test_it_names_a_delegation_that_arrives_after_its_place_and_the_day():
    text = "وصل إلى العاصمة الكازاخستانية أستانا، اليوم الاثنين، الوفد السوري."
    entries = [("العاصمة الكازاخستانية أستانا", "astana", PLACE), ("السوري", "syria", ADJECTIVE)]
    event = only_event(text, entries, ["اليوم الاثنين"])
    assert (event.kind, event.participants, event.place) == ("visit", ("syria",), "astana")


def test_it_reads_the_gathering_a_trip_goes_to_take_part_in_there():
    text = (
        "وصل الوفد السوري إلى أستانا للمشاركة في الاجتماع الدولي التاسع عشر حول سوريا. "
        "وصل الرئيس بشار الأسد إلى جدة لحضور اجتماع القمة."
    )
    entries = [
        ("أستانا", "astana", PLACE),
        ("السوري", "syria", ADJECTIVE),
        ("سوريا", "syria", PLACE),
        ASSAD,
        ("جدة", "jeddah", PLACE),
    ]
    found = {(e.kind, e.status, e.participants, e.place) for e in events_of(text, entries)}
    assert ("conference", "planned", ("syria",), "astana") in found
    assert ("conference", "planned", ("bashar-al-assad",), "jeddah") in found
    committee = ("اللجنة الدستورية", "constitutional-committee", ORGANIZATION)
    delegation = ("وفد الحكومة السورية", "syrian-government-delegation", ORGANIZATION)
    text = (
        "غادر وفد الحكومة السورية إلى جنيف للمشاركة في الجولة الثالثة المصغرة "
        'لـ"اللجنة الدستورية" التي تبدأ أعمالها غدا.'
    )
    gathering = next(
        e
        for e in events_of(text, [committee, delegation, GENEVA], ["غدا"])
        if e.kind == "conference"
    )
    assert (gathering.status, gathering.place) == ("planned", "geneva")
    assert gathering.participants == ("constitutional-committee", "syrian-government-delegation")
    text = (
        "غادر وفد الحكومة السورية إلى جنيف للمشاركة في الجولة الثالثة من اجتماعات اللجنة الدستورية."
    )
    found = events_of(text, [committee, delegation, GENEVA])
    gatherings = [(e.status, e.place) for e in found if e.kind == "conference"]
    assert gatherings == [("planned", "geneva")]  # the round is still to come


def test_it_reads_an_arrival_at_a_building_with_no_to_but_not_a_departure_from_one():
    riyadh = ("بالرياض", "riyadh", PLACE, "ب")
    text = "وصل الرئيس بشار الأسد مطار الملك خالد الدولي بالرياض."
    event = only_event(text, [ASSAD, riyadh])
    assert (event.kind, event.participants, event.place) == (
        "visit",
        ("bashar-al-assad",),
        "riyadh",
    )
    text = "غادر الرئيس بشار الأسد مطار الملك خالد الدولي بالرياض."
    assert [e for e in events_of(text, [ASSAD, riyadh]) if e.kind == "visit"] == []


def test_it_names_the_visitor_after_makes_it_behind_the_visit_noun():
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    cairo = ("القاهرة", "cairo", PLACE)
    for text in (
        "وذلك خلال زيارة يقوم بها فيصل المقداد إلى القاهرة.",
        "في زيارة هي الأولى يقوم بها وزير الخارجية فيصل المقداد إلى القاهرة.",
    ):
        event = only_event(text, [mekdad, cairo])
        assert (event.kind, event.participants, event.place) == (
            "visit",
            ("faisal-mekdad",),
            "cairo",
        )


def test_it_reads_what_a_quote_after_anna_says_a_named_person_will_do():
    hong = person("هونغ لي", "hong-lei")
    wang = person("وانغ يي", "wang-yi")
    text = (
        "وقال هونغ لي المتحدث باسم الوزارة، إن «وليد المعلم سيزور الصين في الفترة من 23 حتى 26 "
        "ديسمبر، وسيلتقي بنظيره الصيني وانغ يي»."
    )
    found = events_of(text, [hong, MUALLEM, wang, ("الصين", "china", PLACE)])
    kinds = {(e.kind, e.status, e.participants, e.place) for e in found}
    assert ("visit", "planned", ("walid-al-muallem",), "china") in kinds
    # first-person speech stays the speaker's words
    text = "وقال وليد المعلم: «سأزور الصين في الفترة المقبلة وألتقي بنظيري الصيني وانغ يي»."
    found = events_of(text, [MUALLEM, wang, ("الصين", "china", PLACE)])
    assert [e for e in found if e.kind != "statement"] == []


def test_it_reads_two_earlier_trips_a_person_made_and_keeps_his_news_where_it_was():
    mistura = person("ستافان دي ميستورا", "staffan-de-mistura")
    entries = [
        mistura,
        person("دي ميستورا", "staffan-de-mistura"),
        MUALLEM,
        ("دمشق", "damascus", PLACE),
        ("روسيا", "russia", PLACE),
        ("وإيران", "iran", PLACE, "و"),
    ]
    text = (
        "وصل ستافان دي ميستورا إلى دمشق أمس. واستقبل وليد المعلم اليوم دي ميستورا. "
        "وجاء اقتراح دي ميستورا بعد زيارتين قام بهما إلى روسيا وإيران."
    )
    found = events_of(text, entries, ["أمس", "اليوم"])
    visits = {(e.participants, e.place) for e in found if e.kind == "visit"}
    assert visits == {
        (("staffan-de-mistura",), "damascus"),
        (("staffan-de-mistura",), "russia"),
        (("staffan-de-mistura",), "iran"),
    }
    assert meetings(found) == {
        ("meeting", frozenset({"walid-al-muallem", "staffan-de-mistura"}), "damascus")
    }


def test_it_reads_the_trip_a_visit_is_followed_by_as_still_to_come():
    safadi = person("أيمن الصفدي", "ayman-safadi")
    entries = [safadi, ("دمشق", "damascus", PLACE), ("سوريا", "syria", PLACE)]
    entries.append(("تركيا", "turkey", PLACE))
    text = "وصل أيمن الصفدي إلى مطار دمشق اليوم، في زيارة إلى سوريا تليها إلى تركيا."
    found = {(e.status, e.place) for e in events_of(text, entries, ["اليوم"]) if e.kind == "visit"}
    assert ("planned", "turkey") in found
    assert ("held", "turkey") not in found


def test_it_reads_a_visit_someone_made_told_by_ajraha_and_the_meeting_held_in_it():
    safadi = person("للصفدي", "ayman-safadi", "ل")
    damascus = ("دمشق", "damascus", PLACE)
    text = (
        "وتعد هذه الزيارة الثانية للصفدي، بعد زيارة أجراها إلى دمشق في شباط الماضي، "
        "والتقى فيها الرئيس بشار الأسد."
    )
    found = events_of(text, [safadi, damascus, ASSAD], ["في شباط الماضي"])
    assert meetings(found) == {
        ("meeting", frozenset({"ayman-safadi", "bashar-al-assad"}), "damascus")
    }
    assert {(e.kind, e.participants, e.place, e.status) for e in found} >= {
        ("visit", ("ayman-safadi",), "damascus", "held")
    }
    # «فيها» after a visit that names no destination is where, not during what: no meeting.
    text = "وصل عبد اللهيان إلى دمشق قادما من لبنان بعد زيارة التقى فيها نجيب ميقاتي."
    entries = [person("عبد اللهيان", "amir-abdollahian"), damascus, ("لبنان", "lebanon", PLACE)]
    entries.append(person("نجيب ميقاتي", "najib-mikati"))
    assert not meetings(events_of(text, entries))


def test_it_reads_where_a_trip_heads_past_a_long_title_and_the_day():
    annan = person("كوفي عنان", "kofi-annan")
    cairo, damascus = ("القاهرة", "cairo", PLACE), ("دمشق", "damascus", PLACE)
    text = (
        "غادر كوفي عنان، مبعوث الأمم المتحدة والجامعة العربية، بشأن الأزمة السورية، القاهرة، "
        "صباح اليوم السبت، متوجهاً إلى العاصمة السورية دمشق."
    )
    event = only_event(text, [annan, cairo, damascus], ["صباح اليوم السبت"])
    assert (event.kind, event.place) == ("visit", "damascus")
    # Where he arrives comes first; where he heads next is another trip.
    arrived = "وصل كوفي عنان إلى القاهرة قادما من بيروت، متوجهاً إلى دمشق."
    beirut = ("بيروت", "beirut", PLACE)
    assert only_event(arrived, [annan, cairo, beirut, damascus]).place == "cairo"
    # A later meeting is on the trip told last before it: he had come to Cairo.
    text += " وكان عنان قد وصل إلى القاهرة الأربعاء. كما التقى عنان بوزير الخارجية محمد كامل عمرو."
    amr = person("محمد كامل عمرو", "mohamed-kamel-amr")
    found = events_of(text, [annan, cairo, damascus, amr, person("عنان", "kofi-annan")])
    assert ("meeting", frozenset({"kofi-annan", "mohamed-kamel-amr"}), "cairo") in meetings(found)


def test_it_reads_a_visit_to_each_place_after_kulla_min():
    lavrentiev = person("لافرينتييف", "alexander-lavrentiev")
    saudi, uae = (
        ("السعودية", "saudi-arabia", PLACE),
        ("والإمارات", "united-arab-emirates", PLACE, "و"),
    )
    text = "وزار لافرينتييف كلا من السعودية والإمارات."
    found = events_of(text, [lavrentiev, saudi, uae])
    assert [(e.kind, e.place) for e in found] == [
        ("visit", "saudi-arabia"),
        ("visit", "united-arab-emirates"),
    ]


def test_it_takes_no_one_the_next_clause_meets_for_a_visitor():
    # «والتقى», folded to «والتقي», looks like «and the pious»: a verb, not a title
    muallem, bin_alawi = person("وليد المعلم", "walid-muallem"), person("يوسف بن علوي", "bin-alawi")
    text = "وزار وليد المعلم مسقط، والتقى نظيره العماني يوسف بن علوي."
    found = events_of(text, [muallem, ("مسقط", "muscat", PLACE), bin_alawi])
    assert [(e.kind, e.participants) for e in found] == [
        ("visit", ("walid-muallem",)),
        ("meeting", ("bin-alawi", "walid-muallem")),
    ]


def test_it_reads_the_head_of_the_regime_as_a_title_before_his_name():
    assad, tehran = person("بشار الأسد", "bashar-al-assad"), ("طهران", "tehran", PLACE)
    text = "وصل رأس النظام السوري بشار الأسد اليوم الأحد إلى طهران."
    event = only_event(text, [("السوري", "syria", ADJECTIVE), assad, tehran], ["اليوم الأحد"])
    assert (event.kind, event.participants, event.place) == (
        "visit",
        ("bashar-al-assad",),
        "tehran",
    )
