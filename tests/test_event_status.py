"""Held or planned (articles.text.event_status) on short sentences written for each rule:
the verb's tense, plan words, cancelled and postponed events, and the tense a story
lends the verbs it tells. Pure functions, no database."""

from articles.text.mentions import ORGANIZATION, PERSON, PLACE
from tests.event_builders import (
    ASSAD,
    CAVUSOGLU,
    GENEVA,
    LAVROV,
    PEDERSEN,
    ZARIF,
    events_of,
    only_event,
    person,
)


def test_it_reads_a_planned_meeting_after_min_al_muqarrar():
    text = (
        "ومن المقرر أن يلتقي المبعوث الأممي غير بيدرسن وزير الخارجية التركي مولود جاويش أوغلو "
        "في أنقرة الأسبوع المقبل."
    )
    event = only_event(text, [PEDERSEN, CAVUSOGLU, ("أنقرة", "ankara", PLACE)])
    assert (event.kind, event.status, event.place) == ("meeting", "planned", "ankara")


def test_it_plans_an_imperfect_verb_with_a_weekday_but_not_with_al_madi():
    coming = "يستقبل الرئيس بشار الأسد يوم الأحد وزير الخارجية الإيراني محمد جواد ظريف."
    past = "وكان الرئيس بشار الأسد قد استقبل الأحد الماضي وزير الخارجية الإيراني محمد جواد ظريف."
    assert only_event(coming, [ASSAD, ZARIF]).status == "planned"
    assert only_event(past, [ASSAD, ZARIF]).status == "held"


def test_it_drops_a_cancelled_event_and_plans_a_postponed_or_called_for_one():
    ankara = ("أنقرة", "ankara", PLACE)
    assert events_of("وألغى لافروف زيارته إلى أنقرة.", [LAVROV, ankara]) == []
    event = only_event("وأرجأ لافروف زيارته إلى أنقرة.", [LAVROV, ankara])
    assert (event.kind, event.status) == ("visit", "planned")
    event = only_event("ودعا لافروف إلى عقد مؤتمر دولي في جنيف.", [LAVROV, GENEVA])
    assert (event.kind, event.status, event.place) == ("conference", "planned", "geneva")


def test_it_gives_a_verb_after_qabla_an_the_tense_of_the_story_it_is_told_in():
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    text = (
        "وكان فيصل المقداد قد زار السعودية حيث عقد لقاءات مع المسؤولين قبل أن يتوجه إلى "
        "الجزائر لاستكمال جولته."
    )
    found = events_of(
        text, [mekdad, ("السعودية", "saudi-arabia", PLACE), ("الجزائر", "algeria", PLACE)]
    )
    assert {(e.place, e.status) for e in found if e.kind == "visit"} == {
        ("saudi-arabia", "held"),
        ("algeria", "held"),
    }


def test_it_plans_an_arrival_the_news_is_told_to_come_before():
    text = "ويأتي اللقاء قبل ساعات من وصول غير بيدرسن إلى دمشق."
    event = only_event(text, [PEDERSEN, ("دمشق", "damascus", PLACE)])
    assert (event.kind, event.status) == ("visit", "planned")


def test_it_reads_a_trip_announced_and_then_reported_made_as_one_made_trip():
    brahimi = person("الأخضر الإبراهيمي", "lakhdar-brahimi")
    places = [("دمشق", "damascus", PLACE), ("سوريا", "syria", PLACE)]
    text = (
        "وصل الأخضر الإبراهيمي إلى دمشق اليوم. وكان مصدر قد قال إن الأخضر الإبراهيمي سيزور "
        "سوريا خلال الأيام المقبلة."
    )
    visits = events_of(text, [brahimi, *places], countries={"damascus": "syria"})
    assert [(e.place, e.status) for e in visits if e.kind == "visit"] == [("damascus", "held")]
    # a trip to another country stays apart
    text = "وصل الأخضر الإبراهيمي إلى دمشق اليوم. وسيزور الأخضر الإبراهيمي موسكو الأسبوع المقبل."
    entries = [brahimi, *places, ("موسكو", "moscow", PLACE)]
    visits = events_of(text, entries, countries={"damascus": "syria", "moscow": "russia"})
    assert {(e.place, e.status) for e in visits if e.kind == "visit"} == {
        ("damascus", "held"),
        ("moscow", "planned"),
    }


def test_it_reads_who_a_subject_meets_after_his_relative_clause_and_plans_it():
    brahimi = person("الأخضر الإبراهيمي", "lakhdar-brahimi")
    opposition = ("وفد المعارضة", "opposition-delegation", ORGANIZATION)
    text = (
        "ومن المقرر أن يجتمع الأخضر الإبراهيمي، الذي تمكن في نهاية يناير الماضي، من جمع "
        "الطرفين على طاولة المفاوضات، مع وفد المعارضة غدا."
    )
    event = only_event(text, [brahimi, opposition], ["نهاية يناير الماضي", "غدا"])
    assert (event.participants, event.status) == (
        ("lakhdar-brahimi", "opposition-delegation"),
        "planned",
    )


def test_it_plans_an_event_on_whose_eve_the_news_is():
    annan = person("كوفي عنان", "kofi-annan")
    text = "وقالت الصين إنها تدعم خطة كوفي عنان، وذلك عشية زيارته إلى بكين."
    event = only_event(text, [annan, ("بكين", "beijing", PLACE)])
    assert (event.kind, event.status, event.place) == ("visit", "planned", "beijing")


def test_it_plans_a_gathering_whose_will_be_held_comes_after_what_it_is_about():
    geneva2 = ("مؤتمر جنيف 2", "geneva-ii", ORGANIZATION)
    text = "وأكد المتحدث أن مؤتمر جنيف 2 حول السلام في سوريا سيعقد في 23 نوفمبر القادم."
    event = only_event(text, [geneva2, ("سوريا", "syria", PLACE)], ["23 نوفمبر القادم"])
    assert (event.kind, event.status) == ("conference", "planned")


def test_it_reads_talks_joined_to_a_trip_whose_results_are_told_as_held():
    text = (
        "ومن المقرر أن يطلع بيدرسن مجلس الأمن على نتائج زيارته الأخيرة إلى دمشق "
        "ومباحثاته مع وزير الخارجية فيصل المقداد."
    )
    entries = [person("بيدرسن", "geir-pedersen"), person("فيصل المقداد", "faisal-mekdad")]
    entries.append(("دمشق", "damascus", PLACE))
    talks = next(e for e in events_of(text, entries) if e.kind == "meeting")
    assert talks.status == "held"


def test_it_reads_a_visit_an_announcement_is_about_as_planned_unless_told_as_done():
    cairo = ("للقاهرة", "cairo", PLACE, "ل")
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    shoukry = person("سامح شكري", "sameh-shoukry")
    text = "أعلن وزير الخارجية سامح شكري عن زيارة فيصل المقداد للقاهرة اليوم."
    assert only_event(text, [shoukry, mekdad, cairo], ["اليوم"]).status == "planned"
    text = "أعلن سامح شكري عن زيارة فيصل المقداد للقاهرة أمس."
    assert only_event(text, [shoukry, mekdad, cairo], ["أمس"]).status == "held"
    text = "أعلنت الخارجية عن مكالمة هاتفية جرت بين سامح شكري وفيصل المقداد."
    entries = [shoukry, ("وفيصل المقداد", "faisal-mekdad", PERSON, "و")]
    assert only_event(text, entries).status == "held"


def test_it_reads_a_meeting_decided_on_as_planned():
    mistura = person("ستافان دي ميستورا", "staffan-de-mistura")
    muallem = ("ووليد المعلم", "walid-al-muallem", PERSON, "و")
    for text in (
        "تقرر عقد لقاء بين ستافان دي ميستورا ووليد المعلم في دمشق.",
        "وقررت الأمم المتحدة عقد لقاء بين ستافان دي ميستورا ووليد المعلم في دمشق.",
    ):
        event = only_event(text, [mistura, muallem, ("دمشق", "damascus", PLACE)])
        assert (event.kind, event.status) == ("meeting", "planned")


def test_it_reads_a_meeting_someone_works_for_or_proposes_as_planned():
    mistura = person("ستافان دي ميستورا", "staffan-de-mistura")
    muallem = ("ووليد المعلم", "walid-al-muallem", PERSON, "و")
    for text in (
        "وتعمل الأمم المتحدة على تنظيم لقاء بين ستافان دي ميستورا ووليد المعلم في دمشق.",
        "وتسعى موسكو إلى ترتيب لقاء بين ستافان دي ميستورا ووليد المعلم في دمشق.",
        "واقترح الروس عقد لقاء بين ستافان دي ميستورا ووليد المعلم في دمشق.",
    ):
        event = only_event(text, [mistura, muallem, ("دمشق", "damascus", PLACE)])
        assert (event.kind, event.status) == ("meeting", "planned"), text
    # the work done: held; an effort told as a success; and «عقد» as the verb of the news,
    # in a relative clause or in the next sentence
    for text, when in (
        ("وعملت موسكو على ترتيب لقاء بين ستافان دي ميستورا ووليد المعلم في دمشق أمس.", ["أمس"]),
        ("وفي إطار الجهود عقد ستافان دي ميستورا لقاء مع وليد المعلم في دمشق.", []),
        ("ونجحت مساعي موسكو في ترتيب لقاء بين ستافان دي ميستورا ووليد المعلم في دمشق.", []),
        ("وبعد جهود مكثفة تم عقد لقاء بين ستافان دي ميستورا ووليد المعلم في دمشق.", []),
        ("ورحبت دمشق بالجهود. وعقد لقاء بين ستافان دي ميستورا ووليد المعلم في دمشق.", []),
    ):
        entries = [mistura, ("وليد المعلم", "walid-al-muallem", PERSON)]
        if "ووليد" in text:
            entries = [mistura, muallem]
        event = only_event(text, [*entries, ("دمشق", "damascus", PLACE)], when)
        assert event.status == "held", text


def test_it_reads_the_convening_of_a_gathering_as_still_to_come_unless_told_past():
    league = ("جامعة الدول العربية", "arab-league", ORGANIZATION)
    text = "وهذه أهم النقاط التي تهدد انعقاد قمة جامعة الدول العربية."
    assert only_event(text, [league]).status == "planned"
    text = "ورحب الوزير أمس بانعقاد قمة جامعة الدول العربية الشهر الماضي."
    assert only_event(text, [league], ["أمس", "الشهر الماضي"]).status == "held"


def test_it_plans_the_talks_two_people_agree_to_hold_with_both_as_participants():
    kerry = person("جون كيري", "john-kerry")
    text = (
        "اتفق وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي جون كيري على إجراء "
        "مباحثات حول سوريا في جنيف يوم الخميس."
    )
    lavrov = person("سيرغي لافروف", "sergey-lavrov")
    syria = ("سوريا", "syria", PLACE)
    event = only_event(text, [lavrov, kerry, syria, GENEVA], ["يوم الخميس"])
    assert (event.kind, event.status, event.place) == ("meeting", "planned", "geneva")
    assert event.participants == ("john-kerry", "sergey-lavrov")
    text = "واتفق لافروف وكيري على عقد لقاء في جنيف الأسبوع المقبل."
    entries = [LAVROV, person("وكيري", "john-kerry", "و"), GENEVA]
    event = only_event(text, entries, ["الأسبوع المقبل"])
    assert (event.status, event.participants) == ("planned", ("john-kerry", "sergey-lavrov"))
    # One who agrees alone holds nothing with anyone.
    text = "واتفق لافروف على إجراء مباحثات حول الأزمة."
    assert not [e for e in events_of(text, [LAVROV]) if e.kind != "statement"]


def test_it_takes_a_meeting_earlier_news_announced_for_the_one_reported_held():
    text = (
        "استقبل الرئيس بشار الأسد اليوم وزير الخارجية محمد جواد ظريف في دمشق. "
        "وكانت الخارجية الإيرانية أعلنت، الأحد، أن محمد جواد ظريف سيلتقي بالرئيس بشار الأسد "
        "في دمشق."
    )
    entries = [ASSAD, ZARIF, ("دمشق", "damascus", PLACE)]
    found = [e for e in events_of(text, entries, ["اليوم", "الأحد"]) if e.kind == "meeting"]
    assert [(e.status, e.place) for e in found] == [("held", "damascus")]
    # Announced in the news itself, a meeting to come is another one.
    text = text.replace("وكانت الخارجية الإيرانية أعلنت، الأحد،", "وأعلنت الخارجية الإيرانية")
    found = [e for e in events_of(text, entries, ["اليوم"]) if e.kind == "meeting"]
    assert [e.status for e in found] == ["held", "planned"]


def test_it_plans_a_gathering_its_clause_holds_in_the_present_or_future():
    sochi, geneva = ("سوتشي", "sochi", PLACE), ("جنيف", "geneva", PLACE)
    text = "واتفق زعماء روسيا وتركيا وإيران على رعاية مؤتمر يعقد في مدينة سوتشي لإنهاء الحرب."
    event = only_event(text, [sochi])
    assert (event.kind, event.place, event.status) == ("conference", "sochi", "planned")
    assert only_event("وشارك في المؤتمر الذي يعقد في جنيف.", [geneva]).status == "planned"
    assert only_event("وشارك في المؤتمر الذي عقد في جنيف.", [geneva]).status == "held"


def test_it_plans_an_event_noun_a_verb_in_the_future_tense_leads_to():
    text = "وأكد الوزير أن بشار الجعفري سيترأس وفد النظام السوري إلى اجتماعات أستانا."
    entries = [person("بشار الجعفري", "bashar-al-jaafari"), ("أستانا", "astana", PLACE)]
    entries.append(("اجتماعات أستانا", "astana-process", ORGANIZATION))
    event = only_event(text, entries)
    assert (event.kind, event.status) == ("conference", "planned")
    held = text.replace("سيترأس", "ترأس")
    assert only_event(held, entries).status == "held"


def test_it_reads_an_event_called_off_postponed_or_only_possible():
    kerry = person("كيري", "john-kerry")
    text = "وكان مقررا أن يلتقي لافروف كيري في جنيف لكن اللقاء ألغي."
    assert not [e for e in events_of(text, [LAVROV, kerry, GENEVA]) if e.kind == "meeting"]
    text = "وأرجئ اللقاء بين لافروف وكيري إلى موعد لاحق."
    assert only_event(text, [LAVROV, person("وكيري", "john-kerry", "و")]).status == "planned"
    assert only_event("وقد يلتقي لافروف كيري في جنيف.", [LAVROV, kerry, GENEVA]).status == (
        "planned"
    )


def test_it_reads_the_support_verb_of_a_visit_past_a_range_of_days():
    text = (
        "يقوم وزير الشؤون الخارجية التركي أحمد داود أوغلو، يومي 15 و 16 نونبر الجاري بزيارة "
        "رسمية إلى المغرب."
    )
    entries = [person("أحمد داود أوغلو", "ahmet-davutoglu"), ("المغرب", "morocco", PLACE)]
    event = only_event(text, entries, ["16 نونبر الجاري"])
    assert (event.kind, event.status, event.participants, event.place) == (
        "visit",
        "planned",
        ("ahmet-davutoglu",),
        "morocco",
    )


def test_it_reads_a_photo_caption_in_the_present_as_news_told_like_a_headline():
    entries = [
        person("بن علوي", "bin-alawi"),
        person("المعلم", "muallem"),
        ("مسقط", "muscat", PLACE),
    ]
    caption = "بن علوي يستقبل المعلم في مسقط. أ.ف.ب\nوقال مصدر إن المباحثات تناولت الأوضاع."
    assert only_event(caption, entries).status == "held"
    # in a paragraph, the same present tense tells what is still to come
    paragraph = "بن علوي يستقبل المعلم في مسقط. وقال مصدر إن المباحثات ستتناول الأوضاع."
    assert only_event(paragraph, entries).status == "planned"


def test_it_reads_a_trip_named_again_with_no_verb_or_day_as_the_one_announced():
    mekdad, cairo = person("فيصل المقداد", "faisal-mekdad"), ("القاهرة", "cairo", PLACE)
    text = (
        "أعلنت الوزارة أن فيصل المقداد يعتزم زيارة القاهرة اليوم. وتعد زيارة فيصل المقداد "
        "القاهرة هي الأولى منذ سنوات."
    )
    found = [e for e in events_of(text, [mekdad, cairo], ["اليوم"]) if e.kind == "visit"]
    assert [(e.status, e.place) for e in found] == [("planned", "cairo")]


def test_it_plans_the_trip_a_future_meeting_happens_on():
    amir, mekdad = person("عبد اللهيان", "amir-abdollahian"), person("فيصل المقداد", "mekdad")
    entries = [amir, ASSAD, mekdad, ("دمشق", "damascus", PLACE)]
    text = (
        "وقال المصدر إن عبد اللهيان سيلتقي خلال زيارته إلى دمشق، كلا من الرئيس بشار الأسد "
        "ووزير الخارجية فيصل المقداد."
    )
    found = events_of(text, entries)
    assert {(e.kind, e.status) for e in found if e.kind != "statement"} == {
        ("meeting", "planned"),
        ("visit", "planned"),
    }
    # the trip a meeting was held on was made
    found = events_of(text.replace("سيلتقي", "التقى"), entries)
    assert ("visit", "held") in {(e.kind, e.status) for e in found}


def test_it_plans_a_gathering_whose_min_al_muqarrar_comes_after_what_it_is_about():
    text = "ولفت إلى أن اجتماع أستانا 6 حول سورية من المقرر أن يعقد بعد منتصف أيلول."
    event = only_event(text, [("أستانا", "astana", PLACE), ("سورية", "syria", PLACE)])
    assert (event.kind, event.status, event.place) == ("conference", "planned", "astana")


def test_it_reads_an_announced_arrival_as_made_but_an_announced_visit_as_planned():
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    jeddah = ("جدة", "jeddah", PLACE)
    arrival = "وأعلنت السعودية اليوم عن وصول وزير الخارجية السوري فيصل المقداد إلى جدة."
    event = only_event(arrival, [mekdad, jeddah], ["اليوم"])
    assert (event.kind, event.place, event.status) == ("visit", "jeddah", "held")
    tomorrow = "وأعلنت السعودية عن وصول وزير الخارجية السوري فيصل المقداد إلى جدة غدا."
    assert only_event(tomorrow, [mekdad, jeddah], ["غدا"]).status == "planned"
    for ahead, status in (("صباح الغد", "planned"), ("خلال أيام", "planned"), ("", "held")):
        text = f"وأعلنت السعودية عن وصول فيصل المقداد إلى جدة {ahead} خلال جولة إقليمية."
        assert only_event(text, [mekdad, jeddah]).status == status, ahead
    visit = "وأعلنت السعودية اليوم عن زيارة وزير الخارجية السوري فيصل المقداد إلى جدة."
    assert only_event(visit, [mekdad, jeddah], ["اليوم"]).status == "planned"


def test_it_reads_a_visit_someone_was_tasked_with_as_planned():
    elaraby = person("نبيل العربي", "nabil-elaraby")
    damascus = ("دمشق", "damascus", PLACE)
    text = "وكلف مجلس الجامعة الأمين العام نبيل العربي بزيارة دمشق."
    event = only_event(text, [elaraby, damascus])
    assert (event.kind, event.status, event.place) == ("visit", "planned", "damascus")
    # made, not given: «قام العربي بزيارة دمشق»
    event = only_event("وقام نبيل العربي بزيارة دمشق.", [elaraby, damascus])
    assert (event.kind, event.status) == ("visit", "held")

    # done: at someone's behest, or a task told as what came before
    for text in (
        "وبتكليف من الرئيس، قام نبيل العربي بزيارة دمشق.",
        "وكان مجلس الجامعة قد كلف الأمين العام نبيل العربي بزيارة دمشق.",
    ):
        event = only_event(text, [elaraby, damascus])
        assert (event.kind, event.status) == ("visit", "held"), text

    # given by a noun or in the news perfect: still to come
    for text in (
        "وتم تكليف نبيل العربي بزيارة دمشق.",
        "وقد كلف المجلس الوزاري نبيل العربي بزيارة دمشق.",
    ):
        event = only_event(text, [elaraby, damascus])
        assert (event.kind, event.status) == ("visit", "planned"), text


def test_it_reads_the_first_persons_future_as_planned():
    text = "وقال محمد جواد ظريف إنه خلال هذه الزيارة سأجري محادثات مع الرئيس بشار الأسد."
    event = only_event(text, [person("محمد جواد ظريف", "zarif"), person("بشار الأسد", "assad")])
    assert (event.kind, event.status) == ("meeting", "planned")


def test_it_reads_a_visit_a_future_verb_makes_and_a_future_copula_as_planned():
    safadi = person("أيمن الصفدي", "ayman-safadi")
    turkey = ("تركيا", "turkey", PLACE)
    text = "ووصل أيمن الصفدي إلى دمشق، إلى جانب زيارة سيجريها إلى تركيا."
    found = events_of(text, [safadi, ("دمشق", "damascus", PLACE), turkey])
    assert {(e.place, e.status) for e in found if e.kind == "visit"} == {
        ("damascus", "held"),
        ("turkey", "planned"),
    }
    text = "وقال إنها ستكون ، أول محادثات مباشرة بين محمد جواد ظريف وبشار الأسد."
    zarif, assad = person("محمد جواد ظريف", "zarif"), person("وبشار الأسد", "assad", "و")
    event = only_event(text, [zarif, assad])
    assert (event.kind, event.status) == ("meeting", "planned")


def test_it_reads_no_event_only_in_case_it_happens():
    kerry = person("كيري", "john-kerry")
    for text in (
        "وفي حال التقى لافروف كيري فإن الاتفاق ممكن.",
        "وفي حالة انعقاد اللقاء بين لافروف وكيري في جنيف سيبحثان الهدنة.",
    ):
        assert [e for e in events_of(text, [LAVROV, kerry, GENEVA]) if e.kind != "statement"] == []
    # a condition that opens the sentence governs the clause after its comma
    for text in (
        "وفي حال وافقت دمشق، سيلتقي لافروف كيري في جنيف.",
        "وفي حالة الموافقة، سيلتقي لافروف كيري في جنيف.",
    ):
        assert [e for e in events_of(text, [LAVROV, kerry, GENEVA]) if e.kind != "statement"] == []
    # «في حالة نادرة»: an instance; a condition in another clause is not the event's
    for text in (
        "وفي حالة نادرة، التقى لافروف كيري في جنيف.",
        "وقال لافروف إن موسكو سترد في حال استمرت الخروقات، وذلك خلال لقائه كيري في جنيف.",
    ):
        event = only_event(text, [LAVROV, kerry, GENEVA])
        assert (event.kind, event.place) == ("meeting", "geneva"), text
    # «حال وصوله»: as soon as he arrived
    text = "وقال لافروف حال وصوله إلى دمشق إن الحل سياسي."
    event = only_event(text, [LAVROV, ("دمشق", "damascus", PLACE)])
    assert (event.kind, event.place) == ("visit", "damascus")


def test_it_reads_a_present_holding_verb_past_the_names_that_hold_it():
    entries = [
        person("رجب طيب أردوغان", "recep-tayyip-erdogan"),
        person("فلاديمير بوتين", "vladimir-putin"),
        person("أنغيلا ميركل", "angela-merkel"),
        person("إيمانويل ماكرون", "emmanuel-macron"),
        ("إسطنبول", "istanbul", PLACE),
    ]
    text = (
        "يعقد الرئيس رجب طيب أردوغان ونظيره فلاديمير بوتين والمستشارة أنغيلا ميركل والرئيس "
        "إيمانويل ماكرون، السبت في إسطنبول قمة حول سوريا."
    )
    event = only_event(text, entries, ["السبت"])
    assert (event.status, event.place) == ("planned", "istanbul")
