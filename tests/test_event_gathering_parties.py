"""Who takes part in a gathering and where it is held when the sentence says so indirectly
(articles.text.event_gatherings): sponsors, rounds of unnamed talks, names over a dash,
«their» meeting. Short sentences written for each rule; pure functions, no database."""

from articles.text.mentions import ORGANIZATION, PLACE
from tests.event_builders import (
    ADJECTIVE,
    GENEVA,
    NESTED,
    PEDERSEN,
    events_of,
    meetings,
    only_event,
    person,
)


def test_it_keeps_the_sponsor_of_a_gathering_apart_unless_no_one_else_is_named():
    committee = ("اللجنة الدستورية", "constitutional-committee", ORGANIZATION)
    sponsor = ("الأمم المتحدة", "united-nations", ORGANIZATION)
    text = "بدأت اجتماعات اللجنة الدستورية أعمالها أمس، برعاية الأمم المتحدة في مدينة جنيف."
    event = only_event(text, [committee, sponsor, GENEVA], ["أمس"])
    assert (event.kind, event.participants, event.place) == (
        "conference",
        ("constitutional-committee",),
        "geneva",
    )
    states = [("أستانا", "astana", PLACE), ("إيران", "iran", PLACE)]
    states.append(("وتركيا", "turkey", PLACE, "و"))
    text = "تعقد اليوم جلسة محادثات جديدة في أستانا برعاية إيران وتركيا."
    event = only_event(text, states, ["اليوم"])
    assert (event.participants, event.place) == (("iran", "turkey"), "astana")


def test_it_reads_the_start_of_a_round_of_unnamed_talks_only_where_a_place_holds_it():
    text = "وعقب بدء الجولة الرابعة من المحادثات السورية في جنيف أمس، صدر بيان."
    event = only_event(text, [GENEVA, ("السورية", "syria", ADJECTIVE)], ["أمس"])
    assert (event.kind, event.status, event.place) == ("conference", "held", "geneva")
    text = "ودعا الوزير إلى بدء جولة جديدة من المحادثات السورية."
    assert events_of(text, [("السورية", "syria", ADJECTIVE)]) == []


def test_it_reads_a_summit_named_over_a_dash_between_its_adjectives():
    text = "وتأتي القمة امتدادا للقمة العربية – الإسلامية المشتركة التي عقدت في الرياض."
    event = only_event(text, [("الرياض", "riyadh", PLACE)])
    assert (event.kind, event.status, event.place) == ("conference", "held", "riyadh")


def test_it_gives_their_meeting_to_the_body_and_the_states_joined_to_it():
    entries = [
        ("مجلس التعاون الخليجي", "gcc", ORGANIZATION),
        ("ومصر", "egypt", PLACE, "و"),
        ("والعراق", "iraq", PLACE, "و"),
        ("بمدينة جدة", "jeddah", PLACE, "ب"),
    ]
    text = (
        "اتفق وزراء خارجية دول مجلس التعاون الخليجي ومصر والعراق؛ خلال اجتماعهم التشاوري "
        "بمدينة جدة صباح السبت؛ على القبول بعودة العلاقات."
    )
    event = only_event(text, entries, ["صباح السبت"])
    assert (event.kind, event.participants, event.place) == (
        "conference",
        ("egypt", "gcc", "iraq"),
        "jeddah",
    )


def test_it_gives_the_summit_told_to_the_leaders_a_support_verb_makes_hold_it():
    entries = [
        person("رجب طيب أردوغان", "recep-tayyip-erdogan"),
        person("فلاديمير بوتين", "vladimir-putin"),
        person("حسن روحاني", "hassan-rouhani"),
    ]
    text = (
        "ويعقد الرئيس التركي رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين والإيراني حسن "
        "روحاني، القمة عبر تقنية الفيديو."
    )
    event = only_event(text, entries)
    assert (event.kind, event.place) == ("conference", None)
    assert event.participants == ("hassan-rouhani", "recep-tayyip-erdogan", "vladimir-putin")


def test_it_takes_the_city_a_relative_clause_has_host_the_gathering_and_its_tense():
    manama = ("المنامة", "manama", PLACE)
    text = "واستعرض الوزير التحضيرات للقمة العربية العادية الثالثة والثلاثين التي تستضيفها المنامة."
    event = only_event(text, [manama])
    assert (event.kind, event.status, event.place) == ("conference", "planned", "manama")
    text = "وتأتي القمة امتدادا للقمة العربية التي استضافتها المنامة العام الماضي."
    event = only_event(text, [manama], ["العام الماضي"])
    assert (event.kind, event.status, event.place) == ("conference", "held", "manama")


def test_it_gives_a_gathering_the_one_who_attends_it_where_the_sentence_holds_it():
    mistura = person("ستافان دي ميستورا", "staffan-de-mistura")
    astana = ("آستانة", "astana", PLACE)
    text = "وقال ستافان دي ميستورا اليوم إنه سيحضر محادثات السلام السورية في آستانة غدا."
    event = only_event(text, [mistura, astana], ["اليوم", "غدا"])
    assert (event.kind, event.status, event.participants, event.place) == (
        "conference",
        "planned",
        ("staffan-de-mistura",),
        "astana",
    )
    # the gathering told before, or one the text puts nowhere: left to the other rules
    text = "ومن المقرر أن يشارك ستافان دي ميستورا في الاجتماع."
    assert [e for e in events_of(text, [mistura]) if e.kind == "conference"] == []


def test_it_reads_a_round_of_talks_joined_by_li_as_by_min():
    text = "انطلقت اليوم في جنيف الجولة السادسة للمحادثات السورية."
    event = only_event(text, [GENEVA, ("السورية", "syria", ADJECTIVE)], ["اليوم"])
    assert (event.kind, event.place, event.status) == ("conference", "geneva", "held")
    # Without a round, «للمحادثات» is what something is for: nothing opens the talks.
    text = "وانطلقت الاستعدادات للمحادثات السورية في جنيف."
    assert not events_of(text, [GENEVA, ("السورية", "syria", ADJECTIVE)])


def test_it_reads_the_meeting_a_body_speaks_at_the_end_of_where_its_day_is_told():
    league = ("وزراء الخارجية العرب", "arab-league", ORGANIZATION)
    cairo = ("القاهرة", "cairo", PLACE)
    text = (
        "وكان وزراء الخارجية العرب طلبوا في ختام اجتماع طارئ في 28 أغسطس الماضي "
        "في القاهرة وقف العنف."
    )
    event = only_event(text, [league, cairo], ["28 أغسطس الماضي"])
    assert (event.kind, event.participants, event.place) == (
        "conference",
        ("arab-league",),
        "cairo",
    )
    # A person speaking at the end of a meeting is not the body's: no one to meet.
    text = "وقال أحمد أبو الغيط في ختام اجتماع طارئ للجامعة في القاهرة إن الوضع خطير."
    entries = [person("أحمد أبو الغيط", "ahmed-aboul-gheit"), cairo]
    assert not [e for e in events_of(text, entries) if e.kind != "statement"]


def test_it_reads_a_forum_as_a_conference_where_its_clause_holds_it():
    text = "وتشارك الحكومة السورية في «منتدى موسكو» الذي ينطلق اليوم."
    event = only_event(text, [("موسكو", "moscow", PLACE)], ["اليوم"])
    assert (event.kind, event.status, event.place) == ("conference", "planned", "moscow")


def test_it_reads_the_place_of_a_gathering_past_the_noun_its_name_is_in_construct_with():
    mekdad, cairo = person("فيصل المقداد", "faisal-mekdad"), ("القاهرة", "cairo", PLACE)
    event = only_event("وسيشارك فيصل المقداد في مؤتمر الحوار في القاهرة.", [mekdad, cairo])
    assert (event.kind, event.status, event.participants, event.place) == (
        "conference",
        "planned",
        ("faisal-mekdad",),
        "cairo",
    )


def test_it_places_a_gathering_in_the_city_named_before_the_verb_that_hosts_it():
    text = "وأعلنت الوزارة أن العاصمة عمان ستستضيف غدا اجتماعا لوزراء خارجية السعودية ومصر."
    states = [("السعودية", "saudi-arabia", PLACE), ("ومصر", "egypt", PLACE, "و")]
    event = only_event(text, [("عمان", "amman", PLACE), *states], ["غدا"])
    assert (event.status, event.place) == ("planned", "amman")


def test_it_places_a_gathering_a_state_hosted_in_the_city_it_names():
    text = "وشارك الوزير في الاجتماع التشاوري الذي استضافته السعودية في جدة."
    entries = [("السعودية", "saudi-arabia", PLACE), ("جدة", "jeddah", PLACE)]
    event = only_event(text, entries)
    assert (event.kind, event.status, event.place) == ("conference", "held", "jeddah")


def test_it_reads_the_gathering_a_sentence_opens_with_as_the_frame_of_its_meetings():
    process, astana = (
        ("محادثات أستانا", "astana-process", ORGANIZATION),
        ("أستانا", "astana", NESTED),
    )
    jaafari, lavrentiev = person("بشار الجعفري", "jaafari"), person("لافرنتييف", "lavrentiev")
    text = (
        "في إطار الجولة الثالثة عشرة من محادثات أستانا، عقد الوفد السوري برئاسة بشار الجعفري "
        "اجتماعا مع الوفد الروسي برئاسة لافرنتييف. كما عقد الوفد السوري اجتماعا مع الوفد "
        "الإيراني برئاسة علي أصغر خاجي."
    )
    khaji = person("علي أصغر خاجي", "khaji")
    found = events_of(text, [process, astana, jaafari, lavrentiev, khaji])
    assert ("conference", "held", "astana") in {(e.kind, e.status, e.place) for e in found}
    assert {e.place for e in found if e.kind == "meeting"} == {"astana"}


def test_it_gives_a_gathering_the_one_who_attends_it_past_his_title_and_day():
    shoukry = person("سامح شكري", "sameh-shoukry")
    vienna = ("فيينا", "vienna", PLACE)
    text = "يشارك سامح شكري وزير الخارجية، السبت 14 نوفمبر، في اجتماع فيينا حول سوريا."
    event = only_event(text, [shoukry, vienna], ["السبت 14 نوفمبر"])
    assert (event.kind, event.participants, event.place) == (
        "conference",
        ("sameh-shoukry",),
        "vienna",
    )
    # not over an ordinary word: the name before it is someone else's
    text = "استقبل سامح شكري سفيرا يشارك في اجتماع فيينا."
    found = [e for e in events_of(text, [shoukry, vienna]) if e.kind == "conference"]
    assert all(e.participants != ("sameh-shoukry",) for e in found)


def test_it_gives_a_session_the_one_who_attends_its_works_over_what_kind_it_is():
    safadi = person("أيمن الصفدي", "ayman-safadi")
    league = ("لمجلس جامعة الدول العربية", "arab-league", ORGANIZATION, "ل")
    cairo = ("القاهرة", "cairo", PLACE)
    text = (
        "شارك وزير الخارجية أيمن الصفدي، اليوم، في أعمال الدورة غير العادية "
        "لمجلس جامعة الدول العربية في القاهرة."
    )
    event = only_event(text, [safadi, league, cairo], ["اليوم"])
    assert (event.kind, event.participants, event.place) == (
        "conference",
        ("arab-league", "ayman-safadi"),
        "cairo",
    )


def test_it_reads_a_definite_round_of_talks_or_of_a_named_process_an_opening_verb_opens():
    astana = ("أستانا", "astana", PLACE)
    syria = ("سوريا", "syria", PLACE)
    text = "انطلقت اليوم في أستانا الجولة 11 من محادثات تسوية الأزمة السورية."
    event = only_event(text, [astana], ["اليوم"])
    assert (event.kind, event.status, event.place) == ("conference", "held", "astana")
    process = ("مسار أستانة", "astana-process", ORGANIZATION)
    text = "انطلقت الجولة التاسعة عشرة من «مسار أستانة» بشأن سوريا، أمس، في أستانا."
    event = only_event(text, [process, syria, astana], ["أمس"])
    assert (event.kind, event.participants, event.place) == (
        "conference",
        ("astana-process",),
        "astana",
    )
    # a round that is no process's is no gathering: «جولته» is still a trip
    text = "اختتم بيدرسون الجولة الأولى من زيارته إلى أستانا."
    assert all(e.kind != "conference" for e in events_of(text, [astana]))


VIENNA = ("فيينا", "vienna", PLACE)
KERRY, LAVROV = person("جون كيري", "john-kerry"), person("سيرغي لافروف", "sergey-lavrov")
AND_LAVROV = person("وسيرغي لافروف", "sergey-lavrov", "و")
TITLES = [("الأمريكي", "united-states", ADJECTIVE), ("الروسي", "russia", ADJECTIVE)]


def test_it_takes_everyone_who_attends_before_the_gathering():
    entries = [KERRY, LAVROV, AND_LAVROV, ("فيينا", "vienna", NESTED), *TITLES]
    entries.append(("مؤتمر فيينا", "vienna-talks", ORGANIZATION))
    for text in (
        "شارك وزير الخارجية الأمريكي جون كيري ونظيره الروسي سيرغي لافروف في مؤتمر فيينا.",
        "حضر جون كيري وسيرغي لافروف مؤتمر فيينا.",
    ):
        event = only_event(text, entries)
        assert set(event.participants) == {"john-kerry", "sergey-lavrov", "vienna-talks"}, text
    # a definite gathering the sentence ties to a place is its own, not one told before
    text = "شارك جون كيري وسيرغي لافروف في الاجتماع الدولي حول سوريا الذي عقد في فيينا."
    event = only_event(text, [KERRY, LAVROV, AND_LAVROV, VIENNA])
    assert (event.kind, event.participants, event.place) == (
        "conference",
        ("john-kerry", "sergey-lavrov"),
        "vienna",
    )


def test_it_gives_the_gathering_told_before_those_who_attend_the_meeting():
    opening = "بدأت في فيينا اليوم أعمال الاجتماع الدولي حول سوريا.\n"
    for attending in (
        "ويشارك في الاجتماع وزير الخارجية الأمريكي جون كيري ونظيره الروسي سيرغي لافروف.",
        "وشارك جون كيري وسيرغي لافروف في الاجتماع.",
    ):
        entries = [KERRY, LAVROV, AND_LAVROV, VIENNA, *TITLES]
        event = only_event(opening + attending, entries, ["اليوم"])
        assert (event.kind, event.participants, event.place) == (
            "conference",
            ("john-kerry", "sergey-lavrov"),
            "vienna",
        ), attending
    # «في الاجتماعات»: the round's meetings, not the one told last; «في إعداد البيان»: no
    # gathering at all
    for attending in (
        "ويشارك في الاجتماعات جون كيري وسيرغي لافروف.",
        "وشارك جون كيري وسيرغي لافروف في إعداد البيان.",
    ):
        found = events_of(opening + attending, [KERRY, LAVROV, AND_LAVROV, VIENNA], ["اليوم"])
        gathering = next(e for e in found if e.kind == "conference")
        assert gathering.participants == (), attending


PUTIN, ERDOGAN = person("فلاديمير بوتين", "vladimir-putin"), person("رجب طيب أردوغان", "erdogan")
AND_ERDOGAN = person("ورجب طيب أردوغان", "erdogan", "و")
AND_ROUHANI = person("وحسن روحاني", "rouhani", "و")
TEHRAN = ("طهران", "tehran", PLACE)
THREE = {"vladimir-putin", "erdogan", "rouhani"}


def test_it_takes_who_the_sentence_says_took_part_after_the_gathering():
    entries = [PUTIN, ERDOGAN, AND_ERDOGAN, AND_ROUHANI, TEHRAN]
    for text, status in (
        ("عقدت في طهران قمة ثلاثية بمشاركة فلاديمير بوتين ورجب طيب أردوغان وحسن روحاني.", "held"),
        ("عقدت في طهران قمة ثلاثية شارك فيها فلاديمير بوتين ورجب طيب أردوغان وحسن روحاني.", "held"),
        (
            "تستضيف طهران القمة الثلاثية بمشاركة الرؤساء فلاديمير بوتين ورجب طيب أردوغان "
            "وحسن روحاني.",
            "planned",
        ),
    ):
        event = only_event(text, entries)
        assert (event.kind, set(event.participants), event.place, event.status) == (
            "conference",
            THREE,
            "tehran",
            status,
        ), text
    # a body that meets, and who chairs it and takes part
    group = ("مجموعة العمل", "action-group", ORGANIZATION)
    annan, lavrov = person("كوفي عنان", "kofi-annan"), person("سيرغي لافروف", "sergey-lavrov")
    text = "اجتمعت مجموعة العمل في جنيف برئاسة كوفي عنان وبمشاركة سيرغي لافروف."
    event = only_event(text, [group, annan, lavrov, GENEVA])
    assert (event.kind, set(event.participants), event.place) == (
        "conference",
        {"action-group", "kofi-annan", "sergey-lavrov"},
        "geneva",
    )
    # the states, by their delegations
    states = [("روسيا", "russia", PLACE), ("وتركيا", "turkey", PLACE, "و")]
    states.append(("وإيران", "iran", PLACE, "و"))
    astana, process = (
        ("أستانا", "astana", PLACE),
        ("محادثات أستانا", "astana-process", ORGANIZATION),
    )
    text = "انطلقت في أستانا الجولة العشرون من محادثات أستانا بمشاركة وفود روسيا وتركيا وإيران."
    event = only_event(text, [*states, astana, process])
    assert (event.kind, set(event.participants), event.place) == (
        "conference",
        {"astana-process", "russia", "turkey", "iran"},
        "astana",
    )


def test_it_takes_who_attends_a_meeting_but_no_one_from_a_list_of_words():
    assad, zarif = person("بشار الأسد", "assad"), person("محمد جواد ظريف", "zarif")
    muallem = person("وليد المعلم", "muallem")
    text = "استقبل بشار الأسد محمد جواد ظريف بحضور وزير الخارجية وليد المعلم."
    event = only_event(text, [assad, zarif, muallem])
    assert set(event.participants) == {"assad", "zarif", "muallem"}
    text = "استقبل بشار الأسد محمد جواد ظريف بحضور وسائل الإعلام."
    assert set(only_event(text, [assad, zarif]).participants) == {"assad", "zarif"}


def test_it_reads_a_named_gathering_of_several_parties_as_a_conference():
    entries = [PUTIN, ERDOGAN, AND_ERDOGAN, AND_ROUHANI, TEHRAN]
    text = "عقدت في طهران قمة ثلاثية بين فلاديمير بوتين ورجب طيب أردوغان وحسن روحاني."
    assert only_event(text, entries).kind == "conference"
    # the talks one of them holds during it are that gathering
    text = "سيبحث فلاديمير بوتين غدا خلال اللقاء الثلاثي مع رجب طيب أردوغان وحسن روحاني الوضع."
    event = only_event(text, entries, ["غدا"])
    assert (event.kind, set(event.participants), event.status) == ("conference", THREE, "planned")
    # two who meet are a meeting whatever the adjective
    text = "عقد فلاديمير بوتين ورجب طيب أردوغان اجتماعا موسعا في طهران."
    assert only_event(text, entries).kind == "meeting"


def test_it_takes_the_ministers_listed_with_their_states_not_the_states_too():
    safadi, shoukry = person("أيمن الصفدي", "safadi"), person("سامح شكري", "shoukry")
    mekdad = person("فيصل المقداد", "mekdad")
    states = [("الأردن", "jordan", PLACE), ("ومصر", "egypt", PLACE, "و")]
    states.append(("وسوريا", "syria", PLACE, "و"))
    text = (
        "عُقد في عمّان اجتماع وزاري عربي تشاوري بشأن سوريا، شارك فيه وزراء خارجية الأردن "
        "أيمن الصفدي ومصر سامح شكري وسوريا فيصل المقداد."
    )
    event = only_event(text, [safadi, shoukry, mekdad, *states, ("عمّان", "amman", PLACE)])
    assert (event.kind, set(event.participants), event.place) == (
        "conference",
        {"safadi", "shoukry", "mekdad"},
        "amman",
    )


def test_it_reads_who_attends_a_gathering_its_host_city_places():
    shoukry, assad = person("سامح شكري", "shoukry"), person("بشار الأسد", "assad")
    text = "سوف يشارك سامح شكري في الاجتماع الوزاري العربي الذي تستضيفه عمّان الأسبوع المقبل."
    event = only_event(text, [shoukry, ("عمّان", "amman", PLACE)])
    assert (event.kind, event.participants, event.place, event.status) == (
        "conference",
        ("shoukry",),
        "amman",
        "planned",
    )
    text = "يعتزم الرئيس بشار الأسد المشاركة في القمة العربية المقبلة التي تستضيفها جدة."
    event = only_event(text, [assad, ("جدة", "jeddah", PLACE)])
    assert (event.participants, event.place, event.status) == (("assad",), "jeddah", "planned")


def test_it_reads_a_tour_that_starts_in_a_place_as_a_visit_there():
    lavrov = person("سيرغي لافروف", "sergey-lavrov")
    text = "استهل سيرغي لافروف جولته الإقليمية من القاهرة."
    event = only_event(text, [lavrov, ("القاهرة", "cairo", PLACE)])
    assert (event.kind, event.place, event.status) == ("visit", "cairo", "held")
    text = "بدأ الوفد جولة جديدة من المحادثات في جنيف مع سيرغي لافروف."
    assert all(e.kind != "visit" for e in events_of(text, [lavrov, GENEVA]))


def test_it_reads_states_listed_after_yadummu_as_participants():
    text = "ومن المنتظر أن يعقد اجتماع ثلاثي يضم روسيا وتركيا وإيران في طهران الشهر المقبل."
    entries = [("روسيا", "russia", PLACE), ("وتركيا", "turkey", PLACE, "و")]
    entries += [("وإيران", "iran", PLACE, "و"), ("طهران", "tehran", PLACE)]
    event = only_event(text, entries, ["الشهر المقبل"])
    # three parties at a «trilateral» meeting: a conference
    assert (event.kind, event.status, event.place) == ("conference", "planned", "tehran")
    assert event.participants == ("iran", "russia", "turkey")


def test_it_reads_each_member_of_a_meeting_that_includes_a_body_and_a_person():
    committee = ("للجنة الدستورية", "constitutional-committee", ORGANIZATION, "ل")
    un = ("للأمم المتحدة", "united-nations", ORGANIZATION, "ل")
    text = (
        "تبدأ اليوم الهيئة المصغرة، باجتماع تمهيدي يضم الرئيسين المشتركين للجنة الدستورية "
        "والمبعوث الخاص للأمم المتحدة غير بيدرسن في جنيف."
    )
    found = events_of(text, [committee, un, PEDERSEN, ("جنيف", "geneva", PLACE)], ["اليوم"])
    assert meetings(found) == {
        ("meeting", frozenset({"constitutional-committee", "geir-pedersen"}), "geneva")
    }


def test_it_reads_the_states_a_gathering_is_of_as_its_members_not_its_place():
    jeddah, gcc = ("جدة", "jeddah", PLACE), ("مجلس التعاون", "gcc", ORGANIZATION)
    states = [("والأردن", "jordan", PLACE, "و"), ("والعراق", "iraq", PLACE, "و")]
    states += [("ومصر", "egypt", PLACE, "و"), ("للأردن", "jordan", PLACE, "لل")]
    members = {"gcc", "jordan", "iraq", "egypt"}
    for text, expected in (
        ("عقد في جدة اجتماع تشاوري لدول مجلس التعاون والأردن والعراق ومصر.", members),
        ("عقد في جدة اجتماع للأردن والعراق ومصر.", members - {"gcc"}),
        (
            "وجاء ذلك استكمالا للاجتماع التشاوري لدول مجلس التعاون والأردن والعراق ومصر، "
            "الذي استضافته السعودية في جدة.",
            members,
        ),
    ):
        entries = [jeddah, gcc, *states, ("السعودية", "saudi-arabia", PLACE)]
        event = only_event(text, entries)
        assert (event.kind, set(event.participants), event.place) == (
            "conference",
            expected,
            "jeddah",
        ), text
    # «جلسة لسوريا»: what it is about, neither a member nor where it meets
    council = ("مجلس الأمن", "un-security-council", ORGANIZATION)
    found = events_of(
        "ويعقد مجلس الأمن جلسة لسوريا غدا.", [council, ("لسوريا", "syria", PLACE, "ل")]
    )
    assert all(e.place != "syria" and "syria" not in e.participants for e in found)
    # «بجنيف», «مؤتمر جنيف»: where it meets
    group = ("مجموعة العمل", "action-group", ORGANIZATION)
    event = only_event("عقد اجتماع مجموعة العمل بجنيف.", [group, ("بجنيف", "geneva", PLACE, "ب")])
    assert (event.participants, event.place) == (("action-group",), "geneva")


def test_it_reads_a_meeting_of_three_states_as_a_gathering_of_many_parties():
    tehran = ("طهران", "tehran", PLACE)
    and_pedersen = person("وغير بيدرسن", "geir-pedersen", "و")
    entries = [PUTIN, ERDOGAN, AND_ERDOGAN, AND_ROUHANI, tehran, and_pedersen]
    states_of = {
        "vladimir-putin": frozenset({"russia"}),
        "erdogan": frozenset({"turkey"}),
        "rouhani": frozenset({"iran"}),
    }

    def kinds(text):
        return {e.kind for e in events_of(text, entries, states_of=states_of)}

    assert kinds("واجتمع في طهران فلاديمير بوتين ورجب طيب أردوغان وحسن روحاني.") == {"conference"}
    # one acts for no state: the envoy meets them
    assert kinds("واجتمع في طهران فلاديمير بوتين ورجب طيب أردوغان وغير بيدرسن.") == {"meeting"}
    # one meets the others
    assert kinds("والتقى فلاديمير بوتين في طهران رجب طيب أردوغان وحسن روحاني.") == {"meeting"}
    assert kinds("واجتمع فلاديمير بوتين مع رجب طيب أردوغان وحسن روحاني في طهران.") == {"meeting"}


def test_it_reads_the_unnamed_ministers_of_states_as_the_states_meeting():
    states = [("الأردن", "jordan", PLACE)]
    states += [
        (f"و{name}", slug, PLACE, "و")
        for name, slug in (("السعودية", "saudi-arabia"), ("مصر", "egypt"))
    ]
    entries = [*states, ("عمان", "amman", PLACE)]

    def found(text):
        return {(e.kind, e.participants, e.place) for e in events_of(text, entries, ["غدا"])}

    # three states or more are a gathering of many parties (event_article.gatherings_of_states)
    assert found("ويجتمع وزراء خارجية الأردن والسعودية ومصر غدا في عمان.") == {
        ("conference", ("egypt", "jordan", "saudi-arabia"), "amman")
    }
    assert found("ويجتمع وزيرا خارجية الأردن والسعودية غدا في عمان.") == {
        ("meeting", ("jordan", "saudi-arabia"), "amman")
    }


def test_it_reads_the_leaders_of_the_states_named_after_between():
    leaders = [
        person("رجب طيب أردوغان", "recep-tayyip-erdogan"),
        person("وفلاديمير بوتين", "vladimir-putin", "و"),
        person("وحسن روحاني", "hassan-rouhani", "و"),
        ("أنقرة", "ankara", PLACE),
        ("تركيا", "turkey", PLACE),
        ("وروسيا", "russia", PLACE, "و"),
        ("وإيران", "iran", PLACE, "و"),
        ("بسورية", "syria", PLACE, "ب"),
    ]
    states_of = {
        "recep-tayyip-erdogan": frozenset({"turkey"}),
        "vladimir-putin": frozenset({"russia"}),
        "hassan-rouhani": frozenset({"iran"}),
    }
    summit = (
        "conference",
        frozenset({"recep-tayyip-erdogan", "vladimir-putin", "hassan-rouhani"}),
        "ankara",
    )
    for text in (
        "وعقدت في أنقرة اليوم قمة خاصة بسورية بين زعماء الدول الثلاث تركيا وروسيا وإيران "
        "رجب طيب أردوغان وفلاديمير بوتين وحسن روحاني.",
        "وعقدت في أنقرة اليوم قمة خاصة بين رجب طيب أردوغان وفلاديمير بوتين وحسن روحاني.",
        "وعقدت في أنقرة اليوم قمة بين زعماء الدول الثلاث رجب طيب أردوغان وفلاديمير بوتين "
        "وحسن روحاني.",
    ):
        # each leader acts for one state: a gathering of many parties
        event = only_event(text, leaders, ["اليوم"], states_of=states_of)
        assert (event.kind, frozenset(event.participants), event.place) == summit, text


def test_it_reads_a_private_meeting_between_two_and_a_special_summit_ending_the_text():
    lavrov, kerry = person("لافروف", "sergey-lavrov"), person("وكيري", "john-kerry", "و")
    event = only_event("وعقد اجتماع خاص بين لافروف وكيري في جنيف.", [lavrov, kerry, GENEVA])
    assert (event.kind, set(event.participants), event.place) == (
        "meeting",
        {"sergey-lavrov", "john-kerry"},
        "geneva",
    )
    # «خاصة» the text's last word: no word after it to read
    putin, erdogan = person("بوتين", "vladimir-putin"), person("وأردوغان", "erdogan", "و")
    found = events_of("واتفق بوتين وأردوغان على عقد قمة خاصة", [putin, erdogan])
    assert {frozenset(e.participants) for e in found} == {frozenset({"vladimir-putin", "erdogan"})}
