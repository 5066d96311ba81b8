"""axe-core on the main pages in both languages, with a screenshot of each for review
(test-artifacts/screenshots/LANGUAGE-PAGE.png; axe's full reports in test-artifacts/axe/)."""

import pytest
from playwright.sync_api import expect

from tests.browser.support import PHONE, assert_accessible, save_screenshot

PAGES = [
    "search",
    "results",
    "filtered",
    "no-results",
    "article",
    "person",
    "place",
    "organization",
    "events",
    "event",
]
LANGUAGES = {"en": "ltr", "ar": "rtl"}


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_it_has_no_serious_accessibility_violation(open_page, archive, language, name):
    page = open_page(language)
    response = page.goto(archive.pages[name])

    assert response.status == 200
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("html")).to_have_attribute("dir", LANGUAGES[language])
    expect(page.locator("main")).not_to_be_empty()
    save_screenshot(page, f"{language}-{name}")
    assert_accessible(page, f"{language}-{name}")


def test_it_reports_the_rule_impact_and_element_of_a_violation(page, archive):
    """The check above can fail: an unnamed button planted in a real page is caught."""
    page.goto(archive.pages["search"])
    page.evaluate(
        "document.querySelector('main').append(Object.assign("
        "document.createElement('button'), {id: 'planted'}))"
    )

    with pytest.raises(AssertionError) as failure:
        assert_accessible(page, "planted-violation")

    message = str(failure.value)
    assert "button-name (critical)" in message
    assert "#planted" in message


@pytest.mark.parametrize("name", ["results", "article"])
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_it_fits_a_phone_screen(open_page, archive, language, name):
    page = open_page(language, viewport=PHONE)
    page.goto(archive.pages[name])

    save_screenshot(page, f"{language}-{name}-phone")
    # Nothing wider than the screen: no sideways scrolling to read a line.
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the page is {overflow}px wider than a {PHONE['width']}px screen"
