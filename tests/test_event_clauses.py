"""Rules that must stay inside their own clause or phrase (articles.text.events and the
modules it reads with): a verb of its own is no «و» + a verb, a hope or a cancellation governs
only its clause, attendees belong to the noun they follow, a headline needs a lead. Short
sentences written for each case a review found; pure functions, no database."""

from articles.text.dates import find_dates
from articles.text.events import extract_events
from articles.text.mentions import PLACE
from tests.event_builders import ASSAD as BASHAR_AL_ASSAD
from tests.event_builders import events_of, meetings, mentions, person

LAVROV, ZARIF = person("سيرغي لافروف", "lavrov"), person("محمد جواد ظريف", "zarif")
MUALLEM, ASSAD = person("وليد المعلم", "muallem"), person("بشار الأسد", "assad")
CAVUSOGLU = person("مولود جاويش أوغلو", "cavusoglu")
MOSCOW, DAMASCUS = ("موسكو", "moscow", PLACE), ("دمشق", "damascus", PLACE)
ANKARA = ("أنقرة", "ankara", PLACE)


def _visits(found):
    return {(e.participants, e.place) for e in found if e.kind == "visit"}


def test_it_keeps_the_visit_of_a_relative_clause_with_wasal_to_the_visitor():
    text = "استقبل وليد المعلم محمد جواد ظريف الذي وصل إلى دمشق اليوم."
    assert _visits(events_of(text, [MUALLEM, ZARIF, DAMASCUS])) == {(("zarif",), "damascus")}


def test_it_lets_a_hope_a_denial_or_a_cancellation_govern_only_its_clause():
    pair = frozenset({"lavrov", "cavusoglu"})
    for text in (
        "نفت موسكو التقارير الغربية، واستقبل سيرغي لافروف في موسكو مولود جاويش أوغلو.",
        "نفى سيرغي لافروف الاتهامات، والتقى سيرغي لافروف مولود جاويش أوغلو في موسكو.",
        "ألغت الحكومة الرسوم الجمركية، والتقى سيرغي لافروف مولود جاويش أوغلو في موسكو.",
    ):
        found = meetings(events_of(text, [LAVROV, CAVUSOGLU, MOSCOW]))
        assert ("meeting", pair, "moscow") in found, text
    text = "أعرب بشار الأسد عن أمله في تعزيز العلاقات لدى استقباله محمد جواد ظريف."
    assert meetings(events_of(text, [ASSAD, ZARIF])) == {
        ("meeting", frozenset({"assad", "zarif"}), None)
    }


def test_it_gives_attendees_to_their_own_noun_only():
    putin, erdogan = person("فلاديمير بوتين", "putin"), person("رجب طيب أردوغان", "erdogan")
    text = (
        "التقى سيرغي لافروف محمد جواد ظريف في موسكو لبحث تنفيذ الاتفاق الموقع بحضور "
        "فلاديمير بوتين ورجب طيب أردوغان."
    )
    found = meetings(events_of(text, [LAVROV, ZARIF, MOSCOW, putin, erdogan]))
    assert found == {("meeting", frozenset({"lavrov", "zarif"}), "moscow")}
    # «موسعة» talks of two are no gathering of many parties, however many attend
    text = "أجرى بشار الأسد محادثات موسعة مع محمد جواد ظريف في دمشق بحضور وليد المعلم."
    found = events_of(text, [ASSAD, ZARIF, MUALLEM, DAMASCUS])
    assert {e.kind for e in found if e.kind != "statement"} == {"meeting"}


def test_it_keeps_an_attendee_of_a_gathering_the_sentence_places_with_that_gathering():
    mekdad = person("فيصل المقداد", "mekdad")
    text = (
        "عقد مجلس الأمن جلسة حول سوريا في نيويورك. وشارك فيصل المقداد في الاجتماع الذي عقد في جنيف."
    )
    entries = [mekdad, ("نيويورك", "new-york", PLACE), ("جنيف", "geneva", PLACE)]
    entries.append(("مجلس الأمن", "security-council", "organization"))
    found = {(e.participants, e.place) for e in events_of(text, entries) if e.kind == "conference"}
    assert (("mekdad",), "geneva") in found
    assert all("mekdad" not in participants for participants, place in found if place != "geneva")


def test_it_makes_no_one_attend_what_he_will_not_attend():
    jeddah = ("جدة", "jeddah", PLACE)
    for text in (
        "لا يعتزم بشار الأسد المشاركة في القمة العربية التي تستضيفها جدة.",
        "يأمل بشار الأسد المشاركة في القمة العربية التي تستضيفها جدة.",
    ):
        for event in events_of(text, [ASSAD, jeddah]):
            assert "assad" not in event.participants, text


def test_it_places_no_meeting_of_another_time_on_the_trip_told_today():
    states = {"muallem": frozenset({"syria"})}
    text = (
        "وصل محمد جواد ظريف إلى دمشق اليوم في زيارة رسمية. وكان محمد جواد ظريف قد التقى "
        "وليد المعلم الشهر الماضي."
    )
    entries = [ZARIF, MUALLEM, DAMASCUS]
    found = extract_events(
        text,
        mentions(text, entries),
        dates=find_dates(text),
        countries={"damascus": "syria"},
        states_of=states,
    )
    assert ("meeting", frozenset({"zarif", "muallem"}), None) in meetings(found)


def test_it_reads_a_round_named_after_a_city_and_a_tour_from_home_as_no_visit():
    pedersen = person("غير بيدرسن", "pedersen")
    text = "قال غير بيدرسن إن الجولة الرابعة من جنيف انتهت دون نتائج."
    assert _visits(events_of(text, [pedersen, ("جنيف", "geneva", PLACE)])) == set()
    text = "بدأ محمد جواد ظريف جولة إقليمية انطلاقا من طهران."
    assert _visits(events_of(text, [ZARIF, ("طهران", "tehran", PLACE)])) == set()


def test_it_keeps_whom_a_delegation_led_by_someone_met():
    hariri, pedersen = person("نصر الحريري", "hariri"), person("غير بيدرسن", "pedersen")
    delegation = ("وفد المعارضة", "opposition-delegation", "organization")
    text = "التقى وفد المعارضة برئاسة نصر الحريري غير بيدرسن في جنيف."
    found = events_of(text, [hariri, pedersen, delegation, ("جنيف", "geneva", PLACE)])
    assert any("pedersen" in e.participants for e in found if e.kind == "meeting")


def test_it_keeps_planned_a_trip_after_qabl_an_when_a_plan_comes_between():
    tehran = ("طهران", "tehran", PLACE)
    text = (
        "التقى سيرغي لافروف مولود جاويش أوغلو في أنقرة أمس، ومن المقرر أن يجري محادثات مع "
        "محمد جواد ظريف في طهران غدا قبل أن يتوجه إلى دمشق."
    )
    found = events_of(text, [LAVROV, CAVUSOGLU, ZARIF, ANKARA, tehran, DAMASCUS], ["أمس", "غدا"])
    assert {(e.place, e.status) for e in found if e.kind == "visit"} == {("damascus", "planned")}


def test_it_reads_a_reception_lada_as_the_receivers_and_the_visit_as_the_guests():
    abdollahian = person("حسين أمير عبد اللهيان", "abdollahian")
    mekdad = person("فيصل المقداد", "mekdad")
    text = (
        "أكد الرئيس بشار الأسد، لدى استقباله حسين أمير عبد اللهيان والوفد المرافق له في "
        "زيارته إلى دمشق، أهمية التنسيق. وحضر اللقاء وزير الخارجية فيصل المقداد."
    )
    found = events_of(text, [BASHAR_AL_ASSAD, abdollahian, mekdad, ("دمشق", "damascus", PLACE)])
    assert {(e.kind, frozenset(e.participants), e.place) for e in found} == {
        ("meeting", frozenset({"bashar-al-assad", "abdollahian", "mekdad"}), "damascus"),
        ("visit", frozenset({"abdollahian"}), "damascus"),
    }
