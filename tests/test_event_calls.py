"""A call told by what one said to the other (articles.text.event_calls): «أكد لافروف لنظيره
كيري خلال اتصال هاتفي أن …». Short sentences written for each rule; pure functions, no
database."""

from articles.text.mentions import ORGANIZATION, PLACE
from tests.event_builders import ASSAD, ERDOGAN, KERRY, LAVROV, PUTIN, events_of, person

CALL = ("phone_call", frozenset({"john-kerry", "sergey-lavrov"}))


def calls(text, entries, dates=()):
    return {
        (event.kind, frozenset(event.participants))
        for event in events_of(text, entries, dates)
        if event.kind != "statement"
    }


def test_it_reads_a_call_from_whom_the_speaker_told_during_it():
    for text in (
        "أكد لافروف لنظيره الأمريكي جون كيري خلال اتصال هاتفي أن الوضع خطير.",
        "دعا لافروف نظيره الأمريكي جون كيري في مكالمة هاتفية إلى منع التصعيد.",
        "وقال مسؤول إن لافروف أبلغ جون كيري هاتفيا أن موسكو ترفض القرار.",
        "دعا لافروف أمس نظيره جون كيري إلى منع التصعيد، وذلك عبر اتصال هاتفي.",
    ):
        assert calls(text, [LAVROV, KERRY], ["أمس"]) == {CALL}, text
    raisi = person("إبراهيم رئيسي", "ebrahim-raisi")
    text = "هنأ الرئيس بشار الأسد في اتصال هاتفي الرئيس إبراهيم رئيسي بفوزه."
    assert calls(text, [ASSAD, raisi]) == {
        ("phone_call", frozenset({"bashar-al-assad", "ebrahim-raisi"}))
    }


def test_it_reads_no_call_without_whom_the_speaker_told():
    # whom the call was with is not told: «أن» opens what he said
    assert calls("أكد لافروف خلال اتصال هاتفي أن جون كيري مخطئ.", [LAVROV, KERRY]) == set()
    # a body is told, not a person
    un = ("الأمم المتحدة", "united-nations", ORGANIZATION)
    assert calls("دعا لافروف الأمم المتحدة خلال اتصال هاتفي إلى التحرك.", [LAVROV, un]) == set()
    # no phone: what one told the other face to face is no call here
    assert (
        calls("أكد بوتين لأردوغان أن الحل سياسي.", [PUTIN, person("أردوغان", ERDOGAN[1])]) == set()
    )


def test_it_keeps_the_call_the_sentence_names_with_its_own_parties():
    text = "أكد لافروف لجون كيري خلال اتصال هاتفي مع الرئيس بشار الأسد أن الحل سياسي."
    assert calls(text, [LAVROV, KERRY, ASSAD]) == {
        ("phone_call", frozenset({"sergey-lavrov", "bashar-al-assad"}))
    }


def test_it_takes_no_phone_word_of_another_clause_and_keeps_the_meeting():
    damascus = ("دمشق", "damascus", PLACE)
    text = (
        "أكد الرئيس بشار الأسد لجون كيري خلال لقائهما في دمشق أن الحل سياسي، "
        "وهو ما كان أبلغه به هاتفيا الأسبوع الماضي."
    )
    to_kerry = person("لجون كيري", "john-kerry", "ل")
    found = events_of(text, [ASSAD, KERRY, to_kerry, damascus], ["الأسبوع الماضي"])
    assert {(e.kind, e.place) for e in found if e.kind != "statement"} == {("meeting", "damascus")}


def test_it_reads_the_speaker_after_the_verb_when_another_is_told_after_him():
    text = "وعقب استقباله لافروف أبلغ الرئيس بشار الأسد فلاديمير بوتين هاتفيا بنتائج اللقاء."
    assert ("phone_call", frozenset({"bashar-al-assad", "vladimir-putin"})) in calls(
        text, [LAVROV, ASSAD, PUTIN]
    )


def test_it_reads_a_phone_phrase_closing_the_clause_and_keeps_a_meeting_placed_apart():
    text = "أكد لافروف لجون كيري ضرورة الحل السياسي في سوريا، خلال اتصال هاتفي."
    to_kerry = person("لجون كيري", "john-kerry", "ل")
    assert calls(text, [LAVROV, KERRY, to_kerry]) == {CALL}
    text = "أكد بشار الأسد لجون كيري خلال اتصال هاتفي أن لقاءهما الأخير في سوتشي كان مثمرا."
    found = events_of(text, [ASSAD, KERRY, to_kerry, ("سوتشي", "sochi", PLACE)])
    pair = frozenset({"bashar-al-assad", "john-kerry"})
    assert {(e.kind, frozenset(e.participants), e.place) for e in found} >= {
        ("phone_call", pair, None),
        ("meeting", pair, "sochi"),
    }


def test_it_reads_a_call_that_took_place_over_a_day_set_off_by_commas():
    mbz = person("وولي عهد أبوظبي محمد بن زايد", "mohamed-bin-zayed", "و")
    text = (
        "أفادت وسائل إعلام رسمية أن اتصالا هاتفيا جرى، مساء أمس الجمعة، بين الرئيس السوري "
        "بشار الأسد، وولي عهد أبوظبي محمد بن زايد، هو الأول من نوعه."
    )
    pair = frozenset({"bashar-al-assad", "mohamed-bin-zayed"})
    assert calls(text, [ASSAD, mbz], ["مساء أمس الجمعة"]) == {("phone_call", pair)}


def test_it_ends_a_call_between_two_at_the_last_of_them_whatever_follows():
    putin, erdogan = person("بوتين", "vladimir-putin"), person("وأردوغان", ERDOGAN[1], "و")
    text = "وجرى مساء أمس اتصال هاتفي بين بوتين وأردوغان، واتفقا على اللقاء غدا."
    found = events_of(text, [putin, erdogan], ["مساء أمس", "غدا"])
    call = next(e for e in found if e.kind == "phone_call")
    assert call.status == "held"


def test_it_reads_talks_someone_held_with_another_that_day():
    wang = person("وانغ يي", "wang-yi")
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    text = (
        "جاء ذلك أثناء محادثات أجراها وانغ يي اليوم مع وزير الخارجية السوري فيصل المقداد "
        "عبر رابط فيديو."
    )
    pair = frozenset({"wang-yi", "faisal-mekdad"})
    assert calls(text, [wang, mekdad], ["اليوم"]) == {("phone_call", pair)}
    text = "جاء ذلك خلال محادثات أجراها لافروف مساء أمس مع جون كيري."
    assert calls(text, [LAVROV, KERRY], ["مساء أمس"]) == {("meeting", CALL[1])}
