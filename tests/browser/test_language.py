"""The language switcher turns the page into Arabic, right to left, and back."""

import re

from django.utils import translation
from playwright.sync_api import expect


def test_it_switches_to_arabic_and_back_on_the_same_page(page, archive):
    person = archive.pages["person"]
    page.goto(person)
    html = page.locator("html")
    expect(html).to_have_attribute("lang", "en")
    expect(html).to_have_attribute("dir", "ltr")

    # Django names Arabic «العربيّة», with a shadda: find the button by the language it sets.
    to_arabic = page.locator(".language-switcher button[value='ar']")
    expect(to_arabic).to_have_text(re.compile(r"^العربي"))
    to_arabic.click()

    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    expect(page).to_have_url(re.compile(re.escape(person) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"[\u0600-\u06ff]"))
    with translation.override("ar"):
        search_ar, events_ar = translation.gettext("Search"), translation.gettext("Events")
    nav = page.locator(".site-nav")
    expect(nav.get_by_role("link", name=search_ar)).to_be_visible()
    expect(nav.get_by_role("link", name=events_ar)).to_be_visible()
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # The choice is remembered for the next page.
    nav.get_by_role("link", name=events_ar).click()
    expect(page).to_have_url(re.compile(r"/events/$"))  # the person page was Arabic too
    expect(html).to_have_attribute("lang", "ar")

    to_english = page.locator(".language-switcher button[value='en']")
    expect(to_english).to_have_text("English")
    to_english.click()

    expect(html).to_have_attribute("lang", "en")
    expect(html).to_have_attribute("dir", "ltr")
    expect(page.get_by_role("heading", level=1)).to_have_text("Events")
    page.goto(person)
    expect(page.get_by_role("heading", level=1)).to_have_text("Staffan de Mistura")
