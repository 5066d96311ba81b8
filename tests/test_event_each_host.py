"""A visitor's meetings with each of his hosts (articles.text.event_each): several officials
of one state named one by one after the verb are met one by one; an official's own deputy or
minister, or officials of several states, are met together. Short sentences written for each
rule; pure functions, no database."""

from tests.event_builders import ASSAD, ZARIF, events_of, meetings, person

SYRIA = frozenset({"syria"})
KHAMIS = person("عماد خميس", "imad-khamis")
MUALLEM = person("وليد المعلم", "walid-al-muallem")
LARIJANI = person("علي لاريجاني", "ali-larijani")
STATES = {
    "bashar-al-assad": SYRIA,
    "imad-khamis": SYRIA,
    "walid-al-muallem": SYRIA,
    "mohammad-javad-zarif": frozenset({"iran"}),
    "ali-larijani": frozenset({"iran"}),
    "recep-tayyip-erdogan": frozenset({"turkey"}),
}


def meetings_of(text, entries):
    return meetings(events_of(text, entries, states_of=STATES))


def pair(*slugs):
    return ("meeting", frozenset(slugs), None)


def test_it_reads_a_meeting_with_each_official_of_the_state_visited():
    text = (
        "وسيلتقي محمد جواد ظريف الرئيس السوري بشار الأسد ورئيس الوزراء عماد خميس "
        "ووزير الخارجية وليد المعلم."
    )
    assert meetings_of(text, [ZARIF, ASSAD, KHAMIS, MUALLEM]) == {
        pair("mohammad-javad-zarif", "bashar-al-assad"),
        pair("mohammad-javad-zarif", "imad-khamis"),
        pair("mohammad-javad-zarif", "walid-al-muallem"),
    }


def test_it_reads_one_meeting_with_an_official_and_his_own_minister_or_deputy():
    for text in (
        "والتقى محمد جواد ظريف الرئيس بشار الأسد ووزير خارجيته وليد المعلم.",
        "والتقى محمد جواد ظريف الرئيس بشار الأسد ونائبه وليد المعلم.",
    ):
        assert meetings_of(text, [ZARIF, ASSAD, MUALLEM]) == {
            pair("mohammad-javad-zarif", "bashar-al-assad", "walid-al-muallem")
        }, text


def test_it_reads_one_meeting_with_officials_of_several_states_or_with_two_subjects():
    erdogan = person("ورجب طيب أردوغان", "recep-tayyip-erdogan", "و")
    text = "والتقى وليد المعلم محمد جواد ظريف ورجب طيب أردوغان في أنقرة."
    found = meetings_of(text, [MUALLEM, ZARIF, erdogan])
    assert {participants for _, participants, _ in found} == {
        frozenset({"walid-al-muallem", "mohammad-javad-zarif", "recep-tayyip-erdogan"})
    }
    # «و» joins a second subject to the first: both met the one named after them
    text = "والتقى محمد جواد ظريف، ووزير الخارجية وليد المعلم، ببشار الأسد."
    entries = [ZARIF, MUALLEM, person("ببشار الأسد", "bashar-al-assad", "ب")]
    assert meetings_of(text, entries) == {
        pair("mohammad-javad-zarif", "walid-al-muallem", "bashar-al-assad")
    }


def test_it_reads_one_meeting_where_the_sentence_tells_they_met_together():
    together = pair("mohammad-javad-zarif", "bashar-al-assad", "walid-al-muallem")
    for text in (
        "التقى محمد جواد ظريف الرئيس بشار الأسد بحضور وزير الخارجية وليد المعلم.",
        "التقى محمد جواد ظريف الرئيس بشار الأسد ووزير الخارجية وليد المعلم في اجتماع مشترك.",
        "التقى محمد جواد ظريف الرئيس بشار الأسد ووزير الخارجية وليد المعلم معاً.",
        "التقى محمد جواد ظريف الرئيس بشار الأسد ووزير دفاعه وليد المعلم.",
        # nothing names their offices: nothing tells them apart
        "التقى محمد جواد ظريف بشار الأسد ووليد المعلم.",
    ):
        entries = [ZARIF, ASSAD, MUALLEM, person("ووليد المعلم", "walid-al-muallem", "و")]
        assert meetings_of(text, entries) == {together}, text
    # the host receives the visitors at once
    text = "استقبل الرئيس بشار الأسد رئيس مجلس الشورى علي لاريجاني ووزير الخارجية محمد جواد ظريف."
    assert meetings_of(text, [ASSAD, LARIJANI, ZARIF]) == {
        pair("bashar-al-assad", "ali-larijani", "mohammad-javad-zarif")
    }


def test_it_reads_each_alone_as_apart_and_one_meeting_as_together():
    entries = [ZARIF, ASSAD, MUALLEM]
    text = "والتقى محمد جواد ظريف الرئيس بشار الأسد ووزير الخارجية وليد المعلم، كل واحد على حدة."
    assert len(meetings_of(text, entries)) == 2
    text = "والتقى محمد جواد ظريف الرئيس بشار الأسد ووزير الخارجية وليد المعلم في اجتماع واحد."
    assert meetings_of(text, entries) == {
        pair("mohammad-javad-zarif", "bashar-al-assad", "walid-al-muallem")
    }
