"""Real headless Chromium (Debian's ``chromium``) driven by Playwright, for the HTML views.

``make browser`` installs the browser; nothing here downloads one (no
``playwright install``).  If it is missing the tests fail with the remedy.

``open_view(path)`` opens a page in a fresh context that records console
messages, page errors, dialogs, Content-Security-Policy violations and every
request (any request that is not the page's own file is aborted and recorded),
then waits until the view says it is drawn.  Waiting polls ``page.evaluate``:
Playwright's ``wait_for_function`` evaluates strings, which the pages' CSP
forbids.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
READY_TIMEOUT_S = 180.0  # a hang guard, not a speed test (2 shared cores)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"

# Runs before any page script: records CSP violations so a blocked injection is seen.
RECORD_VIOLATIONS = (
    "window.__violations = [];"
    "document.addEventListener('securitypolicyviolation',"
    " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
)


@dataclass
class Opened:
    """A loaded page and everything it did while loading."""

    page: Any
    url: str
    console: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    aborted: list[str] = field(default_factory=list)

    def js(self, expression: str) -> Any:
        return self.page.evaluate(expression)

    def console_errors(self) -> list[str]:
        return [text for kind, text in self.console if kind == "error"] + self.errors


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.fail(f"{CHROMIUM} not found: run `make browser` (installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def open_view(browser: Any) -> Iterator[Callable[..., Opened]]:
    contexts = []

    def _open(path: Path, bypass_csp: bool = False, wait_ready: bool = True) -> Opened:
        context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=bypass_csp)
        contexts.append(context)
        context.add_init_script(RECORD_VIOLATIONS)
        page = context.new_page()
        opened = Opened(page, path.resolve().as_uri())
        _record(context, page, opened)
        page.goto(opened.url)
        if wait_ready:
            _wait_ready(opened)
        return opened

    yield _open
    for context in contexts:
        context.close()


def _record(context: Any, page: Any, opened: Opened) -> None:
    def route(route: Any) -> None:
        if route.request.url == opened.url:
            route.continue_()
        else:
            opened.aborted.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page.on("console", lambda msg: opened.console.append((msg.type, msg.text)))
    page.on("pageerror", lambda exc: opened.errors.append(str(exc)))
    page.on("request", lambda request: opened.requests.append(request.url))

    def on_dialog(dialog: Any) -> None:
        opened.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)


def _wait_ready(opened: Opened) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while not opened.js("() => Boolean(window.policykgView && window.policykgView.ready)"):
        if time.monotonic() > deadline:
            raise AssertionError(
                f"{opened.url}: view not drawn after {READY_TIMEOUT_S:.0f}s; errors {opened.console_errors()}"
            )
        opened.page.wait_for_timeout(100)


@pytest.fixture()
def save_screenshot(tmp_path: Path) -> Callable[[Opened, str], Path]:
    """Save a page's screenshot in the test's folder and in ``out/screenshots`` (to look at)."""

    def _save(opened: Opened, name: str) -> Path:
        path = tmp_path / f"{name}.png"
        opened.page.screenshot(path=str(path))
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, SCREENSHOTS / path.name)
        return path

    return _save
