"""Lists of participants (articles.text.event_sentences readers and event_mentions): people
joined on by «و», commas, nationalities, titles and «إلى جانب», those who join a meeting, and
names that go on or follow their title. Short sentences written for each rule; pure
functions, no database."""

from articles.text.mentions import ORGANIZATION, PERSON, PLACE
from tests.event_builders import (
    ADJECTIVE,
    ASSAD,
    CAVUSOGLU,
    ERDOGAN,
    GENEVA,
    KERRY,
    MUALLEM,
    PEDERSEN,
    PUTIN,
    ZARIF,
    events_of,
    meetings,
    only_event,
    person,
)


def test_it_adds_the_people_joined_on_with_wa_after_an_event_nouns_counterpart():
    text = "وأجرى ظريف محادثات في دمشق مع الرئيس بشار الأسد والوزير وليد المعلم."
    zarif = person("ظريف", "mohammad-javad-zarif")
    event = only_event(text, [zarif, ASSAD, MUALLEM, ("دمشق", "damascus", PLACE)])
    assert event.participants == ("bashar-al-assad", "mohammad-javad-zarif", "walid-al-muallem")
    assert event.place == "damascus"
    text = "وسيجري الرئيس الروسي فلاديمير بوتين محادثات مع روحاني وأردوغان."
    event = only_event(
        text,
        [
            PUTIN,
            person("روحاني", "hassan-rouhani"),
            person("وأردوغان", "recep-tayyip-erdogan", "و"),
        ],
    )
    assert event.participants == ("hassan-rouhani", "recep-tayyip-erdogan", "vladimir-putin")


def test_it_adds_the_people_joined_on_with_wa_over_their_titles():
    ratney, gatilov = person("مايكل راتني", "michael-ratney"), person("غينادي غاتيلوف", "gatilov")
    mistura = person("ستافان دي ميستورا", "staffan-de-mistura")
    text = (
        "وسيلتقي ستافان دي ميستورا الموفد الأميركي مايكل راتني، "
        "ونائب وزير الخارجية الروسي غينادي غاتيلوف."
    )
    event = only_event(text, [mistura, ratney, gatilov])
    assert event.participants == ("gatilov", "michael-ratney", "staffan-de-mistura")
    text = "التقى سيرغي لافروف وليد المعلم ووزير الدفاع السوري وبحث معه الأزمة."
    lavrov = person("سيرغي لافروف", "sergey-lavrov")
    assert only_event(text, [lavrov, MUALLEM]).participants == ("sergey-lavrov", "walid-al-muallem")
    for ending in ("،", "، و"):  # the text ends right after the name
        text = f"التقى سيرغي لافروف وليد المعلم{ending}"
        assert only_event(text, [lavrov, MUALLEM]).participants == (
            "sergey-lavrov",
            "walid-al-muallem",
        )


def test_it_adds_the_people_a_nationality_joins_on_in_a_list_with_commas():
    macron, merkel = person("إيمانويل ماكرون", "macron"), person("أنجيلا ميركل", "merkel")
    nationalities = [("والروسي", "russia", ADJECTIVE, "و"), ("والفرنسي", "france", ADJECTIVE, "و")]
    text = (
        "ومن المقرر أن يلتقي الرئيس التركي رجب طيب أردوغان، والروسي فلاديمير بوتين، "
        "والفرنسي إيمانويل ماكرون، والمستشارة الألمانية أنجيلا ميركل، في إسطنبول."
    )
    entries = [ERDOGAN, PUTIN, macron, merkel, *nationalities, ("إسطنبول", "istanbul", PLACE)]
    event = only_event(text, entries)
    assert (event.status, event.place) == ("planned", "istanbul")
    assert event.participants == ("macron", "merkel", "recep-tayyip-erdogan", "vladimir-putin")


def test_it_adds_the_people_a_state_joins_on_in_a_list():
    turkey = ("وتركيا", "turkey", PLACE, "و")
    iran = ("وإيران", "iran", PLACE, "و")
    text = "والتقى بوتين في طهران وزيري خارجية تركيا مولود جاويش أوغلو، وإيران محمد جواد ظريف."
    entries = [person("بوتين", "vladimir-putin"), CAVUSOGLU, ZARIF, ("تركيا", "turkey", PLACE)]
    event = only_event(text, [*entries, turkey, iran, ("طهران", "tehran", PLACE)])
    assert event.participants == ("mevlut-cavusoglu", "mohammad-javad-zarif", "vladimir-putin")


def test_it_reaches_names_set_off_by_commas_in_a_list_of_counterparts():
    qatari = person("محمد بن عبد الرحمن", "mohammed-bin-abdulrahman")
    text = "التقى فيصل بن فرحان بنظيريه القطري، محمد بن عبد الرحمن، والتركي، مولود جاويش أوغلو."
    entries = [person("فيصل بن فرحان", "faisal-bin-farhan"), qatari, CAVUSOGLU]
    entries += [("القطري", "qatar", ADJECTIVE), ("والتركي", "turkey", ADJECTIVE, "و")]
    event = only_event(text, entries)
    assert event.participants == (
        "faisal-bin-farhan",
        "mevlut-cavusoglu",
        "mohammed-bin-abdulrahman",
    )


def test_it_joins_on_people_past_an_apposition_and_after_ila_janib():
    text = (
        "وسيجري محمد جواد ظريف محادثات مع غير بيدرسن وسيرغي لافروف وزير الخارجية الروسي، "
        "إلى جانب جون كيري في جنيف."
    )
    lavrov = person("وسيرغي لافروف", "sergey-lavrov", "و")
    russian = ("الروسي", "russia", ADJECTIVE)
    found = meetings(events_of(text, [ZARIF, PEDERSEN, lavrov, russian, KERRY, GENEVA]))
    assert found == {
        (
            "meeting",
            frozenset({"mohammad-javad-zarif", "geir-pedersen", "sergey-lavrov", "john-kerry"}),
            "geneva",
        )
    }


def test_it_adds_those_who_join_a_meeting_to_it():
    jubeir = person("عادل الجبير", "adel-al-jubeir")
    text = "ويلتقي جون كيري ولافروف في فيينا، على أن ينضم إليهما وزير الخارجية عادل الجبير."
    lavrov = person("ولافروف", "sergey-lavrov", "و")
    event = only_event(text, [KERRY, lavrov, jubeir, ("فيينا", "vienna", PLACE)])
    assert event.participants == ("adel-al-jubeir", "john-kerry", "sergey-lavrov")
    assert event.status == "planned"
    text = "والتقى بوتين أردوغان في سوتشي، وانضم إليهما لاحقا الرئيس الإيراني حسن روحاني."
    entries = [person("بوتين", "vladimir-putin"), person("أردوغان", "recep-tayyip-erdogan")]
    event = only_event(text, [*entries, person("حسن روحاني", "hassan-rouhani")])
    assert event.participants == ("hassan-rouhani", "recep-tayyip-erdogan", "vladimir-putin")


def test_it_reads_a_name_going_on_with_its_fathers_as_one_person_even_in_quotes():
    bin_farhan = person("فيصل بن فرحان", "faisal-bin-farhan")
    text = (
        "واستقبل غير بيدرسن من قبل وزير الخارجية السعودي، الأمير “فيصل بن فرحان بن "
        "عبدالله”، في الرياض."
    )
    event = only_event(text, [PEDERSEN, bin_farhan, ("الرياض", "riyadh", PLACE)])
    assert event.participants == ("faisal-bin-farhan", "geir-pedersen")
    assert event.place == "riyadh"


def test_it_does_not_run_a_name_on_into_the_next_persons():
    text = "والتقى فلاديمير بوتين بن سلمان في جدة."
    entries = [PUTIN, person("بن سلمان", "mohammed-bin-salman"), ("جدة", "jeddah", PLACE)]
    event = only_event(text, entries)
    assert event.participants == ("mohammed-bin-salman", "vladimir-putin")


def test_it_reads_whom_subjects_joined_after_the_verb_met_behind_b():
    vershinin = person("وسيرغي فيرشينين", "sergey-vershinin", "و")
    lavrentiev = person("ألكسندر لافرنتييف", "alexander-lavrentiev")
    assad = person("ببشار الأسد", "bashar-al-assad", "ب")
    text = "والتقى ألكسندر لافرنتييف، وسيرغي فيرشينين، ووفدا مرافقا لهما، ببشار الأسد في دمشق."
    event = only_event(text, [lavrentiev, vershinin, assad, ("دمشق", "damascus", PLACE)])
    assert event.participants == ("alexander-lavrentiev", "bashar-al-assad", "sergey-vershinin")
    assert event.place == "damascus"


def test_it_joins_on_a_name_behind_a_long_title_with_ordinary_words():
    brahimi = person("الأخضر الإبراهيمي", "lakhdar-brahimi")
    salehi = person("علي أكبر صالحي", "ali-akbar-salehi")
    jalili = person("سعيد جليلي", "saeed-jalili")
    text = (
        "وأجرى الأخضر الإبراهيمي محادثات مع وزير الخارجية الإيراني علي أكبر صالحي وأمين "
        "المجلس الأعلى للأمن القومي سعيد جليلي."
    )
    event = only_event(text, [brahimi, salehi, jalili])
    assert event.participants == ("ali-akbar-salehi", "lakhdar-brahimi", "saeed-jalili")
    # but not over a clause: «وأكد … أن» is no title
    text = "وأجرى الأخضر الإبراهيمي محادثات مع علي أكبر صالحي وأكد المتحدث أن سعيد جليلي غائب."
    assert only_event(text, [brahimi, salehi, jalili]).participants == (
        "ali-akbar-salehi",
        "lakhdar-brahimi",
    )


def test_it_joins_on_a_name_whose_title_is_a_nationality_standing_for_the_last_title():
    sabbagh = person("بسام الصباغ", "bassam-sabbagh")
    bin_farhan = person("فيصل بن فرحان", "faisal-bin-farhan")
    abdelatty = person("بدر عبد العاطي", "badr-abdelatty")
    text = (
        "التقى وزير الخارجية في حكومة النظام السوري، بسام الصباغ، يوم أمس بنظيره السعودي، "
        "الأمير فيصل بن فرحان، والمصري بدر عبد العاطي، في الرياض."
    )
    event = only_event(text, [sabbagh, bin_farhan, abdelatty, ("الرياض", "riyadh", PLACE)])
    assert event.participants == ("badr-abdelatty", "bassam-sabbagh", "faisal-bin-farhan")
    assert event.place == "riyadh"


def test_it_reads_a_resolved_title_then_the_holders_name_as_one_person():
    brahimi_title = person("الموفد الأممي", "lakhdar-brahimi")
    brahimi = person("الأخضر الإبراهيمي", "lakhdar-brahimi")
    morsi = person("محمد مرسي", "mohamed-morsi")
    text = (
        "يلتقي الموفد الأممي العربي إلى سوريا الأخضر الإبراهيمي اليوم في القاهرة الرئيس محمد مرسي."
    )
    entries = [
        brahimi_title,
        brahimi,
        morsi,
        ("سوريا", "syria", PLACE),
        ("القاهرة", "cairo", PLACE),
    ]
    event = only_event(text, entries, ["اليوم"])
    assert (event.participants, event.place) == (("lakhdar-brahimi", "mohamed-morsi"), "cairo")


def test_it_reads_a_meeting_of_two_ministers_named_after_a_dual_title():
    safadi, mekdad = person("أيمن الصفدي", "ayman-safadi"), person("فيصل المقداد", "faisal-mekdad")
    text = "وتلاه لقاء وزيري خارجية البلدين الأردني أيمن الصفدي والسوري فيصل المقداد في نيويورك."
    event = only_event(text, [safadi, mekdad, ("نيويورك", "new-york", PLACE)])
    assert (event.participants, event.place) == (("ayman-safadi", "faisal-mekdad"), "new-york")


def test_it_joins_on_a_name_whose_wa_a_quote_sets_apart():
    lavrov, shoigu = person("سيرغي لافروف", "sergey-lavrov"), person("سيرغي شويغو", "sergei-shoigu")
    text = "ويجري غير بيدرسن غدا مباحثات مع الوزيرين الروسيين “سيرغي لافروف” و”سيرغي شويغو”."
    event = only_event(text, [PEDERSEN, lavrov, shoigu], ["غدا"])
    assert event.participants == ("geir-pedersen", "sergei-shoigu", "sergey-lavrov")


def test_it_reads_a_state_whose_adjective_ending_looks_like_a_title_first_in_the_ministers_list():
    text = "تستضيف عمان اجتماعا لوزراء خارجية السعودية ومصر والعراق."
    entries = [
        ("عمان", "amman", PLACE),
        ("السعودية", "saudi-arabia", PLACE),
        ("ومصر", "egypt", PLACE, "و"),
        ("والعراق", "iraq", PLACE, "و"),
    ]
    event = only_event(text, entries)
    assert set(event.participants) == {"saudi-arabia", "egypt", "iraq"}


def test_it_reads_the_states_of_leaders_in_quotes_and_a_quote_closed_by_the_other_kind():
    text = 'أعلنت الرئاسة عن انعقاد قمة لزعماء "تركيا وروسيا وألمانيا" في إسطنبول.'
    entries = [
        ("تركيا", "turkey", PLACE),
        ("وروسيا", "russia", PLACE, "و"),
        ("وألمانيا", "germany", PLACE, "و"),
        ("إسطنبول", "istanbul", PLACE),
    ]
    event = only_event(text, entries)
    assert set(event.participants) == {"turkey", "russia", "germany"}
    assert event.place == "istanbul"
    # «"ميركل”»: a straight quote closed by a typed one does not make the rest speech
    text = 'وكانت "ميركل” أكدت، نهاية الشهر الماضي خلال لقائها "أردوغان" عزمها على عقد اجتماع.'
    entries = [person("ميركل", "angela-merkel"), person("أردوغان", "recep-tayyip-erdogan")]
    assert meetings(events_of(text, entries)) == {
        ("meeting", frozenset({"angela-merkel", "recep-tayyip-erdogan"}), None)
    }


def test_it_reads_two_joined_subjects_after_an_adverb_of_time_as_meeting_each_other():
    text = "كما التقى بعد ذلك جون كيري وسيرغي لافروف."
    entries = [KERRY, person("وسيرغي لافروف", "sergey-lavrov", "و")]
    assert meetings(events_of(text, entries)) == {
        ("meeting", frozenset({"john-kerry", "sergey-lavrov"}), None)
    }


def test_it_reads_a_double_prime_as_closing_a_straight_quote():
    text = (
        'أعلن سيرغي لافروف عن مؤتمر "جنيف-2″ في تشرين الثاني. وقال لافروف في ختام محادثات '
        'مع نظيره جون كيري في بالي "لقد أيدنا الدعوة إلى المؤتمر".'
    )
    entries = [
        person("سيرغي لافروف", "sergey-lavrov"),
        person("لافروف", "sergey-lavrov"),
        KERRY,
        ("بالي", "bali", PLACE),
    ]
    found = [e for e in events_of(text, entries) if e.kind == "meeting"]
    assert [e.participants for e in found] == [("john-kerry", "sergey-lavrov")]


def test_it_reads_two_separate_calls_over_their_adjective_and_day_as_one_with_each():
    text = (
        "بحث وزير الخارجية التركي مولود جاويش أوغلو، في اتصالين هاتفيين منفصلين أمس الثلاثاء "
        "مع نظيريه الإيراني محمد جواد ظريف، والروسي سيرغي لافروف، آخر التطورات."
    )
    entries = [CAVUSOGLU, ZARIF, ("سيرغي لافروف", "sergey-lavrov", PERSON)]
    entries.append(("والروسي", "russia", ADJECTIVE, "و"))
    assert meetings(events_of(text, entries, ["أمس الثلاثاء"])) == {
        ("phone_call", frozenset({"mevlut-cavusoglu", "mohammad-javad-zarif"}), None),
        ("phone_call", frozenset({"mevlut-cavusoglu", "sergey-lavrov"}), None),
    }


def test_it_reads_a_call_with_each_name_of_a_list_past_long_titles_closed_by_commas():
    safadi = person("أيمن الصفدي", "ayman-safadi")
    text = (
        "أجرى أيمن الصفدي سلسلة اتصالات هاتفية مع مولود جاويش أوغلو وزير خارجية جمهورية تركيا، "
        "ومحمد جواد ظريف نائب الرئيس ووزير خارجية الجمهورية الإسلامية الإيرانية، "
        "وذلك لبحث آخر التطورات."
    )
    iran = ("الجمهورية الإسلامية الإيرانية", "iran", PLACE)
    zarif = person("ومحمد جواد ظريف", "mohammad-javad-zarif", "و")
    assert meetings(events_of(text, [safadi, CAVUSOGLU, zarif, iran])) == {
        ("phone_call", frozenset({"ayman-safadi", "mevlut-cavusoglu"}), None),
        ("phone_call", frozenset({"ayman-safadi", "mohammad-javad-zarif"}), None),
    }
    # What follows the comma must join on a name: «وقال ظريف» starts a new clause.
    text = (
        "أجرى أيمن الصفدي اتصالا هاتفيا مع مولود جاويش أوغلو وزير خارجية جمهورية تركيا، "
        "وقال محمد جواد ظريف إن الحل سياسي."
    )
    zarif = person("محمد جواد ظريف", "mohammad-javad-zarif")
    assert meetings(events_of(text, [safadi, CAVUSOGLU, zarif])) == {
        ("phone_call", frozenset({"ayman-safadi", "mevlut-cavusoglu"}), None),
    }


def test_it_reaches_the_counterpart_past_the_building_and_city_the_talks_are_held_in():
    shoukry = person("سامح شكري", "sameh-shoukry")
    mekdad = person("المقداد", "faisal-mekdad")
    text = "وأفادت الخارجية بأن سامح شكري سيعقد مباحثات بمقر الوزارة بالقاهرة مع المقداد."
    event = only_event(text, [shoukry, mekdad, ("بالقاهرة", "cairo", PLACE, "ب")])
    assert (event.status, set(event.participants), event.place) == (
        "planned",
        {"sameh-shoukry", "faisal-mekdad"},
        "cairo",
    )
    text = "وعقد نبيل العربي اجتماعا بمقر الأمانة العامة للجامعة العربية مع الأخضر الإبراهيمي."
    entries = [person("نبيل العربي", "nabil-elaraby"), person("الأخضر الإبراهيمي", "brahimi")]
    entries.append(("للجامعة العربية", "arab-league", ORGANIZATION, "ل"))
    assert set(only_event(text, entries).participants) == {"nabil-elaraby", "brahimi"}


def test_it_reaches_a_partner_past_a_caretaker_title_and_the_country_of_his_office():
    fidan, mikati = person("فيدان", "hakan-fidan"), person("نجيب ميقاتي", "najib-mikati")
    text = (
        "وقالت المصادر إن الوزير فيدان أجرى اتصالا هاتفيا مع رئيس حكومة تصريف الأعمال في "
        "لبنان نجيب ميقاتي اليوم."
    )
    event = only_event(text, [fidan, mikati, ("لبنان", "lebanon", PLACE)], ["اليوم"])
    assert (event.kind, set(event.participants)) == ("phone_call", {"hakan-fidan", "najib-mikati"})
    text = "وأجرى فيدان اتصالا هاتفيا مع السفير الروسي في دمشق ألكسندر يفيموف."
    yefimov = person("ألكسندر يفيموف", "alexander-yefimov")
    entries = [fidan, yefimov, ("الروسي", "russia", ADJECTIVE), ("دمشق", "damascus", PLACE)]
    assert set(only_event(text, entries).participants) == {"hakan-fidan", "alexander-yefimov"}


def test_it_reads_the_states_whose_unnamed_experts_hold_talks_with_someone():
    brahimi = person("الأخضر الابراهيمي", "lakhdar-brahimi")
    un = ("الامم المتحدة", "united-nations", ORGANIZATION)
    states = [("روسيا", "russia", PLACE), ("والولايات المتحدة", "united-states", PLACE, "و")]
    text = (
        "واعلن الوزير ان خبراء من روسيا والولايات المتحدة سيجرون مشاورات خلال الايام المقبلة "
        "مع مبعوث الامم المتحدة بشأن سوريا الأخضر الابراهيمي."
    )
    entries = [brahimi, un, ("سوريا", "syria", PLACE), *states]
    event = only_event(text, entries, ["الايام المقبلة"])
    assert (event.status, set(event.participants)) == (
        "planned",
        {"russia", "united-states", "lakhdar-brahimi"},
    )
    # two named before a plural verb both hold the talks
    text = "وقال إن لافروف وكيري سيجرون مشاورات مع الأخضر الابراهيمي."
    entries = [brahimi, person("لافروف", "sergey-lavrov"), person("وكيري", "john-kerry", "و")]
    assert set(only_event(text, entries).participants) == {
        "sergey-lavrov",
        "john-kerry",
        "lakhdar-brahimi",
    }


def test_it_joins_on_a_nationality_and_name_after_a_lone_wa():
    obama = person("باراك اوباما", "barack-obama")
    text = "وأجرى الرئيسان الروسي فلاديمير بوتين و الامريكي باراك اوباما اتصالا هاتفيا."
    entries = [
        ("الروسي", "russia", ADJECTIVE),
        PUTIN,
        ("الامريكي", "united-states", ADJECTIVE),
        obama,
    ]
    event = only_event(text, entries)
    assert (event.kind, set(event.participants)) == (
        "phone_call",
        {"vladimir-putin", "barack-obama"},
    )


# Two presidents, each after his nationality, before the dual verb they call with.
TWO_PRESIDENTS = (
    "وأفادت الأنباء بأن الرئيسين الروسي فلاديمير بوتين والأمريكي باراك أوباما أجريا اتصالا هاتفيا"
)
TWO_PRESIDENTS_ENTRIES = [
    ("الروسي", "russia", ADJECTIVE),
    PUTIN,
    ("والأمريكي", "united-states", ADJECTIVE, "و"),
    person("باراك أوباما", "barack-obama"),
]


def test_it_reads_all_the_names_joined_on_before_a_dual_or_plural_support_verb():
    event = only_event(TWO_PRESIDENTS + ".", TWO_PRESIDENTS_ENTRIES)
    assert set(event.participants) == {"vladimir-putin", "barack-obama"}
    macron, merkel = person("إيمانويل ماكرون", "macron"), person("أنغيلا ميركل", "merkel")
    text = (
        "يذكر أن الرؤساء، الروسي فلاديمير بوتين، والتركي رجب طيب أردوغان، والفرنسي إيمانويل "
        "ماكرون، والمستشارة الألمانية أنغيلا ميركل، عقدوا قمة رباعية في مدينة إسطنبول."
    )
    event = only_event(text, [PUTIN, ERDOGAN, macron, merkel, ("إسطنبول", "istanbul", PLACE)])
    assert set(event.participants) == {PUTIN[1], ERDOGAN[1], "macron", "merkel"}
    assert event.place == "istanbul"


def test_it_takes_a_state_beside_the_person_named_for_it_as_that_person():
    text = TWO_PRESIDENTS + " بنظيره الأمريكي."
    entries = [*TWO_PRESIDENTS_ENTRIES, ("الأمريكي", "united-states", ADJECTIVE)]
    states = {"barack-obama": frozenset({"united-states"})}
    event = only_event(text, entries, states_of=states)
    assert set(event.participants) == {"vladimir-putin", "barack-obama"}


def test_it_reads_whom_the_owner_of_a_meeting_noun_meets_after_with():
    huneiti, ayoub = person("يوسف الحنيطي", "huneiti"), person("علي أيوب", "ayoub")
    amman = ("بعمان", "amman", PLACE, "ب")
    text = "ومن أبرزها لقاء يوسف الحنيطي مع علي أيوب في 19 سبتمبر الماضي بعمان."
    event = only_event(text, [huneiti, ayoub, amman], ["19 سبتمبر الماضي"])
    assert (set(event.participants), event.place) == ({"huneiti", "ayoub"}, "amman")
    # over military titles too
    text = "ومن أبرزها لقاء قائد الجيش الأردني يوسف الحنيطي مع وزير الدفاع العماد علي أيوب بعمان."
    event = only_event(text, [("الأردني", "jordan", ADJECTIVE), huneiti, ayoub, amman])
    assert set(event.participants) == {"huneiti", "ayoub"}


def test_it_reads_whom_the_one_who_made_a_call_made_it_with():
    rouhani = person("حسن روحاني", "hassan-rouhani")
    text = (
        "وكان الملف السوري مدار بحث في اتصال هاتفي أجراه الرئيس الإيراني حسن روحاني مع نظيره "
        "الروسي فلاديمير بوتين."
    )
    event = only_event(text, [("الإيراني", "iran", ADJECTIVE), rouhani, PUTIN])
    assert (event.kind, set(event.participants)) == (
        "phone_call",
        {"hassan-rouhani", "vladimir-putin"},
    )


def meeting_pairs(text: str, entries: list[tuple]) -> set[tuple[str, ...]]:
    """The participants of each meeting the text reports."""
    return {e.participants for e in events_of(text, entries) if e.kind == "meeting"}


def test_it_reads_a_meeting_with_each_of_those_kullan_min_lists():
    text = "والتقى بشار الأسد في زيارته لطهران كلا من علي خامنئي والرئيس الإيراني إبراهيم رئيسي."
    entries = [
        ASSAD,
        person("علي خامنئي", "ali-khamenei"),
        person("إبراهيم رئيسي", "ebrahim-raisi"),
        ("لطهران", "tehran", PLACE, "ل"),
    ]
    assert meetings(events_of(text, entries)) == {
        ("meeting", frozenset({"bashar-al-assad", "ali-khamenei"}), "tehran"),
        ("meeting", frozenset({"bashar-al-assad", "ebrahim-raisi"}), "tehran"),
    }
    # without «كلا من», one meeting of the three
    text = text.replace("كلا من ", "")
    assert len(meetings(events_of(text, entries))) == 1
    text = "وسيعقد فلاديمير بوتين لقاءات ثنائية مع كل من روحاني وأردوغان."
    entries = [
        PUTIN,
        person("روحاني", "hassan-rouhani"),
        person("وأردوغان", "recep-tayyip-erdogan", "و"),
    ]
    assert meeting_pairs(text, entries) == {
        ("hassan-rouhani", "vladimir-putin"),
        ("recep-tayyip-erdogan", "vladimir-putin"),
    }


def test_it_reads_meetings_in_the_plural_with_several_as_a_meeting_with_each():
    text = "ومن المقرر أن يجري وليد المعلم خلال زيارته لقاءات مع فؤاد معصوم وحيدر العبادي."
    entries = [
        MUALLEM,
        person("فؤاد معصوم", "fuad-masum"),
        person("وحيدر العبادي", "haider-al-abadi", "و"),
    ]
    assert meeting_pairs(text, entries) == {
        ("fuad-masum", "walid-al-muallem"),
        ("haider-al-abadi", "walid-al-muallem"),
    }


def test_it_reads_an_opening_quote_typed_again_as_closing_a_short_name():
    text = (
        "ونقلت وكالة “سبوتنيك “ عن الملك عبد الله الثاني - خلال لقاء جمعه مع فلاديمير بوتين "
        'في موسكو - قوله: إن "روسيا تقوم بالدور الأكثر دعما للاستقرار في المنطقة".'
    )
    entries = [
        person("الملك عبد الله الثاني", "king-abdullah-ii"),
        person("فلاديمير بوتين", "vladimir-putin"),
        ("موسكو", "moscow", PLACE),
    ]
    found = [e for e in events_of(text, entries) if e.kind == "meeting"]
    assert [(e.participants, e.place) for e in found] == [
        (("king-abdullah-ii", "vladimir-putin"), "moscow")
    ]


def test_it_joins_on_a_name_told_after_a_long_title_and_a_comma():
    sabbagh = person("بسام الصباغ", "bassam-sabbagh")
    text = (
        "يعقد وزير الخارجية بسام الصباغ والمبعوث الخاص للأمين العام للأمم المتحدة إلى سوريا، "
        "غير بيدرسن اجتماعاً في دمشق."
    )
    entries = [sabbagh, PEDERSEN, ("سوريا", "syria", PLACE), ("دمشق", "damascus", PLACE)]
    event = only_event(text, entries)
    assert (event.kind, set(event.participants), event.place) == (
        "meeting",
        {"bassam-sabbagh", PEDERSEN[1]},
        "damascus",
    )


def test_it_joins_no_one_on_past_a_comma_that_opens_another_clause():
    text = (
        "استقبل بشار الأسد سيرغي لافروف ووزير الدفاع السوري، بينما كان الرئيس الإيراني حسن روحاني "
        "في موسكو."
    )
    entries = [
        ASSAD,
        person("سيرغي لافروف", "sergey-lavrov"),
        person("حسن روحاني", "hassan-rouhani"),
    ]
    found = meetings(events_of(text, entries))
    assert found == {("meeting", frozenset({"bashar-al-assad", "sergey-lavrov"}), None)}
