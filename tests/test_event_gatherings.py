"""Conferences and the meetings of bodies (articles.text.event_gatherings) on short sentences
written for each rule. Pure functions, no database."""

from articles.text.mentions import ORGANIZATION, PLACE
from tests.event_builders import (
    ADJECTIVE,
    FRIENDS,
    GENEVA,
    NESTED,
    ZARIF,
    events_of,
    only_event,
    person,
)


def test_it_reads_a_conference_named_by_an_organization():
    text = "وعقد اجتماع مجموعة الدعم الدولية لسوريا في فيينا أمس."
    entries = [("مجموعة الدعم الدولية لسوريا", "issg", ORGANIZATION), ("فيينا", "vienna", PLACE)]
    event = only_event(text, entries)
    assert (event.kind, event.participants, event.place) == ("conference", ("issg",), "vienna")


def test_it_reads_a_gathering_a_verb_opens_or_closes():
    places = [
        ("موسكو", "moscow", PLACE),
        ("روسيا", "russia", PLACE),
        ("وإيران", "iran", PLACE, "و"),
    ]
    places.append(("سوريا", "syria", PLACE))
    text = (
        "انطلق في العاصمة الروسية موسكو، صباح الأربعاء، الاجتماع الرباعي حول سوريا "
        "لوزراء خارجية روسيا وإيران."
    )
    event = only_event(text, places)
    assert (event.kind, event.status, event.place) == ("conference", "held", "moscow")
    assert event.participants == ("iran", "russia")
    astana = [
        ("مباحثات أستانا", "astana-process", ORGANIZATION),
        ("كازاخستان", "kazakhstan", PLACE),
    ]
    text = "وستنطلق الجولة المقبلة من مباحثات أستانا في كازاخستان."
    event = only_event(text, astana)
    assert (event.kind, event.status, event.participants) == (
        "conference",
        "planned",
        ("astana-process",),
    )
    text = "وبدأت روسيا جولة محادثات جديدة مع محمد جواد ظريف ووليد المعلم."
    muallem = person("ووليد المعلم", "walid-al-muallem", "و")
    assert only_event(text, [("روسيا", "russia", PLACE), ZARIF, muallem]).kind == "meeting"


def test_it_reads_a_meeting_a_body_holds_as_a_conference():
    text = "يعقد وزراء خارجية مجموعة أصدقاء سوريا، الأربعاء اجتماعا في عمان لبحث الأزمة."
    event = only_event(text, [FRIENDS, ("عمان", "amman", PLACE)])
    assert (event.kind, event.status, event.participants, event.place) == (
        "conference",
        "planned",
        ("friends-of-syria",),
        "amman",
    )
    elaraby = person("نبيل العربي", "nabil-elaraby")
    league = ("الجامعة العربية", "arab-league", ORGANIZATION)
    text = "عقد الأمين العام للجامعة العربية نبيل العربي اجتماعا أمس في القاهرة."
    assert [e.kind for e in events_of(text, [elaraby, league])] == []


def test_it_places_a_conference_in_its_host_city_or_where_a_participant_travels():
    text = "تستضيف العاصمة الفرنسية باريس، غدا الأحد لقاء وزاريا لمجموعة أصدقاء سوريا."
    friends = ("لمجموعة أصدقاء سوريا", "friends-of-syria", ORGANIZATION, "ل")
    event = only_event(text, [friends, ("باريس", "paris", PLACE)])
    assert (event.kind, event.status, event.place) == ("conference", "planned", "paris")
    fabius = person("لوران فابيوس", "laurent-fabius")
    text = (
        "يتوجه لوران فابيوس غدا إلى إسطنبول، للمشاركة في أشغال الاجتماع الوزاري "
        "لمجموعة أصدقاء سوريا."
    )
    found = events_of(text, [fabius, friends, ("إسطنبول", "istanbul", PLACE)])
    conference = next(e for e in found if e.kind == "conference")
    assert (conference.status, conference.place) == ("planned", "istanbul")
    assert conference.participants == ("friends-of-syria", "laurent-fabius")


def test_it_plans_a_conference_said_to_be_scheduled_after_its_name():
    geneva_two = ("جنيف 2", "geneva-ii", ORGANIZATION)
    text = "وبحث الوزراء التحضير لمؤتمر جنيف 2 المقرر عقده الشهر المقبل."
    assert only_event(text, [geneva_two]).status == "planned"
    brahimi, mekdad = (
        person("الأخضر الإبراهيمي", "lakhdar-brahimi"),
        person("فيصل المقداد", "faisal-mekdad"),
    )
    text = "وبدأ الأخضر الإبراهيمي لقاءه مع فيصل المقداد تمهيدا لمقابلة الرئيس غدا."
    assert only_event(text, [brahimi, mekdad]).status == "held"


def test_it_reads_no_gathering_a_negated_verb_opens():
    places = [
        ("موسكو", "moscow", PLACE),
        ("روسيا", "russia", PLACE),
        ("وإيران", "iran", PLACE, "و"),
    ]
    text = "ولم ينطلق في موسكو، صباح الأربعاء، الاجتماع الرباعي لوزراء خارجية روسيا وإيران."
    assert [e.kind for e in events_of(text, places)] == []


def test_it_reads_one_conference_from_a_sentence_that_names_it_twice():
    geneva_two = ("جنيف2", "geneva-ii", ORGANIZATION)
    text = "وأكد أن مؤتمر جنيف2 سينعقد قريبا وأن مؤتمر جنيف2 يختلف عن جنيف1."
    assert [(e.kind, e.status) for e in events_of(text, [geneva_two])] == [
        ("conference", "planned")
    ]


def test_it_reads_a_planned_conference_named_again_as_the_same_one():
    geneva_two = ("جنيف2", "geneva-ii", ORGANIZATION)
    text = "وأكد أن مؤتمر جنيف2 سينعقد قريبا. وأشار إلى أن مؤتمر جنيف2 يختلف عن جنيف1."
    assert [(e.kind, e.status) for e in events_of(text, [geneva_two])] == [
        ("conference", "planned")
    ]


def test_it_reads_meeting_a_delegation_as_a_meeting_not_a_conference():
    delegation = ("وفد المعارضة", "syrian-opposition-delegation", ORGANIZATION)
    mistura = person("ستافان دي ميستورا", "staffan-de-mistura")
    text = "وأرجئ الاجتماع لإفساح المجال أمام ستافان دي ميستورا للقاء وفد المعارضة رسميا."
    assert "conference" not in {e.kind for e in events_of(text, [mistura, delegation])}


def test_it_reads_a_summit_with_its_place_as_a_conference():
    text = "وأكد أن القمة العربية المقررة في مدينة الدمام ستناقش الأزمة."
    event = only_event(text, [("الدمام", "dammam", PLACE)])
    assert (event.kind, event.status, event.place) == ("conference", "planned", "dammam")


def test_it_reads_talks_in_construct_that_a_verb_closes_as_a_conference():
    text = "اختتمت محادثات السلام السورية المنعقدة في أستانا أعمالها أمس."
    event = only_event(text, [("أستانا", "astana", PLACE)])
    assert (event.kind, event.status, event.place) == ("conference", "held", "astana")
    text = "واختتمت جولة محادثات في أستانا أمس."  # indefinite: talks of someone not named
    assert events_of(text, [("أستانا", "astana", PLACE)]) == []


def test_it_reads_a_session_of_a_body_as_a_conference():
    council = ("مجلس الأمن الدولي", "un-security-council", ORGANIZATION)
    text = "يعقد مجلس الأمن الدولي جلسة طارئة حول سوريا غدا في نيويورك."
    event = only_event(text, [council, ("نيويورك", "new-york", PLACE), ("سوريا", "syria", PLACE)])
    assert (event.kind, event.status) == ("conference", "planned")
    assert (event.participants, event.place) == (("un-security-council",), "new-york")


def test_it_places_a_meeting_held_at_a_named_level():
    league = ("مجلس الجامعة العربية", "arab-league", ORGANIZATION)
    text = "عقد مجلس الجامعة العربية اجتماعا طارئا على مستوى وزراء الخارجية في القاهرة."
    event = only_event(text, [league, ("القاهرة", "cairo", PLACE)])
    assert (event.kind, event.participants, event.place) == (
        "conference",
        ("arab-league",),
        "cairo",
    )


def test_it_reads_a_summit_named_again_by_its_country_as_the_same_summit():
    places = [("جدة", "jeddah", PLACE), ("السعودية", "saudi-arabia", PLACE)]
    text = (
        "ويشارك الرئيس في القمة العربية المقررة في جدة غدا. "
        "وأكد أن انعقاد القمة العربية في السعودية سيعزز العمل المشترك."
    )
    event = only_event(text, places, countries={"jeddah": "saudi-arabia"})
    assert (event.kind, event.status, event.place) == ("conference", "planned", "jeddah")


def test_it_joins_a_conference_named_again_without_its_place_to_the_placed_one():
    issg = ("المجموعة الدولية لدعم سوريا", "issg", ORGANIZATION)
    text = (
        "انطلق في فيينا اليوم اجتماع المجموعة الدولية لدعم سوريا. "
        "وسبق الوزراء الاجتماع بلقاء لبحث الوثيقة الختامية لاجتماع المجموعة الدولية لدعم سوريا."
    )
    event = only_event(text, [issg, ("فيينا", "vienna", PLACE)])
    assert (event.participants, event.place) == (("issg",), "vienna")


def test_it_reads_the_states_whose_ministers_hold_a_meeting():
    states = [("روسيا", "russia", PLACE), ("وتركيا", "turkey", PLACE, "و")]
    states.append(("وإيران", "iran", PLACE, "و"))
    text = "عقد وزراء خارجية روسيا وتركيا وإيران اجتماعا ثلاثيا في موسكو."
    event = only_event(text, [*states, ("موسكو", "moscow", PLACE)])
    assert (event.participants, event.place) == (("iran", "russia", "turkey"), "moscow")
    text = "وعقدت روسيا وتركيا في موسكو اجتماعا مغلقا."  # Moscow is where, not who
    event = only_event(text, [*states[:2], ("موسكو", "moscow", PLACE)])
    assert event.participants == ("russia", "turkey")


def test_it_reads_a_body_that_meets_with_no_one_as_a_session():
    council = ("مجلس الأمن الدولي", "un-security-council", ORGANIZATION)
    text = "اجتمع مجلس الأمن الدولي أمس في نيويورك لبحث الأزمة السورية."
    event = only_event(text, [council, ("نيويورك", "new-york", PLACE)])
    assert (event.kind, event.participants, event.place) == (
        "conference",
        ("un-security-council",),
        "new-york",
    )
    text = "اجتمع لافروف في موسكو."  # a person meeting no one is no event
    assert events_of(text, [person("لافروف", "sergey-lavrov"), ("موسكو", "moscow", PLACE)]) == []


def test_it_takes_a_gathering_a_meeting_is_held_on_the_sidelines_of_for_no_news():
    league = ("وزراء الخارجية العرب", "arab-league", ORGANIZATION)
    gheit = person("أبو الغيط", "ahmed-aboul-gheit")
    mistura = person("دي ميستورا", "staffan-de-mistura")
    text = "والتقى أبو الغيط دي ميستورا في الرياض، على هامش اجتماع وزراء الخارجية العرب."
    events = events_of(text, [league, gheit, mistura, ("الرياض", "riyadh", PLACE)])
    assert [(e.kind, e.place) for e in events] == [("meeting", "riyadh")]


def test_it_reads_a_conference_whose_name_is_in_brackets():
    geneva_two = ("جنيف -2", "geneva-ii", ORGANIZATION)
    text = "وأكد أن مؤتمر (جنيف -2) سيعقد في موعده."
    event = only_event(text, [geneva_two])
    assert (event.kind, event.status, event.participants) == (
        "conference",
        "planned",
        ("geneva-ii",),
    )


def test_it_places_a_gathering_where_its_own_name_puts_it_but_not_what_it_is_for():
    congress = ("مؤتمر الحوار الوطني السوري في سوتشي", "sochi-congress", ORGANIZATION)
    sochi = ("سوتشي", "sochi", NESTED)
    text = "اختتم مؤتمر الحوار الوطني السوري في سوتشي أعماله اليوم."
    assert only_event(text, [congress, sochi]).place == "sochi"
    vienna = [("مؤتمر فيينا", "vienna-talks", ORGANIZATION), ("فيينا", "vienna", NESTED)]
    assert only_event("وانطلق مؤتمر فيينا أمس.", vienna).place == "vienna"
    issg = ("مجموعة الدعم الدولية لسوريا", "issg", ORGANIZATION)
    text = "وعقد اجتماع مجموعة الدعم الدولية لسوريا أمس."
    assert only_event(text, [issg, ("لسوريا", "syria", NESTED, "ل")]).place is None


def test_it_reads_a_session_a_verb_opens_and_a_gathering_its_relative_clause_holds():
    league = ("لمجلس الجامعة العربية", "arab-league", ORGANIZATION, "ل")
    text = "وتنطلق اليوم أعمال الدورة العادية لمجلس الجامعة العربية في القاهرة."
    event = only_event(text, [league, ("القاهرة", "cairo", PLACE)])
    assert (event.kind, event.status, event.place) == ("conference", "planned", "cairo")
    text = "واتفقوا في الاجتماع الذي انعقد في جنيف اليوم على وقف إطلاق النار."
    event = only_event(text, [("جنيف", "geneva", PLACE)])
    assert (event.kind, event.status, event.place) == ("conference", "held", "geneva")
    text = "وقال رئيس الدورة الحالية لمجلس الجامعة العربية إن."  # a title, not a session
    assert [e.kind for e in events_of(text, [league]) if e.kind != "statement"] == []


def test_it_keeps_a_held_summit_named_again_in_passing():
    text = "وانعقدت القمة العربية في بغداد اليوم. وقال الأمين العام إن الحديث حول قمة بغداد مهم."
    event = only_event(text, [("بغداد", "baghdad", PLACE)])
    assert (event.kind, event.status, event.place) == ("conference", "held", "baghdad")


def test_it_reads_a_planned_conference_named_again_with_its_city_in_its_name_as_the_same():
    geneva_two = ("مؤتمر جنيف 2", "geneva-ii", ORGANIZATION)
    text = (
        "وأكد أن مؤتمر جنيف 2 سينعقد قريبا. "
        "وقالت إن اللقاء كان فرصة لاستعراض الوضع حول مؤتمر جنيف 2."
    )
    events = events_of(text, [geneva_two, ("جنيف", "geneva", NESTED)])
    assert [(e.kind, e.status) for e in events if e.kind == "conference"] == [
        ("conference", "planned")
    ]


def test_it_takes_everyone_a_summit_gathers_and_the_place_it_is_named_by_later():
    leaders = [
        person("رجب طيب إردوغان", "recep-tayyip-erdogan"),
        person("فلاديمير بوتين", "vladimir-putin"),
        person("إيمانويل ماكرون", "emmanuel-macron"),
        person("أنغيلا ميركل", "angela-merkel"),
        ("اسطنبول", "istanbul", PLACE),
        ("التركي", "turkey", ADJECTIVE),
        ("والروسي", "russia", ADJECTIVE, "و"),
        ("والفرنسي", "france", ADJECTIVE, "و"),
        ("الألمانية", "germany", ADJECTIVE),
    ]
    text = (
        "وستفتتح هذه القمة التي ستجمع للمرة الأولى الرؤساء التركي رجب طيب إردوغان والروسي "
        "فلاديمير بوتين والفرنسي إيمانويل ماكرون والمستشارة الألمانية أنغيلا ميركل. "
        "وقال المتحدث إن المبعوث سيحضر قمة اسطنبول أيضا."
    )
    event = only_event(text, leaders)
    assert (event.kind, event.status, event.place) == ("conference", "planned", "istanbul")
    assert set(event.participants) == {
        "recep-tayyip-erdogan",
        "vladimir-putin",
        "emmanuel-macron",
        "angela-merkel",
    }


def test_it_keeps_a_gathering_placed_first_apart_from_one_named_after_it():
    text = (
        "واتفق الوزراء في الاجتماع الذي انعقد في جنيف اليوم على الحل. "
        "واتفقوا على الاجتماع مجددا على هامش اجتماعات الجمعية العامة."
    )
    entries = [GENEVA, ("الجمعية العامة", "un-general-assembly", ORGANIZATION)]
    conferences = [e for e in events_of(text, entries) if e.kind == "conference"]
    assert ("un-general-assembly", "geneva") not in {
        (p, e.place) for e in conferences for p in e.participants
    }


def test_it_reads_the_conference_named_by_its_article_alone_as_the_one_placed():
    text = "بدأت في مونترو أعمال مؤتمر جنيف 2 اليوم. وافتتح الأمين العام بان كي مون المؤتمر بكلمة."
    entries = [
        ("مونترو", "montreux", PLACE),
        ("جنيف 2", "geneva-ii", ORGANIZATION),
        person("بان كي مون", "ban-ki-moon"),
    ]
    conferences = [e for e in events_of(text, entries) if e.kind == "conference"]
    assert [e.place for e in conferences] == ["montreux"]


def test_it_takes_no_venue_from_where_the_war_is():
    text = "وانطلقت المفاوضات الهادفة لوقف النزاع في سورية الجمعة برعاية الأمم المتحدة."
    entries = [("سورية", "syria", PLACE), ("الأمم المتحدة", "united-nations", ORGANIZATION)]
    assert [e.place for e in events_of(text, entries) if e.kind == "conference"] == [None]
    text = "انطلقت اليوم في جنيف محادثات السلام السورية."
    assert only_event(text, [GENEVA]).place == "geneva"


def test_it_plans_a_gathering_whose_holding_is_talked_about():
    text = "ووصل نبيل العربي اليوم إلى بغداد للتباحث حول عقد القمة العربية في بغداد."
    entries = [person("نبيل العربي", "nabil-elaraby"), ("بغداد", "baghdad", PLACE)]
    summit = next(e for e in events_of(text, entries) if e.kind == "conference")
    assert (summit.status, summit.place) == ("planned", "baghdad")
    text = "وجاء الاجتماع بعد يوم على عقد اجتماعات الدوحة بين اللجنة والوفد."
    gathering = only_event(text, [("الدوحة", "doha", PLACE)])
    assert (gathering.status, gathering.place) == ("held", "doha")


def test_it_reads_the_works_of_a_body_a_verb_opens_or_closes_as_its_gathering():
    committee = ("للجنة الدستورية", "constitutional-committee", ORGANIZATION, "ل")
    text = 'بدأت في جنيف اليوم الاثنين، أعمال "الهيئة المصغرة" للجنة الدستورية.'
    event = only_event(text, [committee, GENEVA], ["اليوم الاثنين"])
    assert (event.kind, event.participants, event.place, event.status) == (
        "conference",
        ("constitutional-committee",),
        "geneva",
        "held",
    )
    text = "وتستأنف أعمال اللجنة الدستورية في جنيف الأسبوع المقبل."
    committee = ("اللجنة الدستورية", "constitutional-committee", ORGANIZATION)
    assert only_event(text, [committee, GENEVA], ["الأسبوع المقبل"]).status == "planned"


def test_it_reads_no_gathering_in_works_of_no_body_nor_twice_in_a_summits_works():
    text = "وبدأت أعمال العنف في حمص منذ أشهر."
    assert events_of(text, [("حمص", "homs", PLACE)]) == []
    text = "وانطلقت أعمال القمة العربية في بغداد اليوم."
    event = only_event(text, [("بغداد", "baghdad", PLACE), ("العربية", "arab-league", ADJECTIVE)])
    assert (event.trigger, event.place) == ("القمة", "baghdad")


def test_it_reads_a_body_that_had_held_a_meeting_and_keeps_it_apart_from_the_news():
    committee = ("اللجنة الوزارية العربية", "arab-ministerial-committee", ORGANIZATION)
    league = ("مجلس الجامعة العربية", "arab-league", ORGANIZATION)
    cairo = ("القاهرة", "cairo", PLACE)
    text = (
        "عقد مجلس الجامعة العربية اجتماعا طارئا في القاهرة أمس. وكانت اللجنة الوزارية "
        "العربية قد عقدت اجتماعا مساء الجمعة في القاهرة."
    )
    found = {(e.kind, e.participants, e.place) for e in events_of(text, [committee, league, cairo])}
    assert found == {
        ("conference", ("arab-league",), "cairo"),
        ("conference", ("arab-ministerial-committee",), "cairo"),
    }


def test_it_reads_those_a_closed_round_had_taking_part_further_on():
    states = [("روسيا", "russia", PLACE), ("وتركيا", "turkey", PLACE, "و")]
    states.append(("وإيران", "iran", PLACE, "و"))
    text = (
        "واختتمت الجولة 20 من المحادثات بعدما استمرت يومي 20 و21 من حزيران الفائت بمشاركة "
        "ممثلين عن روسيا وتركيا وإيران."
    )
    event = only_event(text, states)
    assert (event.kind, event.participants) == ("conference", ("iran", "russia", "turkey"))


def test_it_reads_a_meeting_of_ministers_of_a_group_a_verb_opens():
    text = "وبدأ في العاصمة البريطانية لندن، اليوم اجتماع وزراء خارجية دول أصدقاء سوريا."
    event = only_event(text, [("لندن", "london", PLACE), FRIENDS], ["اليوم"])
    assert (event.kind, event.participants, event.place) == (
        "conference",
        ("friends-of-syria",),
        "london",
    )


def test_it_reads_a_meeting_of_deputy_ministers_of_states_held_where_its_clause_says():
    states = [("روسيا", "russia", PLACE), ("وسوريا", "syria", PLACE, "و")]
    states += [("وإيران", "iran", PLACE, "و"), ("أستانا", "astana", PLACE)]
    text = "بعد الاجتماع الرباعي لنواب وزراء خارجية روسيا وسوريا وإيران الذي أجري في أستانا."
    event = only_event(text, states)
    assert (event.participants, event.place) == (("iran", "russia", "syria"), "astana")


def test_it_reads_a_gathering_named_in_quotes_after_a_separate_lam():
    issg = ("المجموعة الدولية لدعم سوريا", "issg", ORGANIZATION)
    text = 'وأكد الوزيران وجود خطط لعقد اجتماع ل "المجموعة الدولية لدعم سوريا" في ميونيخ.'
    event = only_event(text, [issg, ("ميونيخ", "munich", PLACE)])
    assert (event.kind, event.participants, event.place, event.status) == (
        "conference",
        ("issg",),
        "munich",
        "planned",
    )


def test_it_plans_a_gathering_named_as_what_comes_after_the_news():
    geneva2 = ("جنيف-2", "geneva-ii", ORGANIZATION)
    text = "بدأت روسيا أمس محادثات مع محمد جواد ظريف، قبل أقل من أسبوع من انعقاد مؤتمر «جنيف-2»."
    found = events_of(text, [ZARIF, geneva2, ("روسيا", "russia", PLACE)], ["أمس"])
    assert [(e.kind, e.status) for e in found if e.kind == "conference"] == [
        ("conference", "planned")
    ]


def test_it_reads_talks_a_group_of_named_states_begins_as_their_conference():
    states = [("السعودية", "saudi-arabia", PLACE), ("وروسيا", "russia", PLACE, "و")]
    states += [("وإيران", "iran", PLACE, "و"), ("فيينا", "vienna", PLACE)]
    text = "بدأت 17 دولة بينها السعودية وروسيا وإيران محادثات غير مسبوقة في فيينا الجمعة."
    event = only_event(text, states, ["الجمعة"])
    assert (event.kind, event.participants, event.place) == (
        "conference",
        ("iran", "russia", "saudi-arabia"),
        "vienna",
    )


def test_it_plans_a_summit_of_the_leaders_of_named_states_announced_to_convene():
    states = [("تركيا", "turkey", PLACE), ("وروسيا", "russia", PLACE, "و")]
    states += [("وألمانيا", "germany", PLACE, "و"), ("إسطنبول", "istanbul", PLACE)]
    text = "أعلنت الرئاسة عن انعقاد قمة رباعية لزعماء تركيا وروسيا وألمانيا في مدينة إسطنبول."
    event = only_event(text, states)
    assert (event.participants, event.place, event.status) == (
        ("germany", "russia", "turkey"),
        "istanbul",
        "planned",
    )


def test_it_takes_the_place_a_gatherings_relative_clause_holds_it_in_past_its_day():
    committee = ("اللجنة الدستورية", "constitutional-committee", ORGANIZATION)
    text = "وبحث الوفد جدول أعمال اجتماعات اللجنة الدستورية التي تعقد اليوم الاثنين في جنيف."
    event = only_event(text, [committee, GENEVA], ["اليوم الاثنين"])
    assert (event.kind, event.place) == ("conference", "geneva")


def test_it_reads_a_session_of_unnamed_ministers_a_city_hosts_and_who_attended_it():
    lausanne = ("لوزان", "lausanne", PLACE)
    kerry, lavrov = person("جون كيري", "john-kerry"), person("سيرغي لافروف", "sergey-lavrov")
    text = (
        "شهدت مدينة “لوزان” أمس جلسة رسمية لوزراء خارجية الدول المعنية بالأزمة.\n"
        "وحضر الاجتماع وزراء الخارجية، الأمريكي “جون كيري”، والروسي “سيرغي لافروف”."
    )
    event = only_event(text, [lausanne, kerry, lavrov], ["أمس"])
    assert (event.kind, event.place, event.status) == ("conference", "lausanne", "held")
    assert event.participants == ("john-kerry", "sergey-lavrov")


def test_it_gives_the_host_city_to_no_other_named_conference_the_article_tells_later():
    text = (
        "تستضيف باريس غدا لقاء وزاريا لمجموعة أصدقاء سوريا.\n"
        "وقال الوزير إن الهدف هو التحضير لمؤتمر جنيف 2."
    )
    geneva_ii = ("جنيف 2", "geneva-ii", ORGANIZATION)
    entries = [("باريس", "paris", PLACE), FRIENDS, geneva_ii]
    found = {(e.participants, e.place) for e in events_of(text, entries) if e.kind == "conference"}
    assert (("friends-of-syria",), "paris") in found
    assert all(place != "paris" for participants, place in found if "geneva-ii" in participants)


def test_it_reads_a_session_or_round_of_talks_a_verb_holds_with_no_one_holding_it():
    astana = ("أستانة", "astana", PLACE)
    states = [("إيران", "iran", PLACE), ("وتركيا", "turkey", PLACE, "و")]
    text = "تعقد، ظهر اليوم، جلسة محادثات جديدة في أستانة حول سوريا برعاية إيران وتركيا."
    event = only_event(text, [astana, *states], ["ظهر اليوم"])
    assert (event.kind, event.place, set(event.participants)) == (
        "conference",
        "astana",
        {"iran", "turkey"},
    )
    process = ("محادثات أستانة", "astana-process", ORGANIZATION)
    text = "وعقدت في 23 كانون الثاني، جولة أولى من محادثات أستانة بين وفدي النظام والمعارضة."
    event = only_event(text, [process, ("أستانة", "astana", NESTED)], ["23 كانون الثاني"])
    assert (event.kind, event.status, event.participants) == (
        "conference",
        "held",
        ("astana-process",),
    )


def test_it_reads_no_new_gathering_in_a_verb_that_holds_the_one_told():
    text = "وتعقد القمة غدا، ولا يحضر القمة بلدان هما إيران والولايات المتحدة."
    entries = [
        ("إيران", "iran", PLACE),
        ("والولايات المتحدة", "united-states", PLACE, "و"),
    ]
    assert all("iran" not in e.participants for e in events_of(text, entries, ["غدا"]))


def test_it_reads_a_named_conference_past_its_topic_and_one_called_for_as_planned():
    geneva_ii = ("جنيف-2", "geneva-ii", ORGANIZATION)
    text = 'وترغب روسيا في الدعوة إلى مؤتمر السلام الدولي حول سوريا "جنيف-2" في تشرين الثاني.'
    entries = [geneva_ii, ("روسيا", "russia", PLACE), ("سوريا", "syria", PLACE)]
    event = only_event(text, entries)
    assert (event.kind, event.participants, event.status) == (
        "conference",
        ("geneva-ii",),
        "planned",
    )


def test_it_reads_a_round_of_named_talks_a_verbal_noun_opens_in_the_sentences_tense():
    process = ("محادثات أستانا", "astana-process", ORGANIZATION)
    entries = [process, ("أستانا", "astana", NESTED)]
    text = "وأعلنت الخارجية الكازاخية عن انطلاق الجولة التاسعة من محادثات أستانا."
    event = only_event(text, entries)
    assert (event.kind, event.participants, event.status) == (
        "conference",
        ("astana-process",),
        "held",
    )
    text = "وقبل انطلاق الجولة التاسعة من محادثات أستانا قال الوزير إن الوضع صعب."
    assert only_event(text, entries).status == "planned"
    text = "وذلك لتمهيد الطريق أمام بدء جولة جديدة من محادثات أستانا."
    assert only_event(text, entries).status == "planned"


def test_it_gives_a_gathering_told_by_her_or_their_clitic_to_the_body_named_before():
    committee = ("لجنة الاتصال العربية", "arab-contact-committee", ORGANIZATION)
    text = (
        "وأضافت الجامعة أن لجنة الاتصال العربية قررت تشكيل فريق، مشيرة إلى أن اللجنة توافقت "
        "على أن يكون اجتماعها المقبل في العاصمة العراقية بغداد."
    )
    entries = [committee, ("العاصمة العراقية بغداد", "baghdad", PLACE)]
    event = only_event(text, entries)
    assert (event.kind, event.participants, event.place, event.status) == (
        "conference",
        ("arab-contact-committee",),
        "baghdad",
        "planned",
    )


def test_it_reaches_the_verb_that_opens_the_works_of_a_summit_far_before_it():
    text = (
        "تنطلق، اليوم الإثنين، في العاصمة السعودية الرياض، أعمال القمة العربية الإسلامية "
        "المشتركة، بمشاركة الرئيس السوري بشار الأسد."
    )
    entries = [
        ("العاصمة السعودية الرياض", "riyadh", PLACE),
        person("بشار الأسد", "bashar-al-assad"),
    ]
    event = only_event(text, entries, ["اليوم الإثنين"])
    assert (event.kind, event.place, event.participants) == (
        "conference",
        "riyadh",
        ("bashar-al-assad",),
    )


def test_it_keeps_a_gathering_pointed_at_that_says_where_it_is():
    text = "وبين الوزير أن انعقاد هذا المؤتمر في تونس جاء من أجل اتخاذ خطوات عملية."
    event = only_event(text, [("تونس", "tunis", PLACE)])
    assert (event.kind, event.place) == ("conference", "tunis")


def test_it_reaches_an_opened_gatherings_place_from_the_end_of_its_name():
    montreux = ("مونترو", "montreux", PLACE)
    text = 'بدأ مؤتمر "جنيف-2" الدولي حول سوريا أعماله في مدينة مونترو السويسرية.'
    entries = [("جنيف-2", "geneva-ii", ORGANIZATION), ("سوريا", "syria", PLACE), montreux]
    event = only_event(text, entries)
    assert (event.kind, event.participants, event.place) == (
        "conference",
        ("geneva-ii",),
        "montreux",
    )
    text = "بدأ مؤتمر الحوار الوطني السوري، أعماله رسميا، اليوم الثلاثاء، في سوتشي."
    entries = [("مؤتمر الحوار الوطني السوري", "sochi-congress", ORGANIZATION)]
    event = only_event(text, [*entries, ("سوتشي", "sochi", PLACE)], ["اليوم الثلاثاء"])
    assert (event.participants, event.place) == (("sochi-congress",), "sochi")
