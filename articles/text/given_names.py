"""Common Arabic given names, for articles.text.linking: a surname the gazetteer knows right
after one of these («ماهر الأسد», «حافظ الأسد», «حيدر منصور هادي») belongs to another
person, unless that name is one of the entity's own. Pure data: no Django.

Words that are also common words before a name («غير الأسد», «هادي», «المتحدث باسم دي
ميستورا»), or become one once normalised («علي» and «على»), are left out.
"""

from articles.text.arabic import normalize

_NAMES = """
محمد أحمد حسن حسين عمر عثمان خالد ماهر حافظ رفعت باسل بشار حيدر إبراهيم إسماعيل يوسف يعقوب
موسى عيسى داود سليمان مصطفى محمود عبدالله عبدالرحمن عبدالكريم عبدالعزيز طارق زياد سامي
سمير سامر فراس رامي وائل هشام هاني هيثم وليد فيصل فهد سعود ناصر نايف منصور مهدي جعفر كاظم
عباس قاسم جواد مجيد حميد رشيد مجدي مروان معاذ نزار نبيل نضال عماد عصام عدنان غسان فادي
فارس أنس أيمن أسامة أسعد بسام حسام حمزة خليل رياض زكريا سعد سلمان شادي صلاح ضياء طلال عامر
عاطف علاء عمار عمرو غازي فؤاد فتحي قيس لؤي مازن مراد مصعب معتز منذر مهند ناجي نبيه نعيم
ياسر ياسين يحيى بشير توفيق حازم حاتم خضر زهير سهيل صفوان ضياء طه عبير فاطمة زينب مريم
عائشة ليلى رنا ريم هند سعاد سلمى بثينة أسماء نجاة
"""

GIVEN_NAMES = frozenset(normalize(name) for name in _NAMES.split())
