"""Browser tests: Playwright for Python drives Debian's Chromium, headless, against a live
server holding the demo data (`loaddata demo`: the gazetteer and the five sample articles).

Outside CI a missing Chromium or axe-core skips these tests with a loud reason; under CI
(`CI=true`, where .ci/run installs Chromium and `make test` runs `npm ci`) it fails them, so a
broken setup can never pass silently.
"""

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.browser.support import (
    CHROMIUM_ARGS,
    SKIPPED_MARK,
    chromium_path,
    open_context,
    unavailable,
)


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)


def pytest_terminal_summary(terminalreporter):
    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if SKIPPED_MARK in str(report.longrepr)
    ]
    if skipped:
        terminalreporter.write_sep(
            "!",
            f"{len(skipped)} BROWSER TESTS SKIPPED: see the reasons above (CI=true fails them)",
            red=True,
            bold=True,
        )


@pytest.fixture(scope="package")
def browser():
    executable = chromium_path()
    if executable is None:
        unavailable(
            "Debian's Chromium is not installed",
            "apt-get install --no-install-recommends chromium; .ci/run does it",
        )
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop in this thread, and Django refuses database
    # calls from a thread with a running loop; the only ones made here are the fixtures'
    # loaddata and flush, never concurrent with a request.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            yield launched
            launched.close()


@dataclass
class Archive:
    """The live server and the paths of the pages the tests visit."""

    url: str
    pages: dict[str, str] = field(default_factory=dict)


def _page_paths() -> dict[str, str]:
    from django.urls import reverse
    from django.utils.http import urlencode

    from articles.models import Article, Event

    article = Article.objects.get(file_name__startswith="004_")
    event = (
        Event.objects.filter(participants__slug="staffan-de-mistura", place__slug="moscow")
        .order_by("id")
        .first()
    )
    search = reverse("search")
    return {
        "search": search,
        "results": search + "?" + urlencode({"q": "لافروف"}),
        "filtered": search + "?" + urlencode({"q": "لافروف", "envoy": "kofi-annan"}),
        "no-results": search + "?" + urlencode({"q": "ذذذذ"}),
        "article": reverse("article", args=[article.id]),
        "person": reverse("person", args=["staffan-de-mistura"]),
        "place": reverse("place", args=["moscow"]),
        "organization": reverse("organization", args=["united-nations"]),
        "events": reverse("events"),
        "event": reverse("event", args=[event.id]),
    }


@pytest.fixture(scope="package")
def archive(django_db_setup, django_db_blocker):
    """A live server over the demo data, loaded once for all the browser tests.

    Not pytest-django's `live_server` fixture: it makes every test that uses it transactional,
    which empties the tables after each test and would reload the demo (seconds) per test.
    The tests only read, so one load serves them all; the tables are emptied at the end so the
    rest of the suite starts from an empty database as usual.
    """
    from django.core.management import call_command
    from django.db import connections
    from django.test.utils import modify_settings
    from pytest_django.live_server_helper import LiveServer

    # pytest-django's blocker guards every thread's connections, the server's included: it
    # stays lifted while the server runs. The tests themselves make no queries.
    with django_db_blocker.unblock(), modify_settings(ALLOWED_HOSTS={"append": "127.0.0.1"}):
        call_command("flush", interactive=False, verbosity=0)
        call_command("loaddata", "demo", verbosity=0)
        server = LiveServer("127.0.0.1")
        try:
            yield Archive(server.url, _page_paths())
        finally:
            server.stop()
            call_command("flush", interactive=False, verbosity=0)
            # With Playwright's loop running, Django keeps connections per asyncio context, so
            # this code has its own, which pytest-django's final clean-up never sees: close it,
            # or it outlives the run and the test database cannot be dropped.
            connections.close_all()


@pytest.fixture
def context(browser, archive):
    context = open_context(browser, archive.url)
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def open_page(browser, archive):
    """`open_page(language, viewport=None)`: a page in a fresh profile served in `language`."""
    contexts = []

    def open_(language: str, viewport=None):
        context = open_context(browser, archive.url, language, viewport)
        contexts.append(context)
        return context.new_page()

    yield open_
    for context in contexts:
        context.close()
