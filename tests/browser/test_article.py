"""From a result to the article, and from the article to a person's page."""

import re

from playwright.sync_api import expect

DE_MISTURA_TITLE = "دي ميستورا في موسكو لإنقاذ الهدنة في سوريا"


def test_it_opens_an_article_from_the_results(page):
    page.goto("/?q=" + "دي ميستورا")
    page.locator(".search-result-title a").first.click()

    expect(page).to_have_url(re.compile(r"/articles/\d+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(DE_MISTURA_TITLE)
    body = page.locator(".article-text .body")
    expect(body).to_have_attribute("dir", "rtl")
    expect(body).to_have_attribute("lang", "ar")
    assert body.evaluate("element => getComputedStyle(element).direction") == "rtl"
    expect(body).to_contain_text("وقف إطلاق النار في سوريا")
    # The names in the text link to their pages...
    expect(
        body.locator("a.entity-person[href='/people/staffan-de-mistura/']").first
    ).to_be_visible()
    expect(body.locator("a.entity-place[href='/places/moscow/']").first).to_be_visible()
    # ...and are listed beside it, with the events the article reports.
    people = page.locator("section[aria-labelledby='people-heading']")
    expect(people.get_by_role("link", name="Staffan de Mistura")).to_be_visible()
    expect(people.get_by_role("link", name="Sergey Lavrov")).to_be_visible()
    expect(page.locator("section[aria-labelledby='places-heading']")).to_contain_text("Moscow")
    expect(page.locator("#events-heading")).to_be_visible()
    expect(page.locator(".body mark.evidence").first).to_be_visible()


def test_it_follows_a_person_from_the_article_to_their_page(page, archive):
    page.goto(archive.pages["article"])
    people = page.locator("section[aria-labelledby='people-heading']")
    people.get_by_role("link", name="Staffan de Mistura").click()

    expect(page).to_have_url(re.compile(r"/people/staffan-de-mistura/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Staffan de Mistura")
    expect(page.locator(".other-name [lang='ar']")).to_have_text(re.compile(r"[\u0600-\u06ff]"))
    roles = page.locator("table.roles tbody tr")
    expect(roles.first).to_be_visible()
    expect(page.locator("table.roles tr.envoy")).not_to_have_count(0)
    expect(page.locator("table.roles")).to_contain_text("Syria")
    articles = page.locator(".article-list a")
    expect(articles).to_have_count(1)
    expect(articles).to_have_text(DE_MISTURA_TITLE)
    expect(articles).to_have_attribute("href", archive.pages["article"])
    expect(page.locator(".event-list .event-item").first).to_be_visible()
