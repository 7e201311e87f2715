"""Catalogs complete and compiled, templates registered, previews and screenshots."""

import gettext
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import pgettext

from saleor_referrals.config import EMAIL_LANGUAGES
from saleor_referrals.emails import EMAILS
from saleor_referrals.emails.render import TEMPLATE_DIR, render_email
from saleor_referrals.emails.samples import sample_context, sample_names

LOCALE = Path(__file__).resolve().parent.parent / "saleor_referrals" / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)s")


def read_po(path: Path) -> dict[str, str]:
    """{"context\\x04msgid": msgstr} of a .po file (what a .mo holds), no header."""
    entries: dict[str, str] = {}
    current: dict[str, str] = {}
    field = None

    def flush():
        if current.get("msgid"):
            key = current["msgid"]
            if "msgctxt" in current:
                key = f"{current['msgctxt']}\x04{key}"
            entries[key] = current.get("msgstr", "")

    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            flush()
            current, field = {}, None
        elif line.startswith("#,") and "fuzzy" in line and current == {}:
            entries.setdefault("#fuzzy", "")
        elif line.startswith("#"):
            continue
        else:
            match = re.match(r'^(msgctxt|msgid|msgstr)?\s*"(.*)"$', line)
            assert match, f"{path}: cannot read {line!r}"
            field = match[1] or field
            value = match[2].encode().decode("unicode_escape").encode("latin-1")
            current[field] = current.get(field, "") + value.decode("utf-8")
    return entries


@pytest.mark.parametrize("language", EMAIL_LANGUAGES)
def test_catalog_is_complete_and_its_mo_is_up_to_date(language):
    po = read_po(LOCALE / language / "LC_MESSAGES" / "django.po")
    assert "#fuzzy" not in po
    assert len(po) > 50
    for key, translated in po.items():
        msgid = key.split("\x04")[-1]
        assert key.startswith("referrals\x04"), key
        assert translated, f"{language}: {msgid!r} is not translated"
        assert sorted(PLACEHOLDER.findall(translated)) == sorted(
            PLACEHOLDER.findall(msgid)
        ), f"{language}: placeholders differ in {msgid!r}"
        if language != "en":
            assert translated != msgid, f"{language}: {msgid!r} left in English"
    with (LOCALE / language / "LC_MESSAGES" / "django.mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)._catalog
    compiled.pop("", None)  # the header
    assert compiled == po, "run `make email-messages` and commit the .mo"


def test_translations_are_active_through_django():
    with translation.override("fa"):
        assert pgettext("referrals", "Unsubscribe") == "لغو اشتراک"
    with translation.override("ar"):
        assert pgettext("referrals", "Unsubscribe") == "إلغاء الاشتراك"


def test_every_registered_email_has_its_template_pair():
    for name in EMAILS:
        assert (TEMPLATE_DIR / f"{name}.html").is_file()
        assert (TEMPLATE_DIR / f"{name}.txt").is_file()


def _sentences(text: str) -> set[str]:
    """Lines of prose: long enough, with words, no links or codes."""
    return {
        line.strip()
        for line in text.splitlines()
        if len(line.strip()) > 12 and " " in line.strip() and "http" not in line
    }


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_no_english_is_left_in_any_email(language):
    for preview, name in sample_names():
        with translation.override("en"):
            english = render_email(name, "en", sample_context(preview, "en"))
        with translation.override(language):
            context = sample_context(preview, language)
        localized = render_email(name, language, context)
        leftovers = _sentences(english.text) & _sentences(localized.text)
        leftovers.discard(context["brand"])  # the shop's name is not translated
        assert not leftovers, f"{preview} ({language}): {leftovers}"
        assert not re.search(r"\b(the|your|you)\b", localized.subject, re.I)


def test_preview_command_writes_every_email_in_every_language(tmp_path):
    call_command(
        "referral_email_preview", email="all", language="all", out=str(tmp_path)
    )
    written = sorted(path.name for path in tmp_path.iterdir())
    expected = sorted(
        f"{preview}.{language}.{suffix}"
        for preview, _ in sample_names()
        for language in EMAIL_LANGUAGES
        for suffix in ("html", "txt")
    )
    assert written == expected
    html = (tmp_path / "reward_held.fa.html").read_text(encoding="utf-8")
    assert '<html lang="fa" dir="rtl">' in html
    text = (tmp_path / "thank_you.ar.txt").read_text(encoding="utf-8")
    assert text.startswith("Subject: شكرًا على طلبك!")


def test_preview_command_renders_one_email(tmp_path):
    call_command(
        "referral_email_preview", email="nudge", language="en", out=str(tmp_path)
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "nudge.en.html",
        "nudge.en.txt",
    ]


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(
    not CHROMIUM, reason="headless Chromium not installed (apt-get install chromium)"
)
def test_html_renders_to_a_png_in_chromium(tmp_path):
    """A smoke test of the screenshots `make email-screenshots` takes of all of them."""
    call_command(
        "referral_email_preview", email="thank_you", language="fa", out=str(tmp_path)
    )
    png = tmp_path / "thank_you.fa.png"
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--screenshot={png}",
            "--window-size=700,1000",
            (tmp_path / "thank_you.fa.html").as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
