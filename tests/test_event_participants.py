"""Who takes part in an event (articles.text.event_participants): duals, aides, states, and
those a sentence leaves implicit (lists are in test_event_lists). Short sentences written for
each rule; pure functions, no database."""

from dataclasses import replace

from articles.text.events import extract_events
from articles.text.mentions import ORGANIZATION, PERSON, PLACE
from tests.event_builders import (
    ADJECTIVE,
    ASSAD,
    ERDOGAN,
    GENEVA,
    KERRY,
    LAVROV,
    MUALLEM,
    PEDERSEN,
    PUTIN,
    SHOUKRY,
    ZARIF,
    events_of,
    meetings,
    mentions,
    only_event,
    person,
)


def test_it_gives_a_possessive_meeting_to_the_person_it_belongs_to():
    text = "وقال بوتين عقب لقائه بالرئيس التركي رجب طيب أردوغان في سوتشي إن الاتفاق صامد."
    event = only_event(
        text, [person("بوتين", "vladimir-putin"), ERDOGAN, ("سوتشي", "sochi", PLACE)]
    )
    assert event.participants == ("recep-tayyip-erdogan", "vladimir-putin")
    assert (event.trigger, event.place) == ("لقائه", "sochi")


def test_it_reads_alwaziran_as_the_two_people_of_the_previous_meeting():
    text = "استقبل لافروف ظريف في موسكو أمس. والتقى الوزيران مجددا اليوم في سوتشي."
    entries = [LAVROV, person("ظريف", "mohammad-javad-zarif"), ("موسكو", "moscow", PLACE)]
    entries.append(("سوتشي", "sochi", PLACE))
    places = {e.place for e in events_of(text, entries) if e.kind == "meeting"}
    assert places == {"moscow", "sochi"}


def test_it_reads_the_two_before_a_dual_verb_as_the_two_people_told_before():
    shoukry = person("سامح شكري", "sameh-shoukry")
    text = (
        "بحث سامح شكري مع لافروف الأزمة وأعلن المتحدث باسم الخارجية المصرية أن الوزيرين "
        "التقيا في مقر البعثة المصرية في نيويورك."
    )
    entries = [shoukry, LAVROV, ("المصرية", "egypt", ADJECTIVE), ("نيويورك", "new-york", PLACE)]
    found = {(e.kind, frozenset(e.participants)) for e in events_of(text, entries)}
    assert ("meeting", frozenset({"sameh-shoukry", "sergey-lavrov"})) in found
    assert all("egypt" not in participants for _, participants in found)


def test_it_takes_both_names_before_a_dual_verb():
    kerry = person("جون كيري", "john-kerry")
    lavrov = person("سيرغي لافروف", "sergey-lavrov")
    text = (
        "وذكرت الوزارة أن وزيري الخارجية الروسي سيرغي لافروف والأمريكي جون كيري بحثا هاتفيا الأزمة."
    )
    call = only_event(text, [lavrov, kerry])
    assert (call.kind, call.participants) == ("phone_call", ("john-kerry", "sergey-lavrov"))
    elaraby = person("نبيل العربي", "nabil-elaraby")
    brahimi = person("والأخضر الإبراهيمي", "lakhdar-brahimi", "و")
    text = "وأضاف أن نبيل العربي والأخضر الإبراهيمي سيبحثان مع سيرغي لافروف الوضع."
    assert only_event(text, [elaraby, brahimi, lavrov]).participants == (
        "lakhdar-brahimi",
        "nabil-elaraby",
        "sergey-lavrov",
    )


def test_it_takes_the_last_sentences_subject_for_a_support_verb_that_opens_a_sentence():
    mistura = person("ستافان دي ميستورا", "staffan-de-mistura")
    delegation = ("وفد المعارضة السورية", "syrian-opposition-delegation", ORGANIZATION)
    text = "وصل ستافان دي ميستورا إلى جنيف أمس. وعقد اجتماعا مع وفد المعارضة السورية."
    meeting = next(e for e in events_of(text, [mistura, delegation, GENEVA]) if e.kind == "meeting")
    assert (meeting.participants, meeting.place) == (
        ("staffan-de-mistura", "syrian-opposition-delegation"),
        "geneva",
    )


def test_it_reads_a_reception_as_a_meeting_of_the_visitor_just_told():
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    visitor = person("عبد الله بن زايد", "abdullah-bin-zayed")
    damascus = ("دمشق", "damascus", PLACE)
    text = (
        "وصل عبد الله بن زايد إلى دمشق اليوم. وكان في استقباله لدى وصوله إلى مطار دمشق "
        "الدولي وزير الخارجية والمغتربين فيصل المقداد."
    )
    found = meetings(events_of(text, [mekdad, visitor, damascus]))
    assert ("meeting", frozenset({"abdullah-bin-zayed", "faisal-mekdad"}), "damascus") in found
    # No visitor the text tells: whom «استقباله» stands for is unknown.
    text = "وكان أنان في فندق بدمشق. وكان في استقباله وزير الخارجية فيصل المقداد."
    assert meetings(events_of(text, [mekdad, ASSAD, damascus])) == set()


def test_it_takes_the_two_named_after_a_dual():
    text = "التقى الرئيسان فلاديمير بوتين ورجب طيب أردوغان في سوتشي."
    erdogan = ("ورجب طيب أردوغان", "recep-tayyip-erdogan", PERSON, "و")
    event = only_event(text, [PUTIN, erdogan, ("سوتشي", "sochi", PLACE)])
    assert (event.participants, event.place) == (
        ("recep-tayyip-erdogan", "vladimir-putin"),
        "sochi",
    )


def test_it_takes_everyone_who_holds_a_summit_together():
    rouhani = ("وحسن روحاني", "hassan-rouhani", PERSON, "و")
    erdogan = ("ورجب طيب أردوغان", "recep-tayyip-erdogan", PERSON, "و")
    text = "عقد الرؤساء فلاديمير بوتين ورجب طيب أردوغان وحسن روحاني قمة ثلاثية في طهران."
    event = only_event(text, [PUTIN, erdogan, rouhani, ("طهران", "tehran", PLACE)])
    assert event.participants == ("hassan-rouhani", "recep-tayyip-erdogan", "vladimir-putin")
    assert event.place == "tehran"


def test_it_takes_the_aide_who_comes_along_as_a_participant_not_the_counterpart():
    mistura = person("ستافان دي ميستورا", "staffan-de-mistura")
    ramzy = person("رمزي عز الدين رمزي", "ramzy")
    delegation = ("وفد الحكومة السورية", "government-delegation", ORGANIZATION)
    text = "التقى ستافان دي ميستورا ونائبه رمزي عز الدين رمزي وفد الحكومة السورية."
    event = only_event(text, [mistura, ramzy, delegation])
    assert event.participants == ("government-delegation", "ramzy", "staffan-de-mistura")


def test_it_gives_a_sentence_opening_meeting_with_one_name_to_the_last_topic():
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    text = "التقى غير بيدرسن الرئيس بشار الأسد في دمشق. كما التقى وزير الخارجية فيصل المقداد."
    damascus = ("دمشق", "damascus", PLACE)
    assert meetings(events_of(text, [PEDERSEN, ASSAD, mekdad, damascus])) == {
        ("meeting", frozenset({"geir-pedersen", "bashar-al-assad"}), "damascus"),
        ("meeting", frozenset({"geir-pedersen", "faisal-mekdad"}), "damascus"),
    }
    # Not after a subject of its own, nor with a dual verb.
    text = "التقى غير بيدرسن الرئيس بشار الأسد. وقال فيصل المقداد إنه التقيا."
    assert len(meetings(events_of(text, [PEDERSEN, ASSAD, mekdad]))) == 1


def test_it_gives_an_opening_possessive_meeting_to_the_main_clauses_speaker():
    abdollahian = person("حسين أمير عبد اللهيان", "amir-abdollahian")
    text = "وخلال لقائه مع محمد جواد ظريف ونائبه حسين أمير عبد اللهيان في طهران، قال بشار الأسد إن."
    event = only_event(text, [ZARIF, abdollahian, ASSAD, ("طهران", "tehran", PLACE)])
    assert event.participants == ("amir-abdollahian", "bashar-al-assad", "mohammad-javad-zarif")
    assert event.place == "tehran"


def test_it_reads_two_subjects_of_a_discussion_and_calls_held_between_two():
    kerry = ("وجون كيري", "john-kerry", PERSON, "و")
    text = "وبحث لافروف، وجون كيري، الأزمة السورية."
    assert only_event(text, [LAVROV, kerry]).participants == ("john-kerry", "sergey-lavrov")
    text = "وتناولت مكالمتين هاتفيتين أجريتا بين لافروف وجون كيري الأزمة."
    event = only_event(text, [LAVROV, kerry])
    assert (event.kind, event.participants) == ("phone_call", ("john-kerry", "sergey-lavrov"))


def test_it_gives_a_series_of_calls_by_a_bare_title_to_the_last_topic_or_drops_it():
    fidan = person("هاكان فيدان", "hakan-fidan")
    mikati = ("ونجيب ميقاتي", "najib-mikati", PERSON, "و")
    text = (
        "وبحث هاكان فيدان الأزمة مع نظرائه. "
        "وأجرى الوزير سلسلة اتصالات مع سيرغي لافروف، ونجيب ميقاتي."
    )
    lavrov = person("سيرغي لافروف", "sergey-lavrov")
    assert meetings(events_of(text, [fidan, lavrov, mikati])) == {
        ("phone_call", frozenset({"hakan-fidan", "sergey-lavrov"}), None),
        ("phone_call", frozenset({"hakan-fidan", "najib-mikati"}), None),
    }
    text = "وأجرى الوزير سلسلة اتصالات مع سيرغي لافروف، ونجيب ميقاتي."
    assert meetings(events_of(text, [lavrov, mikati])) == set()


def test_it_gives_what_he_did_after_anna_to_the_one_who_speaks():
    text = "وقال غير بيدرسن إن الوضع صعب، وأنه زار دمشق مؤخرا."
    event = only_event(text, [PEDERSEN, ("دمشق", "damascus", PLACE)])
    assert (event.kind, event.participants, event.place) == (
        "visit",
        ("geir-pedersen",),
        "damascus",
    )
    text = "وأكد غير بيدرسن في بيان الموقف. وأشار إلى أنه التقى وليد المعلم."
    found = meetings(events_of(text, [PEDERSEN, MUALLEM]))
    assert found == {("meeting", frozenset({"geir-pedersen", "walid-al-muallem"}), None)}


def test_it_gives_what_he_did_to_the_last_one_named_not_the_speaker():
    text = "وقال لافروف إن غير بيدرسن سيزورنا الاثنين، وأنه زار دمشق مؤخرا."
    events = events_of(text, [LAVROV, PEDERSEN, ("دمشق", "damascus", PLACE)])
    assert ("visit", ("geir-pedersen",), "damascus") in {
        (e.kind, e.participants, e.place) for e in events
    }


def test_it_reaches_the_one_received_over_a_date_set_off_by_commas():
    text = "استقبل الرئيس بشار الأسد، يوم الأحد 7 تموز 2019، في دمشق، الوزير يوسف بن علوي."
    alawi = person("يوسف بن علوي", "yusuf-bin-alawi")
    events = events_of(
        text, [ASSAD, alawi, ("دمشق", "damascus", PLACE)], dates=["يوم الأحد 7 تموز 2019"]
    )
    assert meetings(events) == {
        ("meeting", frozenset({"bashar-al-assad", "yusuf-bin-alawi"}), "damascus")
    }
    text = "استقبل الرئيس بشار الأسد، مساء أمس، الوزير يوسف بن علوي."
    found = meetings(events_of(text, [ASSAD, alawi], dates=["مساء أمس"]))
    assert found == {("meeting", frozenset({"bashar-al-assad", "yusuf-bin-alawi"}), None)}


def test_it_reaches_the_caller_over_a_date_set_off_by_commas():
    text = "تلقى الملك سلمان، اتصالا هاتفيا، يوم الأربعاء، من الرئيس فلاديمير بوتين."
    events = events_of(text, [person("الملك سلمان", "king-salman"), PUTIN], dates=["يوم الأربعاء"])
    assert meetings(events) == {("phone_call", frozenset({"king-salman", "vladimir-putin"}), None)}


def test_it_reaches_whom_a_meeting_is_with_over_after_noon():
    delegation = ("وفد المعارضة السورية", "syrian-opposition-delegation", ORGANIZATION)
    mistura = person("ستافان دي ميستورا", "staffan-de-mistura")
    text = "عقد ستافان دي ميستورا اجتماعا بعد ظهر اليوم مع وفد المعارضة السورية."
    found = meetings(events_of(text, [mistura, delegation], dates=["اليوم"]))
    assert found == {
        ("meeting", frozenset({"staffan-de-mistura", "syrian-opposition-delegation"}), None)
    }


def test_it_gives_a_joined_meeting_verb_the_subject_of_the_verb_before():
    text = "ووصل وزير الخارجية وليد المعلم إلى طهران يوم الأحد والتقى نظيره محمد جواد ظريف."
    events = events_of(text, [MUALLEM, ZARIF, ("طهران", "tehran", PLACE)])
    assert meetings(events) == {
        ("meeting", frozenset({"walid-al-muallem", "mohammad-javad-zarif"}), "tehran")
    }
    text = "زار غير بيدرسن دمشق أمس، والتقى وليد المعلم، كما التقى رئيس الهيئة أنس العبدة."
    abdah = person("أنس العبدة", "anas-al-abdah")
    events = events_of(text, [PEDERSEN, MUALLEM, abdah, ("دمشق", "damascus", PLACE)])
    assert meetings(events) == {
        ("meeting", frozenset({"geir-pedersen", "walid-al-muallem"}), "damascus"),
        ("meeting", frozenset({"geir-pedersen", "anas-al-abdah"}), "damascus"),
    }


def test_it_leaves_a_joined_meeting_verb_with_no_event_before_it_alone():
    text = "وأكد وليد المعلم أن الوضع صعب والتقى محمد جواد ظريف."
    assert meetings(events_of(text, [MUALLEM, ZARIF])) == set()


def test_it_takes_the_state_whose_officials_are_met():
    syrians = ("السوريين", "syria", ADJECTIVE)
    text = "ومن المقرر أن يلتقي غير بيدرسن بكبار المسؤولين السوريين غدا."
    assert meetings(events_of(text, [PEDERSEN, syrians])) == {
        ("meeting", frozenset({"geir-pedersen", "syria"}), None)
    }
    text = "وسيجري لافروف اجتماعا مع ممثلين عن روسيا وتركيا في جنيف."
    states = [("روسيا", "russia", PLACE), ("وتركيا", "turkey", PLACE, "و")]
    assert meetings(events_of(text, [LAVROV, *states, GENEVA])) == {
        ("meeting", frozenset({"sergey-lavrov", "russia", "turkey"}), "geneva")
    }


def test_it_names_a_visitor_who_comes_after_the_place_he_reaches():
    text = "وصل إلى مطار العاصمة السورية دمشق، وزير الخارجية محمد جواد ظريف."
    places = [("العاصمة السورية", "damascus", PLACE), ("دمشق", "damascus", PLACE)]
    event = only_event(text, [ZARIF, *places])
    assert (event.kind, event.participants, event.place) == (
        "visit",
        ("mohammad-javad-zarif",),
        "damascus",
    )


def test_it_reaches_the_visitor_of_qama_bi_ziyara_over_a_date():
    text = "وقام الرئيس حسن روحاني، الأسبوع الماضي، بزيارة إلى دمشق."
    event = only_event(text, [person("حسن روحاني", "hassan-rouhani"), ("دمشق", "damascus", PLACE)])
    assert (event.kind, event.participants, event.place) == (
        "visit",
        ("hassan-rouhani",),
        "damascus",
    )


def test_it_gives_a_meeting_held_by_a_clitic_to_the_one_who_speaks():
    text = "وقال غير بيدرسن إن اجتماعا عقده مع لافروف في جنيف أمس كان مفيدا."
    assert meetings(events_of(text, [PEDERSEN, LAVROV, GENEVA], ["أمس"])) == {
        ("meeting", frozenset({"geir-pedersen", "sergey-lavrov"}), "geneva")
    }


def test_it_gives_the_meeting_during_which_someone_speaks_to_the_speaker():
    text = "وقال محمد جواد ظريف وخلال لقاء نظيره وليد المعلم إن الوضع صعب."
    assert meetings(events_of(text, [ZARIF, MUALLEM])) == {
        ("meeting", frozenset({"mohammad-javad-zarif", "walid-al-muallem"}), None)
    }


def test_it_gives_a_meeting_during_a_visit_to_the_visitor_named_before():
    text = (
        "وأعلنت الوزارة أن برنامج زيارة الوزير وليد المعلم، سيبدأ صباح الغد، "
        "وسيلتقي خلالها نظيره محمد جواد ظريف."
    )
    assert meetings(events_of(text, [MUALLEM, ZARIF])) == {
        ("meeting", frozenset({"walid-al-muallem", "mohammad-javad-zarif"}), None)
    }
    text = "وعقد الوزيران وليد المعلم ومحمد جواد ظريف مؤتمرا صحفيا ناقشا خلاله القضية السورية."
    syrian = ("السورية", "syria", ADJECTIVE)
    assert not any("syria" in e.participants for e in events_of(text, [MUALLEM, ZARIF, syrian]))


def test_it_keeps_a_meeting_of_states_apart_from_people_who_cannot_speak_for_them_all():
    brahimi, morsi = (
        person("الأخضر الإبراهيمي", "lakhdar-brahimi"),
        person("محمد مرسي", "mohamed-morsi"),
    )
    states = [
        ("مصر", "egypt", PLACE),
        ("وتركيا", "turkey", PLACE, "و"),
        ("وإيران", "iran", PLACE, "و"),
    ]
    text = (
        "يلتقي الأخضر الإبراهيمي اليوم الرئيس محمد مرسي، "
        "ويشارك في اجتماع وزاري يضم مصر وتركيا وإيران."
    )
    found = events_of(text, [brahimi, morsi, *states])
    # a ministerial meeting of three states is a conference
    gatherings = {(e.kind, frozenset(e.participants)) for e in found}
    assert ("conference", frozenset({"egypt", "turkey", "iran"})) in gatherings
    text = "والتقى جون كيري سامح شكرى أمس. وتناولت مباحثات أمريكية مصرية الأزمة أمس."
    entries = [
        KERRY,
        SHOUKRY,
        ("أمريكية", "united-states", ADJECTIVE),
        ("مصرية", "egypt", ADJECTIVE),
    ]
    found = meetings(events_of(text, entries))
    assert found == {("meeting", frozenset({"john-kerry", "sameh-shoukry"}), None)}


def test_it_reads_a_meeting_named_to_date_another_as_no_news_again():
    text = (
        "والتقى جون كيري لافروف في فيينا أمس. "
        "ومن المفترض أن يعقد جون كيري قبل لقائه لافروف اجتماعا مع وليد المعلم."
    )
    found = meetings(events_of(text, [KERRY, LAVROV, MUALLEM, ("فيينا", "vienna", PLACE)], ["أمس"]))
    assert found == {
        ("meeting", frozenset({"john-kerry", "sergey-lavrov"}), "vienna"),
        ("meeting", frozenset({"john-kerry", "walid-al-muallem"}), None),
    }
    text = "وبعد وصوله إلى بيروت، عقد الإبراهيمي اجتماعا. ووصل الإبراهيمي إلى دمشق أمس."
    places = [("بيروت", "beirut", PLACE), ("دمشق", "damascus", PLACE)]
    visits = {e.place for e in events_of(text, [person("الإبراهيمي", "lakhdar-brahimi"), *places])}
    assert {"beirut", "damascus"} <= visits


def test_it_reads_who_held_a_joint_press_conference_and_talks_between_them():
    lavrov = person("سيرغي لافروف", "sergey-lavrov")
    russian = ("الروسي", "russia", ADJECTIVE)
    text = (
        'جاء ذلك في مؤتمر صحفي مشترك عقده "جون كيري" ونظيره الروسي "سيرغي لافروف" في جنيف، '
        "في ختام جولة ماراثونية من المباحثات بينهما."
    )
    assert meetings(events_of(text, [KERRY, russian, lavrov, GENEVA])) == {
        ("meeting", frozenset({"john-kerry", "sergey-lavrov"}), "geneva")
    }
    text = "وأجرى جون كيري ونظيره الروسي سيرغي لافروف جولة ماراثونية من المباحثات في جنيف."
    assert meetings(events_of(text, [KERRY, russian, lavrov, GENEVA])) == {
        ("meeting", frozenset({"john-kerry", "sergey-lavrov"}), "geneva")
    }


def test_it_reads_a_planned_meeting_with_a_states_officials_as_the_one_its_minister_held():
    text = (
        "والتقى وزير الخارجية المصري سامح شكرى جون كيري في القاهرة. "
        "وكانت الخارجية قد أعلنت أن جون كيري سيلتقي كبار المسؤولين المصريين."
    )
    entries = [SHOUKRY, KERRY, ("القاهرة", "cairo", PLACE), ("المصريين", "egypt", ADJECTIVE)]
    found = [
        replace(m, role_of="egypt") if m.entity == "sameh-shoukry" else m
        for m in mentions(text, entries)
    ]
    assert meetings(extract_events(text, found)) == {
        ("meeting", frozenset({"sameh-shoukry", "john-kerry"}), "cairo")
    }


def test_it_gives_talks_whose_result_someone_reports_to_him_as_held():
    brahimi = person("الأخضر الإبراهيمي", "lakhdar-brahimi")
    elaraby = person("نبيل العربي", "nabil-elaraby")
    text = (
        "وكان يفترض أن يطلع الأخضر الإبراهيمي نبيل العربي على نتيجة محادثاته مع الرئيس "
        "السوري بشار الأسد."
    )
    event = only_event(text, [brahimi, elaraby, ASSAD])
    assert (event.participants, event.status) == (("bashar-al-assad", "lakhdar-brahimi"), "held")


def test_it_reads_a_meeting_of_the_unnamed_ministers_of_several_states_and_whom_they_meet():
    mekdad = person("وزير خارجية سوريا", "faisal-mekdad")
    states = [("الأردن", "jordan", PLACE), ("والسعودية", "saudi-arabia", PLACE, "و")]
    states.append(("والعراق", "iraq", PLACE, "و"))
    text = (
        "يستضيف الأردن غدا اجتماعا لوزراء خارجية الأردن، والسعودية، والعراق، مع وزير خارجية سوريا."
    )
    event = only_event(text, [*states, mekdad], ["غدا"])
    assert event.participants == ("faisal-mekdad", "iraq", "jordan", "saudi-arabia")
    assert (event.status, event.place) == ("planned", "jordan")


def test_it_reads_talks_over_their_topic_to_whom_they_are_with():
    brahimi = person("الأخضر الإبراهيمي", "lakhdar-brahimi")
    text = "ويجري الأخضر الإبراهيمي محادثات حول الأزمة في سوريا مع وزير الخارجية علي أكبر صالحي."
    event = only_event(text, [brahimi, person("علي أكبر صالحي", "ali-akbar-salehi")])
    assert event.participants == ("ali-akbar-salehi", "lakhdar-brahimi")


def test_it_reads_the_two_sides_of_the_meeting_their_sentence_has_told_as_all_of_it():
    sabbagh = person("بسام الصباغ", "bassam-sabbagh")
    bin_farhan = person("فيصل بن فرحان", "faisal-bin-farhan")
    abdelatty = person("بدر عبد العاطي", "badr-abdelatty")
    text = (
        "التقى بسام الصباغ بنظيره السعودي فيصل بن فرحان والمصري بدر عبد العاطي في الرياض، "
        "وخلال اللقاء، ناقش الجانبان العلاقات الثنائية."
    )
    found = meetings(events_of(text, [sabbagh, bin_farhan, abdelatty, ("الرياض", "riyadh", PLACE)]))
    assert found == {
        ("meeting", frozenset({"bassam-sabbagh", "faisal-bin-farhan", "badr-abdelatty"}), "riyadh")
    }


def test_it_reads_a_long_paragraph_without_its_full_stop_as_no_headline():
    text = (
        "التقى بسام الصباغ يوم أمس بنظيره السعودي فيصل بن فرحان في الرياض على هامش الاجتماع "
        "الوزاري التحضيري لقمة المتابعة العربية والإسلامية، وخلال اللقاء، بحث الوزيران "
        "العلاقات الثنائية وتطورات الأوضاع الإقليمية والدولية وسبل تعزيز التعاون بين البلدين،"
        "\n\nوالتقى بسام الصباغ مع فيصل بن فرحان."
    )
    entries = [
        person("بسام الصباغ", "bassam-sabbagh"),
        person("فيصل بن فرحان", "faisal-bin-farhan"),
    ]
    found = meetings(events_of(text, [*entries, ("الرياض", "riyadh", PLACE)]))
    assert found == {("meeting", frozenset({"bassam-sabbagh", "faisal-bin-farhan"}), "riyadh")}


def test_it_gives_a_visit_with_its_subject_left_out_to_the_guest_just_received():
    amir = person("حسين أمير عبد اللهيان", "hossein-amir-abdollahian")
    text = "استقبل بشار الأسد حسين أمير عبد اللهيان. وكان قد وصل إلى دمشق مساء الأربعاء."
    visits = [
        e for e in events_of(text, [ASSAD, amir, ("دمشق", "damascus", PLACE)]) if e.kind == "visit"
    ]
    assert [e.participants for e in visits] == [("hossein-amir-abdollahian",)]


def test_it_gives_no_one_a_visit_whose_subject_is_an_unnamed_title():
    text = "واستقبل بشار الأسد الوفد الإيراني. وكان المسؤول الإيراني وصل إلى دمشق مساء الأربعاء."
    found = events_of(text, [ASSAD, ("الإيراني", "iran", ADJECTIVE), ("دمشق", "damascus", PLACE)])
    assert [e for e in found if e.kind == "visit"] == []


def test_it_reads_no_new_meeting_in_who_attended_the_meeting_told():
    annan, fawzi = person("كوفي عنان", "kofi-annan"), person("أحمد فوزي", "ahmad-fawzi")
    text = "واستقبل بشار الأسد كوفي عنان في دمشق. وحضر اللقاء مع كوفي عنان مستشاره أحمد فوزي."
    assert meetings(events_of(text, [ASSAD, annan, fawzi, ("دمشق", "damascus", PLACE)])) == {
        ("meeting", frozenset({"bashar-al-assad", "kofi-annan"}), "damascus")
    }


def test_it_gives_a_visit_by_an_official_named_by_nationality_to_the_one_that_title_named():
    amir = person("حسين أمير عبداللهيان", "hossein-amir-abdollahian")
    text = (
        "يبحث بشار الأسد اليوم مع مساعد وزير الخارجية الإيراني حسين أمير عبداللهيان الأزمة. "
        "وكان المسؤول الإيراني وصل إلى دمشق مساء الأربعاء."
    )
    found = events_of(
        text, [ASSAD, amir, ("الإيراني", "iran", ADJECTIVE), ("دمشق", "damascus", PLACE)]
    )
    assert [e.participants for e in found if e.kind == "visit"] == [("hossein-amir-abdollahian",)]


def test_it_reads_a_name_that_begins_with_ba_as_no_preposition_after_a_meeting_noun():
    text = "ويتزامن لقاء بيدرسن مع وزير الخارجية مع لقاء عبد الله بن زايد ببشار الأسد."
    entries = [person("بيدرسن", "geir-pedersen"), person("عبد الله بن زايد", "abdullah-bin-zayed")]
    entries.append(person("ببشار الأسد", "bashar-al-assad", "ب"))
    found = meetings(events_of(text, entries))
    assert ("meeting", frozenset({"abdullah-bin-zayed", "geir-pedersen"}), None) not in found
    assert ("meeting", frozenset({"abdullah-bin-zayed", "bashar-al-assad"}), None) in found


def test_it_reads_a_delegation_behind_b_after_a_possessive_meeting_noun():
    mistura = person("ستافان دي ميستورا", "staffan-de-mistura")
    delegation = ("بوفد النظام السوري", "government-delegation", ORGANIZATION, "ب")
    text = "وقال ستافان دي ميستورا عقب لقائه بوفد النظام السوري في جنيف إن المحادثات جدية."
    found = meetings(events_of(text, [mistura, delegation, GENEVA]))
    assert found == {
        ("meeting", frozenset({"staffan-de-mistura", "government-delegation"}), "geneva")
    }


def test_it_reads_who_spoke_with_whom_but_not_who_spoke_at_a_meeting():
    lamamra = person("رمطان لعمامرة", "ramtane-lamamra")
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    text = (
        "تحدث وزير الشؤون الخارجية الجزائري؛ رمطان لعمامرة، مع نظيره السوري فيصل المقداد "
        "في اتصال هاتفي."
    )
    assert meetings(events_of(text, [lamamra, mekdad])) == {
        ("phone_call", frozenset({"ramtane-lamamra", "faisal-mekdad"}), None)
    }
    assembly = ("للجمعية العامة", "un-general-assembly", ORGANIZATION, "ل")
    text = "وكان من المقرر أن يتحدث فيصل المقداد خلال اجتماع للجمعية العامة."
    assert meetings(events_of(text, [mekdad, assembly])) == set()


def test_it_reads_a_press_conference_that_brought_two_together_as_their_meeting():
    zebari = person("هوشيار زيباري", "hoshyar-zebari")
    text = (
        "وقال وليد المعلم خلال مؤتمر صحفي جمعه بنظيره العراقي هوشيار زيباري في بغداد إن الحل سياسي."
    )
    assert meetings(events_of(text, [MUALLEM, zebari, ("بغداد", "baghdad", PLACE)])) == {
        ("meeting", frozenset({"walid-al-muallem", "hoshyar-zebari"}), "baghdad")
    }


def test_it_takes_no_partner_from_the_title_set_after_the_counterpart():
    shaaban = person("بثينة شعبان", "bouthaina-shaaban")
    moscow = ("موسكو", "moscow", PLACE)
    text = (
        "وأضاف المسؤول، خلال اجتماع في موسكو مع بثينة شعبان مستشارة الرئيس السوري بشار الأسد، "
        "إن الحل سياسي."
    )
    # Whose adviser she is, not who met her: with no one else named, no meeting.
    assert not meetings(events_of(text, [shaaban, ASSAD, moscow]))
    text = text.replace("المسؤول", "لافروف")
    assert meetings(events_of(text, [LAVROV, shaaban, ASSAD, moscow])) == {
        ("meeting", frozenset({"bouthaina-shaaban", "sergey-lavrov"}), "moscow")
    }


def test_it_reads_a_call_between_the_two_ministers_as_between_the_two_named_before():
    text = (
        "اتفق سيرغي لافروف مع جون كيري على إجراء مباحثات في جنيف. وقالت الخارجية الروسية "
        "إن الاتفاق تم خلال مكالمة هاتفية بين الوزيرين."
    )
    lavrov = person("سيرغي لافروف", "sergey-lavrov")
    assert ("phone_call", frozenset({"john-kerry", "sergey-lavrov"}), None) in meetings(
        events_of(text, [lavrov, KERRY, GENEVA])
    )
    # «اللقاء … بين الرئيسين» is the meeting told before, not another.
    text = "والتقى بوتين أردوغان في سوتشي. وجرى اللقاء الثنائي بين الرئيسين في قصر الرئاسة."
    entries = [person("بوتين", "vladimir-putin"), person("أردوغان", "recep-tayyip-erdogan")]
    entries.append(("سوتشي", "sochi", PLACE))
    assert [e.trigger for e in events_of(text, entries) if e.kind == "meeting"] == ["والتقى"]


def test_it_gives_a_possessive_meeting_opening_a_quote_to_the_subject_of_its_clause():
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    shoukry = person("سامح شكري", "sameh-shoukry")
    text = (
        "ونشرت الوزارة صورا مع نظيره فيصل المقداد، وأوضحت أنه “عقب لقائه مع الرئيس "
        "بشار الأسد، يعقد سامح شكري جلسة مباحثات”."
    )
    found = meetings(events_of(text, [mekdad, ASSAD, shoukry]))
    assert ("meeting", frozenset({"bashar-al-assad", "sameh-shoukry"}), None) in found
    assert all(frozenset({"bashar-al-assad", "faisal-mekdad"}) != m[1] for m in found)


def test_it_reads_a_short_quoted_phrase_as_no_clause_a_possessive_meeting_opens():
    text = 'وتحدث بيدرسون عن "أجواء إيجابية" خلال لقائه مع الأسد، بينما انتقد لافروف الغرب.'
    entries = [person("بيدرسون", "geir-pedersen"), person("الأسد", "bashar-al-assad"), LAVROV]
    found = meetings(events_of(text, entries))
    assert found == {("meeting", frozenset({"bashar-al-assad", "geir-pedersen"}), None)}


def test_it_leaves_out_the_ruler_an_envoy_stands_for():
    mekdad, asaad = person("المقداد", "faisal-mekdad"), person("أسعد بن طارق", "asaad-bin-tariq")
    haitham = person("السلطان هيثم بن طارق", "sultan-haitham")
    nuamani = person("سلطان النعماني", "sultan-al-nuamani")
    text = (
        "وتضمن برنامج زيارة المقداد لقاءات مع كبار المسؤولين حيث التقى أسعد بن طارق الممثل "
        "الخاص لجلالة السلطان هيثم بن طارق كما التقى سلطان النعماني."
    )
    assert meetings(events_of(text, [mekdad, asaad, haitham, nuamani])) == {
        ("meeting", frozenset({"faisal-mekdad", "asaad-bin-tariq"}), None),
        ("meeting", frozenset({"faisal-mekdad", "sultan-al-nuamani"}), None),
    }
    # whom credentials are handed to takes part
    text = "قدم السفير أسعد بن طارق أوراق اعتماده لجلالة السلطان هيثم بن طارق."
    found = meetings(events_of(text, [asaad, haitham]))
    assert found == {("meeting", frozenset({"asaad-bin-tariq", "sultan-haitham"}), None)}
