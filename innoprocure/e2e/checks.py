"""The two page checks: axe-core for accessibility and the W3C Nu HTML checker for validity.

Both come from npm (package.json at the repository root, `npm ci`): node_modules/axe-core and node_modules/vnu-jar.
"""

import json
import shutil
import subprocess  # runs the Nu checker's jar from node_modules
import tempfile
from pathlib import Path

from innoprocure.e2e.site import REPO_DIR

AXE_JS = REPO_DIR / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = REPO_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# WCAG 2.1 A and AA, the level EN 301 549 and the Web Accessibility Directive require, and WCAG 2.2 AA's rules
# (axe's wcag22aa: target size, 2.5.8).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING_IMPACTS = ("serious", "critical")

# Nu checker messages we knowingly accept, each with its reason in docs/quality.md ("Accepted messages").
NU_ACCEPTED = ()


# Accessibility -----------------------------------------------------------------------------------------------------


def axe_version():
    return json.loads((AXE_JS.parent / "package.json").read_text())["version"]


def run_axe(page):
    """All axe violations on the page as it is now (WCAG 2.1 A/AA and 2.2 AA rules), as axe reports them."""
    # Our pinned axe, even where the page brings its own (Wagtail's user bar for staff ships an older one).
    if page.evaluate("() => window.axe && window.axe.version") != axe_version():
        # Evaluated through the browser's debugging protocol, which the page's Content-Security-Policy does not
        # govern: the page keeps its real policy, with no inline script added to it.
        page.evaluate(AXE_JS.read_text(encoding="utf-8") + "\n;undefined")
    return page.evaluate(
        """async (tags) => {
            const results = await window.axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
            return results.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({target: n.target, html: n.html, summary: n.failureSummary})),
            }));
        }""",
        AXE_TAGS,
    )


def blocking(violations):
    return [violation for violation in violations if violation["impact"] in BLOCKING_IMPACTS]


def describe_violations(violations):
    """One line per rule with its impact and help, then the selectors of the failing elements."""
    lines = []
    for violation in violations:
        lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']}")
        for node in violation["nodes"][:10]:
            target = " ".join(" > ".join(part) if isinstance(part, list) else part for part in node["target"])
            lines.append(f"    {target}    {node['html'][:160]}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    … and {len(violation['nodes']) - 10} more elements")
    return "\n".join(lines)


# Valid HTML ----------------------------------------------------------------------------------------------------------


def java_available():
    return shutil.which("java") is not None


def validate_html(documents):
    """Check HTML documents with the Nu checker in one Java run.

    `documents` maps a name to the HTML text (the server's response, as a browser receives it). Returns a dict from
    each name to its messages: {"type": "error"|"info"|…, "subType", "message", "lastLine", "extract"}.
    """
    with tempfile.TemporaryDirectory(prefix="e2e-nu-") as folder:
        paths = {}
        for number, (name, html) in enumerate(documents.items()):
            path = Path(folder) / f"page-{number:03d}.html"
            path.write_text(html, encoding="utf-8")
            paths[str(path.resolve())] = name
        result = subprocess.run(  # noqa: S603
            ["java", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *paths],  # noqa: S607
            capture_output=True,
            text=True,
            timeout=600,
        )
        try:
            report = json.loads(result.stderr or result.stdout)
        except json.JSONDecodeError as error:
            raise RuntimeError(f"The Nu checker gave no JSON report: {result.stdout}\n{result.stderr}") from error
    found = {name: [] for name in documents}
    for message in report.get("messages", []):
        name = paths.get(_path_of(message.get("url", "")))
        if name is None:
            raise RuntimeError(f"The Nu checker reported on an unknown document: {message}")
        found[name].append(message)
    return found


def _path_of(url):
    # The checker names a document "file:/tmp/…/page-000.html".
    return url.removeprefix("file:").removeprefix("//")


def nu_errors(messages):
    """The messages that make a page invalid, less the ones accepted in NU_ACCEPTED (documented)."""
    return [
        message
        for message in messages
        if message.get("type") in ("error", "non-document-error")
        and not any(accepted in message.get("message", "") for accepted in NU_ACCEPTED)
    ]


def describe_nu(messages):
    lines = []
    for message in messages:
        where = f"line {message.get('lastLine', '?')}"
        lines.append(f"[{message.get('type')}] {where}: {message.get('message')}")
        if message.get("extract"):
            lines.append(f"    {message['extract'].strip()[:200]}")
    return "\n".join(lines)
