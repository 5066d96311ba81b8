"""Trips told indirectly (articles.text.event_visits and the article-wide steps on trips):
who travels when a delegation, an invitation, a dual verb or a departure tells it, where to
when a region, a quoted list or the country of an announced city says it, and the meeting a
trip was made for. Short sentences written for each rule; pure functions, no database."""

from articles.text.events import extract_events
from articles.text.mentions import ORGANIZATION, PERSON, PLACE
from tests.event_builders import (
    ADJECTIVE,
    ASSAD,
    LAVROV,
    MUALLEM,
    ZARIF,
    events_of,
    mentions,
    only_event,
    person,
)


def test_it_reads_where_one_leaves_for_on_a_visit_and_the_meeting_during_it():
    abdullah = person("الملك عبدالله الثاني", "king-abdullah-ii")
    moscow, putin = ("موسكو", "moscow", PLACE), person("فلاديمير بوتين", "vladimir-putin")
    text = "غادر الملك عبدالله الثاني اليوم في زيارة عمل إلى موسكو، يلتقي خلالها فلاديمير بوتين."
    found = events_of(text, [abdullah, moscow, putin], ["اليوم"])
    assert [(e.kind, e.participants, e.place) for e in found] == [
        ("visit", ("king-abdullah-ii",), "moscow"),
        ("meeting", ("king-abdullah-ii", "vladimir-putin"), "moscow"),
    ]


def test_it_reads_a_delegation_named_before_its_verb_as_the_visitor():
    delegation = ("وفدا من المعارضة السورية", "syrian-opposition-delegation", ORGANIZATION)
    beijing, zhai = ("بكين", "beijing", PLACE), person("تشاي جون", "zhai-jun")
    text = "وقالت الوزارة إن وفدا من المعارضة السورية زار بكين واجتمع مع تشاي جون."
    found = events_of(text, [delegation, beijing, zhai])
    assert [(e.kind, e.participants, e.place) for e in found] == [
        ("visit", ("syrian-opposition-delegation",), "beijing"),
        ("meeting", ("syrian-opposition-delegation", "zhai-jun"), "beijing"),
    ]
    # A body that is no delegation does not travel: «إن الأمم المتحدة زارت» is no one's trip.
    un = ("الأمم المتحدة", "united-nations", ORGANIZATION)
    assert not events_of("وقال إن الأمم المتحدة زارت بكين.", [un, beijing])


def test_it_reads_an_invitation_to_visit_as_the_invited_ones_planned_visit():
    putin, raisi = person("بوتين", "vladimir-putin"), person("إبراهيم رئيسي", "ebrahim-raisi")
    damascus, moscow = ("دمشق", "damascus", PLACE), ("موسكو", "moscow", PLACE)
    for text, guest in (
        ("ودعا بشار الأسد الرئيس بوتين إلى زيارة دمشق.", "vladimir-putin"),
        ("وقال إن بشار الأسد دعا بوتين إلى زيارة دمشق.", "vladimir-putin"),
        ("ووجه بشار الأسد دعوة إلى الرئيس إبراهيم رئيسي لزيارة دمشق.", "ebrahim-raisi"),
    ):
        event = only_event(text, [ASSAD, putin, raisi, damascus])
        assert (event.kind, event.status, event.participants, event.place) == (
            "visit",
            "planned",
            (guest,),
            "damascus",
        )
    # «دعا الأسد إلى زيارة موسكو»: he who calls for it is named; who is to go is not.
    assert not events_of("ودعا بشار الأسد إلى زيارة موسكو.", [ASSAD, moscow])


def test_it_reads_no_visit_in_wizara_a_ministry():
    fahmy, jarba = person("نبيل فهمي", "nabil-fahmy"), person("أحمد الجربا", "ahmad-jarba")
    cairo = ("بالقاهرة", "cairo", PLACE, "ب")
    text = "وأكد نبيل فهمي عقب لقائه أحمد الجربا في مقر وزارة الخارجية بالقاهرة دعم بلاده."
    assert [e.kind for e in events_of(text, [fahmy, jarba, cairo])] == ["meeting"]


def test_it_reads_a_visit_to_part_of_a_country_past_the_visitors_title():
    jeffrey, syria = person("جيمس جيفري", "james-jeffrey"), ("سوريا", "syria", PLACE)
    text = "زار المبعوث الأمريكي الخاص في سوريا جيمس جيفري، شمال شرق سوريا."
    event = only_event(text, [jeffrey, syria])
    assert (event.kind, event.participants, event.place) == ("visit", ("james-jeffrey",), "syria")


def test_it_reads_the_subject_before_his_title_and_the_verb():
    khoja, china = person("خالد خوجة", "khaled-khoja"), ("الصين", "china", PLACE)
    text = "وقالت الوزارة إن خالد خوجة رئيس الائتلاف سيزور الصين الثلاثاء."
    event = only_event(text, [khoja, china])
    assert (event.kind, event.status, event.participants, event.place) == (
        "visit",
        "planned",
        ("khaled-khoja",),
        "china",
    )


def test_it_reads_an_invited_visit_told_made_to_the_country_as_one_trip_to_the_city():
    mekdad, bin_farhan = person("المقداد", "faisal-mekdad"), person("بن فرحان", "bin-farhan")
    riyadh, saudi = ("الرياض", "riyadh", PLACE), ("السعودية", "saudi-arabia", PLACE)
    text = "ودعا بن فرحان الوزير المقداد لزيارة الرياض. ووصل المقداد في 12 نيسان إلى السعودية."
    entries = [mekdad, bin_farhan, riyadh, saudi]
    found = events_of(text, entries, ["12 نيسان"], countries={"riyadh": "saudi-arabia"})
    assert [(e.kind, e.status, e.participants, e.place) for e in found] == [
        ("visit", "held", ("faisal-mekdad",), "riyadh")
    ]


def test_it_takes_no_city_left_for_a_traveller_but_the_state_of_the_delegation():
    amman, damascus = ("عمان", "amman", PLACE), ("دمشق", "damascus", PLACE)
    jordanian = ("الأردني", "jordan", ADJECTIVE)
    text = "وأفادت بأن وفدا من مجلس النواب الأردني غادر عمان اليوم متوجها إلى دمشق."
    event = only_event(text, [amman, damascus, jordanian])
    assert (event.kind, event.participants, event.place) == ("visit", ("jordan",), "damascus")
    text = "وقالت إن الطائرة غادرت عمان اليوم متوجهة إلى دمشق."
    assert not events_of(text, [amman, damascus])


def test_it_reads_each_destination_of_a_list_past_quote_marks():
    jeffrey = person("جيمس جيفري", "james-jeffrey")
    israel, jordan = ("اسرائيل", "israel", PLACE), ("والأردن", "jordan", PLACE, "و")
    turkey = ("وتركيا", "turkey", PLACE, "و")
    text = "وقالت الوزارة إن جيمس جيفري سيزور “اسرائيل” والأردن وتركيا الأسبوع المقبل."
    found = events_of(text, [jeffrey, israel, jordan, turkey])
    assert [(e.kind, e.place) for e in found] == [
        ("visit", "israel"),
        ("visit", "jordan"),
        ("visit", "turkey"),
    ]


def test_it_reads_who_accepts_an_invitation_as_the_one_who_visits():
    putin = person("فلاديمير بوتين", "vladimir-putin")
    damascus = ("دمشق", "damascus", PLACE)
    for text in (
        "قبل الرئيس فلاديمير بوتين دعوة بشار الأسد لزيارة دمشق.",
        "ورحب فلاديمير بوتين بدعوة بشار الأسد لزيارة دمشق.",
    ):
        event = only_event(text, [putin, ASSAD, damascus])
        assert (event.kind, event.status, event.participants) == (
            "visit",
            "planned",
            ("vladimir-putin",),
        ), text


def test_it_reads_the_meeting_a_trip_was_made_for_as_the_one_held():
    erdogan, putin = person("أردوغان", "erdogan"), person("بوتين", "vladimir-putin")
    moscow = ("موسكو", "moscow", PLACE)
    text = (
        "وكان بوتين قد بدأ اجتماعه مع أردوغان بتقديم التعازي. "
        "وكان أردوغان وصل اليوم إلى موسكو للقاء بوتين."
    )
    found = events_of(text, [erdogan, putin, moscow], ["اليوم"])
    assert [(e.kind, e.status, e.place) for e in found if e.kind == "meeting"] == [
        ("meeting", "held", "moscow")
    ]


def test_it_reads_every_traveller_a_dual_verb_has_before_it():
    akar, fidan = person("خلوصي آكار", "hulusi-akar"), ("وهاكان فيدان", "hakan-fidan", PERSON, "و")
    moscow = ("موسكو", "moscow", PLACE)
    event = only_event("وكان خلوصي آكار وهاكان فيدان قد وصلا إلى موسكو.", [akar, fidan, moscow])
    assert (event.kind, event.participants, event.place) == (
        "visit",
        ("hakan-fidan", "hulusi-akar"),
        "moscow",
    )
    # a singular verb: the one named right before it
    event = only_event("وكان خلوصي آكار وهاكان فيدان قد وصل إلى موسكو.", [akar, fidan, moscow])
    assert event.participants == ("hakan-fidan",)


def test_it_reads_a_state_before_another_destination_as_visited_not_visiting():
    pedersen = person("بيدرسون", "geir-pedersen")
    saudi, damascus = ("السعودية", "saudi-arabia", PLACE), ("ودمشق", "damascus", PLACE, "و")
    text = "وذكرت الوكالة أن بيدرسون يحاول استئناف المحادثات، حيث زار السعودية ودمشق."
    found = events_of(text, [pedersen, saudi, damascus])
    assert [(e.kind, e.participants, e.place) for e in found if e.kind == "visit"] == [
        ("visit", ("geir-pedersen",), "saudi-arabia"),
        ("visit", ("geir-pedersen",), "damascus"),
    ]
    # the same past a plain verb: no state visits the next place
    text = "وذكرت الوكالة أن بيدرسون يحاول استئناف المحادثات. وزار السعودية ودمشق."
    found = events_of(text, [pedersen, saudi, damascus])
    assert all(e.participants != ("saudi-arabia",) for e in found)


def test_it_reads_the_visit_someone_made_past_his_long_title_and_the_full_date():
    safadi = person("أيمن الصفدي", "ayman-safadi")
    damascus = ("دمشق", "damascus", PLACE)
    text = (
        "عقب الزيارة التي قام بها نائب رئيس الوزراء ووزير الخارجية وشؤون المغتربين، أيمن الصفدي، "
        "أمس الأحد الموافق 20 تشرين الأول 2024 إلى دمشق."
    )
    event = only_event(text, [safadi, damascus], ["أمس الأحد الموافق 20 تشرين الأول 2024"])
    assert (event.kind, event.participants, event.place) == ("visit", ("ayman-safadi",), "damascus")


def test_it_reads_a_present_verb_after_wahuwa_as_the_arrival_going_on():
    mistura = person("دي ميستورا", "staffan-de-mistura")
    damascus = ("دمشق", "damascus", PLACE)
    text = "وشاهدت صحفية دي ميستورا وهو يصل إلى أحد فنادق دمشق."
    event = only_event(text, [mistura, damascus])
    assert (event.kind, event.status, event.participants, event.place) == (
        "visit",
        "held",
        ("staffan-de-mistura",),
        "damascus",
    )
    # «وهو» with what is to come is still to come
    text = "وقال دي ميستورا وهو سيصل إلى دمشق غدا إن الحل سياسي."
    visits = [e for e in events_of(text, [mistura, damascus], ["غدا"]) if e.kind == "visit"]
    assert [e.status for e in visits] == ["planned"]


def test_it_reads_the_place_visited_past_the_day_and_the_next_place_after_taliha():
    pedersen = person("بيدرسون", "geir-pedersen")
    turkey = ("تركيا", "turkey", PLACE)
    text = "وكان بيدرسون زار في 6 أيلول الجاري تركيا."
    event = only_event(text, [pedersen, turkey], ["6 أيلول الجاري"])
    assert (event.kind, event.place) == ("visit", "turkey")
    saudi, jordan = ("السعودية", "saudi-arabia", PLACE), ("الأردن", "jordan", PLACE)
    text = "وأعلنت الوزارة أن بيدرسون سيزور السعودية وتليها الأردن."
    visits = [e for e in events_of(text, [pedersen, saudi, jordan]) if e.kind == "visit"]
    assert [(e.status, e.place) for e in visits] == [
        ("planned", "saudi-arabia"),
        ("planned", "jordan"),
    ]


def test_it_reads_a_visit_made_to_a_place_joined_by_lam_and_one_landing_today():
    pedersen = person("بيدرسون", "geir-pedersen")
    damascus = ("لدمشق", "damascus", PLACE, "ل")
    text = "وأعلنت الوزارة أن بيدرسون سيقوم بزيارة لدمشق."
    event = only_event(text, [pedersen, damascus])
    assert (event.kind, event.status, event.participants, event.place) == (
        "visit",
        "planned",
        ("geir-pedersen",),
        "damascus",
    )
    text = "وأعلنت الوزارة أن بيدرسون سيؤدي زيارة رسمية لدمشق."
    assert only_event(text, [pedersen, damascus]).participants == ("geir-pedersen",)
    text = "وقال بيدرسون إن الحل سياسي. وفي زيارته لدمشق الأسبوع الماضي التقى مسؤولين."
    visits = [e for e in events_of(text, [pedersen, damascus]) if e.kind == "visit"]
    assert [(e.participants, e.place) for e in visits] == [(("geir-pedersen",), "damascus")]
    # but a visit no verb makes anyone's is not the host's: «رحب الأسد بأي زيارة لدمشق»
    text = "ورحب الأسد بأي زيارة لدمشق يقوم بها المسؤولون العرب."
    found = events_of(text, [person("الأسد", "bashar-al-assad"), damascus])
    assert all(e.kind != "visit" for e in found)
    text = "تحط طائرة بيدرسون اليوم في دمشق."
    event = only_event(text, [pedersen, ("دمشق", "damascus", PLACE)], ["اليوم"])
    assert (event.kind, event.place, event.participants) == (
        "visit",
        "damascus",
        ("geir-pedersen",),
    )


def test_it_reads_a_guest_of_a_place_as_a_visit_in_the_tense_of_its_verb():
    zarif = person("محمد جواد ظريف", "mohammad-javad-zarif")
    beirut = ("بيروت", "beirut", PLACE)
    for text, status in (
        ("حل وزير الخارجية الإيراني محمد جواد ظريف ضيفا على بيروت أمس.", "held"),
        ("محمد جواد ظريف يحل ضيفاً على بيروت", "held"),  # a headline's present
        ("ويحل محمد جواد ظريف ضيفا على بيروت الأسبوع المقبل.", "planned"),
        ("وسيحل محمد جواد ظريف ضيفا على بيروت غدا.", "planned"),
    ):
        event = only_event(text, [zarif, beirut, ("الإيراني", "iran", ADJECTIVE)])
        assert (event.kind, event.participants, event.place, event.status) == (
            "visit",
            ("mohammad-javad-zarif",),
            "beirut",
            status,
        ), text
    for text in (
        "لن يحل محمد جواد ظريف ضيفا على بيروت هذا الأسبوع.",
        "قال محمد جواد ظريف إن الحل السياسي ممكن، وكان ضيفا على بيروت.",  # no «حل» with it
    ):
        assert [e for e in events_of(text, [zarif, beirut]) if e.kind == "visit"] == [], text


def test_it_gives_a_relative_clause_to_the_one_named_before_it_even_after_maa():
    putin, assad = person("فلاديمير بوتين", "vladimir-putin"), person("بشار الأسد", "assad")
    text = "أجرى فلاديمير بوتين محادثات مع بشار الأسد، الذي وصل إلى سوتشي في زيارة عمل."
    found = events_of(text, [putin, assad, ("سوتشي", "sochi", PLACE)])
    visits = [(e.participants, e.place) for e in found if e.kind == "visit"]
    assert visits == [(("assad",), "sochi")]


def test_it_reads_a_trip_carried_by_qiyam_or_by_opening_a_tour():
    erdogan = person("رجب طيب أردوغان", "erdogan")
    text = "يعتزم رجب طيب أردوغان القيام بزيارة إلى سوتشي الأسبوع المقبل."
    event = only_event(text, [erdogan, ("سوتشي", "sochi", PLACE)])
    assert (event.kind, event.participants, event.place, event.status) == (
        "visit",
        ("erdogan",),
        "sochi",
        "planned",
    )
    mekdad = person("فيصل المقداد", "mekdad")
    places = [("طهران", "tehran", PLACE), ("وموسكو", "moscow", PLACE, "و")]
    text = "يستهل فيصل المقداد غدا جولة تشمل طهران وموسكو."
    found = {(e.place, e.status) for e in events_of(text, [mekdad, *places]) if e.kind == "visit"}
    assert found == {("tehran", "planned"), ("moscow", "planned")}
    places = [("بيروت", "beirut", PLACE), ("دمشق", "damascus", PLACE)]
    text = "استهل فيصل المقداد جولة إقليمية بزيارة بيروت، على أن يتوجه بعدها إلى دمشق."
    found = {(e.place, e.status) for e in events_of(text, [mekdad, *places]) if e.kind == "visit"}
    assert found == {("beirut", "held"), ("damascus", "planned")}


def test_it_reads_what_comes_next_in_a_story_told_in_the_past_and_where_it_is_not():
    lavrov, kerry = person("سيرغي لافروف", "sergey-lavrov"), person("جون كيري", "john-kerry")
    zarif = person("محمد جواد ظريف", "zarif")
    erdogan = person("رجب طيب أردوغان", "erdogan")
    ankara, damascus = ("أنقرة", "ankara", PLACE), ("دمشق", "damascus", PLACE)
    text = (
        "وصل سيرغي لافروف إلى أنقرة، حيث عقد جلسة مباحثات مع محمد جواد ظريف، قبل أن "
        "يستقبله رجب طيب أردوغان."
    )
    found = {
        (e.kind, frozenset(e.participants), e.place, e.status)
        for e in events_of(text, [lavrov, zarif, erdogan, ankara])
    }
    assert ("meeting", frozenset({"sergey-lavrov", "erdogan"}), "ankara", "held") in found
    # «و» joins a verb on to the one before: its subject, not whom that one met; and the
    # trip told after «قبل أن» is no place of the meetings before it
    text = "التقى سيرغي لافروف جون كيري، وسيلتقي محمد جواد ظريف قبل أن يتوجه إلى دمشق."
    found = {
        (e.kind, frozenset(e.participants), e.place, e.status)
        for e in events_of(text, [lavrov, kerry, zarif, damascus])
    }
    assert found == {
        ("meeting", frozenset({"sergey-lavrov", "john-kerry"}), None, "held"),
        ("meeting", frozenset({"sergey-lavrov", "zarif"}), None, "planned"),
        ("visit", frozenset({"sergey-lavrov"}), "damascus", "planned"),
    }


def test_it_reads_the_one_sent_as_who_travels():
    putin, envoy = person("فلاديمير بوتين", "vladimir-putin"), person("ألكسندر لافرنتييف", "envoy")
    text = "أوفد فلاديمير بوتين مبعوثه الخاص ألكسندر لافرنتييف إلى دمشق."
    event = only_event(text, [putin, envoy, ("دمشق", "damascus", PLACE)])
    assert (event.kind, event.participants, event.place) == ("visit", ("envoy",), "damascus")


def test_it_reads_no_trip_that_was_called_off():
    zarif = person("محمد جواد ظريف", "zarif")
    text = (
        "ألغى وزير الخارجية الإيراني محمد جواد ظريف زيارة كانت مقررة إلى دمشق، كان من "
        "المفترض أن يلتقي خلالها بشار الأسد."
    )
    found = events_of(text, [zarif, ASSAD, ("دمشق", "damascus", PLACE)])
    assert [e for e in found if e.kind != "statement"] == []


def test_it_sends_a_trip_told_by_its_country_to_the_city_of_the_meeting_on_it():
    putin, assad = person("فلاديمير بوتين", "putin"), person("بشار الأسد", "assad")
    entries = [putin, assad, ("موسكو", "moscow", PLACE), ("روسيا", "russia", PLACE)]
    text = (
        "استقبل فلاديمير بوتين في موسكو بشار الأسد، في إطار زيارة غير معلنة أجراها بشار الأسد "
        "إلى روسيا."
    )
    found = extract_events(text, mentions(text, entries), countries={"moscow": "russia"})
    assert {(e.participants, e.place) for e in found if e.kind == "visit"} == {
        (("assad",), "moscow")
    }


def test_it_reads_the_regime_named_in_a_title_as_part_of_the_title():
    demistura = person("ستيفان دي ميستورا", "staffan-de-mistura")
    muallem = person("وليد المعلم", "walid-al-muallem")
    assad = person("الأسد", "bashar-al-assad")  # as the linker finds it inside «نظام الأسد»
    damascus = ("دمشق", "damascus", PLACE)
    for regime in ("نظام الأسد", "النظام"):
        text = (
            "يصل المبعوث الدولي ستيفان دي ميستورا إلى دمشق غدا الأحد، للقاء وزير خارجية "
            f"{regime} وليد المعلم."
        )
        found = events_of(text, [demistura, muallem, assad, damascus], ["غدا"])
        assert [(e.kind, e.participants, e.place, e.status) for e in found] == [
            ("visit", ("staffan-de-mistura",), "damascus", "planned"),
            ("meeting", ("staffan-de-mistura", "walid-al-muallem"), "damascus", "planned"),
        ], regime
    # «رئيس النظام الأسد», «رأس النظام الأسد»: the man himself
    for head in ("رئيس", "رأس"):
        text = f"وصل {head} النظام الأسد إلى دمشق قادما من موسكو."
        visit = only_event(text, [assad, damascus, ("موسكو", "moscow", PLACE)])
        assert (visit.kind, visit.participants, visit.place) == (
            "visit",
            ("bashar-al-assad",),
            "damascus",
        )


def test_it_reads_the_traveller_named_after_a_time_told_by_a_gathering():
    jarba = person("أحمد الجربا", "ahmad-jarba")
    muallem = person("وليد المعلم", "walid-al-muallem")
    switzerland = ("سويسرا", "switzerland", PLACE)
    for time in ("عشية بدء المؤتمر", "قبيل انطلاق أعمال المحادثات"):
        text = (
            f"وقد وصل إلى سويسرا {time} رئيس الائتلاف الوطني السوري أحمد الجربا "
            "ووزير الخارجية السوري وليد المعلم."
        )
        visits = [e for e in events_of(text, [jarba, muallem, switzerland]) if e.kind == "visit"]
        assert [(e.participants, e.place, e.status) for e in visits] == [
            (("ahmad-jarba", "walid-al-muallem"), "switzerland", "held")
        ], time
    # «عقب اختتام محادثات الجربا …»: whose talks they were is not who arrives
    text = "وصل إلى سويسرا عقب اختتام محادثات أحمد الجربا وزير الخارجية السوري وليد المعلم."
    visits = [e for e in events_of(text, [jarba, muallem, switzerland]) if e.kind == "visit"]
    assert all("ahmad-jarba" not in e.participants for e in visits)


def told(found) -> list[tuple]:
    return [(event.kind, event.participants, event.place) for event in found]


def test_it_puts_a_trip_told_by_its_country_in_the_city_the_article_puts_the_traveller_in():
    abdullah = person("الملك عبدالله الثاني", "king-abdullah-ii")
    putin, syria = person("فلاديمير بوتين", "vladimir-putin"), ("سوريا", "syria", PLACE)
    russia, moscow, sochi = (
        ("روسيا", "russia", PLACE),
        ("موسكو", "moscow", PLACE),
        ("سوتشي", "sochi", PLACE),
    )
    damascus, aleppo = ("دمشق", "damascus", PLACE), ("حلب", "aleppo", PLACE)
    countries = {"moscow": "russia", "sochi": "russia", "damascus": "syria", "aleppo": "syria"}
    met = "التقى الملك عبدالله الثاني الرئيس فلاديمير بوتين في موسكو."
    visits = "ويزور الملك عبدالله الثاني روسيا في زيارة عمل."
    found = events_of(f"{met} {visits}", [abdullah, putin, russia, moscow], countries=countries)
    assert ("visit", ("king-abdullah-ii",), "moscow") in told(found)
    # Two cities of that country: which one is not told.
    also = "والتقى الملك عبدالله الثاني وليد المعلم في سوتشي."
    entries = [abdullah, putin, MUALLEM, russia, moscow, sochi]
    found = events_of(f"{met} {also} {visits}", entries, countries=countries)
    assert ("visit", ("king-abdullah-ii",), "russia") in told(found)
    # A meeting takes the city of the trip it comes during.
    text = (
        "التقى لافروف في دمشق الرئيس بشار الأسد في زيارة هي الأولى إلى سوريا. "
        "ومن المقرر أن يلتقي لافروف وليد المعلم في سوريا غدا."
    )
    found = events_of(text, [LAVROV, ASSAD, MUALLEM, syria, damascus], countries=countries)
    assert ("meeting", ("sergey-lavrov", "walid-al-muallem"), "damascus") in told(found)
    # A trip at home places no meeting.
    aleppo_trip = "زار بشار الأسد حلب اليوم. ومن المقرر أن يلتقي بشار الأسد لافروف في سوريا."
    found = events_of(
        aleppo_trip,
        [ASSAD, LAVROV, syria, ("حلب", "aleppo", PLACE)],
        ["اليوم"],
        countries=countries,
        states_of={"bashar-al-assad": frozenset({"syria"})},
    )
    assert ("meeting", ("bashar-al-assad", "sergey-lavrov"), "syria") in told(found)
    # One sentence, one trip: «… في إطار زيارة أجراها الأسد إلى روسيا»
    text = "استقبل فلاديمير بوتين في موسكو بشار الأسد، في إطار زيارة أجراها الأسد إلى روسيا."
    entries = [putin, ASSAD, person("الأسد", "bashar-al-assad"), russia, moscow]
    found = events_of(text, entries, countries=countries)
    assert ("visit", ("bashar-al-assad",), "moscow") in told(found)
    # The host's other meeting is no trip: where he meets Lavrov in Syria is not told.
    text = (
        "استقبل الرئيس بشار الأسد في حلب وليد المعلم. "
        "ومن المقرر أن يلتقي الرئيس بشار الأسد لافروف في سوريا."
    )
    found = events_of(text, [LAVROV, ASSAD, MUALLEM, syria, aleppo], countries=countries)
    assert ("meeting", ("bashar-al-assad", "sergey-lavrov"), "syria") in told(found)


def test_it_gives_the_trip_one_informs_another_of_to_the_informer():
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    abdollahian = person("حسين أمير عبد اللهيان", "hossein-amir-abdollahian")
    cairo = ("القاهرة", "cairo", PLACE)
    text = "وأطلع فيصل المقداد نظيره الإيراني حسين أمير عبد اللهيان على نتائج زيارته إلى القاهرة."
    event = only_event(text, [mekdad, abdollahian, cairo])
    assert (event.kind, event.participants, event.place) == ("visit", ("faisal-mekdad",), "cairo")


def test_it_reads_a_plane_landing_as_a_visit_to_where_it_lands():
    text = "قادما من مسقط حطت طائرة الوزير محمد جواد ظريف في دمشق بعد أسبوع."
    places = [("مسقط", "muscat", PLACE), ("دمشق", "damascus", PLACE)]
    event = only_event(text, [ZARIF, *places])
    assert (event.kind, event.participants, event.place) == (
        "visit",
        ("mohammad-javad-zarif",),
        "damascus",
    )
    text = "وهبطت طائرة الوزير محمد جواد ظريف بمطار دمشق الدولي."
    assert only_event(text, [ZARIF, ("دمشق", "damascus", PLACE)]).place == "damascus"
    # the traveller lands himself, or «puts down his luggage» («حط رحاله»)
    for text, status in (
        ("حط الوزير محمد جواد ظريف في دمشق اليوم.", "held"),
        ("يحط الوزير محمد جواد ظريف رحاله في دمشق غدا.", "planned"),
    ):
        event = only_event(text, [ZARIF, ("دمشق", "damascus", PLACE)], ["اليوم", "غدا"])
        assert (event.kind, event.place, event.status) == ("visit", "damascus", status), text
    # «حط من قدر»: to belittle
    text = "حط الوزير محمد جواد ظريف من قدر خصومه في دمشق."
    assert not events_of(text, [ZARIF, ("دمشق", "damascus", PLACE)])


def test_it_reads_each_destination_after_ila_kull_min():
    annan = person("كوفي عنان", "kofi-annan")
    places = [("موسكو", "moscow", PLACE), ("وبكين", "beijing", PLACE, "و")]
    text = "يتوجه المبعوث الخاص كوفي عنان إلى كل من موسكو وبكين خلال عطلة نهاية الأسبوع."
    found = events_of(text, [annan, *places])
    assert {(e.kind, e.status, e.place) for e in found} == {
        ("visit", "planned", "moscow"),
        ("visit", "planned", "beijing"),
    }


def test_it_reads_the_city_reached_as_the_object_of_wasala():
    pedersen = person("غير بيدرسن", "geir-pedersen")
    damascus = ("دمشق", "damascus", PLACE)
    for text, status in (
        ("وصل غير بيدرسن، الثلاثاء، العاصمة السورية دمشق، في زيارة رسمية.", "held"),
        ("يصل غير بيدرسن دمشق غدا.", "planned"),
    ):
        capital = ("العاصمة السورية", "damascus", PLACE)  # as the linker reads it
        event = only_event(text, [pedersen, damascus, capital], ["الثلاثاء", "غدا"])
        assert (event.kind, event.status, event.participants, event.place) == (
            "visit",
            status,
            ("geir-pedersen",),
            "damascus",
        ), text
    # what reaches a place is no visitor
    aid = "وصلت المساعدات الإنسانية دمشق اليوم."
    assert [e for e in events_of(aid, [damascus], ["اليوم"]) if e.kind != "statement"] == []


def test_it_reads_no_trip_in_words_or_messages_addressed_to_a_place():
    moscow, tehran = ("موسكو", "moscow", PLACE), ("وطهران", "tehran", PLACE, "و")
    for text in (
        "وتوجه الرئيس بشار الأسد بالتحية إلى كل من موسكو وطهران.",
        "ووصلت رسالة من الرئيس بشار الأسد إلى موسكو وطهران.",
    ):
        assert [e for e in events_of(text, [ASSAD, moscow, tehran]) if e.kind == "visit"] == []
    # a trip made at someone's invitation is a trip
    text = "وصل لافروف بدعوة من نظيره إلى موسكو."
    event = only_event(text, [LAVROV, MUALLEM, moscow])
    assert (event.kind, event.participants, event.place) == ("visit", ("sergey-lavrov",), "moscow")

    # an official invitation is no message; a message that arrives is no traveller
    text = "ووصل وليد المعلم، بدعوة رسمية، إلى موسكو."
    event = only_event(text, [MUALLEM, moscow])
    assert (event.kind, event.participants, event.place) == (
        "visit",
        ("walid-al-muallem",),
        "moscow",
    )
    for text in (
        "وقال وليد المعلم إن رسالة الرئيس بشار الأسد وصلت موسكو.",
        "ووصلت إلى موسكو رسالة من الرئيس بشار الأسد.",
    ):
        assert [e for e in events_of(text, [MUALLEM, ASSAD, moscow]) if e.kind == "visit"] == []

    # a message he carries, or one he handed over before he arrived, is no one else's trip
    lavrentiev = person("ألكسندر لافرنتييف", "alexander-lavrentiev")
    for text in (
        "وصل ألكسندر لافرنتييف برسالة خطية إلى موسكو.",
        "وصل ألكسندر لافرنتييف برسالة من نظيره إلى موسكو.",
    ):
        event = only_event(text, [lavrentiev, moscow])
        assert (event.kind, event.participants) == ("visit", ("alexander-lavrentiev",)), text


def test_it_reads_who_comes_along_told_after_the_destination():
    abz = person("عبد الله بن زايد", "abdullah-bin-zayed")
    marar = person("خليفة شاهين المرر", "khalifa-shaheen-al-marar")
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    damascus = ("دمشق", "damascus", PLACE)
    for company in (
        "برفقة وزير الدولة خليفة شاهين المرر",
        "على رأس وفد رفيع يضم خليفة شاهين المرر",
    ):
        text = f"وصل عبد الله بن زايد إلى دمشق {company}."
        event = only_event(text, [abz, marar, damascus])
        assert set(event.participants) == {"abdullah-bin-zayed", "khalifa-shaheen-al-marar"}
    # after a comma, the host who escorts him from the airport is no traveller
    text = (
        "وصل عبد الله بن زايد إلى دمشق برفقة خليفة شاهين المرر، ونائب وزير الخارجية فيصل المقداد."
    )
    event = only_event(text, [abz, marar, mekdad, damascus])
    assert set(event.participants) == {"abdullah-bin-zayed", "khalifa-shaheen-al-marar"}
    # one acting for the state visited who comes along is the host, not a traveller
    acting = {"faisal-mekdad": frozenset({"syria"}), "abdullah-bin-zayed": frozenset({"uae"})}
    event = only_event(
        "وصل عبد الله بن زايد إلى دمشق برفقة فيصل المقداد.",
        [abz, mekdad, damascus],
        states_of=acting,
        countries={"damascus": "syria"},
    )
    assert event.participants == ("abdullah-bin-zayed",)
    # two named before the destination both travel, whichever comes first
    zarif = person("ومحمد جواد ظريف", "zarif", "و")
    acting = {"abdullah-bin-zayed": frozenset({"uae"}), "zarif": frozenset({"iran"})}
    tehran = ("طهران", "tehran", PLACE)
    event = only_event(
        "وصل عبد الله بن زايد ومحمد جواد ظريف إلى طهران.",
        [abz, zarif, tehran],
        states_of=acting,
        countries={"tehran": "iran"},
    )
    assert set(event.participants) == {"abdullah-bin-zayed", "zarif"}
