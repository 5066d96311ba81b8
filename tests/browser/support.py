"""What the browser tests share besides fixtures: the Chromium and axe-core settings, a fresh
browser profile in a language, screenshots and the accessibility check."""

import json
import os
import shutil
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
AXE = PROJECT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = PROJECT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
AXE_REPORTS = ARTIFACTS / "axe"

# Without the background-networking flags Chromium keeps calling Google's services, which the
# closed networks of CI and the development machines refuse, many connections at a time.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
BLOCKING_IMPACTS = {"serious", "critical"}
SKIPPED_MARK = "!!! BROWSER TESTS SKIPPED"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def unavailable(what: str, fix: str):
    if os.environ.get("CI", "").lower() in ("true", "1"):
        pytest.fail(f"CI=true but {what}: {fix}", pytrace=False)
    pytest.skip(f"{SKIPPED_MARK}: {what} ({fix}) !!!")


def chromium_path() -> str | None:
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    return shutil.which("chromium")


def open_context(browser, base_url: str, language: str = "en", viewport=None):
    """A fresh browser profile (no cookies) that Django serves in `language`."""
    context = browser.new_context(
        base_url=base_url,
        # Django's LocaleMiddleware reads Accept-Language when no language cookie is set.
        locale="ar" if language == "ar" else "en-GB",
        viewport=viewport or DESKTOP,
        accept_downloads=True,
    )
    context.set_default_timeout(15_000)
    if language == "ar":
        context.add_cookies([{"name": "django_language", "value": "ar", "url": base_url}])
    return context


def save_screenshot(page, name: str) -> Path:
    """A full-page PNG under test-artifacts/screenshots/ for a human to review."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    # The Arabic web font loads with font-display: swap; wait so it is in the picture.
    page.evaluate("document.fonts.ready.then(() => true)")
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def _describe(violation: dict) -> str:
    targets = [" ".join(node["target"]) for node in violation["nodes"]]
    shown = "\n      ".join(targets[:10])
    more = f"\n      … and {len(targets) - 10} more" if len(targets) > 10 else ""
    return (
        f"- {violation['id']} ({violation['impact']}): {violation['help']}\n"
        f"    {violation['helpUrl']}\n      {shown}{more}"
    )


def axe_violations(page, name: str) -> list[dict]:
    """Run axe-core in the page; the serious and critical violations. The violations of every
    impact and what axe could not decide ("incomplete": to review by eye) go to
    test-artifacts/axe/NAME.json."""
    if not AXE.exists():
        unavailable("node_modules/axe-core is missing", "run `npm ci` or `make test`")
    # axe skips what is not rendered: open the disclosures (search options, date evidence,
    # what cleaning removed) so their controls and text are checked too.
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """tags => axe.run(document, {
            runOnly: {type: "tag", values: tags},
            resultTypes: ["violations", "incomplete"],
        })""",
        AXE_TAGS,
    )
    AXE_REPORTS.mkdir(parents=True, exist_ok=True)
    report = {key: result[key] for key in ("url", "violations", "incomplete")}
    (AXE_REPORTS / f"{name}.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return [v for v in result["violations"] if v["impact"] in BLOCKING_IMPACTS]


def assert_accessible(page, name: str) -> None:
    blocking = axe_violations(page, name)
    assert not blocking, (
        f"axe-core found {len(blocking)} serious or critical violation(s) on {name} "
        f"({page.url}):\n" + "\n".join(_describe(v) for v in blocking)
    )
