"""Event extraction (articles.text.events) on short sentences written for each rule: what
reads as an event, whom a trigger finds, and whether it was held or is planned (implicit and
listed participants are in test_event_participants.py). Pure functions, no database."""

from articles.text.dates import find_dates
from articles.text.events import extract_events, split_sentences
from articles.text.mentions import ORGANIZATION, PERSON, PLACE
from tests.event_builders import (
    ADJECTIVE,
    ASSAD,
    CAVUSOGLU,
    ERDOGAN,
    GENEVA,
    KERRY,
    LAVROV,
    MUALLEM,
    PEDERSEN,
    PUTIN,
    ROUHANI,
    SHOUKRY,
    ZARIF,
    events_of,
    meetings,
    mentions,
    only_event,
    person,
)


def test_it_reads_a_past_meeting_with_its_place_and_date():
    text = "التقى وزير الخارجية السوري وليد المعلم نظيره الإيراني محمد جواد ظريف في دمشق أمس."
    event = only_event(text, [MUALLEM, ZARIF, ("دمشق", "damascus", PLACE)], ["أمس"])
    assert (event.kind, event.status, event.place) == ("meeting", "held", "damascus")
    assert event.participants == ("mohammad-javad-zarif", "walid-al-muallem")
    assert (event.trigger, event.date_text) == ("التقى", "أمس")


def test_it_tells_a_phone_call_from_a_meeting_and_gives_it_no_nearby_place():
    text = (
        "أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالاً هاتفياً مع الرئيس الروسي فلاديمير بوتين "
        "تناول الوضع في إدلب."
    )
    macron = person("إيمانويل ماكرون", "emmanuel-macron")
    event = only_event(text, [macron, PUTIN, ("إدلب", "idlib", PLACE)])
    assert (event.kind, event.place, event.trigger) == ("phone_call", None, "اتصالاً هاتفياً")
    assert event.participants == ("emmanuel-macron", "vladimir-putin")


def test_it_makes_a_discussion_a_call_when_the_sentence_says_it_was_by_phone():
    text = "وبحث لافروف مع نظيره التركي مولود جاويش أوغلو الوضع في سوريا خلال اتصال هاتفي اليوم."
    event = only_event(text, [LAVROV, CAVUSOGLU, ("سوريا", "syria", PLACE)], ["اليوم"])
    assert (event.kind, event.place, event.date_text) == ("phone_call", None, "اليوم")


def test_it_leaves_out_the_spokesperson_who_reports_the_meeting():
    text = (
        "استقبل الرئيس السوري بشار الأسد المبعوث الروسي ألكسندر لافرنتييف، حسبما صرحت "
        "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا."
    )
    entries = [
        ASSAD,
        person("ألكسندر لافرنتييف", "alexander-lavrentiev"),
        person("ماريا زاخاروفا", "maria-zakharova"),
    ]
    event = only_event(text, entries)
    assert event.participants == ("alexander-lavrentiev", "bashar-al-assad")


def test_it_reads_a_counterpart_after_naziruhu_and_a_place_glued_to_bi():
    text = "وعقد لافروف مباحثات مع نظيره السعودي عادل الجبير بالرياض أمس."
    entries = [LAVROV, person("عادل الجبير", "adel-al-jubeir"), ("بالرياض", "riyadh", PLACE, "ب")]
    event = only_event(text, entries, ["أمس"])
    assert event.participants == ("adel-al-jubeir", "sergey-lavrov")
    assert (event.place, event.status) == ("riyadh", "held")


def test_it_reads_the_people_between_bayna_and_wa():
    text = "وجرت محادثات بين الرئيس التركي رجب طيب أردوغان والرئيس الإيراني حسن روحاني في أنقرة."
    event = only_event(text, [ERDOGAN, ROUHANI, ("أنقرة", "ankara", PLACE)])
    assert event.participants == ("hassan-rouhani", "recep-tayyip-erdogan")
    assert event.place == "ankara"


def test_it_handles_clitics_and_egyptian_spellings_on_triggers():
    text = "والتقى سامح شكرى بنظيره الروسى سيرجى لافروف فى موسكو، وخلال لقائهما بحثا الأزمة."
    entries = [SHOUKRY, person("سيرجى لافروف", "sergey-lavrov"), ("موسكو", "moscow", PLACE)]
    event = only_event(text, entries)
    assert (event.trigger, event.place) == ("والتقى", "moscow")
    assert event.participants == ("sameh-shoukry", "sergey-lavrov")


def test_it_keeps_a_statement_only_when_nothing_else_happens_in_the_sentence():
    entries = [LAVROV, ("موسكو", "moscow", PLACE)]
    said = events_of("وفي موسكو قال لافروف في مؤتمر صحفي إن بلاده لن تغير موقفها.", entries)
    assert [(e.kind, e.participants, e.place) for e in said] == [
        ("statement", ("sergey-lavrov",), "moscow")
    ]
    met = events_of(
        "وأكد لافروف بعد لقائه ظريف في موسكو أن الحل سياسي.",
        [*entries, person("ظريف", "mohammad-javad-zarif")],
    )
    assert [e.kind for e in met] == ["meeting"]


def test_it_needs_a_second_participant_or_drops_the_meeting():
    text = "وبحث لافروف مع وزير الخارجية المصري الوضع في سوريا."
    assert events_of(text, [LAVROV, ("سوريا", "syria", PLACE)]) == []
    text = "وبحث لافروف مع المعارضة السورية الوضع في حلب."
    entries = [LAVROV, ("المعارضة السورية", "syrian-opposition", ORGANIZATION)]
    assert only_event(text, entries).participants == ("sergey-lavrov", "syrian-opposition")


def test_it_leaves_out_the_person_who_only_took_the_initiative():
    text = "وبحث بوتين مع أردوغان بمبادرة من الرئيس الإيراني حسن روحاني سبل التهدئة."
    entries = [
        person("بوتين", "vladimir-putin"),
        person("أردوغان", "recep-tayyip-erdogan"),
        ROUHANI,
    ]
    event = only_event(text, entries)
    assert event.participants == ("recep-tayyip-erdogan", "vladimir-putin")


def test_it_ignores_events_inside_quoted_speech():
    text = 'وقال لافروف: "التقيت أمس بالمبعوث دي ميستورا وبحثنا معه الوضع في حلب بالتفصيل".'
    entries = [LAVROV, person("بالمبعوث دي ميستورا", "staffan-de-mistura")]
    assert [e.kind for e in events_of(text, entries)] == ["statement"]


def test_it_merges_reports_of_one_meeting_keeping_the_one_with_a_place():
    text = (
        "أردوغان يلتقي روحاني\n"
        "يلتقي الرئيس التركي رجب طيب أردوغان نظيره الإيراني حسن روحاني في طهران غدا.\n"
        "وقال مسؤولون إن أردوغان سيلتقي روحاني لبحث الملف السوري."
    )
    entries = [
        ERDOGAN,
        ROUHANI,
        person("أردوغان", "recep-tayyip-erdogan"),
        person("روحاني", "hassan-rouhani"),
    ]
    entries.append(("طهران", "tehran", PLACE))
    events = events_of(text, entries, ["غدا"])
    assert len(events) == 1
    assert (events[0].place, events[0].status, events[0].date_text) == ("tehran", "planned", "غدا")


def test_it_splits_sentences_on_marks_and_lines_but_not_inside_numbers_or_abbreviations():
    text = "قال د. محمد إن النمو بلغ 2.5 في المئة. هل التقى الوزيران؟ نعم!\nسطر جديد بلا نقطة"
    sentences = [text[start:end] for start, end in split_sentences(text)]
    assert sentences == [
        "قال د. محمد إن النمو بلغ 2.5 في المئة.",
        "هل التقى الوزيران؟",
        "نعم!",
        "سطر جديد بلا نقطة",
    ]
    assert split_sentences("  \n\n") == []
    assert split_sentences('وقال: "انتهى الأمر." ثم غادر') == [(0, 20), (21, 28)]
    text = "استمرت الحرب 12 عامًا. وفي أيار زار الرئيس الإمارات."  # a word ending in a vowel mark
    assert [text[start:end] for start, end in split_sentences(text)] == [
        "استمرت الحرب 12 عامًا.",
        "وفي أيار زار الرئيس الإمارات.",
    ]


def test_it_drops_a_negated_meeting_but_not_la_siyyama():
    entries = [LAVROV, person("جون كيري", "john-kerry"), ("حلب", "aleppo", PLACE)]
    assert events_of("وقال مسؤول إن لافروف لن يلتقي جون كيري هذا الأسبوع.", entries) == []
    text = "والتقى لافروف جون كيري لا سيما لبحث الوضع في حلب."
    assert only_event(text, entries).participants == ("john-kerry", "sergey-lavrov")


def test_it_does_not_lend_the_previous_sentences_person_to_a_named_subject():
    text = "التقى لافروف ظريف في موسكو. ووصل الوفد الإيراني إلى جنيف أمس."
    entries = [LAVROV, person("ظريف", "mohammad-javad-zarif"), ("موسكو", "moscow", PLACE)]
    entries.append(("جنيف", "geneva", PLACE))
    assert [e.kind for e in events_of(text, entries)] == ["meeting"]
    text = "التقى لافروف ظريف في موسكو. ووصل أمس إلى جنيف."
    visit = [e for e in events_of(text, entries) if e.kind == "visit"]
    assert [(v.participants, v.place) for v in visit] == [(("sergey-lavrov",), "geneva")]


def test_it_reads_a_call_received_from_someone():
    text = "تلقى وزير الخارجية سامح شكرى اتصالا هاتفيا من نظيره الأردني أيمن الصفدي."
    event = only_event(text, [SHOUKRY, person("أيمن الصفدي", "ayman-safadi")])
    assert (event.kind, event.status, event.place) == ("phone_call", "held", None)
    assert event.participants == ("ayman-safadi", "sameh-shoukry")


def test_it_reads_the_linkers_proclitics_as_prepositions():
    kerry = person("جون كيري", "john-kerry")
    met = only_event(
        "والتقى لافروف جون كيري بموسكو أمس.", [LAVROV, kerry, ("بموسكو", "moscow", PLACE, "ب")]
    )
    assert met.place == "moscow"
    arrived = only_event("ووصل لافروف لدمشق أمس.", [LAVROV, ("لدمشق", "damascus", PLACE, "ل")])
    assert (arrived.kind, arrived.place) == ("visit", "damascus")


def test_its_cached_tokens_keep_the_offsets_of_cutting_the_whole_text():
    from articles.text.arabic import normalize
    from articles.text.event_sentences import ArticleText
    from articles.text.event_tokens import _TOKEN_RE

    text = "قال لافروف،\nإنه «سيلتقي»  نظيره\u064b \u064b غداً.\tوقال: لافروف، لافروف،\n\nقال"
    cut = [(m.start(), m.end(), normalize(m.group())) for m in _TOKEN_RE.finditer(text)]
    for _ in range(2):  # the second time from the caches
        article = ArticleText(text, [], [])
        forms = [token.form for token in article.tokens]
        found = list(zip(article.starts, article.ends, forms, strict=True))
        assert found == [(start, end, form) for start, end, form in cut if form]


def test_it_reads_nizam_al_assad_in_a_title_as_the_government_not_a_participant():
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    regime = person("الأسد", "bashar-al-assad")
    text = "استقبل وزير خارجية نظام الأسد فيصل المقداد اليوم المبعوث الأممي غير بيدرسن في دمشق."
    event = only_event(text, [mekdad, regime, PEDERSEN])
    assert event.participants == ("faisal-mekdad", "geir-pedersen")


def test_it_reaches_a_name_after_the_comma_of_an_apposition():
    elaraby = person("نبيل العربي", "nabil-elaraby")
    league = ("لجامعة الدول العربية", "arab-league", ORGANIZATION)
    brahimi = person("الأخضر الإبراهيمي", "lakhdar-brahimi")
    text = "يجتمع الأخضر الإبراهيمي بالأمين العام لجامعة الدول العربية، نبيل العربي، الأحد."
    event = only_event(text, [brahimi, league, elaraby])
    assert event.participants == ("lakhdar-brahimi", "nabil-elaraby")


def test_it_splits_sentences_run_together_after_a_period_but_not_initials():
    text = "قال إنه يعتزم عقد جولة في يناير المقبل.وكان دي ميستورا يتحدث في دمشق (د.ب.أ) أمس."
    assert [text[start:end] for start, end in split_sentences(text)] == [
        "قال إنه يعتزم عقد جولة في يناير المقبل.",
        "وكان دي ميستورا يتحدث في دمشق (د.ب.أ) أمس.",
    ]
    text = 'وقال إن "الحل سياسي في سوريا".ومن جهتها قالت الوزارة إنها ترحب.'
    assert len(split_sentences(text)) == 2


def test_it_reads_a_meeting_noun_with_an_adjective_or_in_the_plural_before_its_with():
    erdogan, jubeir = ERDOGAN, person("عادل الجبير", "adel-al-jubeir")
    closed = only_event("عقد رجب طيب أردوغان اجتماعا مغلقا مع عادل الجبير.", [erdogan, jubeir])
    assert closed.participants == ("adel-al-jubeir", "recep-tayyip-erdogan")
    quoted = only_event("عقد رجب طيب أردوغان «اجتماعا مغلقا» مع عادل الجبير.", [erdogan, jubeir])
    assert quoted.participants == closed.participants
    plural = only_event("وسيعقد فلاديمير بوتين لقاءات ثنائية مع حسن روحاني.", [PUTIN, ROUHANI])
    assert (plural.participants, plural.status) == (("hassan-rouhani", "vladimir-putin"), "planned")


def test_it_reads_quoted_talks_with_indefinite_adjectives():
    annan = person("كوفي عنان", "kofi-annan")
    text = 'وأكد كوفي عنان أنه أجرى "محادثات بناءة وصريحة" مع الرئيس السوري بشار الأسد.'
    assert only_event(text, [annan, ASSAD]).participants == ("bashar-al-assad", "kofi-annan")


def test_it_reads_an_object_enclitic_as_a_participant():
    lavrov = person("سيرغي لافروف", "sergey-lavrov")
    text = "وأكد سيرغي لافروف الذي التقاه وليد المعلم في موسكو أن الحل سياسي."
    assert only_event(text, [lavrov, MUALLEM]).participants == ("sergey-lavrov", "walid-al-muallem")
    text = "وأعلن كوفي عنان أنه اتفق مع الرئيس بشار الأسد الذي التقاه اليوم على طرح."
    annan = person("كوفي عنان", "kofi-annan")
    assert only_event(text, [annan, ASSAD]).participants == ("bashar-al-assad", "kofi-annan")
    text = "وصل محمد جواد ظريف إلى دمشق. واستقبله الرئيس بشار الأسد في قصر الشعب."
    meeting = [e for e in events_of(text, [ZARIF, ASSAD]) if e.kind == "meeting"]
    assert [e.participants for e in meeting] == [("bashar-al-assad", "mohammad-javad-zarif")]


def test_it_takes_no_body_for_the_antecedent_of_an_object_enclitic():
    text = "وترأس ألكسندر لافرنتييف الوفد الذي استقبله الرئيس بشار الأسد."
    lavrentiev = person("ألكسندر لافرنتييف", "alexander-lavrentiev")
    assert meetings(events_of(text, [lavrentiev, ASSAD])) == set()


def test_it_takes_the_envoy_not_the_principal_named_in_his_title():
    lavrentiev = person("ألكسندر لافرنتييف", "alexander-lavrentiev")
    text = "التقى الرئيس بشار الأسد مبعوث فلاديمير بوتين ألكسندر لافرنتييف في دمشق."
    assert only_event(text, [ASSAD, PUTIN, lavrentiev]).participants == (
        "alexander-lavrentiev",
        "bashar-al-assad",
    )
    bolton, trump = person("جون بولتون", "john-bolton"), person("ترامب", "donald-trump")
    text = "وتأتي زيارة مستشار ترامب للأمن القومي جون بولتون إلى موسكو."
    visit = only_event(text, [bolton, trump, ("موسكو", "moscow", PLACE)])
    assert (visit.kind, visit.participants, visit.place) == ("visit", ("john-bolton",), "moscow")


def test_it_takes_no_meeting_from_a_whether_clause():
    mistura = person("ستافان دي ميستورا", "staffan-de-mistura")
    text = "ولم تذكر الوكالة ما إذا كان الرئيس بشار الأسد سيستقبل ستافان دي ميستورا."
    assert meetings(events_of(text, [ASSAD, mistura])) == set()


def test_it_finds_the_subject_before_sawfa_and_a_relative_pronoun():
    mistura = person("ستافان دي ميستورا", "staffan-de-mistura")
    text = "وقال مسؤول إن جون كيري، سوف يلتقي ستافان دي ميستورا في جنيف."
    assert only_event(text, [KERRY, mistura, GENEVA]).participants == (
        "john-kerry",
        "staffan-de-mistura",
    )
    text = "ولن يشارك جون كيري، ونظيره سيرغي لافروف، اللذان سيلتقيان الأسبوع المقبل في موسكو."
    lavrov = person("سيرغي لافروف", "sergey-lavrov")
    event = only_event(text, [KERRY, lavrov, ("موسكو", "moscow", PLACE)])
    assert (event.participants, event.status) == (("john-kerry", "sergey-lavrov"), "planned")


def test_it_takes_the_antecedent_not_the_object_of_a_relative_clause_for_subject():
    annan = person("كوفي عنان", "kofi-annan")
    text = "وقال إن كوفي عنان الذي أجرى محادثات مع الرئيس بشار الأسد سيسافر إلى طهران اليوم."
    visits = [
        e for e in events_of(text, [annan, ASSAD, ("طهران", "tehran", PLACE)]) if e.kind == "visit"
    ]
    assert [(e.participants, e.place, e.status) for e in visits] == [
        (("kofi-annan",), "tehran", "planned")
    ]


def test_it_takes_no_speaker_after_a_plural_statement_verb():
    mistura = person("ستافان دي ميستورا", "staffan-de-mistura")
    text = "وكان دبلوماسيون طلبوا عدم نشر أسمائهم قد أكدوا يوم الأربعاء تعيين ستافان دي ميستورا."
    assert events_of(text, [mistura]) == []


def test_it_keeps_the_minister_of_al_nizam_as_a_participant():
    text = "استقبل وزير خارجية النظام وليد المعلم اليوم المبعوث الأممي غير بيدرسن."
    assert only_event(text, [MUALLEM, PEDERSEN]).participants == (
        "geir-pedersen",
        "walid-al-muallem",
    )


def test_it_keeps_telling_a_call_when_the_two_sides_go_on_discussing():
    safadi, mekdad = person("أيمن الصفدي", "ayman-safadi"), person("فيصل المقداد", "faisal-mekdad")
    text = "تلقى أيمن الصفدي اتصالا هاتفيا من فيصل المقداد. وبحث الطرفان جهود الحل السياسي."
    events = events_of(text, [safadi, mekdad])
    assert [(e.kind, e.participants) for e in events] == [
        ("phone_call", ("ayman-safadi", "faisal-mekdad"))
    ]


def test_it_takes_every_state_joined_on_after_a_counterpart_state():
    mistura = person("ستافان دي ميستورا", "staffan-de-mistura")
    states = [("فرنسا", "france", PLACE), ("وألمانيا", "germany", PLACE, "و")]
    states.append(("والأردن", "jordan", PLACE, "و"))
    text = "أجرى ستافان دي ميستورا لقاء مع ممثلي فرنسا وألمانيا والأردن."
    assert only_event(text, [mistura, *states]).participants == (
        "france",
        "germany",
        "jordan",
        "staffan-de-mistura",
    )


def test_it_reads_what_two_went_on_to_discuss_after_a_call_as_the_call():
    safadi, mekdad = person("أيمن الصفدي", "ayman-safadi"), person("فيصل المقداد", "faisal-mekdad")
    text = (
        "تلقى أيمن الصفدي اتصالا هاتفيا من فيصل المقداد. وهنأ أيمن الصفدي فيصل المقداد. "
        "كما بحث أيمن الصفدي مع فيصل المقداد مخرجات الاجتماع."
    )
    assert [(e.kind, e.participants) for e in events_of(text, [safadi, mekdad])] == [
        ("phone_call", ("ayman-safadi", "faisal-mekdad"))
    ]


def test_it_reads_a_present_verb_in_a_relative_clause_as_going_on():
    safadi = person("أيمن الصفدي", "ayman-safadi")
    damascus = ("دمشق", "damascus", PLACE)
    text = "وقال أيمن الصفدي الذي يزور دمشق لأول مرة منذ سنوات إن الحل سياسي."
    assert (
        next(e for e in events_of(text, [safadi, damascus]) if e.kind == "visit").status == "held"
    )
    text = "وقال أيمن الصفدي الذي يزور دمشق الأسبوع المقبل إن الحل سياسي."
    visit = next(e for e in events_of(text, [safadi, damascus]) if e.kind == "visit")
    assert visit.status == "planned"


def test_it_reads_a_subject_set_off_by_commas_before_its_verb():
    text = "وكان وزير الخارجية السوري، فيصل المقداد، التقى المبعوث الأممي غير بيدرسن في دمشق."
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    assert only_event(text, [mekdad, PEDERSEN]).participants == ("faisal-mekdad", "geir-pedersen")


def test_it_ends_a_sentence_at_a_period_typed_after_the_space():
    text = "لم يتم تحديد موعد المؤتمر .وأشار الإبراهيمي إلى ذلك."
    assert [text[start:end] for start, end in split_sentences(text)] == [
        "لم يتم تحديد موعد المؤتمر .",
        "وأشار الإبراهيمي إلى ذلك.",
    ]


def test_it_takes_a_body_that_begins_talks_as_a_participant_but_not_a_state():
    hnc = ("الهيئة العليا للمفاوضات", "hnc", ORGANIZATION)
    mistura = person("ستافان دي ميستورا", "staffan-de-mistura")
    text = "بدأت الهيئة العليا للمفاوضات أول لقاء رسمي مع المبعوث ستافان دي ميستورا في جنيف."
    event = only_event(text, [hnc, mistura, ("جنيف", "geneva", PLACE)])
    assert (event.kind, event.participants, event.place) == (
        "meeting",
        ("hnc", "staffan-de-mistura"),
        "geneva",
    )
    text = "بدأت روسيا جولة محادثات مع محمد جواد ظريف ووليد المعلم."
    muallem = person("ووليد المعلم", "walid-al-muallem", "و")
    event = only_event(text, [("روسيا", "russia", PLACE), ZARIF, muallem])
    assert event.participants == ("mohammad-javad-zarif", "walid-al-muallem")


def test_it_reads_a_meeting_with_a_delegation_named_only_by_its_side():
    brahimi = person("الأخضر الإبراهيمي", "lakhdar-brahimi")
    delegation = ("وفد المعارضة السورية", "syrian-opposition-delegation", ORGANIZATION)
    text = "اجتمع الأخضر الإبراهيمي مع وفد المعارضة السورية في جنيف."
    event = only_event(text, [brahimi, delegation, ("جنيف", "geneva", PLACE)])
    assert event.participants == ("lakhdar-brahimi", "syrian-opposition-delegation")


def test_it_finds_the_object_after_a_during_phrase_and_over_a_possessive_title():
    elaraby = person("نبيل العربي", "nabil-elaraby")
    muallem = person("وليد المعلم", "walid-al-muallem")
    text = (
        "ويلتقي نبيل العربي خلال زيارته القصيرة للعاصمة السورية الرئيس السوري بشار الأسد "
        "ووزير خارجيته وليد المعلم."
    )
    damascus = ("للعاصمة السورية", "damascus", PLACE, "ل")
    event = only_event(text, [elaraby, ASSAD, muallem, damascus])
    assert event.participants == ("bashar-al-assad", "nabil-elaraby", "walid-al-muallem")
    assert event.place == "damascus"  # where his visit takes him


def test_it_does_not_take_a_place_inside_the_subjects_title():
    text = "التقى وزير الخارجية في سوريا فيصل المقداد غير بيدرسن."
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    assert only_event(text, [mekdad, PEDERSEN, ("سوريا", "syria", PLACE)]).place is None


def test_it_reads_reviewing_with_someone_and_negotiations_as_meetings():
    text = "واستعرض لافروف مع وليد المعلم تطورات الأوضاع."
    assert only_event(text, [LAVROV, MUALLEM]).participants == ("sergey-lavrov", "walid-al-muallem")
    delegations = [
        ("وفد الحكومة السورية", "government-delegation", ORGANIZATION),
        ("ووفد المعارضة", "opposition-delegation", ORGANIZATION, "و"),
    ]
    text = "وبدأت المفاوضات بين وفد الحكومة السورية ووفد المعارضة في جنيف أمس."
    event = only_event(text, [*delegations, GENEVA])
    assert event.participants == ("government-delegation", "opposition-delegation")
    assert event.place == "geneva"


def test_it_reads_who_meets_after_a_relative_clause_that_plans_the_meeting():
    text = "وأكد أن الاجتماع الذي من المقرر أن يعقد في جنيف بين لافروف وجون كيري سيبحث الأزمة."
    kerry = ("وجون كيري", "john-kerry", PERSON, "و")
    event = only_event(text, [LAVROV, kerry, GENEVA])
    assert (event.status, event.place) == ("planned", "geneva")
    assert event.participants == ("john-kerry", "sergey-lavrov")


def test_it_reads_no_event_in_the_name_of_a_body():
    committee = ("الهيئة العليا للمفاوضات", "hnc", ORGANIZATION)
    text = "وترفض الهيئة العليا للمفاوضات الدخول في محادثات غير مباشرة مع وفد النظام."
    assert events_of(text, [committee]) == []


def test_it_gives_the_visitor_the_meeting_a_visit_is_for():
    text = "وصل غير بيدرسن إلى دمشق في زيارة يلتقي خلالها وزير الخارجية فيصل المقداد."
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    found = meetings(events_of(text, [PEDERSEN, mekdad, ("دمشق", "damascus", PLACE)]))
    assert found == {("meeting", frozenset({"geir-pedersen", "faisal-mekdad"}), "damascus")}


def test_it_reads_two_calls_with_two_people_as_one_call_each():
    text = "وأجرى لافروف اتصالين هاتفيين مع جون كيري ومحمد جواد ظريف."
    zarif = ("ومحمد جواد ظريف", "mohammad-javad-zarif", PERSON, "و")
    assert meetings(events_of(text, [LAVROV, KERRY, zarif])) == {
        ("phone_call", frozenset({"sergey-lavrov", "john-kerry"}), None),
        ("phone_call", frozenset({"sergey-lavrov", "mohammad-javad-zarif"}), None),
    }


def test_it_takes_who_held_a_meeting_in_its_relative_clause():
    text = "وتناول الاجتماع الذي عقده لافروف مع جون كيري في جنيف الأزمة السورية."
    event = only_event(text, [LAVROV, KERRY, GENEVA])
    assert (event.participants, event.place) == (("john-kerry", "sergey-lavrov"), "geneva")


def test_it_reaches_the_body_that_begins_talks_over_its_description():
    hnc = ("الهيئة العليا للمفاوضات", "hnc", ORGANIZATION)
    mistura = person("ستيفان دي ميستورا", "staffan-de-mistura")
    text = (
        "بدأت الهيئة العليا للمفاوضات المنبثقة عن المعارضة السورية، اليوم الاثنين، أول لقاء "
        "رسمي مع موفد الأمم المتحدة الخاص إلى سوريا، ستيفان دي ميستورا، في جنيف."
    )
    others = [("الأمم المتحدة", "united-nations", ORGANIZATION), ("سوريا", "syria", PLACE)]
    others.append(("السورية", "syria", ADJECTIVE))
    event = only_event(text, [hnc, mistura, GENEVA, *others])
    assert (event.participants, event.place) == (("hnc", "staffan-de-mistura"), "geneva")


def test_it_reads_calling_someone_as_a_phone_call():
    erdogan = ("الرئيس رجب طيب أردوغان", "recep-tayyip-erdogan", PERSON)
    rouhani = ("بالرئيس حسن روحاني", "hassan-rouhani", PERSON, "ب")
    kerry = ("بجون كيري", "john-kerry", PERSON, "ب")
    cases = {
        "واتصل لافروف بجون كيري.": [LAVROV, kerry],
        "وهاتف فلاديمير بوتين الرئيس رجب طيب أردوغان.": [PUTIN, erdogan],
        "اتصل بشار الأسد هاتفيا بالرئيس حسن روحاني.": [ASSAD, rouhani],
    }
    for text, entries in cases.items():
        assert only_event(text, entries).kind == "phone_call", text
    text = "وفيما يتصل بالأزمة السورية قال جون كيري إن الحل سياسي."
    assert [e.kind for e in events_of(text, [KERRY])] == ["statement"]


def test_it_reads_hosting_someone_as_a_meeting_and_a_visit_phrase_before_its_subject():
    text = "واستضاف لافروف نظيره الأمريكي جون كيري في موسكو."
    moscow = ("موسكو", "moscow", PLACE)
    event = only_event(text, [LAVROV, KERRY, moscow])
    assert (event.participants, event.place) == (("john-kerry", "sergey-lavrov"), "moscow")
    text = "وفي ختام زيارته إلى موسكو، التقى محمد جواد ظريف بالرئيس فلاديمير بوتين."
    putin = ("بالرئيس فلاديمير بوتين", "vladimir-putin", PERSON, "ب")
    found = meetings(events_of(text, [ZARIF, putin, moscow]))
    assert found == {("meeting", frozenset({"mohammad-javad-zarif", "vladimir-putin"}), "moscow")}


def test_it_reads_a_passive_reception_by_its_agent():
    messahel = person("عبد القادر مساهل", "abdelkader-messahel")
    text = "استقبل عبد القادر مساهل بدمشق، من قبل الرئيس بشار الأسد."
    event = only_event(text, [messahel, ASSAD, ("بدمشق", "damascus", PLACE, "ب")])
    assert event.participants == ("abdelkader-messahel", "bashar-al-assad")


def test_it_holds_what_a_headline_tells_in_the_present():
    text = "بن علوي يستقبل وليد المعلم في مسقط\n\nوقال الوزير إن الزيارة مهمة."
    alawi = person("بن علوي", "yusuf-bin-alawi")
    event = only_event(text, [alawi, MUALLEM, ("مسقط", "muscat", PLACE)])
    assert (event.status, event.place) == ("held", "muscat")


def test_it_takes_no_state_in_an_envoys_title_as_a_participant():
    text = "وبحث لافروف مع المبعوث الأممي الخاص إلى سوريا الوضع في الرياض."
    assert meetings(events_of(text, [LAVROV, ("سوريا", "syria", PLACE)])) == set()


def test_it_keeps_the_same_people_meeting_on_two_days_told_in_full_apart():
    text = (
        "استقبل الرئيس بشار الأسد يوم 7 تموز 2019 في دمشق الوزير وليد المعلم. "
        "وكان وليد المعلم قد زار دمشق يوم 26 تشرين الأول 2015 والتقى الأسد."
    )
    entries = [ASSAD, person("الأسد", "bashar-al-assad"), MUALLEM, ("دمشق", "damascus", PLACE)]
    found = extract_events(text, mentions(text, entries), dates=find_dates(text))
    days = sorted(str(e.date_text) for e in found if e.kind == "meeting")
    assert days == ["26 تشرين الأول 2015", "7 تموز 2019"]


def test_it_reads_a_short_conversation_as_a_meeting():
    text = "وأعلن مولود جاويش أوغلو عن محادثة قصيرة مع وليد المعلم."
    assert meetings(events_of(text, [CAVUSOGLU, MUALLEM])) == {
        ("meeting", frozenset({"mevlut-cavusoglu", "walid-al-muallem"}), None)
    }


def test_it_reads_what_anna_reports_he_did_in_quotes_as_narration_not_speech():
    bahra = person("هادي البحرة", "hadi-al-bahra")
    text = "وأشار غير بيدرسن إلى أنه “عقد اجتماعا مع هادي البحرة في جنيف أمس”."
    event = only_event(text, [PEDERSEN, bahra, GENEVA])
    assert (event.participants, event.place) == (("geir-pedersen", "hadi-al-bahra"), "geneva")
    text = "وقال غير بيدرسن: “عقدت اجتماعا مع هادي البحرة في جنيف أمس”."
    assert [e for e in events_of(text, [PEDERSEN, bahra, GENEVA]) if e.kind == "meeting"] == []


def test_it_takes_no_trigger_from_words_that_only_look_like_one():
    from articles.text.event_patterns import TRIGGERS

    def kinds(word):
        return [pattern.kind for pattern in TRIGGERS if pattern.words[0].fullmatch(word)]

    # «بدوره» in turn, «فيصل» a name, «ترافقت» coincided, «وزارة» a ministry
    for word in ("بدوره", "وبدورها", "فيصل", "ترافقت", "وزاره", "وزارته"):
        assert kinds(word) == [], word
    for word in ("الدوره", "يصل", "يرافق", "وزار", "زاره"):  # a session, arrives, visits
        assert kinds(word), word


def test_it_dates_a_meeting_past_a_name_that_looks_like_a_verb():
    mekdad = person("فيصل المقداد", "faisal-mekdad")
    text = "عقد الوزير فيصل المقداد اليوم الأحد 10 أيلول اجتماعا مع غير بيدرسن في دمشق."
    found = events_of(
        text, [mekdad, PEDERSEN, ("دمشق", "damascus", PLACE)], ["اليوم الأحد 10 أيلول"]
    )
    assert [e.date_text for e in found if e.kind == "meeting"] == ["اليوم الأحد 10 أيلول"]


def test_it_reads_whom_one_meets_past_a_day_set_off_by_slashes():
    shoukry, de_mistura = person("سامح شكري", "shoukry"), person("دي ميستورا", "de-mistura")
    text = "يلتقي الوزير سامح شكري بعد ظهر غد / الأربعاء/ مع دي ميستورا."
    found = events_of(text, [shoukry, de_mistura], ["الأربعاء"])
    assert meetings(found) == {("meeting", frozenset({"shoukry", "de-mistura"}), None)}
