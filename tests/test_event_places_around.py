"""Places a meeting takes from around its own phrase (articles.text.event_places and
event_hosts): the visit its sentence tells after «خلال», the sentence after it («جاء ذلك خلال
…»), «على هامش» after a comma, a building and city past the day. Short sentences written for
each rule; pure functions, no database."""

from articles.text.dates import find_dates
from articles.text.events import extract_events
from articles.text.mentions import ORGANIZATION, PLACE
from tests.event_builders import (
    ADJECTIVE,
    GENEVA,
    KERRY,
    LAVROV,
    MUALLEM,
    PEDERSEN,
    events_of,
    meetings,
    mentions,
    person,
)


def test_it_places_a_meeting_on_the_visit_its_sentence_tells_after_khilal():
    safadi = person("الصفدي", "ayman-safadi")
    amman = ("عمان", "amman", PLACE)
    text = (
        "وقال الصفدي إن الحل سياسي. جاء ذلك بعد لقائه المبعوث الأممي غير بيدرسن "
        "خلال زيارة يجريها الأخير إلى عمان."
    )
    found = events_of(text, [safadi, PEDERSEN, amman])
    assert ("meeting", frozenset({"ayman-safadi", "geir-pedersen"}), "amman") in meetings(found)


def test_it_places_a_meeting_where_the_next_sentence_says_it_came_during():
    lukashenko, minsk = person("ألكسندر لوكاشينكو", "lukashenko"), ("مينسك", "minsk", PLACE)
    text = (
        "بحث ألكسندر لوكاشينكو اليوم مع وليد المعلم العلاقات الثنائية. جاء ذلك خلال استقبال "
        "الرئيس البيلاروسي للمسؤول السوري في العاصمة البيلاروسية مينسك."
    )
    found = events_of(text, [lukashenko, MUALLEM, minsk])
    assert meetings(found) == {("meeting", frozenset({"lukashenko", "walid-al-muallem"}), "minsk")}


def test_it_places_a_meeting_on_the_sidelines_named_after_a_comma():
    mekdad, bou_habib = person("فيصل المقداد", "mekdad"), person("عبد الله بو حبيب", "bou-habib")
    jeddah = ("جدة", "jeddah", PLACE)
    text = (
        "والتقى فيصل المقداد عبد الله بو حبيب، على هامش اجتماع وزراء الخارجية العرب "
        "التحضيري للقمة العربية في مدينة جدة."
    )
    found = events_of(text, [mekdad, bou_habib, jeddah])
    assert ("meeting", frozenset({"mekdad", "bou-habib"}), "jeddah") in meetings(found)


def test_it_takes_no_place_from_a_press_conference_the_next_sentence_names():
    text = (
        "بحث وليد المعلم مع سيرغي لافروف الوضع في سوريا. جاء ذلك في مؤتمر صحفي عقده المعلم في دمشق."
    )
    found = events_of(text, [MUALLEM, LAVROV, ("دمشق", "damascus", PLACE)])
    assert meetings(found) == {("meeting", frozenset({"walid-al-muallem", "sergey-lavrov"}), None)}


def test_it_places_a_meeting_past_its_day_and_a_building_in_the_city():
    delegation = ("وفد الحكومة السورية", "syrian-government-delegation", ORGANIZATION)
    de_mistura = person("دي ميستورا", "de-mistura")
    text = "والتقى دي ميستورا وفد الحكومة السورية الجمعة في مقر الأمم المتحدة في جنيف."
    found = events_of(text, [de_mistura, delegation, GENEVA], ["الجمعة"])
    assert meetings(found) == {
        ("meeting", frozenset({"de-mistura", "syrian-government-delegation"}), "geneva")
    }


def test_it_places_a_meeting_past_the_title_set_after_the_last_name():
    annan, elaraby = person("كوفي عنان", "kofi-annan"), person("نبيل العربي", "nabil-elaraby")
    un = ("الأمم المتحدة", "united-nations", ORGANIZATION)
    syria = ("سوريا", "syria", PLACE)
    entries = [elaraby, annan, un, syria, GENEVA]
    text = "بحث نبيل العربي مع كوفي عنان، المبعوث المشترك للأمم المتحدة إلى سوريا، بجنيف اليوم."
    found = events_of(text, [*entries[:-1], ("بجنيف", "geneva", PLACE, "ب")])
    assert meetings(found) == {("meeting", frozenset({"kofi-annan", "nabil-elaraby"}), "geneva")}
    # the places of the title itself are no venue
    text = "بحث نبيل العربي مع كوفي عنان، المبعوث المشترك للأمم المتحدة إلى سوريا، الأوضاع."
    assert meetings(events_of(text, entries[:-1])) == {
        ("meeting", frozenset({"kofi-annan", "nabil-elaraby"}), None)
    }


def test_it_places_a_meeting_with_an_official_of_the_state_the_visitor_went_to():
    annan, muallem = person("أنان", "kofi-annan"), person("وليد المعلم", "walid-al-muallem")
    lavrov = person("سيرغي لافروف", "sergey-lavrov")
    entries = [annan, person("لأنان", "kofi-annan", "ل"), muallem, lavrov]
    entries.append(("دمشق", "damascus", PLACE))
    options = {
        "countries": {"damascus": "syria"},
        "states_of": {
            "walid-al-muallem": frozenset({"syria"}),
            "sergey-lavrov": frozenset({"russia"}),
        },
    }
    text = (
        "وهي الزيارة الثانية لأنان إلى دمشق منذ تعيينه.\n"
        "وكان أنان التقى مساء الاثنين وزير الخارجية وليد المعلم."
    )
    found = extract_events(text, mentions(text, entries), dates=find_dates(text), **options)
    assert ("meeting", frozenset({"kofi-annan", "walid-al-muallem"}), "damascus") in meetings(found)
    # whom no state ties to the place he went to is met somewhere the text does not say
    # nor earlier news of another time
    text = (
        "وهي الزيارة الثانية لأنان إلى دمشق منذ تعيينه.\n"
        "وكان أنان قد التقى وليد المعلم الشهر الماضي."
    )
    found = extract_events(text, mentions(text, entries), dates=find_dates(text), **options)
    assert ("meeting", frozenset({"kofi-annan", "walid-al-muallem"}), None) in meetings(found)
    text = "وهي الزيارة الثانية لأنان إلى دمشق منذ تعيينه.\nوكان أنان التقى سيرغي لافروف."
    found = events_of(text, entries, **options)
    assert ("meeting", frozenset({"kofi-annan", "sergey-lavrov"}), None) in meetings(found)


def test_it_places_talks_where_the_place_before_them_holds_them():
    lavrov, cavusoglu = person("سيرغي لافروف", "sergey-lavrov"), person("جاويش أوغلو", "cavusoglu")
    and_cavusoglu = person("ونظيره جاويش أوغلو", "cavusoglu", "و")
    istanbul = ("إسطنبول", "istanbul", PLACE)
    pair = frozenset({"sergey-lavrov", "cavusoglu"})
    for text in (
        "عقد سيرغي لافروف ونظيره جاويش أوغلو جلسة مباحثات في إسطنبول.",
        "جرت في إسطنبول اليوم مباحثات بين سيرغي لافروف ونظيره جاويش أوغلو.",
        "عُقدت في إسطنبول جولة مشاورات بين سيرغي لافروف ونظيره جاويش أوغلو.",
    ):
        found = events_of(text, [lavrov, cavusoglu, and_cavusoglu, istanbul], ["اليوم"])
        assert meetings(found) == {("meeting", pair, "istanbul")}, text
    # not where the war is
    text = "وتحدث سيرغي لافروف عن الأزمة في سوريا اليوم مباحثات مع جاويش أوغلو."
    found = events_of(text, [lavrov, cavusoglu, ("سوريا", "syria", PLACE)], ["اليوم"])
    assert all(place is None for _, _, place in meetings(found))


def test_it_reads_whom_one_met_past_the_day_after_the_place():
    margelov = person("ميخائيل مارغيلوف", "mikhail-margelov")
    moscow = ("موسكو", "moscow", PLACE)
    delegation = ("وفد المعارضة السورية", "syrian-opposition-delegation", ORGANIZATION)
    text = "التقى ميخائيل مارغيلوف في موسكو اليوم وفد المعارضة السورية."
    found = events_of(text, [margelov, moscow, delegation], ["اليوم"])
    assert meetings(found) == {
        ("meeting", frozenset({"mikhail-margelov", "syrian-opposition-delegation"}), "moscow")
    }
    # «التقى لافروف في موسكو أمس»: with no one after the day, the place is the tail's
    assert not events_of("التقى ميخائيل مارغيلوف في موسكو اليوم.", [margelov, moscow], ["اليوم"])


def test_it_takes_no_place_too_wide_to_hold_an_event():
    middle_east = ("الشرق الأوسط", "middle-east", PLACE)
    assad, putin = (
        person("بشار الأسد", "bashar-al-assad"),
        person("فلاديمير بوتين", "vladimir-putin"),
    )
    text = "بحث فلاديمير بوتين مع بشار الأسد التصعيد في الشرق الأوسط."
    assert meetings(events_of(text, [putin, assad, middle_east], areas={"middle-east"})) == {
        ("meeting", frozenset({"vladimir-putin", "bashar-al-assad"}), None)
    }


def test_it_places_a_meeting_in_the_city_of_the_building_or_the_gathering_it_was_held_in():
    safadi, mekdad = person("أيمن الصفدي", "ayman-safadi"), person("فيصل المقداد", "faisal-mekdad")
    ministry = ("وزارة الخارجية والمغتربين", "syrian-foreign-ministry", ORGANIZATION)
    damascus = ("بدمشق", "damascus", PLACE, "ب")
    text = "أجرى أيمن الصفدي محادثات مع فيصل المقداد في مبنى وزارة الخارجية والمغتربين بدمشق."
    assert meetings(events_of(text, [safadi, mekdad, ministry, damascus])) == {
        ("meeting", frozenset({"ayman-safadi", "faisal-mekdad"}), "damascus")
    }
    assembly = ("الجمعية العامة للأمم المتحدة", "un-general-assembly", ORGANIZATION)
    new_york = ("بنيويورك", "new-york", PLACE, "ب")
    text = (
        "بحث أيمن الصفدي مع فيصل المقداد الأزمة على هامش مشاركتهما في اجتماعات الجمعية العامة "
        "للأمم المتحدة بنيويورك. وكان المقداد استقبل عددا من المسؤولين على هامش اجتماعات "
        "الجمعية العامة للأمم المتحدة."
    )
    entries = [safadi, mekdad, person("المقداد", "faisal-mekdad"), assembly, new_york]
    found = events_of(text, entries)
    assert {(e.kind, e.place) for e in found if e.kind != "statement"} == {("meeting", "new-york")}


def test_it_places_a_meeting_where_the_next_sentence_says_the_meeting_comes():
    putin, erdogan = person("فلاديمير بوتين", "vladimir-putin"), person("أردوغان", "erdogan")
    pair = frozenset({"vladimir-putin", "erdogan"})
    entries = [putin, person("بأردوغان", "erdogan", "ب"), erdogan, ("موسكو", "moscow", PLACE)]
    entries.append(("أنقرة", "ankara", PLACE))
    text = "يلتقي فلاديمير بوتين بأردوغان اليوم. ويأتي الاجتماع في موسكو بعد يوم من تصريح."
    assert meetings(events_of(text, entries, ["اليوم"])) == {("meeting", pair, "moscow")}
    # the meeting told last, not the earlier one told as what came before
    text = (
        "وكان فلاديمير بوتين قد التقى بأردوغان الشهر الماضي، ويلتقي فلاديمير بوتين "
        "بشار الأسد اليوم. ويأتي الاجتماع في موسكو بعد يوم من تصريح."
    )
    found = meetings(events_of(text, [*entries, person("بشار الأسد", "bashar-al-assad")]))
    assert ("meeting", frozenset({"vladimir-putin", "bashar-al-assad"}), "moscow") in found
    assert ("meeting", pair, "moscow") not in found
    # a place further on is what the sentence is about, not where they meet
    text = "يلتقي فلاديمير بوتين بأردوغان اليوم. ويأتي الاجتماع بعد تصريح أردوغان في أنقرة."
    assert meetings(events_of(text, entries, ["اليوم"])) == {("meeting", pair, None)}


def test_it_gives_the_datelines_city_to_what_the_lead_puts_in_its_country():
    jordan, amman = ("الأردن", "jordan", PLACE), ("عمان", "amman", PLACE)
    and_kerry = person("وجون كيري", "john-kerry", "و")
    text = "يستضيف الأردن غدا اجتماعا بين لافروف وجون كيري."
    countries = {"amman": "jordan", "aqaba": "jordan"}
    entries = [LAVROV, KERRY, and_kerry, jordan, amman]
    pair = frozenset({"sergey-lavrov", "john-kerry"})
    found = events_of(text, entries, ["غدا"], dateline_place="amman", countries=countries)
    assert meetings(found) == {("meeting", pair, "amman")}
    # another city of that country in the article: the dateline is only where it is filed
    text += " والتقى لافروف أمس جون كيري في العقبة."
    entries.append(("العقبة", "aqaba", PLACE))
    found = events_of(text, entries, ["غدا", "أمس"], dateline_place="amman", countries=countries)
    assert ("meeting", pair, "jordan") in meetings(found)
    # a place of that country the talks are about is not where they are
    text = "يستضيف الأردن غدا اجتماعا بين لافروف وجون كيري لبحث الأوضاع في العقبة."
    found = events_of(text, entries, ["غدا"], dateline_place="amman", countries=countries)
    assert ("meeting", pair, "amman") in meetings(found)
    # or names one in the lead: it may be where it happens
    text = "يستضيف الأردن غدا اجتماعا بين لافروف وجون كيري قرب العقبة."
    found = events_of(text, entries, ["غدا"], dateline_place="amman", countries=countries)
    assert ("meeting", pair, "jordan") in meetings(found)


def test_it_places_a_meeting_in_the_city_of_the_office_it_was_held_in():
    fidan = person("هاكان فيدان", "hakan-fidan")
    farhan = person("فيصل بن فرحان", "faisal-bin-farhan")
    istanbul = ("إسطنبول", "istanbul", PLACE)
    pair = frozenset({"hakan-fidan", "faisal-bin-farhan"})
    for text in (
        "اجتمع هاكان فيدان مع فيصل بن فرحان في مكتبه في “دولما بهجة” في إسطنبول.",
        "التقى هاكان فيدان فيصل بن فرحان في منزله في إسطنبول.",
    ):
        assert meetings(events_of(text, [fidan, farhan, istanbul])) == {
            ("meeting", pair, "istanbul")
        }, text


def test_it_places_a_meeting_in_the_city_naming_the_gathering_on_whose_sidelines_it_was():
    entries = [
        LAVROV,
        KERRY,
        ("ميونخ", "munich", PLACE),
        ("ألمانيا", "germany", PLACE),
        ("دمشق", "damascus", PLACE),
    ]
    countries = {"munich": "germany", "damascus": "syria"}
    for text, expected in (
        ("والتقى لافروف جون كيري على هامش مؤتمر ميونخ للأمن في ألمانيا.", "munich"),
        ("والتقى لافروف جون كيري في ألمانيا على هامش فعاليات مؤتمر ميونخ للأمن.", "munich"),
        # a city of another country, or one no gathering names, leaves the country
        ("والتقى لافروف جون كيري في ألمانيا بعد زيارة دمشق.", "germany"),
        # a gathering the meeting came after, not on whose sidelines it was
        ("والتقى لافروف جون كيري في ألمانيا، وذلك بعد مؤتمر ميونخ للأمن بيومين.", "germany"),
    ):
        found = meetings(events_of(text, entries, countries=countries))
        assert {place for *_, place in found} == {expected}, text


def test_it_places_a_summit_opened_in_a_city_told_before_it_over_the_day():
    leaders = [
        person("فلاديمير بوتين", "vladimir-putin"),
        person("ورجب طيب أردوغان", "recep-tayyip-erdogan", "و"),
        person("وحسن روحاني", "hassan-rouhani", "و"),
        ("سوتشي", "sochi", PLACE),
        ("الروسية", "russia", ADJECTIVE),
    ]
    text = (
        "انطلقت في مدينة سوتشي الروسية، اليوم الأربعاء، فعاليات القمة الثلاثية بين الرؤساء "
        "فلاديمير بوتين ورجب طيب أردوغان وحسن روحاني."
    )
    events = [e for e in events_of(text, leaders, ["اليوم الأربعاء"]) if e.kind != "statement"]
    assert [(set(e.participants), e.place) for e in events] == [
        ({"vladimir-putin", "recep-tayyip-erdogan", "hassan-rouhani"}, "sochi")
    ]


def test_it_sends_a_trip_to_a_country_to_the_city_of_the_gathering_it_is_for():
    entries = [
        person("بشار الأسد", "bashar-al-assad"),
        ("السعودية", "saudi-arabia", PLACE),
        ("جدة", "jeddah", PLACE),
        ("جامعة الدول العربية", "arab-league", ORGANIZATION),
    ]
    text = "وصل بشار الأسد إلى السعودية للمشاركة في قمة جامعة الدول العربية المرتقبة الجمعة في جدة."
    found = events_of(text, entries, ["الجمعة"], countries={"jeddah": "saudi-arabia"})
    assert {(e.kind, e.place) for e in found if e.kind == "visit"} == {("visit", "jeddah")}


def test_it_places_a_meeting_in_the_city_of_the_gathering_its_sentence_opens_beside():
    khatib = person("بمعاذ الخطيب", "moaz-al-khatib", "ب")
    munich = ("بميونيخ", "munich", PLACE, "ب")
    text = "على هامش مؤتمر الأمن بميونيخ التقى لافروف بمعاذ الخطيب رئيس الائتلاف."
    assert meetings(events_of(text, [LAVROV, khatib, munich])) == {
        ("meeting", frozenset({"sergey-lavrov", "moaz-al-khatib"}), "munich")
    }
    # a name comes first: the phrase is someone's, not the sentence's opening
    text = "على هامش زيارة لافروف بميونيخ التقى جون كيري بمعاذ الخطيب."
    assert {place for *_, place in meetings(events_of(text, [LAVROV, KERRY, khatib, munich]))} == {
        None
    }


def test_it_places_a_meeting_past_a_title_told_with_no_comma_but_not_in_its_state():
    abdul_azim = person("حسن عبد العظيم", "hassan-abdul-azim")
    assad = person("الأسد", "bashar-al-assad")
    entries = [LAVROV, abdul_azim, ("العاصمة الروسية", "moscow", PLACE)]
    text = "واستقبل لافروف حسن عبد العظيم المنسق العام لهيئة التنسيق في العاصمة الروسية."
    assert meetings(events_of(text, entries)) == {
        ("meeting", frozenset({"sergey-lavrov", "hassan-abdul-azim"}), "moscow")
    }
    # an ambassador's posting, or what they discussed, is no venue
    yefimov = person("ألكسندر يفيموف", "alexander-yefimov")
    text = "التقى الأسد ألكسندر يفيموف سفير روسيا في دمشق."
    found = events_of(
        text, [assad, yefimov, ("روسيا", "russia", PLACE), ("دمشق", "damascus", PLACE)]
    )
    assert [event.place for event in found if event.kind == "meeting"] == [None]
    text = "بحث لافروف مع حسن عبد العظيم آخر التطورات السياسية في سوريا."
    found = events_of(text, [LAVROV, abdul_azim, ("سوريا", "syria", PLACE)])
    assert [event.place for event in found if event.kind == "meeting"] == [None]
    hnc = ("هيئة التفاوض", "syrian-negotiation-commission", ORGANIZATION)
    text = "بحث لافروف مع حسن عبد العظيم رئيس هيئة التفاوض الوضع في إدلب."
    found = events_of(text, [LAVROV, abdul_azim, hnc, ("إدلب", "idlib", PLACE)])
    assert [event.place for event in found if event.kind == "meeting"] == [None]
    text = "استقبل الأسد حسن عبد العظيم مندوب سوريا لدى الأمم المتحدة في نيويورك."
    posting = [assad, abdul_azim, ("سوريا", "syria", PLACE), ("نيويورك", "new-york", PLACE)]
    found = events_of(text, [*posting, ("الأمم المتحدة", "united-nations", ORGANIZATION)])
    assert [event.place for event in found if event.kind == "meeting"] == [None]
    # an envoy's brief is no posting, nor is a special representative posted
    text = "والتقى لافروف حسن عبد العظيم الممثل الخاص المشترك للأمم المتحدة في موسكو."
    un = ("للأمم المتحدة", "united-nations", ORGANIZATION, "ل")
    found = events_of(text, [LAVROV, abdul_azim, un, ("موسكو", "moscow", PLACE)])
    assert [event.place for event in found if event.kind == "meeting"] == ["moscow"]
    text = "التقى لافروف حسن عبد العظيم المبعوث الأممي إلى سوريا في موسكو."
    found = events_of(
        text, [LAVROV, abdul_azim, ("سوريا", "syria", PLACE), ("موسكو", "moscow", PLACE)]
    )
    assert [event.place for event in found if event.kind == "meeting"] == ["moscow"]
    # the state a minister's title ends with is his, not where they met
    alawi = person("يوسف بن علوي", "yusuf-bin-alawi")
    oman = ("سلطنة عمان", "oman", PLACE)
    text = "استقبل الأسد يوسف بن علوي وزير الشؤون الخارجية في سلطنة عمان."
    states = {"yusuf-bin-alawi": frozenset({"oman"}), "bashar-al-assad": frozenset({"syria"})}
    found = events_of(text, [assad, alawi, oman], states_of=states)
    assert [event.place for event in found if event.kind == "meeting"] == [None]
    found = events_of(text.replace("سلطنة عمان", "العاصمة الروسية"), [assad, alawi, entries[2]])
    assert [event.place for event in found if event.kind == "meeting"] == ["moscow"]


def test_it_places_a_meeting_past_how_they_met():
    entries = [LAVROV, KERRY, ("فيينا", "vienna", PLACE)]
    for manner in ("على انفراد", "على حدة", "مطولا"):
        text = f"واجتمع لافروف مع جون كيري {manner} في فيينا."
        assert meetings(events_of(text, entries)) == {
            ("meeting", frozenset({"sergey-lavrov", "john-kerry"}), "vienna")
        }, manner


def test_it_places_a_meeting_in_the_city_one_had_not_yet_left():
    annan, assad = person("كوفي أنان", "kofi-annan"), person("بشار الأسد", "bashar-al-assad")
    damascus, moscow = ("دمشق", "damascus", PLACE), ("موسكو", "moscow", PLACE)
    pair = frozenset({"kofi-annan", "bashar-al-assad"})
    for text in (
        "وقبل مغادرته دمشق، أكد كوفي أنان بعد لقائه الرئيس السوري بشار الأسد أنه اتفق معه.",
        "وقبيل مغادرته العاصمة السورية دمشق، التقى كوفي أنان بشار الأسد.",
    ):
        found = meetings(events_of(text, [annan, assad, damascus], dateline_place="tehran"))
        assert found == {("meeting", pair, "damascus")}, text
    # where one leaves for, or a city left before the meeting, is not where it was held
    for text in (
        "وقبيل مغادرته إلى موسكو، التقى كوفي أنان بشار الأسد.",
        "وبعد مغادرته دمشق، التقى كوفي أنان بشار الأسد.",
    ):
        found = meetings(events_of(text, [annan, assad, damascus, moscow]))
        assert found == {("meeting", pair, None)}, text


def test_it_leaves_a_reported_or_another_verbs_event_where_it_is_told():
    brahimi, mikati = (
        person("الأخضر الإبراهيمي", "lakhdar-brahimi"),
        person("نجيب ميقاتي", "najib-mikati"),
    )
    damascus, beirut = ("دمشق", "damascus", PLACE), ("بيروت", "beirut", PLACE)
    for text in (
        "وقبل مغادرته دمشق، قال الأخضر الإبراهيمي إنه سيلتقي نجيب ميقاتي.",
        "وقبل مغادرته دمشق، التقى الأخضر الإبراهيمي بشار الأسد، ثم التقى نجيب ميقاتي.",
    ):
        found = meetings(
            events_of(
                text, [brahimi, mikati, person("بشار الأسد", "bashar-al-assad"), damascus, beirut]
            )
        )
        pair = frozenset({"lakhdar-brahimi", "najib-mikati"})
        assert {place for kind, who, place in found if who == pair} == {None}, text


def test_it_places_no_meeting_the_one_leaving_only_recalls():
    pedersen = person("غير بيدرسن", "geir-pedersen")
    lavrov = person("سيرغي لافروف", "sergey-lavrov")
    cavusoglu = person("ومولود جاويش أوغلو", "mevlut-cavusoglu", "و")
    damascus = ("دمشق", "damascus", PLACE)
    for text in (
        "وقبل مغادرته دمشق، أشاد غير بيدرسن بلقاء سيرغي لافروف ومولود جاويش أوغلو.",
        "وقبل مغادرته دمشق، ذكر غير بيدرسن بلقائه مع سيرغي لافروف الأسبوع الماضي.",
    ):
        found = meetings(events_of(text, [pedersen, lavrov, cavusoglu, damascus]))
        assert {place for _, _, place in found} == {None}, text
