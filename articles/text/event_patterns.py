"""Word lists and trigger patterns for articles.text.events. Pure Python: no Django.

Everything is written as it looks after articles.text.arabic.normalize (أ إ آ → ا, ى → ي,
ة → ه, no diacritics), and is compared with a token's folded form or with the forms left
after stripping its proclitics (و ف ب ل ال), so «وللقاء» and «بالرئيس» need no entry.
"""

import re
from dataclasses import dataclass

from articles.text.date_names import GREGORIAN_MONTHS

MEETING = "meeting"
PHONE_CALL = "phone_call"
VISIT = "visit"
CONFERENCE = "conference"
STATEMENT = "statement"

# Named groups the patterns may set: `fut` (the future prefix س), `imp` (an imperfect
# prefix), `pre` (a noun's proclitics, «ال» included), `cl` (a possessive enclitic).
_NOUN_PREFIX = r"(?P<pre>[وف]?(?:لل|[بلك]?(?:ال)?))"
_CLITIC = r"(?P<cl>ه|ها|هما|هم)?"
_VERB_SUFFIX = r"(?:ت|ا|تا|وا|ان|ون)?"


def _verb(perfect: str, imperfect_stem: str, *, person_object: bool = False) -> str:
    """«التقي» / «يلتقي», «سيلتقي», «ويلتقيان» …, with an optional conjunction. With
    `person_object`, an object enclitic («التقاه», «استقبلها») is kept as `cl`: it stands
    for a participant."""
    clitic = r"(?P<cl>ه|ها|هما|هم)?" if person_object else r"(?:ه|ها|هم)?"
    # «سألتقي»: the first person's «أ» (folded to «ا») only after «س», since «ألتقي» folds
    # like a perfect
    imperfect = rf"(?P<fut>س)?(?P<imp>[يتن]|(?<=س)ا){imperfect_stem}"
    return rf"[وف]?(?:{imperfect}|{perfect}){_VERB_SUFFIX}{clitic}"


def _noun(stem: str) -> str:
    return rf"{_NOUN_PREFIX}{stem}{_CLITIC}"


@dataclass(frozen=True)
class TriggerPattern:
    kind: str
    words: tuple[re.Pattern, ...]  # consecutive tokens, each matched in full
    is_verb: bool
    # «بحث», «ناقش», a bare «اتصال»: an event only with «مع», «ب», «بين» or «من» after it.
    needs_counterpart: bool = False
    # «مؤتمر», «اجتماع»: a conference when an organization or a city names it.
    names_conference: bool = False
    # «لقاء»: a conference only as a ministerial or consultative one («لقاء وزاريا لمجموعة …»).
    conference_by_adjective: bool = False
    # «القمة»: with the article and a place tied to it, a conference even when nothing names it.
    is_summit: bool = False
    # «زار موسكو»: the place is the verb's object, with no «إلى» before it.
    takes_place_object: bool = False
    # «وكان في استقباله …»: whom the clitic stands for is a visitor the text has just told.
    is_reception: bool = False
    # «تستقبل موسكو غدا وزير الخارجية السوري»: a city that receives someone is visited.
    hosts_visit: bool = False
    # «حطت طائرة الوزير في دمشق»: the place where one lands follows «في», not «إلى».
    lands: bool = False
    # «بدأ الإبراهيمي جولة جديدة في السعودية»: a tour goes to the place after «في» or «إلى».
    tours: bool = False
    # «اجتمع مجلس الأمن الدولي في نيويورك»: a body that meets with no one holds a session.
    convenes: bool = False
    # «انطلقت أعمال اللجنة الدستورية»: an event only when a verb opens or closes it.
    needs_opening: bool = False
    # «وصل مطار الملك خالد الدولي بالرياض»: one arrives at a building with no «إلى».
    arrives: bool = False
    # «تحدث … مع»: a meeting only with «مع»; whoever else follows is spoken to or about.
    only_with: bool = False
    # «تمهيدا لمقابلة الرئيس»: meeting someone, never a gathering a verb opens («وبدأ»).
    only_people: bool = False
    # «أوراق اعتماد»: the meeting of an ambassador with whom he hands his letters to.
    credentials: bool = False
    # «حل لافروف ضيفا على دمشق»: the guest of a place visits it, in the tense of «حل».
    guest: bool = False
    # «أوفد بوتين مبعوثه لافرنتييف إلى دمشق»: the one sent travels, not who sends him.
    sends: bool = False
    # «باستضافة لافروف نظيره التركي»: a host and his guest, both named people.
    hosts_guest: bool = False


def _pattern(kind, *words, is_verb=False, **flags):
    return TriggerPattern(kind, tuple(re.compile(word) for word in words), is_verb, **flags)


_PHONE_ADJECTIVE = r"هاتفي(?:ا|ه|يا|ين|ان|تين|تان)?"
_PRESS = r"(?:ال)?صح(?:ا)?في(?:ا|ه)?"
_BROUGHT_TOGETHER = r"(?:[يت]?(?:ضم|جمع)|ضمت|جمعت)(?:ه|ها|هما|هم)"

# Longest patterns first: a token taken by one is not tried again.
TRIGGERS = (
    _pattern(MEETING, _noun("مؤتمر(?:ا)?"), _PRESS, r"(?:ال)?مشترك(?:ا)?", needs_counterpart=True),
    # «خلال مؤتمر صحفي جمعه بنظيره العراقي»: a press conference that brought them together
    _pattern(MEETING, _noun("مؤتمر(?:ا)?"), _PRESS, _BROUGHT_TOGETHER, needs_counterpart=True),
    _pattern(
        PHONE_CALL,
        _noun(r"(?:مباحثات|محادثات|محادثه|مكالم(?:ه|ت(?=ه)|تين|تان|ات))"),
        _PHONE_ADJECTIVE,
    ),
    _pattern(PHONE_CALL, _noun(r"اتصال(?:ا|ات|ين)?"), _PHONE_ADJECTIVE),
    _pattern(PHONE_CALL, _noun(r"اتصال(?:ا|ين|ان|ات)?"), needs_counterpart=True),
    _pattern(PHONE_CALL, _noun(r"مكالم(?:ه|ت(?=ه)|تين|تان|ات)"), needs_counterpart=True),
    # «واتصل لافروف بنظيره الأمريكي», «وهاتف بوتين أردوغان»
    _pattern(PHONE_CALL, _verb("اتصل", "تصل"), is_verb=True, needs_counterpart=True),
    _pattern(PHONE_CALL, _verb("هاتف", "هاتف", person_object=True), is_verb=True),
    _pattern(
        MEETING,
        # «سيلتقون»: the plural drops the stem's last «ي»
        _verb("(?:التق(?:ي|ت|يا|تا|وا)|التقا(?=ه))", "لتق(?:ي|(?=ون))", person_object=True),
        is_verb=True,
    ),
    _pattern(MEETING, _verb("استقبل", "ستقبل", person_object=True), is_verb=True, hosts_visit=True),
    _pattern(MEETING, _noun("استقبال"), is_reception=True),
    _pattern(MEETING, _verb("اجتمع", "جتمع"), is_verb=True, needs_counterpart=True, convenes=True),
    _pattern(MEETING, _verb("بحث", "بحث"), is_verb=True, needs_counterpart=True),
    # «تحدث لعمامرة مع نظيره السوري … في اتصال هاتفي»; not «يتحدث خلال اجتماع للجمعية»
    _pattern(MEETING, _verb("تحدث", "تحدث"), is_verb=True, needs_counterpart=True, only_with=True),
    _pattern(MEETING, _verb("ناقش", "ناقش"), is_verb=True, needs_counterpart=True),
    _pattern(MEETING, _verb("استعرض", "ستعرض"), is_verb=True, needs_counterpart=True),
    # «واستضاف لافروف نظيره الأمريكي في موسكو»; a city that hosts talks is host_place's
    _pattern(MEETING, _verb("استضاف", "ستضيف", person_object=True), is_verb=True),
    # «باستضافة وزير الخارجية الروسي سيرغي لافروف نظيره التركي في موسكو»: host and guest
    _pattern(MEETING, r"(?P<pre>[وف]?ب)استضاف(?:ه|ت(?=ه))(?P<cl>ه)?", hosts_guest=True),
    _pattern(
        MEETING,
        _verb("(?:تباحث|تحادث)", "(?:تباحث|تحادث)"),
        is_verb=True,
        needs_counterpart=True,
    ),
    _pattern(
        MEETING,
        _noun(r"(?:لقا[ءئ](?:ات)?|التقا[ءئ])"),
        names_conference=True,
        conference_by_adjective=True,
    ),
    _pattern(MEETING, _noun(r"(?:مباحثات|محادثات|محادث(?:ه|ت(?=ه))|مشاورات|مفاوضات)")),
    # «يستعد لمقابلة الرئيس التركي», «وقابل لافروف الأسد»; not «في مقابلة مع صحيفة», an
    # interview, nor «قابله الرد السوري»
    _pattern(MEETING, r"(?P<pre>[وف]?[لب])مقابل(?:ه|ت(?=ه))(?P<cl>ه|ها|هما|هم)?", only_people=True),
    _pattern(MEETING, _verb("قابل", "قابل"), is_verb=True, needs_counterpart=True),
    _pattern(MEETING, _noun(r"قم(?:ه|ت(?=ه))"), names_conference=True, is_summit=True),
    _pattern(MEETING, _noun(r"اجتماع(?:ا|ات)?"), names_conference=True),
    _pattern(MEETING, _noun(r"جلس(?:ه|ت(?=ه)|ات)"), names_conference=True),  # «جلسة مجلس الأمن»
    # «الدورة العادية لمجلس»; not «بدوره», in turn
    _pattern(
        MEETING, r"(?![وف]?بدور(?:ه|ها|هم|هما)$)" + _noun(r"دور(?:ه|ت(?=ه))"), names_conference=True
    ),
    _pattern(CONFERENCE, _noun(r"مؤتمر(?:ا)?"), names_conference=True),
    _pattern(CONFERENCE, _noun(r"منتدي(?:ات)?"), names_conference=True),  # «منتدى موسكو»
    # «انطلقت في جنيف أعمال الهيئة المصغرة للجنة الدستورية»; not «أعمال العنف»
    _pattern(CONFERENCE, _noun(r"(?:اعمال|اشغال)"), needs_opening=True),
    _pattern(MEETING, r"[وف]?(?:ال)?اوراق", r"اعتماد(?:ه|ها|هم)?", credentials=True),
    # not «وزارة», «وزارته», a ministry, which read as «و» + «زار» (+ «ت») + a clitic
    _pattern(
        VISIT,
        "(?!وزار(?:ه|ت(?:ه|ها|هم))$)" + _verb("زار", "زور"),
        is_verb=True,
        takes_place_object=True,
    ),
    # not Faisal; «وصل بيدرسن دمشق»: the city reached may be its object, as with «زار»
    _pattern(
        VISIT, "(?!فيصل$)" + _verb("وصل", "صل"), is_verb=True, arrives=True, takes_place_object=True
    ),
    _pattern(VISIT, _verb("توجه", "توجه"), is_verb=True),
    _pattern(VISIT, _verb("اتجه", "تجه"), is_verb=True),  # «وفد المعارضة يتجه إلى جنيف»
    # «كما رافق الرئيس الأسد إلى مدينة جدة»: whom one goes along with travels too; not
    # «يرافقه وفد», told with the trip itself
    # (not «ترافقت مع زيارة», coincided: no imperfect ends in «ت»)
    _pattern(
        VISIT,
        rf"(?![وف]?ترافق(?:ت|تا)$)[وف]?(?:(?P<fut>س)?(?P<imp>[يت])رافق|رافق){_VERB_SUFFIX}",
        is_verb=True,
    ),
    # «سافر إلى جنيف», «غادر أنقرة إلى واشنطن», «انتقل إلى دمشق برا»: only the place after
    # «إلى» is visited.
    _pattern(VISIT, _verb("(?:سافر|غادر|انتقل)", "(?:سافر|غادر|نتقل)"), is_verb=True),
    # «تحط طائرة موفد الأمم المتحدة … اليوم في دمشق»: the present lands today
    _pattern(
        VISIT,
        r"[وف]?(?:(?P<fut>س)?(?P<imp>[تي])(?:حط|هبط)|حطت|هبطت)",
        r"طائر(?:ه|ت(?=ه))",
        is_verb=True,
        lands=True,
    ),
    # «حط وزير الخارجية السعودي في دمشق», «يحط المبعوث رحاله في جنيف»: he lands (a plane,
    # «حطت», is the pattern before)
    _pattern(VISIT, r"[وف]?(?:(?P<fut>س)?(?P<imp>ي)حط|حط)", is_verb=True, lands=True),
    _pattern(VISIT, r"[وف]?ضيف(?:ا|ين|ان)?", r"علي", guest=True),  # «ضيفا على دمشق»
    _pattern(VISIT, _verb("اوفد", "وفد"), is_verb=True, sends=True),  # «أوفد مبعوثه إلى دمشق»
    _pattern(VISIT, _noun(r"زيار(?:ه|ت(?=ه)|تين|تان)"), takes_place_object=True),  # «زيارة دمشق»
    _pattern(VISIT, _noun(r"وصول")),
    _pattern(VISIT, _noun(r"جول(?:ه|ت(?=ه))"), tours=True),
)

# «يحل», «حلّ», «سيحل»: the verb a guest comes with; not in TRIGGERS («حل», a solution)
GUEST_VERB_PATTERN = _pattern(
    VISIT, r"[وف]?(?:(?P<fut>س)?(?P<imp>[يت])حل(?:ون|ان)?|حل(?:ت|وا|ا)?)", is_verb=True
)
STATEMENT_VERB = re.compile(r"[وف]?(?:اعلن|صرح|اكد|قال|[يت](?:علن|صرح|ؤكد|قول))(?:ت|ا|وا|ان)?")
STATEMENT_PATTERN = TriggerPattern(STATEMENT, (STATEMENT_VERB,), is_verb=True)
# «استضافت القاهرة اليوم مباحثات»: the place hosts that day's talks.
HOST_VERB = re.compile(
    r"[وف]?(?:(?P<fut>س)?(?P<imp>[يت])(?:ستضيف|شهد|حتضن)|استضاف|شهد|احتضن)(?:ت)?"
)  # «تستضيف القاهرة», «شهدت لوزان», «تحتضن فيينا»
# A verb that opens, closes or holds a gathering named after it: «انطلق … الاجتماع الرباعي»,
# «اختتمت الجولة الـ22 من مباحثات أستانا», «افتتحت في مونترو أعمال المؤتمر الدولي».
OPENING_VERB = re.compile(
    r"[وف]?(?:(?P<fut>س)?(?P<imp>[يت])(?:نطلق|بدا|فتتح|ختتم|نعقد|ستانف)|انطلق|بدا|بدات|افتتح"
    r"|اختتم|انعقد|استانف)(?:ت)?(?:ها|ه)?"
)
# «عن انطلاق الجولة التاسعة من محادثات أستانا», «مع بدء المفاوضات»: a gathering opened, told
# by a verbal noun
# «قبل انطلاق الجولة», «تمهيد الطريق أمام بدء جولة جديدة»: still to come
BEFORE_OPENING_WORDS = frozenset("قبل قبيل عشيه امام".split())
OPENING_NOUN = re.compile(r"[وفبل]?(?:ال)?(?:انطلاق|بدء|افتتاح|اختتام|استئناف)")
# «تعقد، ظهر اليوم، جلسة محادثات», «وعقدت … جولة أولى من محادثات أستانة»: a gathering held,
# its subject the gathering itself (not «عقد لافروف اجتماعا»: someone holds it)
HOLDING_VERB = re.compile(r"[وف]?(?:(?P<fut>س)?(?P<imp>[يت])(?:عقد|جري)|عقدت|جرت)")
# «لوقف النزاع في سورية»: a place after these is where the war is, not where talks are.
CONFLICT_WORDS = frozenset("النزاع الازمه الصراع الحرب القتال الاقتتال العنف المعارك".split())
# «الاجتماع الرباعي حول سوريا»: what a gathering is about, not who takes part.
TOPIC_WORDS = frozenset(
    "حول بشان بخصوص ازاء تجاه عن المعنيه المعني المعينه الخاصه المتعلقه".split()
)
# A verb that carries a noun trigger: «أجرى اتصالا», «عقد لقاء», «تلقى اتصالا».
SUPPORT_VERB = re.compile(
    r"[وف]?(?:(?P<fut>س)?(?P<imp>[يتن]|(?<=س)ا)(?:(?:جري|عقد|تلقي|بدا|قوم|ؤدي|ستهل)(?:ان|ون)?|جرون)"
    r"|اجري|اجرت|اجروا|اجريا|عقد|عقدت|عقدوا|عقدا|تلقي|تلقت|بدا|بدات|قام|قامت|قاما|قاموا"
    r"|ادي|ادت|استهل|استهلت)"  # «سيؤدي زيارة رسمية», «استهل جولة»
    r"|[وفبل]?(?:ال)?قيام"  # «يعتزم القيام بزيارة»: the verbal noun carries it too
)
# «وسيحضر دي ميستورا قمة اسطنبول», «يشارك في المؤتمر»: its tense is the gathering's.
ATTEND_VERB = re.compile(  # «ويترأس بان كي مون مؤتمر المانحين»: who chairs it attends
    r"[وف]?(?:(?P<fut>س)?(?P<imp>[يت])(?:حضر|شارك|تراس)(?:ان|ون)?|حضر|حضرت|شارك|شاركت|تراس|تراست)"
)
# «اجتماع طارئ عقده مجلس الجامعة»: the verb after a meeting noun, with its object clitic.
# «أعلن شكري عن زيارة المقداد للقاهرة»: what is announced is still to come.
# «سيترأس», «ستشارك», «سنرسل»: any verb in the future tense. Not «سياسة», «سيارة», «ستة»,
# nor a name such as «ستيفان» (mentions are not read as verbs anyway).
FUTURE_VERB = re.compile(
    r"[وف]?س(?!ياس|يار|يد|يطر|ين|يول|يف|تار|تين|ته|نه|نو|نين|نت|توك|تيف|تاف|يرغ|يرج)[يتن]\w{3,6}"
)
ANNOUNCE_VERB = re.compile(r"[وف]?(?:اعلن|[يت]علن)(?:ت|وا|ا)?")
ANNOUNCED_ABOUT_WORDS = frozenset(("عن",))
# «زيارة يقوم بها المقداد إلى القاهرة»: who makes the visit, named after «بها».
MAKES_IT_VERB = re.compile(r"[وف]?(?:(?P<fut>س)?[يت]قوم|قام|قامت)")
MADE_THEM_WORDS = frozenset("بها بهما".split())  # «زيارة قام بها», «زيارتين قام بهما»
# «بعد زيارة أجراها إلى دمشق»: the verb carries «it» itself
MADE_IT_VERB = re.compile(r"[وف]?(?:(?P<fut>س)?[يت]جري|اجرا|اجرت)(?:ها|هما)")
PLURAL_VERB = re.compile(r"\w+(?:ون|وا)")  # «سيلتقون», «اجتمعوا»: all of those named before
FOLLOWED_BY = re.compile(r"[وف]?(?:[تي](?:لي|عقب|تبع)|سي?تلي|ست?عقب)(?:ها|ه)")  # «تليها»
# «زيارة قام بها المقداد»: a visit someone made is told as done.
MADE_IT_WORDS = frozenset("قام قامت اجراها اجراه".split())
# «اتصال تلقاه أردوغان من بوتين»: a call someone received is his as well
HELD_BY_VERB = re.compile(
    r"(?:عقده|عقدها|يعقده|تعقده|ينظمه|نظمه|نظمته|استضافه|استضافته|اجراه|اجراها|يجريه|يجريها"
    r"|تلقاه|تلقاها|يتلقاه|تتلقاه)"
)
PHONE_ADVERB = re.compile(r"هاتفي(?:ا|ه)?")
# «عبر الهاتف», «عبر تقنية الفيديو», «عبر الاتصال المرئي», «اجتماعا افتراضيا», «عن بعد»: a
# meeting held at a distance is a call (phone or video)
REMOTE_LEADS = frozenset("عبر بتقنيه بواسطه".split())
REMOTE_MEANS = frozenset(
    "الهاتف الفيديو فيديو المرئي المرئيه الانترنت التلفزيونيه تلفزيونيه الكونفرانس".split()
)
REMOTE_WORDS = frozenset("افتراضي افتراضيا افتراضيه افتراضيين".split())
PRESS_WORD = re.compile(_PRESS)

# «المقداد يعتزم زيارة القاهرة», «ينوي لقاء»: one intends the event the noun after names
INTENT_WORDS = frozenset(
    "يعتزم تعتزم يعتزمان تعتزمان يعتزمون ينوي تنوي ينويان تنويان ينوون".split()
)
# Nouns a «في» phrase can belong to instead of to the event: checked by what precedes it.
PLANNED_MARKERS = INTENT_WORDS | frozenset(
    "المقرر مقرر مقررا سوف يفترض المفترض ينتظر المنتظر يرتقب "
    "المرتقب مرتقب "
    "المتوقع يتوقع التحضير تحضيرا تمهيدا يستعد تستعد".split()
)
NEXT_EVENT_WORDS = frozenset("تمهيدا تحضيرا قبيل".split())
# «قبل لقائه لافروف», «عقب مباحثاته مع»: an event named to date another
TIME_REFERENCE_WORDS = frozenset("قبل قبيل بعد عقب اثر".split())
AFTER_WORDS = frozenset("بعد عقب اثر اعقاب".split())  # «يأتي بعد», «بعد اجتماعه»
THAT_WORDS = frozenset({"ان"})  # «قبل أن يتوجه», «وأنه زار»
COMES_VERB = re.compile(r"[وف]?(?:[تي]اتي|جاءت|جاء)")  # «وتأتي هذه الزيارة بعد», «ويأتي اللقاء قبل»
# The same, after the event noun they describe: «المؤتمر المقرر», «القمة المرتقبة».
PLANNED_AFTER = frozenset(
    form + ending
    for form in "المقرر مقرر المزمع المرتقب مرتقب المنتظر".split()
    for ending in ("", "ه")
)
FUTURE_WORDS = frozenset("المقبل المقبله القادم القادمه غدا قريبا لاحقا".split())
PAST_WORDS = frozenset("امس الماضي الماضيه المنصرم المنصرمه الفائت الفائته البارحه".split())
BACKGROUND_WORDS = frozenset("كان كانت وكان وكانت قد سبق".split())
# «كلا من روسيا وتركيا», «إلى كل من موسكو وبكين»: each of those listed
EACH_WORDS = frozenset(("كلا", "كل"))
# «الدول الضامنة روسيا وتركيا وإيران», «زعماء الدول الثلاث»: states named as a group
STATES_NOUNS = frozenset("الدول البلدان".split())
# «على هامش أعمال قمة», «خلال انعقاد مؤتمر», «انطلقت فعاليات القمة»: a part of a gathering
GATHERING_PARTS = frozenset("اعمال اشغال اجتماعات فعاليات انعقاد جلسات ختام افتتاح".split())
AFTER_NOON_LEADS = frozenset(("بعد",))
NOON_WORDS = frozenset("ظهر الظهر".split())
DATE_WORDS = (
    frozenset(
        "اليوم يوم يومي امس غدا غد الغد البارحه صباح مساء ظهر ليل الليله الاسبوع الشهر العام نهايه "
        "مطلع "
        # «منتصف ليلة الأحد», «فجر اليوم», «عصر أمس»
        "منتصف ليله ليلا صباحا فجر عصر ظهيره صبيحه "
        "ساعه ساعات الساعه الساعات ايام الايام اسابيع الاسابيع قليله القليله مرات عده "
        "الاثنين الثلاثاء الثلاثا الثلثاء الثلثا الاربعاء الاربعا الخميس الجمعه السبت الاحد "
        "يناير فبراير مارس ابريل مايو يونيو يونيه يوليو يوليه اغسطس سبتمبر اكتوبر نوفمبر "
        "ديسمبر كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين"
        "".split()
    )
    | PAST_WORDS
    | FUTURE_WORDS
    | frozenset("الجاري الجاريه الحالي".split())
    # every family's one-word month names: «يوليوز», «جويلية», «غشت»
    | frozenset(name for name in GREGORIAN_MONTHS if " " not in name)
)

# Words of a title or office around a name: skipped when looking for the name itself.
TITLE_WORDS = frozenset(
    "وزير وزيره الوزير الوزيره وزيرا وزيري وزراء البلدين الخارجيه خارجيه خارجيته الدفاع الداخليه "
    "الرئيس رئيس رئيسه حكومه "
    "الوزراء الجمهوريه الحكومه مبعوث المبعوث المبعوثه ممثل الممثل ممثله الخاص الخاصه المشترك "
    "الاممي الامين امين العام العامه نظير نظيره نظيرته نظيريه نظيرها نظراء نظراءه نظرائه الدكتور "
    "دكتور د السيد السيده المستشار المستشاره مستشار مستشاره السفير سفير المندوب مندوب "
    "الموفد موفد الملك العاهل الامير امير ولي العهد الشيخ نائب نائبي نائبا مساعد مساعده وكيل وكيله "
    "المفوض شؤون "  # «وزير الخارجية وشؤون المغتربين»
    "الرسمي المغتربين الرسميه باسم المتحدث المتحدثه الناطق الناطقه السابق الجديد الحالي الاعلي "
    "المكلف بملف ملف الدوله صاحب السمو سمو سموه فخامه معالي سعاده جلاله البلاد "
    # the military's: «قائد الجيش الأردني يوسف الحنيطي», «العماد علي أيوب»
    "قائد القائد الجيش الاركان العماد اللواء المشير "
    "راس".split()  # «رأس النظام السوري بشار الأسد», as the opposition's press calls him
)
# «وزير خارجية نظام الأسد وليد المعلم», «مندوب النظام بشار الجعفري»: the regime, in a title
REGIME_WORDS = frozenset("نظام النظام".split())
REGIME_NAMES = frozenset(("الاسد",))
# «مستشار ترامب … جون بولتون», «مبعوث الرئيس الروسي ألكسندر لافرنتييف»: the name right after
# these, with no article, is whose envoy or adviser the person is.
PRINCIPAL_WORDS = frozenset("مبعوث موفد ممثل مندوب مستشار مستشاره".split())
HIS_MAJESTY_OF_WORDS = frozenset("لجلاله لفخامه لسمو لصاحب".split())
AFFILIATED_WORDS = frozenset("التابع التابعه التابعين التابعون الموالي المواليه الموالين".split())
ENVOY_WORDS = frozenset("مبعوث المبعوث المبعوثه ممثل الممثل موفد الموفد مندوب المندوب".split())
SPOKESPERSON_WORDS = frozenset("المتحدث المتحدثه متحدث الناطق الناطقه ناطق".split())
# A counterpart that is a body rather than a person: «مع وفد المعارضة», «مع الجانب الروسي».
GROUP_WORDS = frozenset(
    "وفد وفدا الوفد وفدي الوفدين الوفدان وفدان ممثلي ممثلين قيادات قياده مسؤولي المسؤولين "
    "مسؤولين كبار عدد عددا الجانب الطرف "
    "من الرئيسين".split()  # «بالرئيسين المشتركين للجنة الدستورية»: its co-chairs
)
GROUP_NOUNS = GROUP_WORDS - {"من"}  # «عدداً من المسؤولين»: the group, not its «من»
# «إلى جانب …», «بالإضافة إلى …», «فضلا عن …»: joined on as by «و»
ALONGSIDE_PAIRS = frozenset(
    {("الي", "جانب"), ("بالاضافه", "الي"), ("اضافه", "الي"), ("فضلا", "عن")}
)
# «جولة من المباحثات», «سلسلة من الاجتماعات»: what holds a series of talks
ROUND_WORDS = frozenset("جوله جولات سلسله جولته جولتها".split())
TALKS_WORDS = frozenset("مباحثات محادثات مشاورات مفاوضات".split())  # «جلسة مباحثات»
BETWEEN_THEM_WORDS = frozenset("بينهما بينهم".split())  # «المباحثات بينهما»
# «كما التقى», «ثم زار»: a verb joined to the one before, its subject left to the sentence
ALSO_WORDS = frozenset(("كما", "ثم"))
# «يلتقي لافروف نظراءه من المنطقة», «يلتقي عددا من المسؤولين»: whom a verb meets, unnamed
UNNAMED_OBJECT_WORDS = frozenset(
    "نظراءه نظراءها نظيره نظيرها نظيريه عددا عدد مسؤولين المسؤولين مسؤولي كبار".split()
)
# «وزراء خارجية الأردن والسعودية»: the unnamed officials of the states that follow
PLURAL_TITLE_WORDS = frozenset("وزراء رؤساء قاده زعماء ممثلو ممثلي نواب".split())
# «الوزيران», «الطرفين»: the two people of the previous event.
DUAL_WORDS = frozenset(
    "الوزيران الوزيرين الطرفان الطرفين الجانبان الجانبين الرئيسان الرئيسين الزعيمان "
    "الزعيمين المسؤولان الرجلان الرجلين".split()
)
# Words that end a name's phrase: what follows belongs to another part of the sentence.
PHRASE_END_WORDS = frozenset(
    "حيث الذي التي الذين اللذين ان انه انها انهم لكن بينما عقب بعد قبل حول بشان علي عن "
    "خلال اثناء لبحث لمناقشه بهدف وذلك كما فيما اذ ثم حسبما حسب وفق وفقا نقلا اكد قال "
    "اعلن مشيرا مؤكدا مضيفا لافتا موضحا".split()
)
# «حسبما صرح المتحدث», «نقلا عن», «بمبادرة من»: who is named next is not a participant.
SOURCE_WORDS = frozenset("حسبما حسب وفق وفقا نقلا لما".split())
INITIATIVE_WORDS = frozenset({"بمبادره"})
LOCATIVE_WORDS = frozenset({"في"})
# «سفير روسيا في دمشق»: the «في» belongs to the title.
AMBASSADOR_WORDS = frozenset("سفير السفير سفيره السفيره سفاره السفاره".split())
# Where a «مع» that is still the verb's stops being reachable.
WHERE_WORDS = frozenset({"حيث"})
NEGATION_WORDS = frozenset("لن لم لا ليس ولن ولم ولا".split())
NOT_NEGATING = frozenset({"سيما"})  # «لا سيما»: "especially"
# «لم تذكر ما إذا كان الأسد سيستقبل المبعوث», «لو التقى»: no meeting the text asserts.
CONDITIONAL_WORDS = frozenset("اذا لو هل".split())
# «يأمل أن تتاح الفرصة للقاء», «أعرب عن أمله في عقد»: hoped for, not planned
HOPE_WORDS = frozenset(
    "يامل تامل نامل امله املها املهم املا متمنيا يتمني تتمني استعداد استعداده استعدادها".split()
)
# «نفت صحة الأنباء عن زيارة», «استبعد عقد لقاء», «لا يستبعد لقاء»: denied or only possible
DENY_WORDS = frozenset("نفي نفت ينفي تنفي نافيا نافيه نفيه استبعد يستبعد تستبعد مستبعدا".split())
PLANS_WORDS = frozenset("خطط خطه تخطط يخطط نخطط".split())  # «لا توجد أي خطط لعقد لقاء»
# «لإجراء محادثات», «لعقد لقاء»: what a trip is for, not what has taken place.
WORKS_WORDS = frozenset("اعمال اشغال".split())  # «أعمال القمة», «أشغال الاجتماع»
TAKE_PART_WORDS = frozenset("للمشاركه وللمشاركه لحضور ولحضور".split())
PURPOSE_WORDS = frozenset("لاجراء لعقد للمشاركه لحضور".split())
# «في مستهل محادثات», «في ختام اجتماع»: a phase of the event
PHASE_WORDS = frozenset("مستهل بدايه ختام نهايه مطلع اثناء".split())
# «جولة تشمل تركيا», «جولته الخليجية التي شملت الإمارات والسعودية», «على رأس وفد يضم»: what a
# tour takes in, or a delegation
TOUR_INCLUDES = re.compile(r"(?P<fut>س)?(?P<imp>[يت])?(?:شمل|ضم)(?:ت)?")
# «الجولة التي قادته الشهر الفائت إلى جدة والجزائر», «جولة تقوده إلى»: where a tour took him
TOUR_TAKES = re.compile(r"(?P<fut>س)?(?P<imp>[يت])?(?:شمل|ضم|قاد|قود)(?:ت)?(?:ه|ها|هم|هما)?")
# «الرئيس الأسد وعقيلته أسماء الأسد»: a spouse comes along; «لدى وصوله» is still his
SPOUSE_WORDS = frozenset("وعقيلته وزوجته وحرمه وعقيلتها وزوجها".split())
# «الدعوة إلى مؤتمر», «دعا إلى اجتماع طارئ»: a gathering called for is still to come
CALL_VERB = re.compile(r"[وفب]?(?:ال)?(?:دعو[هت]|دعا|دعت|[يت]دعو|دعوا)")
# «رغبة بيدرسون في زيارة دمشق», «عن نيته في زيارة»: a visit still wished for
WISH_WORDS = frozenset(
    "رغبه رغبته رغبتها نيه نيته نيتها عزم عزمه عزمها اعتزام اعتزامه استعداد استعداده".split()
)
PURPOSE_LINKS = frozenset("في اعمال اشغال جوله من".split())  # «لعقد جولة من المباحثات»
RELATIVE_WORDS = frozenset("الذي التي الذين اللذان اللتان اللذين اللتين".split())
CLAUSE_END_WORDS = frozenset("حيث الذي التي الذين ان انه انها بينما فيما حسبما".split())
CITY_WORDS = frozenset("مدينه بمدينه العاصمه بالعاصمه منتجع بمنتجع".split())  # «في منتجع سوتشي»
# «وصل إلى مطار دمشق», «توجه إلى قصر الشعب في دمشق»: a building in the city visited.
FACILITY_WORDS = frozenset("مطار قصر قصور مقر فندق فنادق مبني مباني قاعه مجمع".split())  # «مبنى»
# «في مكتبه», «بقصر الاتحادية», «في قصر الشعب»: a building one receives someone in
VENUE_WORDS = FACILITY_WORDS | frozenset("مكتب مكتبه مكتبها ديوان الديوان منزله منزلها".split())
# What may stand between «في / إلى» and the place it leads to: «في أحد فنادق العاصمة السورية»
CITY_OR_FACILITY_WORDS = CITY_WORDS | FACILITY_WORDS | frozenset({"احد"})
# After these the «في» phrase still describes the event: «... جودة في موسكو», «، في جنيف».
# «اجتمع لافروف وكيري على انفراد في فيينا», «التقاه مطولا في»: how they met, not where
EVENT_ADVERBS = frozenset(
    "و كذلك ايضا بدوره بدورها اليوم امس مجددا انفراد حده مطولا ثنائيا منفردين".split()
)
ALTERNATIVE_WORDS = frozenset({"او"})
TO_WORDS = frozenset({"الي"})
CONNECTOR_WORDS = frozenset({"و", "الي", "مع", "ب"})
# What may stand between a subject and its verb: «إن بوتين يلتقي», «وكان لافروف قد التقى».
BEFORE_VERB_WORDS = frozenset(
    "ان انه الذي التي اللذان اللتان الذين كان كانت وكان وكانت قد سوف وهو وهي وهما وهم".split()
)
# «شاهدت صحفية دي ميستورا وهو يصل إلى دمشق»: a present verb after them tells what was going on
WHILE_HE_WORDS = frozenset("وهو وهي وهما وهم".split())
# What may open a sentence whose verb leaves its subject out: «وبعدما بحث», «كما التقى»,
# and what may follow such a verb: «وبحث مع», «ووصل إلى», «وزار أمس».
CLAUSE_OPENERS = BEFORE_VERB_WORDS | frozenset("بعدما عندما حين بينما كما ثم".split())
AFTER_DROPPED_SUBJECT = frozenset("مع الي في خلال".split())
# Adjectives without «ال» that follow an event noun: «اتصال آخر», «مؤتمر دولي».
# Adjectives without the article that may stand between an event noun and its «مع»
# («اجتماعا مغلقا مع», «لقاءات ثنائية مع»), with their feminine and accusative endings.
PLAIN_ADJECTIVES = frozenset(
    form + ending
    for form in (
        "دولي اخر ثنائي ثلاثي رباعي موسع جديد مشترك مغلق مطول منفصل طارئ مهم هام بناء صريح "
        "مثمر ايجابي معمق مكثف ودي وزاري تشاوري رسمي تحضيري تمهيدي سري مصغر قصير طويل "
        "مقتضب سريع اول اخير ثالث رابع خامس سادس سابع ثامن تاسع عاشر مسبوق مباشر فردي منفرد "
        "سابق لاحق ماراثوني عاجل"
    ).split()
    # «في اتصالين هاتفيين منفصلين»: the dual and plural agree with the noun
    for ending in ("", "ا", "ه", "ين", "تين", "ان", "تان")
)
WITH_WORDS = frozenset({"مع"})
ON_WORDS = frozenset({"علي"})
LEVEL_WORDS = frozenset({"مستوي"})  # «على مستوى القمة»
# How many words after «مستوى» may say which level: «على مستوى وزراء الخارجية».
LEVEL_REACH = 3
SIDELINES_WORDS = frozenset({"هامش"})  # «على هامش قمة …»
THIS_WORDS = frozenset("هذا هذه هذين هاتين".split())  # «وفي هذا اللقاء»
SIDELINES_REACH = 8  # «على هامش اجتماعات الجمعية العامة للأمم المتحدة في نيويورك»
# «محادثات بين X و Y», «اجتماع ثلاثي يضم روسيا وتركيا وإيران»: a list of participants.
BETWEEN_WORDS = frozenset("بين يضم تضم ضم ضمت يجمع تجمع جمع جمعت".split())
# «عقب اجتماع ضمه مع جاويش أوغلو»: the meeting brought «him» (whose it is) together with …
GATHERED_HIM = re.compile(r"[وف]?(?:[يت]?(?:ضم|جمع)|ضمت|جمعت)(?:ه|ها|هما|هم)")
FROM_WORDS = frozenset({"من"})
TOOK_PLACE_WORDS = frozenset("جرت جري تمت تم اجريت اجريتا اجريا".split())
GATHERING_ADJECTIVES = frozenset("وزاري وزاريا تشاوري تشاوريا موسع موسعا دولي دوليا".split())
# «اجتماع وزاري عربي تشاوري», «قمة ثلاثية»: a gathering of several parties, once three are
# named; not «محادثات موسعة», two states' delegations
MANY_PARTIES_ADJECTIVE = re.compile(
    r"(?:ال)?(?:وزاري|تشاوري|ثلاثي|رباعي|خماسي|سداسي|متعدد)(?:ا|ه|ة)?"
)
DURING_WORDS = frozenset("خلال اثناء".split())
VISIT_NOUN = re.compile(r"[وفبل]?(?:ال)?زيار(?:ه|ت(?=ه)|تي)(?:ه|ها|هم|هما)?")  # «زيارته بيروت»
DELEGATION_WORDS = frozenset("وفد الوفد وفدا الوفدان وفدان الوفدين وفدي".split())
HEADS_VERB = re.compile(r"(?:ي|ت)?(?:ترا|را)س(?:ه|ها)")  # «الذي يترأسه», «التي ترأسها»
HEADED_BY = re.compile(r"(?:برئاس|بقياد)(?:ه|ت(?=ه))")  # «برئاسة المعلم», «بقيادة الجعفري»
SPONSOR_WORDS = frozenset("برعايه وبرعايه رعايه".split())  # «(تحت) رعاية»
PARTICIPATION_WORDS = frozenset("بمشاركه وبمشاركه بحضور وبحضور".split())
LED_BY_WORDS = PARTICIPATION_WORDS | frozenset("برئاسه وبرئاسه".split())
# «نتيجة محادثاته»: talks with a result took place. «أطلع الإبراهيمي العربي على نتائج
# محادثاته»: who informs another of his talks held them.
RESULT_WORDS = frozenset("نتيجه نتائج حصيله".split())
INFORM_VERB = re.compile(r"[وف]?(?:[اي]طلع|اطلاع|[اي]بلغ|ابلاغ|يضع|وضع)")
# «على أن ينضم إليهما الجبير», «وانضم إليهم لاحقا»: who joins a meeting already told.
JOIN_VERB = re.compile(r"[وف]?(?:س?[يت]نضم|انضم|انضمت)")
TO_THEM_WORDS = frozenset("اليهما اليهم اليه".split())
# «اتصالين هاتفيين», «مكالمات»: several calls, one with each counterpart.
SEVERAL_CALLS_RE = re.compile(
    r"(?:[وف]?(?:ب|ل|ال|بال|لل)?)(?:اتصال(?:ين|ان|ات)|مكالم(?:تين|تان|ات))"
)
# «ونائبه», «ومساعده»: an aide joined on to the one named before, who takes part with him
AIDE_WORDS = frozenset("ونائبه ونائبته ومساعده ومساعدته ومستشاره".split())
# «ألغى لافروف زيارته»: no event; «أرجأ كيري زيارته», «تأجيل الاجتماع»: one still to come.
CANCEL_WORDS = frozenset("الغي الغت الغيا يلغي تلغي الغاء بالغاء والغي".split())
POSTPONE_WORDS = frozenset(
    "ارجا ارجات ارجئ ارجئت يرجئ ترجئ ارجاء بارجاء اجل اجلت يؤجل تؤجل "
    "تاجيل بتاجيل تاجل تاجلت".split()
)
# «لكن اللقاء ألغي», «قبل أن يلغى»: the event told before these did not take place
CALLED_OFF_WORDS = frozenset("الغي الغيت يلغي تلغي الغاء".split())
# «دعا إلى عقد مؤتمر دولي»: a gathering called for is not held.
# «تقرر عقد لقاء», «اتفق الجانبان على عقد اجتماع»: a holding decided or agreed is to come.
DECIDED_VERB = re.compile(r"[وف]?(?:تقرر|[يت]?قرر(?:ت|وا|ا)?|اتفق(?:ت|وا|ا|تا)?|[يت]تفق(?:ون|ان)?)")
CALLED_FOR_WORDS = frozenset({"عقد", "انعقاد", "اجراء"})  # «دعا إلى …», «اتفقا على …»
CONVENING_WORDS = frozenset(("انعقاد",))  # the verbal noun alone: «عقد» is also a past verb
# «حول عقد القمة», «موعد عقد الاجتماع»: after these «عقد» is the holding still to come
ABOUT_HOLDING_WORDS = frozenset(
    "حول بشان بخصوص موعد مكان تاريخ التحضير الاعداد ترتيبات امكانيه عن".split()
)
# «استقبل مساهل بدمشق من قبل الرئيس الأسد»: a passive reception's agent follows.
BY_AGENT_WORDS = ("من", "قبل")
CHAIR_WORDS = frozenset("رئيس رئيسه رئاسه".split())  # «رئيس الدورة الحالية»
# «وأنه زار دمشق», «إلى أنه التقى»: «he», the one who speaks, is the subject
HE_WORDS = frozenset("انه وانه بانه لانه".split())
AND_HE_WORDS = frozenset(("وانه",))  # «أن X وصل …، وأنه سيعقد»: the same X
DURING_IT_WORDS = frozenset("خلالها خلاله اثناءها اثناءه".split())  # «زيارة يلتقي خلالها»
IN_IT_WORDS = frozenset(("فيها",))  # «بعد زيارة أجراها إلى دمشق، والتقى فيها الرئيس الأسد»
# «الاجتماع الذي من المقرر أن يعقد في جنيف بين …»: the words of a relative clause that only
# says when or whether a meeting is held.
# «اللقاء … سيعقد في جنيف»: a verb that only says a meeting is (to be) held; the future ones
# plan it.
WILL_HOLD_WORDS = frozenset("سيعقد ستعقد سيجري ستجري سيتم ستتم سينعقد ستنعقد".split())
HOLDING_NOUNS = frozenset("عقده عقدها انعقاده انعقادها".split())  # «المقرر عقده في»
# «الذي يعقد في جنيف», «مؤتمر يجري في سوتشي»: held in the present, still to come for the news
HOLDS_OR_WILL_HOLD_WORDS = WILL_HOLD_WORDS | frozenset(
    "يعقد تعقد ينعقد تنعقد يجري تجري يتم تتم".split()
)
HELD_VERB_WORDS = WILL_HOLD_WORDS | frozenset(
    "يعقد تعقد عقد عقدت عقده عقدها جري جرت يجري تجري تم يتم ينعقد تنعقد انعقد انعقدت اجري"
    " اجريت".split()
)
# «عقد في», «سيعقد في»: a gathering held with no one named holding it («عقده» has a subject)
PASSIVE_HOLD_WORDS = HELD_VERB_WORDS - frozenset("عقده عقدها".split())
HELD_PASSIVE_WORDS = PASSIVE_HOLD_WORDS - HOLDS_OR_WILL_HOLD_WORDS  # «عقد», «جرت»: past
HOLDING_WORDS = HELD_VERB_WORDS | frozenset("من ان المقرر المزمع المنتظر المتوقع".split())
# «لدى وصوله إلى مطار دمشق»: the arrival a reception is at, before the one who receives.
ARRIVAL_LEADS = frozenset("لدي عند فور اثر حال".split())
ARRIVAL_WORDS = frozenset("وصوله وصولها وصولهم".split())
PHONE_QUALIFIER_WORDS = frozenset("خلال في عبر اثناء".split())
CALL_NOUN = re.compile(r"(?:ال)?(?:اتصال|مكالم(?:ه|ت)|محادث(?:ه|ت))")  # «في اتصال هاتفي»
