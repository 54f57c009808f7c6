"""A language is offered only when its catalogue is complete: every string of the code translated, none fuzzy,
every placeholder kept. The strings are extracted afresh from templates and Python, as `makemessages` does, so a
new string without its translation fails here, not in front of a visitor."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
PACKAGE = ROOT / "innoprocure"
OFFERED = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]

needs_gettext = pytest.mark.skipif(
    shutil.which("msgfmt") is None or shutil.which("xgettext") is None, reason="GNU gettext (msgfmt, xgettext) is not installed"
)


def entries(catalogue, *options):
    """The msgids of `catalogue` that msgattrib selects with `options` (the header excluded)."""
    output = subprocess.run(["msgattrib", *options, str(catalogue)], capture_output=True, text=True, check=True).stdout
    return [block for block in output.split("\n\n") if "msgid" in block and 'msgid ""\nmsgstr ""\n"' not in block]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The catalogues merged with the strings extracted from a copy of the code (the repository is left as it is)."""
    copy = tmp_path_factory.mktemp("extract") / "innoprocure"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo", "static", "e2e", "tests"))
    (copy.parent / "extract_settings.py").write_text(
        f"from innoprocure.settings.test import *  # noqa\nLOCALE_PATHS = [{str(copy / 'locale')!r}]\n"
    )
    env = {"DJANGO_SETTINGS_MODULE": "extract_settings", "PYTHONPATH": f"{copy.parent}:{ROOT}", "PATH": "/usr/bin:/bin"}
    languages = [argument for code in OFFERED for argument in ("-l", code)]
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "makemessages", *languages, "--no-obsolete", "--no-location"],
        cwd=copy,
        env=env,
        capture_output=True,
        check=True,
    )
    return copy / "locale"


def test_more_than_english_is_offered():
    assert OFFERED, "the catalogue tests below would check nothing"


@needs_gettext
@pytest.mark.parametrize("language", OFFERED)
def test_every_string_of_the_code_is_translated(extracted, language):
    catalogue = extracted / language / "LC_MESSAGES" / "django.po"
    missing = entries(catalogue, "--untranslated")
    assert missing == [], f"{len(missing)} strings without a {language} translation, e.g.:\n" + "\n\n".join(missing[:5])


@needs_gettext
@pytest.mark.parametrize("language", OFFERED)
def test_no_translation_is_fuzzy(extracted, language):
    fuzzy = entries(extracted / language / "LC_MESSAGES" / "django.po", "--only-fuzzy")
    assert fuzzy == [], f"{len(fuzzy)} fuzzy {language} entries, e.g.:\n" + "\n\n".join(fuzzy[:5])


@needs_gettext
@pytest.mark.parametrize("language", OFFERED)
def test_placeholders_are_kept(language):
    """msgfmt --check: %(name)s and {name} placeholders of python-format strings are the same in the translation."""
    source = PACKAGE / "locale" / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(source)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
