"""Render referral e-mails with sample data to files, to look at in a browser.

    django-admin referral_email_preview --email all --language all --out build/emails

writes `<email>.<language>.html` and `.txt` (plus the subject in the first line of
the .txt) and needs no database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from ...config import EMAIL_LANGUAGES
from ...emails.registry import EMAILS
from ...emails.render import render_email
from ...emails.samples import sample_context, sample_names

SAMPLE_UNSUBSCRIBE_URL = "https://shop.example.com/referrals/unsubscribe/sample/"


class Command(BaseCommand):
    help = "Render referral e-mails with sample data to html and txt files."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--email", default="all", help="e-mail name, or all")
        parser.add_argument(
            "--language", default="all", help=f"{', '.join(EMAIL_LANGUAGES)} or all"
        )
        parser.add_argument("--out", required=True, help="output directory")

    def handle(self, *args: Any, **options: Any) -> None:
        names = sample_names()
        if options["email"] != "all":
            names = [item for item in names if item[0] == options["email"]]
            if not names:
                known = ", ".join(preview for preview, _ in sample_names())
                raise CommandError(f"Unknown e-mail {options['email']!r}: {known}")
        languages = list(EMAIL_LANGUAGES)
        if options["language"] != "all":
            if options["language"] not in EMAIL_LANGUAGES:
                raise CommandError(f"Unknown language {options['language']!r}")
            languages = [options["language"]]
        out = Path(options["out"])
        out.mkdir(parents=True, exist_ok=True)
        for preview, name in names:
            for language in languages:
                with translation.override(language):
                    context = sample_context(preview, language)
                if EMAILS[name].is_marketing:
                    context["unsubscribe_url"] = SAMPLE_UNSUBSCRIBE_URL
                email = render_email(name, language, context)
                stem = f"{preview}.{language}"
                html = out / f"{stem}.html"
                html.write_text(email.html, encoding="utf-8")
                (out / f"{stem}.txt").write_text(
                    f"Subject: {email.subject}\n\n{email.text}", encoding="utf-8"
                )
                self.stdout.write(str(html))
