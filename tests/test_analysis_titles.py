"""Whose a title next to several names is (articles.text.analysis): after «و» the next
name's, one that leads straight into the next name that one's, a plural counterpart each
name's; the publication window it gives. Pure functions, no database."""

from datetime import date

from articles.text.linking import RoleEntry
from tests.test_analysis import window_with


def test_it_gives_a_title_after_wa_to_the_next_name():
    elaraby = RoleEntry(
        "nabil-elaraby", "foreign-minister", "egypt", date(2011, 3, 1), date(2011, 6, 30), ()
    )
    muallem = RoleEntry(
        "walid-al-muallem", "foreign-minister", "syria", date(2006, 2, 11), date(2020, 11, 16), ()
    )
    names = {"nabil-elaraby": "نبيل العربي", "walid-al-muallem": "وليد المعلم"}
    text = "وجرى اتصال هاتفي جمع بين نبيل العربي ووزير الخارجية السوري وليد المعلم."
    assert window_with(text, names, [elaraby, muallem]) == (date(2006, 2, 11), date(2020, 11, 16))


def test_it_gives_a_title_after_a_name_that_leads_into_the_next_name_to_that_one():
    vershinin = RoleEntry(
        "sergey-vershinin", "deputy-foreign-minister", "russia", date(2018, 3, 27), None, ()
    )
    ansari = RoleEntry(
        "hossein-jaberi-ansari", "deputy-foreign-minister", "iran", date(2016, 6, 19), None, ()
    )
    names = {"sergey-vershinin": "سيرغي فيرشينين", "hossein-jaberi-ansari": "حسين جابري أنصاري"}
    text = (
        "وترأس وفد روسيا سيرغي فيرشينين، على حين يرأس مساعد وزير الخارجية الإيراني حسين "
        "جابري أنصاري وفد بلاده."
    )
    assert window_with(text, names, [vershinin, ansari]) == (date(2016, 6, 19), None)
    # a title set off after his own name is still his
    text = "وقال سيرغي فيرشينين، نائب وزير الخارجية، إن الجولة ناجحة."
    assert window_with(text, names, [vershinin, ansari]) == (date(2018, 3, 27), None)
    # so is a title in construct with the next name: «نائب وزير خارجية الأسد»
    mekdad = RoleEntry(
        "faisal-mekdad",
        "deputy-foreign-minister",
        "syria",
        date(2006, 2, 1),
        date(2020, 11, 22),
        (),
    )
    names = {"faisal-mekdad": "فيصل المقداد", "bashar-al-assad": "الأسد"}
    text = "وقال إن فيصل المقداد نائب وزير خارجية الأسد، استقبل القائم بالأعمال."
    assert window_with(text, names, [mekdad]) == (date(2006, 2, 1), date(2020, 11, 22))


def test_it_titles_every_name_a_plural_counterpart_lists():
    lavrov = RoleEntry("sergey-lavrov", "foreign-minister", "russia", date(2004, 3, 9), None, ())
    abdollahian = RoleEntry(
        "haa", "foreign-minister", "iran", date(2021, 8, 25), date(2024, 5, 19), ()
    )
    names = {"sergey-lavrov": "سيرغي لافروف", "haa": "حسين أمير عبد اللهيان"}
    text = "وشارك الوزير ونظيريه الروسي سيرغي لافروف، والإيراني حسين أمير عبد اللهيان."
    assert window_with(text, names, [lavrov, abdollahian]) == (date(2021, 8, 25), date(2024, 5, 19))
