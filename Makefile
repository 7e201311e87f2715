# Targets of the e-mails (other targets may live beside them).
EMAIL_DJANGO_ADMIN = DJANGO_SETTINGS_MODULE=tests.settings $(CURDIR)/.venv/bin/django-admin
EMAIL_PREVIEWS = build/email-previews
CHROMIUM ?= chromium

.PHONY: email-screenshots email-messages

# Render every referral e-mail in every language with sample data, then take a
# PNG of each html part with headless Chromium (Debian: apt-get install chromium).
# Output in build/email-previews/ (git-ignored).
email-screenshots:
	rm -rf $(EMAIL_PREVIEWS)
	$(EMAIL_DJANGO_ADMIN) referral_email_preview --email all --language all \
		--out $(EMAIL_PREVIEWS) --pythonpath $(CURDIR)
	for page in $(EMAIL_PREVIEWS)/*.html; do \
		$(CHROMIUM) --headless --no-sandbox --disable-gpu \
			--disable-background-networking --disable-component-update \
			--disable-sync --no-first-run --hide-scrollbars \
			--screenshot="$(CURDIR)/$${page%.html}.png" --window-size=700,1000 \
			"file://$(CURDIR)/$$page" 2>/dev/null || exit 1; \
	done
	@ls $(EMAIL_PREVIEWS)/*.png

# Refresh the e-mail catalogs after changing a template (needs GNU gettext), then
# translate the new entries in locale/{fa,ar} and run it again to compile the .mo
# files; commit both (a fresh machine has no msgfmt).
email-messages:
	cd saleor_referrals && $(EMAIL_DJANGO_ADMIN) makemessages -l en -l fa -l ar \
		-e html,txt,py -i graphql -i migrations -i management --no-obsolete \
		--pythonpath $(CURDIR)
	cd saleor_referrals && $(EMAIL_DJANGO_ADMIN) compilemessages --pythonpath $(CURDIR)
