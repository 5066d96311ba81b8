"""What the linker finds in a text: shared by linking, event extraction and storage. Pure."""

from dataclasses import dataclass

PERSON = "person"
PLACE = "place"
ORGANIZATION = "organization"

# The states whose officials the archive follows, as Arabic adjectives (normalised, with and
# without the feminine ending) → country slug; for «نظيره الأردني» and candidates.
COUNTRY_ADJECTIVES = {
    "الروسي": "russia",
    "الامريكي": "united-states",
    "الاميركي": "united-states",
    "البريطاني": "united-kingdom",
    "الفرنسي": "france",
    "الالماني": "germany",
    "التركي": "turkey",
    "الايراني": "iran",
    "السعودي": "saudi-arabia",
    "القطري": "qatar",
    "الاماراتي": "united-arab-emirates",
    "المصري": "egypt",
    "الاردني": "jordan",
    "اللبناني": "lebanon",
    "العراقي": "iraq",
    "الصيني": "china",
    "السوري": "syria",
    "الكويتي": "kuwait",
    "العماني": "oman",
    "الجزائري": "algeria",
    "المغربي": "morocco",
    "التونسي": "tunisia",
    "الايطالي": "italy",
    "الاسباني": "spain",
    "الاسرائيلي": "israel",
    "الفلسطيني": "palestine",
    "الليبي": "libya",
    "اليمني": "yemen",
    # states further from the war whose officials the news still meets («نظيره الأذربيجاني»);
    # not those whose adjective is also a common name or word («السوداني», «السويدي»,
    # «الهندي», «الكندي», «المجري», «الغاني»)
    "الاذربيجاني": "azerbaijan",
    "الاذري": "azerbaijan",
    "الكازاخي": "kazakhstan",
    "الكازاخستاني": "kazakhstan",
    "البحريني": "bahrain",
    "النمساوي": "austria",
    "السويسري": "switzerland",
    "البلجيكي": "belgium",
    "الهولندي": "netherlands",
    "النرويجي": "norway",
    "الدنماركي": "denmark",
    "الفنلندي": "finland",
    "البولندي": "poland",
    "التشيكي": "czech-republic",
    "اليوناني": "greece",
    "القبرصي": "cyprus",
    "البرتغالي": "portugal",
    "الاوكراني": "ukraine",
    "البيلاروسي": "belarus",
    "الياباني": "japan",
    "الباكستاني": "pakistan",
    "الافغاني": "afghanistan",
    "الاندونيسي": "indonesia",
    "البرازيلي": "brazil",
    "المكسيكي": "mexico",
    "الفنزويلي": "venezuela",
    "الكوبي": "cuba",
    "الموريتاني": "mauritania",
    "الصومالي": "somalia",
    "الجيبوتي": "djibouti",
    # the other member states of the UN, where the bare adjective is no name, word or the
    # state's own name («جورجي», «كيني», «تشيلي», «هايتي» are)
    "الانغولي": "angola",
    "الانجولي": "angola",
    "الارجنتيني": "argentina",
    "الارميني": "armenia",
    "الاسترالي": "australia",
    "البنغلاديشي": "bangladesh",
    "البنجلاديشي": "bangladesh",
    "البوليفي": "bolivia",
    "البوسني": "bosnia-and-herzegovina",
    "البوتسواني": "botswana",
    "البلغاري": "bulgaria",
    "البوروندي": "burundi",
    "الكمبودي": "cambodia",
    "الكاميروني": "cameroon",
    "التشادي": "chad",
    "الكولومبي": "colombia",
    "الكوستاريكي": "costa-rica",
    "الكرواتي": "croatia",
    "الدومينيكاني": "dominican-republic",
    "الاكوادوري": "ecuador",
    "السلفادوري": "el-salvador",
    "الاريتري": "eritrea",
    "الارتري": "eritrea",
    "الارتيري": "eritrea",
    "الاستوني": "estonia",
    "الاثيوبي": "ethiopia",
    "الغابوني": "gabon",
    "الجابوني": "gabon",
    "الغامبي": "gambia",
    "الجامبي": "gambia",
    "الغواتيمالي": "guatemala",
    "الهندوراسي": "honduras",
    "الايسلندي": "iceland",
    "الايرلندي": "ireland",
    "الايفواري": "ivory-coast",
    "الجامايكي": "jamaica",
    "الكوسوفي": "kosovo",
    "القيرغيزي": "kyrgyzstan",
    "القرغيزي": "kyrgyzstan",
    "القيرغيزستاني": "kyrgyzstan",
    "اللاوسي": "laos",
    "اللاتفي": "latvia",
    "الليبيري": "liberia",
    "الليتواني": "lithuania",
    "اللوكسمبورغي": "luxembourg",
    "الملغاشي": "madagascar",
    "الماليزي": "malaysia",
    "المالديفي": "maldives",
    "المالطي": "malta",
    "المولدوفي": "moldova",
    "المولدافي": "moldova",
    "المنغولي": "mongolia",
    "الموزمبيقي": "mozambique",
    "الميانماري": "myanmar",
    "البورمي": "myanmar",
    "الناميبي": "namibia",
    "النيبالي": "nepal",
    "النيوزيلندي": "new-zealand",
    "النيوزلندي": "new-zealand",
    "النيكاراغوي": "nicaragua",
    "النيكاراجوي": "nicaragua",
    "البنمي": "panama",
    "البيروفي": "peru",
    "الفلبيني": "philippines",
    "الفليبيني": "philippines",
    "الرواندي": "rwanda",
    "السنغالي": "senegal",
    "الصربي": "serbia",
    "السيراليوني": "sierra-leone",
    "السنغافوري": "singapore",
    "السلوفاكي": "slovakia",
    "السلوفيني": "slovenia",
    "السريلانكي": "sri-lanka",
    "الطاجيكي": "tajikistan",
    "الطاجيكستاني": "tajikistan",
    "التنزاني": "tanzania",
    "التايلاندي": "thailand",
    "التايلندي": "thailand",
    "التوغولي": "togo",
    "التركمانستاني": "turkmenistan",
    "الاوغندي": "uganda",
    "الاوزبكي": "uzbekistan",
    "الاوزبكستاني": "uzbekistan",
    "الفيتنامي": "vietnam",
    "الزامبي": "zambia",
    "الزيمبابوي": "zimbabwe",
}
COUNTRY_ADJECTIVES |= {adjective + "ه": slug for adjective, slug in COUNTRY_ADJECTIVES.items()}
# Their plurals for people («كبار المسؤولين السوريين», «المسؤولين المغاربة»): the state whose
# officials take part. Only with the article: «روس» alone is too short to trust.
COUNTRY_PLURALS = {
    plural: slug
    for slug, plurals in {
        "russia": "الروس",
        "united-states": "الامريكيين الامريكيون الاميركيين الاميركيون",
        "united-kingdom": "البريطانيين البريطانيون",
        "france": "الفرنسيين الفرنسيون",
        "germany": "الالمان",
        "turkey": "الاتراك",
        "iran": "الايرانيين الايرانيون",
        "saudi-arabia": "السعوديين السعوديون",
        "qatar": "القطريين القطريون",
        "united-arab-emirates": "الاماراتيين الاماراتيون",
        "egypt": "المصريين المصريون",
        "jordan": "الاردنيين الاردنيون",
        "lebanon": "اللبنانيين اللبنانيون",
        "iraq": "العراقيين العراقيون",
        "china": "الصينيين الصينيون",
        "syria": "السوريين السوريون",
        "kuwait": "الكويتيين الكويتيون",
        "oman": "العمانيين العمانيون",
        "algeria": "الجزائريين الجزائريون",
        "morocco": "المغاربه",
        "tunisia": "التونسيين التونسيون",
        "italy": "الايطاليين الايطاليون",
        "spain": "الاسبان",
        "israel": "الاسرائيليين الاسرائيليون",
        "palestine": "الفلسطينيين الفلسطينيون",
        "libya": "الليبيين الليبيون",
        "yemen": "اليمنيين اليمنيون",
    }.items()
    for plural in plurals.split()
}


@dataclass(frozen=True)
class Match:
    """One mention of a gazetteer entity in the displayed text."""

    entity: str  # the entity's slug
    kind: str  # PERSON, PLACE or ORGANIZATION
    start: int  # character offsets into the displayed text (Article.body)
    end: int
    surface: str  # text[start:end], clitics included («لعنان»)
    # Why it matched: "alias «عنان» after proclitic «ل»", "role «وزير الخارجية الروسي»".
    reason: str
    is_envoy: bool = False
    # For people: the role the text gives them here ("foreign-minister", "president",
    # "envoy", "spokesperson", …) and its country or organization slug, when known.
    role: str | None = None
    role_of: str | None = None
    # How the text wrote it: the proclitic chain attached in front («ب» in «بموسكو», "" if
    # none) and whether it was a nationality adjective («الأردني») rather than a name.
    prefix: str = ""
    adjective: bool = False
    # A state standing for its official where the text names neither him nor a holder the
    # gazetteer knows («نظيره الأذربيجاني»): read by the events only, never stored.
    office: bool = False
