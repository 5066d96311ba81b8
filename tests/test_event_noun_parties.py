"""Who takes part when the phrase names them around an event noun (articles.text.
event_noun_parties): the two «و» joins right before «خلال اتصال هاتفي», the visitor whose
visit opens or closes «بلقاء». Short sentences written for each rule; pure functions, no
database."""

from articles.text.mentions import ORGANIZATION, PLACE
from tests.event_builders import ASSAD, PUTIN, events_of, meetings, only_event, person

ERDOGAN = person("ورجب طيب أردوغان", "recep-tayyip-erdogan", "و")
CALL = {("phone_call", frozenset({"vladimir-putin", "recep-tayyip-erdogan"}), None)}


def test_it_reads_the_two_joined_right_before_during_a_call():
    for lead in ("خلال", "في", "عبر"):
        text = f"واتفق الرئيسان فلاديمير بوتين ورجب طيب أردوغان {lead} اتصال هاتفي على التنسيق."
        assert meetings(events_of(text, [PUTIN, ERDOGAN])) == CALL, lead
    # over the second one's title
    text = "واتفق فلاديمير بوتين ونظيره التركي رجب طيب أردوغان خلال اتصال هاتفي على التهدئة."
    assert meetings(events_of(text, [PUTIN, person("رجب طيب أردوغان", ERDOGAN[1])])) == CALL
    # one name only, or two not joined by «و», tell no call between them
    text = "وقال بشار الأسد إن فلاديمير بوتين خلال اتصال هاتفي أكد دعمه."
    assert meetings(events_of(text, [ASSAD, PUTIN])) == set()


def test_it_reads_the_visitor_as_whom_the_meeting_that_opens_his_visit_is_with():
    shoukry = person("سامح شكري", "sameh-shoukry")
    damascus = ("دمشق", "damascus", PLACE)
    for verb, status in (("استهل", "held"), ("واختتم", "held"), ("ويستهل غدا", "planned")):
        text = f"{verb} سامح شكري زيارته إلى دمشق بلقاء الرئيس بشار الأسد."
        found = {
            (e.kind, frozenset(e.participants), e.status)
            for e in events_of(text, [shoukry, ASSAD, damascus])
        }
        assert ("meeting", frozenset({"sameh-shoukry", "bashar-al-assad"}), status) in found, verb
    # no visit before it: «رحب … بلقاء» tells no one's meeting
    text = "ورحب سامح شكري بلقاء بشار الأسد."
    assert meetings(events_of(text, [shoukry, ASSAD])) == set()


def test_it_leaves_a_definite_gathering_after_a_visit_and_a_pair_someone_else_called():
    tehran = ("لطهران", "tehran", PLACE, "ل")
    summit = "بدأ فلاديمير بوتين زيارته لطهران بالمشاركة في القمة الثلاثية."
    assert "conference" in {e.kind for e in events_of(summit, [PUTIN, tehran])}
    rouhani = person("وحسن روحاني", "hassan-rouhani", "و")
    text = "هنأ بشار الأسد فلاديمير بوتين وحسن روحاني في اتصال هاتفي بنجاح القمة."
    calls = meetings(events_of(text, [ASSAD, PUTIN, rouhani]))
    assert ("phone_call", frozenset({"vladimir-putin", "hassan-rouhani"}), None) not in calls
    # who reports the call, in a clause before «أن», is no caller
    text = "وأوضح بشار الأسد أن فلاديمير بوتين ورجب طيب أردوغان خلال اتصال هاتفي اتفقا على التهدئة."
    assert meetings(events_of(text, [ASSAD, PUTIN, ERDOGAN])) == CALL


def test_it_reads_the_two_who_speak_after_or_during_their_talks():
    lavrov, kerry = person("سيرغي لافروف", "sergey-lavrov"), person("جون كيري", "john-kerry")
    moscow = ("موسكو", "moscow", PLACE)
    pair = frozenset({"sergey-lavrov", "john-kerry"})
    for text in (
        "وقال سيرغي لافروف وجون كيري عقب محادثات في موسكو إن الاتفاق ممكن.",
        "وأكد سيرغي لافروف وجون كيري خلال لقاء في موسكو أن الحل سياسي.",
        "وأعلن الاتفاق كل من وزير الخارجية الروسي سيرغي لافروف ونظيره الأميركي جون كيري بعد "
        "محادثات في موسكو.",
    ):
        entries = [lavrov, kerry, person("وجون كيري", "john-kerry", "و"), moscow]
        assert meetings(events_of(text, entries)) == {("meeting", pair, "moscow")}, text
    # whom one of them spoke to is no pair of speakers
    text = "وأكد بشار الأسد لفلاديمير بوتين وجون كيري خلال لقاء في موسكو أن الحل سياسي."
    putin = person("لفلاديمير بوتين", PUTIN[1], "ل")
    found = meetings(events_of(text, [ASSAD, putin, person("وجون كيري", "john-kerry", "و")]))
    assert all(participants != frozenset({PUTIN[1], "john-kerry"}) for _, participants, _ in found)


def test_it_takes_no_pair_of_speakers_for_talks_that_name_their_own():
    text = (
        "وقال وليد المعلم وفيصل المقداد بعد محادثات جنيف التي جمعت جون كيري وسيرغي لافروف إن "
        "الاتفاق ممكن."
    )
    entries = [
        person("وليد المعلم", "walid-al-muallem"),
        person("وفيصل المقداد", "faisal-mekdad", "و"),
        ("جنيف", "geneva", PLACE),
        person("جون كيري", "john-kerry"),
        person("وسيرغي لافروف", "sergey-lavrov", "و"),
    ]
    found = meetings(events_of(text, entries))
    assert all(who != frozenset({"walid-al-muallem", "faisal-mekdad"}) for _, who, _ in found)


def test_it_reads_whose_trip_a_joined_verb_goes_on_to_tell():
    mekdad, hussein = person("فيصل المقداد", "faisal-mekdad"), person("فؤاد حسين", "fuad-hussein")
    text = (
        "وأفاد البيان أن برنامج زيارة وزير الخارجية السوري، فيصل المقداد، سيبدأ صباح الغد، "
        "وسيلتقي نائب رئيس الوزراء وزير الخارجية فؤاد حسين."
    )
    event = only_event(text, [mekdad, hussein], ["صباح الغد"])
    assert (event.kind, event.status, set(event.participants)) == (
        "meeting",
        "planned",
        {"faisal-mekdad", "fuad-hussein"},
    )


def test_it_takes_no_traveller_for_a_verb_that_has_its_own_subject():
    text = (
        "وقال المصدر إن برنامج زيارة حسين أمير عبد اللهيان لم يكتمل، وستلتقي اللجنة الدستورية "
        "غير بيدرسن."
    )
    abdollahian = person("حسين أمير عبد اللهيان", "hossein-amir-abdollahian")
    committee = ("اللجنة الدستورية", "syrian-constitutional-committee", ORGANIZATION)
    found = events_of(text, [abdollahian, committee, person("غير بيدرسن", "geir-pedersen")])
    assert all(
        "hossein-amir-abdollahian" not in e.participants for e in found if e.kind == "meeting"
    )


def test_it_reads_the_two_who_speak_after_talks_named_by_their_place_only():
    tehran = ("طهران", "tehran", PLACE)
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    abdollahian = person("وحسين أمير عبد اللهيان", "hossein-amir-abdollahian", "و")
    text = "وصرح فيصل المقداد وحسين أمير عبد اللهيان بعد مباحثات طهران بأن الحل سياسي."
    found = meetings(events_of(text, [mekdad, abdollahian, tehran]))
    pair = frozenset({"faisal-mekdad", "hossein-amir-abdollahian"})
    assert {(kind, who) for kind, who, _ in found} == {("meeting", pair)}


def test_it_reads_whose_trip_a_programme_of_works_tells():
    bogdanov = person("ميخائيل بوغدانوف", "mikhail-bogdanov")
    text = "وقال المصدر إن جدول أعمال زيارة ميخائيل بوغدانوف حافل، وسيلتقي الرئيس بشار الأسد."
    found = meetings(events_of(text, [bogdanov, ASSAD]))
    assert found == {("meeting", frozenset({"mikhail-bogdanov", "bashar-al-assad"}), None)}
