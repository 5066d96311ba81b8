"""Search from the box, then narrow with a facet and widen again with the chip."""

import re

from playwright.sync_api import expect

LAVROV = "لافروف"


def test_it_searches_an_arabic_name_and_highlights_it_in_the_results(page):
    page.goto("/")
    page.get_by_role("searchbox", name="Search the articles").fill(LAVROV)
    page.get_by_role("button", name="Search", exact=True).click()

    expect(page).to_have_url(re.compile(r"\?q=%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81"))
    expect(page.get_by_role("searchbox", name="Search the articles")).to_have_value(LAVROV)
    expect(page.locator("#results-heading")).to_have_text("3 articles")
    results = page.locator(".search-result")
    expect(results).to_have_count(3)
    for index in range(3):
        expect(results.nth(index).locator(".search-result-snippet mark").first).to_contain_text(
            LAVROV
        )
    # The name is known: a card introduces the person and links to their page.
    card = page.locator(".search-card-person")
    expect(card.get_by_role("heading")).to_contain_text("Sergey Lavrov")
    expect(card.get_by_role("link", name="Open the page of Sergey Lavrov")).to_have_attribute(
        "href", "/people/sergey-lavrov/"
    )


def test_it_narrows_with_a_facet_and_widens_again_when_the_chip_is_removed(page, archive):
    page.goto(archive.pages["results"])
    expect(page.locator("#results-heading")).to_have_text("3 articles")

    envoys = page.locator("section.search-facet[aria-labelledby='facet-envoy']")
    envoys.get_by_role("link", name="Kofi Annan").click()

    expect(page).to_have_url(re.compile(r"[?&]envoy=kofi-annan(&|$)"))
    expect(page.locator("#results-heading")).to_have_text("1 article")
    expect(page.locator(".search-result-title")).to_have_text(
        "بوتين يناقش مع عنان سبل إخراج سوريا من أزمتها"
    )
    chip = page.locator(".search-active-chip")
    expect(chip).to_have_count(1)
    expect(chip).to_contain_text("Envoy:")
    expect(chip).to_contain_text("Kofi Annan")
    # The facet link of an active filter turns into a way to remove it.
    expect(envoys.locator("a[aria-current='true']")).to_have_accessible_name(
        "Remove the filter Kofi Annan"
    )

    chip.get_by_role("link", name="Remove the filter Envoy: Kofi Annan").click()

    expect(page).not_to_have_url(re.compile(r"envoy="))
    expect(page).to_have_url(re.compile(r"[?&]q="))
    expect(page.locator("#results-heading")).to_have_text("3 articles")
    expect(page.locator(".search-active-chip")).to_have_count(0)


def test_it_filters_with_the_options_form(page, archive):
    page.goto(archive.pages["results"])
    page.get_by_text("Envoy, event kind, dates and order").click()
    page.get_by_label("Envoy", exact=True).select_option("staffan-de-mistura")
    page.get_by_role("button", name="Apply").click()

    expect(page).to_have_url(re.compile(r"[?&]envoy=staffan-de-mistura(&|$)"))
    expect(page.locator("#results-heading")).to_have_text("1 article")
    expect(page.locator(".search-result-title")).to_have_text(
        "دي ميستورا في موسكو لإنقاذ الهدنة في سوريا"
    )
