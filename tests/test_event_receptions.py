"""Receptions on arrival (articles.text.event_nouns, event_phrases): «وكان في استقبال(ه) …»,
past the guest's delegation and the airport, to whoever receives him. Short sentences
written for each rule; pure functions, no database."""

from articles.text.mentions import PLACE
from tests.event_builders import events_of, meetings, person

MEKDAD = person("فيصل المقداد", "faisal-mekdad")
KHEREIJI = person("وليد الخريجي", "waleed-elkhereiji")
JEDDAH = ("جدة", "jeddah", PLACE)
RECEIVED = {("meeting", frozenset({"faisal-mekdad", "waleed-elkhereiji"}), "jeddah")}


def test_it_reads_whom_the_guest_was_received_by_past_his_delegation_and_the_airport():
    for reception in (
        "وكان في استقبال الوزير فيصل المقداد والوفد المرافق له في مطار جدة",
        "وكان في استقبال الوزير فيصل المقداد في مطار جدة",
    ):
        text = f"{reception} نائب وزير الخارجية وليد الخريجي."
        assert meetings(events_of(text, [MEKDAD, KHEREIJI, JEDDAH])) == RECEIVED, reception


def test_it_reads_a_guest_told_by_his_title_alone_as_the_visitor_told_before():
    arrival = "وصل وزير الخارجية فيصل المقداد إلى جدة اليوم."
    for reception in (
        "وكان في استقبال الوزير والوفد المرافق له في مطار جدة",
        "وكان في استقباله والوفد المرافق له في مطار جدة",
    ):
        text = f"{arrival} {reception} نائب وزير الخارجية وليد الخريجي."
        found = events_of(text, [MEKDAD, KHEREIJI, JEDDAH], ["اليوم"])
        assert meetings(found) == RECEIVED, reception
    # a minister named after his title is the guest himself, not the one told before
    text = f"{arrival} وكان في استقبال الوزير وليد الخريجي في مطار جدة."
    assert meetings(events_of(text, [MEKDAD, KHEREIJI, JEDDAH], ["اليوم"])) != RECEIVED


def test_it_reads_no_guest_from_a_title_no_single_visitor_bears():
    raisi = person("إبراهيم رئيسي", "ebrahim-raisi")
    abdollahian = person("حسين أمير عبد اللهيان", "hossein-amir-abdollahian")
    assad = person("بشار الأسد", "bashar-al-assad")
    damascus = ("دمشق", "damascus", PLACE)
    text = (
        "وصل الرئيس الإيراني إبراهيم رئيسي إلى دمشق اليوم. ووصل وزير الخارجية الإيراني حسين "
        "أمير عبد اللهيان في وقت سابق. وكان في استقبال الرئيس في المطار الرئيس بشار الأسد."
    )
    found = events_of(text, [raisi, abdollahian, assad, damascus], ["اليوم"])
    assert meetings(found) == set()  # the minister is no «الرئيس»


def test_it_reads_no_host_past_a_new_clause_after_the_arrival():
    assad = person("بشار الأسد", "bashar-al-assad")
    text = (
        "وصل الرئيس بشار الأسد إلى حلب اليوم. واحتشد المواطنون في استقبال الرئيس لدى وصوله "
        "إلى قلعة حلب، وكان برفقته وزير الخارجية فيصل المقداد."
    )
    found = events_of(text, [assad, MEKDAD, ("حلب", "aleppo", PLACE)], ["اليوم"])
    assert meetings(found) == set()  # al-Mekdad comes with him


def test_it_reads_past_the_delegation_of_a_couple():
    assad, asma = person("بشار الأسد", "bashar-al-assad"), person("أسماء الأسد", "asma-al-assad")
    mbz = person("محمد بن زايد", "mohamed-bin-zayed")
    text = (
        "وكان في استقبال الرئيس بشار الأسد وعقيلته أسماء الأسد والوفد المرافق لهما في مطار "
        "أبو ظبي الشيخ محمد بن زايد."
    )
    assert meetings(events_of(text, [assad, asma, mbz])) == {
        ("meeting", frozenset({"bashar-al-assad", "mohamed-bin-zayed"}), None)
    }


def test_it_reads_a_text_that_ends_on_a_comma_after_the_arrival():
    # the comma is the last token: nothing follows it to open a new clause
    text = "وكان في استقباله لدى وصوله إلى مطار جدة،"
    assert meetings(events_of(text, [MEKDAD, JEDDAH])) == set()


def test_it_reads_who_receives_named_as_the_subject_of_kana_before_fi_istiqbal():
    abdullah = person("عبدالله بن زايد", "abdullah-bin-zayed")
    damascus = ("دمشق", "damascus", PLACE)
    received = {("meeting", frozenset({"faisal-mekdad", "abdullah-bin-zayed"}), "damascus")}
    for text in (
        "وكان وزير الخارجية فيصل المقداد في استقبال عبدالله بن زايد في مطار دمشق.",
        "وقال مصدر إن فيصل المقداد كان في استقبال عبدالله بن زايد في مطار دمشق.",
    ):
        assert meetings(events_of(text, [MEKDAD, abdullah, damascus])) == received, text
    future = "وسيكون فيصل المقداد في استقبال عبدالله بن زايد في مطار دمشق."
    assert [e.status for e in events_of(future, [MEKDAD, abdullah, damascus])] == ["planned"]
    # no «كان»: whoever stands before «في استقبال» is not said to receive
    text = "وتحدث فيصل المقداد في استقبال عبدالله بن زايد في مطار دمشق."
    assert meetings(events_of(text, [MEKDAD, abdullah, damascus])) == set()
    # the antecedent of «الذي كان في استقبال»
    jaafari = person("إبراهيم الجعفري", "ibrahim-al-jaafari")
    text = "قال إبراهيم الجعفري، الذي كان في استقبال فيصل المقداد في مطار بغداد، إنهما اتفقا."
    baghdad = ("بغداد", "baghdad", PLACE)
    assert meetings(events_of(text, [jaafari, MEKDAD, baghdad])) == {
        ("meeting", frozenset({"ibrahim-al-jaafari", "faisal-mekdad"}), "baghdad")
    }
    # «وكان» after a name opens a clause of its own: the name is no receiver
    zarif = person("محمد جواد ظريف", "mohammad-javad-zarif")
    text = "التقى بشار الأسد محمد جواد ظريف وكان في استقبال إبراهيم الجعفري في مطار بغداد."
    found = meetings(events_of(text, [person("بشار الأسد", "bashar-al-assad"), zarif, jaafari]))
    assert ("meeting", frozenset({"mohammad-javad-zarif", "ibrahim-al-jaafari"}), None) not in found


def test_it_reads_the_arrival_of_the_guest_received_not_of_who_receives_him():
    visits = {
        ("visit", frozenset({"faisal-mekdad"}), "jeddah"),
        ("meeting", frozenset({"faisal-mekdad", "waleed-elkhereiji"}), "jeddah"),
    }
    for text in (
        "وكان في استقبال فيصل المقداد لدى وصوله إلى مطار جدة نائب الوزير وليد الخريجي.",
        "واستقبل وليد الخريجي فيصل المقداد عند وصوله إلى مطار جدة.",
    ):
        found = {
            (event.kind, frozenset(event.participants), event.place)
            for event in events_of(text, [MEKDAD, KHEREIJI, JEDDAH])
        }
        assert found == visits, text
    # with no reception, «his» arrival is the subject's
    text = "التقى فيصل المقداد وليد الخريجي فور وصوله إلى جدة."
    found = [
        e.participants for e in events_of(text, [MEKDAD, KHEREIJI, JEDDAH]) if e.kind == "visit"
    ]
    assert found == [("faisal-mekdad",)]


def test_it_leaves_an_arrival_to_the_guest_a_pronoun_or_another_clause_names():
    lavrov = person("سيرغي لافروف", "sergey-lavrov")
    assad = person("بشار الأسد", "bashar-al-assad")
    damascus = ("دمشق", "damascus", PLACE)
    text = (
        "وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق في زيارة يلتقي خلالها الرئيس بشار "
        "الأسد، وكان في استقباله لدى وصوله إلى مطار دمشق الدولي نائب الوزير فيصل المقداد."
    )
    found = events_of(text, [lavrov, assad, MEKDAD, damascus])
    assert {e.participants for e in found if e.kind == "visit"} == {("sergey-lavrov",)}
    # after a verb of saying in a later clause, its subject arrives
    pedersen = person("غير بيدرسن", "geir-pedersen")
    text = (
        "واستقبل الرئيس بشار الأسد غير بيدرسن في دمشق أمس، وقال سيرغي لافروف لدى وصوله إلى "
        "جدة إن بلاده تدعم الحل."
    )
    found = events_of(text, [lavrov, assad, pedersen, damascus, JEDDAH])
    assert [e.participants for e in found if e.kind == "visit"] == [("sergey-lavrov",)]
