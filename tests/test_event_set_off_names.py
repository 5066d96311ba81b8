"""Names set off from the sentence by brackets (articles.text.event_sentences): a verb's
subject or object in brackets is still the participant. Short sentences written for each
case; pure functions, no database."""

from tests.event_builders import ERDOGAN, PUTIN, events_of, meetings

PAIR = frozenset({"recep-tayyip-erdogan", "vladimir-putin"})


def test_it_reads_a_subject_and_an_object_in_brackets():
    for text in (
        "قالت وسائل إعلام إن الرئيس التركي (رجب طيب أردوغان) سيلتقي نظيره الروسي "
        "(فلاديمير بوتين) يوم الإثنين القادم.",
        "قالت وسائل إعلام إن الرئيس التركي (رجب طيب أردوغان) سيلتقي فلاديمير بوتين.",
        "قالت وسائل إعلام إن رجب طيب أردوغان سيلتقي نظيره الروسي (فلاديمير بوتين).",
    ):
        assert meetings(events_of(text, [ERDOGAN, PUTIN])) == {("meeting", PAIR, None)}, text
