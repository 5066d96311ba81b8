"""Gatherings a passive verb holds, their noun its subject or right after it
(articles.text.event_held), on short sentences written for each rule.
Pure functions, no database."""

from articles.text.mentions import ORGANIZATION, PERSON, PLACE
from tests.event_builders import events_of, only_event

FRIENDS = ("لأصدقاء سوريا", "friends-of-syria", ORGANIZATION, "ل")

MARRAKESH, PARIS = ("مراكش", "marrakesh", PLACE), ("باريس", "paris", PLACE)
GENEVA, SOCHI = ("جنيف", "geneva", PLACE), ("سوتشي", "sochi", PLACE)


def gatherings(text, entries, dates=()):
    return [e for e in events_of(text, entries, dates) if e.kind != "statement"]


def test_it_reads_a_gathering_its_verb_will_hold_after_its_name():
    text = "وأعلنت الوزارة أن الاجتماع المقبل لأصدقاء سوريا سيعقد في مدينة مراكش."
    event = only_event(text, [FRIENDS, MARRAKESH])
    assert (event.kind, event.status, event.participants, event.place) == (
        "conference",
        "planned",
        ("friends-of-syria",),
        "marrakesh",
    )
    text = 'وقال الوزير إن اجتماعا جديدا سيعقد في العاصمة الكزاخية "أستانا".'
    event = only_event(text, [("أستانا", "astana", PLACE)])
    assert (event.kind, event.status, event.participants, event.place) == (
        "conference",
        "planned",
        (),
        "astana",
    )


def test_it_reads_a_past_gathering_only_when_its_name_says_which():
    text = 'يذكر أن الاجتماع السابق ضمن صيغة "أستانا" جرى في مدينة سوتشي.'
    event = only_event(text, [SOCHI])
    assert (event.kind, event.status, event.place) == ("conference", "held", "sochi")
    # «the meeting was held in Geneva»: the one the text told before, not another
    assert not gatherings("وعقد الاجتماع في جنيف.", [GENEVA])
    assert not gatherings("وأوضحت المتحدثة أن اللقاء سيعقد في جنيف.", [GENEVA])


def test_it_reads_a_passive_verb_before_the_gathering_past_its_date():
    text = "وعقد آخر اجتماع لأصدقاء سوريا في يوليوز الماضي في باريس."
    event = only_event(text, [FRIENDS, PARIS])
    assert (event.kind, event.status, event.participants, event.place) == (
        "conference",
        "held",
        ("friends-of-syria",),
        "paris",
    )
    event = only_event("وسيعقد اجتماع جديد في باريس.", [PARIS])
    assert (event.status, event.place) == ("planned", "paris")


def test_it_takes_the_body_a_gatherings_name_names_for_its_participant():
    text = "وأكد أن اجتماع اللجنة الدستورية سيعقد في جنيف."
    body = ("اللجنة الدستورية", "constitutional-committee", ORGANIZATION)
    event = only_event(text, [body, GENEVA])
    assert (event.participants, event.place, event.status) == (
        ("constitutional-committee",),
        "geneva",
        "planned",
    )


def test_it_keeps_a_gathering_held_on_a_day_apart_from_the_next_one_in_the_same_city():
    astana = ("أستانا", "astana", PLACE)
    text = (
        "وقال الوزير إن اجتماعا جديدا سيعقد في أستانا بحضور الوفود التي شاركت في اجتماع "
        "أستانا الأول في 23 كانون الثاني الماضي."
    )
    found = gatherings(text, [astana], ["23 كانون الثاني الماضي"])
    assert sorted((e.status, e.place) for e in found) == [("held", "astana"), ("planned", "astana")]
    # named again with no day, the gathering is the one told
    text = "وقال الوزير إن اجتماعا جديدا سيعقد في أستانا، وأكد أهمية اجتماع أستانا."
    assert [(e.status, e.place) for e in gatherings(text, [astana])] == [("planned", "astana")]


def test_it_reads_talks_a_participle_of_plan_or_a_passive_verb_holds_somewhere():
    sochi = ("سوتشي", "sochi", PLACE)
    text = "وبحث الوزيران جدول أعمال محتملا للمحادثات السورية المقررة في منتجع سوتشي الروسي."
    event = only_event(text, [sochi])
    assert (event.kind, event.status, event.place) == ("conference", "planned", "sochi")
    event = only_event("وأكد أن محادثات السلام السورية ستعقد في جنيف.", [GENEVA])
    assert (event.kind, event.status, event.place) == ("conference", "planned", "geneva")
    # talks someone holds with someone stay their meeting
    text = "وأجرى الوزير محادثات مع نظيره في جنيف."
    assert not gatherings(text, [GENEVA])


def test_it_reads_the_body_that_hosts_a_gathering_and_one_called_for_as_planned():
    league = ("الجامعة العربية", "arab-league", ORGANIZATION)
    text = "وأعلن أن الجامعة العربية ستستضيف مطلع العام الجديد مؤتمراً موسعاً للمعارضة."
    event = only_event(text, [league])
    assert (event.kind, event.status, event.participants) == (
        "conference",
        "planned",
        ("arab-league",),
    )
    council = ("المجلس الوطني السوري", "syrian-national-council", ORGANIZATION)
    text = "ودعا المجلس الوطني السوري، أمس، الى اجتماع طارئ للجامعة العربية."
    event = only_event(text, [council, ("للجامعة العربية", "arab-league", ORGANIZATION, "ل")])
    assert (event.status, event.participants) == ("planned", ("arab-league",))


def test_it_reads_a_gathering_whose_name_holds_a_negated_adjective():
    league = ("لمجلس الجامعة", "arab-league", ORGANIZATION, "ل")
    text = "وقال الوزير عقب الاجتماع غير العادي لمجلس الجامعة إن الاجتماع لم يتطرق إلى الحظر."
    event = only_event(text, [league])
    assert (event.kind, event.status, event.participants) == (
        "conference",
        "held",
        ("arab-league",),
    )


def test_it_reads_a_gathering_that_ministers_named_by_no_one_hold_somewhere():
    text = "يعقد وزراء خارجية الدول الداعمة للمعارضة السورية اجتماعا في باريس يوم السبت المقبل."
    event = only_event(text, [PARIS], ["يوم السبت المقبل"])
    assert (event.kind, event.status, event.participants, event.place) == (
        "conference",
        "planned",
        (),
        "paris",
    )
    # a minister who is named holds his own meeting
    text = "ويعقد وزير الخارجية جان مارك إيرولت اجتماعا في باريس."
    ayrault = ("جان مارك إيرولت", "jean-marc-ayrault", "person")
    assert not gatherings(text, [ayrault, PARIS])


def test_it_reads_indefinite_talks_an_opening_verb_opens_and_who_attends_past_his_title():
    vienna = ("فيينا", "vienna", PLACE)
    text = "وتنطلق غدا في فيينا محادثات دولية حول سوريا بمشاركة 17 دولة."
    event = only_event(text, [vienna, ("سوريا", "syria", PLACE)], ["غدا"])
    assert (event.kind, event.status, event.place) == ("conference", "planned", "vienna")
    # ministers named as its subject hold the gathering, not the verb alone
    states = [("إيران", "iran", PLACE), ("وتركيا", "turkey", PLACE, "و")]
    text = "بدأ وزراء خارجية إيران وتركيا اجتماعا في فيينا."
    assert only_event(text, [vienna, *states]).participants == ("iran", "turkey")
    jubeir = ("عادل الجبير", "adel-al-jubeir", "person")
    text = "ويشارك وزير الخارجية السعودي عادل الجبير في اجتماع فيينا حول سوريا."
    assert only_event(text, [jubeir, vienna]).participants == ("adel-al-jubeir",)


def test_it_reads_who_hosts_a_gathering_of_ministers_and_where_past_their_long_name():
    ayrault = ("جان مارك إيرولت", "jean-marc-ayrault", "person")
    text = (
        "يستضيف وزير الخارجية جان مارك إيرولت في 10 كانون الأول اجتماعا لوزراء خارجية الدول "
        "الداعمة للمعارضة السورية في باريس."
    )
    event = only_event(text, [ayrault, PARIS], ["10 كانون الأول"])
    assert (event.kind, event.status, event.participants, event.place) == (
        "conference",
        "planned",
        ("jean-marc-ayrault",),
        "paris",
    )
    text = "واستضاف إيرولت اجتماعا لوزراء خارجية الدول المعنية بالأزمة في سوريا."
    event = only_event(text, [("إيرولت", "jean-marc-ayrault", "person"), ("سوريا", "syria", PLACE)])
    assert (event.status, event.place) == ("held", None)


def test_it_reads_a_round_of_talks_between_unnamed_sides_held_or_opening_somewhere():
    text = "وعقدت الجولة الأولى من المفاوضات المباشرة بين وفدي الحكومة والمعارضة في جنيف أمس."
    event = only_event(text, [GENEVA], ["أمس"])
    assert (event.kind, event.status, event.place) == ("conference", "held", "geneva")
    text = "وقال مصدر إن الجولة المقبلة من المحادثات ستنطلق في 25 شباط في جنيف."
    event = only_event(text, [GENEVA], ["25 شباط"])
    assert (event.kind, event.status, event.place) == ("conference", "planned", "geneva")
    text = "وعقد اجتماع بين وفدي الحكومة والمعارضة السورية في جنيف."
    event = only_event(text, [GENEVA])
    assert (event.kind, event.status, event.place) == ("conference", "held", "geneva")


def test_it_reads_a_passive_verb_past_a_quoted_name_and_the_days_of_a_week():
    text = (
        'وسيعقد المؤتمر الدولي الأول "العالم ضد الإرهاب" يومي الثلاثاء والأربعاء من الأسبوع '
        "الجاري في طهران."
    )
    event = only_event(text, [("طهران", "tehran", PLACE)])
    assert (event.kind, event.status, event.place) == ("conference", "planned", "tehran")


def test_it_reads_an_attender_titled_with_a_body_before_his_name():
    text = (
        "وشارك الأمين العام لمنظمة التعاون الإسلامي إياد مدني في اجتماع مجموعة دعم سوريا في ميونيخ."
    )
    entries = [
        ("لمنظمة التعاون الإسلامي", "oic", ORGANIZATION, "ل"),
        ("إياد مدني", "iyad-madani", PERSON),
        ("مجموعة دعم سوريا", "issg", ORGANIZATION),
        ("ميونيخ", "munich", PLACE),
    ]
    event = only_event(text, entries)
    assert (event.kind, event.place) == ("conference", "munich")
    assert event.participants == ("issg", "iyad-madani")


def test_it_reads_a_round_a_verb_will_hold_as_talks_not_a_tour():
    astana = ("أستانا", "astana", PLACE)
    lavrov = ("لافروف", "sergey-lavrov", PERSON)
    text = "وقال لافروف إن الجولة المقبلة ستعقد في أستانا."
    event = only_event(text, [lavrov, astana])
    assert (event.kind, event.status, event.participants, event.place) == (
        "conference",
        "planned",
        (),
        "astana",
    )
    for text in (
        "وقال لافروف إن الجولة الجديدة ستنطلق في أستانا.",
        "وقال لافروف إن جولة أستانا المقبلة ستعقد في العاصمة الكازاخية.",
    ):
        entries = [lavrov, astana, ("العاصمة الكازاخية", "astana", PLACE)]
        assert only_event(text, entries).kind == "conference", text
    # a round of a tour is no talks
    text = "وأوضحت الخارجية أن الجولة الخليجية المقبلة ستنطلق في الكويت."
    assert gatherings(text, [("الكويت", "kuwait", PLACE)]) == []
    # a tour is made, not held: still his visit
    text = "وبدأ لافروف جولة في أستانا."
    event = only_event(text, [lavrov, astana])
    assert (event.kind, event.participants) == ("visit", ("sergey-lavrov",))


def test_it_reads_a_gathering_of_a_bodys_ministers_someone_attends():
    issg = ("مجموعة الدعم الدولية لسوريا", "issg", ORGANIZATION)
    munich = ("ميونيخ", "munich", PLACE)
    lavrov = ("لافروف", "sergey-lavrov", PERSON)
    text = "شارك لافروف في اجتماع وزراء خارجية مجموعة الدعم الدولية لسوريا في ميونيخ."
    event = only_event(text, [lavrov, issg, munich])
    assert (event.kind, event.participants, event.place) == (
        "conference",
        ("issg", "sergey-lavrov"),
        "munich",
    )
    # the ministers of states are no body's
    text = "وتتضمن المشاورات اجتماعا لممثلي روسيا، تركيا وإيران."
    states = [
        ("روسيا", "russia", PLACE),
        ("تركيا", "turkey", PLACE),
        ("وإيران", "iran", PLACE, "و"),
    ]
    assert [e.place for e in gatherings(text, states)] in ([], [None])
