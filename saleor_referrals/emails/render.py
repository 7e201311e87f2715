"""E-mails as subject, text and html, in one language.

Our own template engine over `email_templates/`: rendering never depends on the
host's TEMPLATES setting (Saleor's), and the html engine autoescapes while the text
engine does not (a friend's message must stay plain text there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from django.template import Context, Engine
from django.utils import translation

from .i18n import direction
from .registry import EMAILS

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "email_templates"

# Fonts that carry each script well; the e-mail client picks the first it has.
FONTS = {
    "fa": "Vazirmatn, Tahoma, 'Noto Sans Arabic', 'Segoe UI', sans-serif",
    "ar": "'Noto Sans Arabic', 'Geeza Pro', Tahoma, 'Segoe UI', sans-serif",
}
DEFAULT_FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"


@dataclass(frozen=True)
class RenderedEmail:
    name: str
    language: str
    subject: str
    text: str
    html: str


@cache
def engine(html: bool) -> Engine:
    return Engine(
        dirs=[str(TEMPLATE_DIR)],
        libraries={
            "i18n": "django.templatetags.i18n",
            "referral_email": "saleor_referrals.emails.filters",
        },
        autoescape=html,
    )


def layout_context(language: str) -> dict[str, Any]:
    """Direction-dependent values the templates use to mirror their layout."""
    rtl = direction(language) == "rtl"
    return {
        "lang": language,
        "dir": "rtl" if rtl else "ltr",
        "start": "right" if rtl else "left",
        "end": "left" if rtl else "right",
        "font": FONTS.get(language, DEFAULT_FONT),
    }


def render_template(name: str, language: str, context: dict[str, Any]) -> str:
    """Render any html template of the folder (pages too) in `language`."""
    with translation.override(language):
        full = {**layout_context(language), **context}
        return engine(True).get_template(name).render(Context(full, autoescape=True))


def render_email(name: str, language: str, context: dict[str, Any]) -> RenderedEmail:
    spec = EMAILS[name]
    with translation.override(language):
        full = {**layout_context(language), **context}
        # One line: a header cannot hold a line break (and a name could carry one).
        # Only line breaks go: Babel's no-break spaces in amounts stay.
        subject = re.sub(r"\s*[\r\n\t\v\f]+\s*", " ", str(spec.subject) % full).strip()
        full["subject"] = subject
        html = engine(True).get_template(f"{name}.html").render(Context(full))
        text = engine(False).get_template(f"{name}.txt")
        text = text.render(Context(full, autoescape=False))
    return RenderedEmail(name, language, subject, _tidy(text), html)


def _tidy(text: str) -> str:
    """Template tags leave blank lines behind; keep at most one between paragraphs."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"
