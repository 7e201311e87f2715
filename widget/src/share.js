// <referral-share>: the signed-in customer's code, link, share buttons, offer and
// reward, stats, tier progress, badges, e-mail invitations and the leaderboard.
import { payload, ReferralError } from "./api.js";
import { esc, ReferralElement, tHtml } from "./base.js";
import { formatMoney, formatNumber, offerText, referralCount, rewardText, t } from "./i18n.js";

const MONEY = "amount currency";
const PROFILE = `
  code shareUrl shareMessage
  shareLinks { network url }
  stats { visits friends orders pending qualified rewarded earned { ${MONEY} } donated { ${MONEY} } }
  advocateReward { type amount { ${MONEY} } }
  rewardsLeft
  storeCredit { code balance { ${MONEY} } }
  memberDiscountCode
  program {
    friendOffer { type value currency minSpent { ${MONEY} } }
    advocateReward { type amount { ${MONEY} } }
  }
  tier { name(languageCode: $language) rank }
  nextTier { referralsNeeded tier { name(languageCode: $language) minReferrals } }
  badges { slug name(languageCode: $language) }`;
const PROFILE_QUERY = `query ReferralShare($channel: String!, $language: String) {
  referralProfile(channel: $channel, languageCode: $language) { ${PROFILE} }
}`;
const LEADERBOARD_QUERY = `query ReferralLeaderboard($channel: String!, $first: Int) {
  referralLeaderboard(channel: $channel, first: $first) { rank name convertedReferrals }
}`;
const CODE_CREATE = `mutation ReferralCodeCreate($channel: String!, $language: String) {
  referralCodeCreate(channel: $channel) {
    errors { field code message }
    profile { ${PROFILE} }
  }
}`;
const INVITE = `mutation ReferralInvite($channel: String!, $emails: [String!]!, $message: String) {
  referralInvite(channel: $channel, emails: $emails, message: $message) {
    errors { field code message } invited skipped notEligible
  }
}`;

const SHARE_TRACK = `mutation ReferralShareTrack($channel: String!, $network: ReferralShareNetworkEnum!, $code: String) {
  referralShareTrack(channel: $channel, network: $network, code: $code) { errors { field code message } }
}`;

// Saleor's codes for "no signed-in customer" (the exception's class name).
const SIGNED_OUT = new Set([
  "PermissionDenied",
  "ExpiredSignatureError",
  "InvalidSignatureError",
  "DecodeError",
  "InvalidTokenError",
]);

const NETWORK_NAMES = {
  EMAIL: "E-mail",
  WHATSAPP: "WhatsApp",
  TELEGRAM: "Telegram",
  X: "X",
  FACEBOOK: "Facebook",
  LINKEDIN: "LinkedIn",
  SMS: "SMS",
};

export class ReferralShare extends ReferralElement {
  static get observedAttributes() {
    return [...super.observedAttributes, "leaderboard"];
  }

  constructor() {
    super();
    this.profile = null;
    this.leaderboard = [];
    this.shadowRoot.addEventListener("click", (event) => this._onClick(event));
    this.shadowRoot.addEventListener("submit", (event) => this._onSubmit(event));
  }

  /** Load (again) the profile and leaderboard, e.g. after the customer signs in. */
  async refresh() {
    const language = this.language;
    const run = (this._run = (this._run || 0) + 1);
    this.paint(`<p class="muted" role="status">${esc(t(language, "loading"))}</p>`);
    this.setAttribute("aria-busy", "true");
    try {
      if (!(await this._signedIn())) {
        if (run !== this._run) return;
        this.profile = null;
        this.paint(`<p>${esc(t(language, "signIn"))}</p>`);
        return;
      }
      const [profile, board] = await Promise.all([
        this.query(PROFILE_QUERY, { channel: this.channel, language }),
        this._leaderboard(),
      ]);
      // A newer refresh (new token, language or channel) paints instead.
      if (run !== this._run) return;
      this.profile = profile.referralProfile;
      this.leaderboard = board;
      this.render();
      this.emit("referral:loaded", { profile: this.profile });
    } catch (error) {
      if (run !== this._run) return;
      const problem = this.fail("load", error);
      if (SIGNED_OUT.has(problem.code)) {
        // No customer behind the token (none, expired or invalid).
        this.profile = null;
        this.paint(`<p>${esc(t(language, "signIn"))}</p>`);
        return;
      }
      this.paint(`<p class="alert" role="alert">${esc(t(language, "error", { message: problem.message }))}</p>`);
    } finally {
      if (run === this._run) this.removeAttribute("aria-busy");
    }
  }

  async _signedIn() {
    if (this.fetch) return true;
    if (typeof this.getToken === "function") return Boolean(await this.getToken());
    return Boolean(this.token);
  }

  async _leaderboard() {
    const size = Number(this.getAttribute("leaderboard") ?? 5);
    if (!size) return [];
    try {
      const data = await this.query(LEADERBOARD_QUERY, { channel: this.channel, first: size });
      return data.referralLeaderboard || [];
    } catch (error) {
      // The leaderboard is extra: the rest of the widget still works without it.
      this.fail("leaderboard", error);
      return [];
    }
  }

  render() {
    const language = this.language;
    const profile = this.profile;
    if (!profile) {
      this.paint(`<p>${esc(t(language, "signIn"))}</p>`);
      return;
    }
    const heading = `<h2 id="referral-title">${esc(t(language, "title"))}</h2>`;
    const program = profile.program;
    // The reward this advocate gets now (campaign, tier, cap), not the base one.
    const reward = profile.advocateReward || program.advocateReward;
    const yours =
      profile.rewardsLeft === 0
        ? esc(t(language, "rewardCapReached"))
        : esc(t(language, "youGet", { reward: rewardText(language, reward) }));
    const offer = `<div class="offer">
      <p>${esc(t(language, "friendGets", { offer: offerText(language, program.friendOffer) }))}</p>
      <p data-reward>${yours}</p>
    </div>`;
    if (!profile.code) {
      this.paint(`<section aria-labelledby="referral-title">${heading}${offer}
        <button type="button" data-action="create" data-key="create">${esc(t(language, "getCode"))}</button>
        <p class="alert" role="alert" data-alert></p></section>`);
      return;
    }
    this.paint(`<section aria-labelledby="referral-title">${heading}${offer}
      ${this._linkHtml(language, profile)}
      ${this._statsHtml(language, profile.stats)}
      ${this._codesHtml(language, profile)}
      ${this._tierHtml(language, profile)}
      ${this._inviteHtml(language)}
      ${this._leaderboardHtml(language)}
    </section>`);
  }

  _linkHtml(language, profile) {
    const links = profile.shareLinks
      .filter((link) => NETWORK_NAMES[link.network])
      .map((link) => {
        const name = NETWORK_NAMES[link.network];
        const label = t(language, "shareVia", { network: name });
        return `<li><a href="${esc(link.url)}" target="_blank" rel="noopener noreferrer" data-network="${esc(link.network)}" aria-label="${esc(label)}">${esc(name)}</a></li>`;
      });
    if (typeof navigator.share === "function") {
      links.push(`<li><button type="button" data-action="native-share" data-key="native-share">${esc(t(language, "shareMore"))}</button></li>`);
    }
    return `<p>${esc(t(language, "yourCode"))}: <span class="code" data-code>${esc(profile.code)}</span></p>
      <label for="referral-link">${esc(t(language, "yourLink"))}</label>
      <div class="row">
        <input id="referral-link" class="link" type="text" readonly value="${esc(profile.shareUrl)}" data-key="link">
        <button type="button" data-action="copy" data-key="copy">${esc(t(language, "copy"))}</button>
      </div>
      <p class="status" role="status" aria-live="polite" data-copy-status></p>
      <h3 id="referral-share-title">${esc(t(language, "share"))}</h3>
      <ul class="share" aria-labelledby="referral-share-title">${links.join("")}</ul>`;
  }

  _statsHtml(language, stats) {
    const item = (key, value) => `<div><dt>${esc(t(language, key))}</dt><dd data-stat="${key}">${esc(value)}</dd></div>`;
    return `<h3>${esc(t(language, "stats"))}</h3><dl class="stats">
      ${item("visits", formatNumber(language, stats.visits))}
      ${item("friends", formatNumber(language, stats.friends))}
      ${item("orders", formatNumber(language, stats.orders))}
      ${item("rewarded", formatNumber(language, stats.rewarded))}
      ${item("earned", formatMoney(language, stats.earned))}
      ${stats.donated && stats.donated.amount > 0 ? item("donated", formatMoney(language, stats.donated)) : ""}
    </dl>`;
  }

  /** The signed-in customer's own codes to spend at checkout: the store-credit
   * gift card (…-CRDT) and their tier's member discount code. */
  _codesHtml(language, profile) {
    const rows = [];
    const code = (value, key) => `<span class="code" data-${key}>${esc(value)}</span>`;
    if (profile.storeCredit) {
      const balance = formatMoney(language, profile.storeCredit.balance);
      rows.push(`<div><dt>${esc(t(language, "storeCredit"))}</dt><dd>${code(profile.storeCredit.code, "store-credit")}
        <p class="muted">${tHtml(language, "storeCreditHint", { balance })}</p></dd></div>`);
    }
    if (profile.memberDiscountCode) {
      const hint = profile.tier
        ? tHtml(language, "memberCodeHint", { tier: profile.tier.name })
        : esc(t(language, "memberCodeHintNoTier"));
      rows.push(`<div><dt>${esc(t(language, "memberCode"))}</dt><dd>${code(profile.memberDiscountCode, "member-code")}
        <p class="muted">${hint}</p></dd></div>`);
    }
    if (!rows.length) return "";
    return `<h3 id="referral-codes-title">${esc(t(language, "yourCodes"))}</h3>
      <dl class="codes" aria-labelledby="referral-codes-title">${rows.join("")}</dl>`;
  }

  _tierHtml(language, profile) {
    const parts = [
      `<p data-tier>${profile.tier ? tHtml(language, "tier", { name: profile.tier.name }) : esc(t(language, "noTier"))}</p>`,
    ];
    const next = profile.nextTier;
    if (next) {
      const goal = Math.max(next.tier.minReferrals || 0, 1);
      const done = Math.min(Math.max(goal - next.referralsNeeded, 0), goal);
      const percent = Math.round((done / goal) * 100);
      const label = t(language, "tierProgress", { name: next.tier.name });
      parts.push(`<div class="bar" role="progressbar" aria-label="${esc(label)}" aria-valuemin="0" aria-valuemax="${goal}" aria-valuenow="${done}"><span style="width:${percent}%"></span></div>
        <p class="muted" data-next-tier>${tHtml(language, "nextTier", { count: formatNumber(language, next.referralsNeeded), name: next.tier.name })}</p>`);
    } else if (profile.tier) {
      parts.push(`<p class="muted">${esc(t(language, "topTier"))}</p>`);
    }
    if (profile.badges.length) {
      parts.push(`<h3 id="referral-badges">${esc(t(language, "badges"))}</h3><ul class="badges" aria-labelledby="referral-badges">${profile.badges
        .map((badge) => `<li data-badge="${esc(badge.slug)}">${esc(badge.name)}</li>`)
        .join("")}</ul>`);
    }
    return parts.join("");
  }

  _inviteHtml(language) {
    return `<h3 id="referral-invite-title">${esc(t(language, "invite"))}</h3>
      <form data-form="invite" aria-labelledby="referral-invite-title" novalidate>
        <label for="referral-emails">${esc(t(language, "emails"))}</label>
        <input id="referral-emails" type="text" name="emails" inputmode="email" autocomplete="off" dir="ltr" data-key="emails">
        <label for="referral-message">${esc(t(language, "message"))}</label>
        <textarea id="referral-message" name="message" rows="2" maxlength="500" data-key="message"></textarea>
        <div class="form-actions"><button type="submit" data-key="send">${esc(t(language, "send"))}</button></div>
        <p class="status" role="status" aria-live="polite" data-invite-status></p>
        <p class="alert" role="alert" data-alert></p>
      </form>`;
  }

  _leaderboardHtml(language) {
    if (!this.leaderboard.length) return "";
    return `<h3 id="referral-board-title">${esc(t(language, "leaderboard"))}</h3>
      <ol class="board" aria-labelledby="referral-board-title" data-leaderboard>${this.leaderboard
        // The separator cannot read as a digit (a middle dot looks like the
        // Persian zero): the language's own (the Arabic comma in fa and ar).
        .map((entry) => `<li value="${entry.rank}">${tHtml(language, "boardEntry", { name: entry.name || "—", count: referralCount(language, entry.convertedReferrals) })}</li>`)
        .join("")}</ol>`;
  }

  _alert(message) {
    const alert = this.$("[data-alert]");
    if (alert) alert.textContent = message;
  }

  async _onClick(event) {
    const target = event.target.closest("[data-action], [data-network]");
    if (!target) return;
    if (target.dataset.network) {
      this.trackShare(target.dataset.network);
      this.emit("referral:shared", { network: target.dataset.network, url: target.getAttribute("href") });
      return;
    }
    const action = target.dataset.action;
    if (action === "copy") await this.copy();
    else if (action === "native-share") await this._nativeShare();
    else if (action === "create") await this.createCode(target);
  }

  /** Copy the share link; `referral:copied` tells the page. */
  async copy() {
    const language = this.language;
    const url = this.profile && this.profile.shareUrl;
    const status = this.$("[data-copy-status]");
    if (!url) return false;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      const input = this.$("#referral-link");
      input.select();
      copied = document.execCommand && document.execCommand("copy");
    }
    if (copied) {
      this.trackShare("COPY_LINK");
      status.textContent = t(language, "copied");
      this.emit("referral:copied", { code: this.profile.code, url });
    } else {
      status.textContent = t(language, "copyFailed");
      this.$("#referral-link").select();
    }
    return copied;
  }

  /** Count a share click in the program's funnel (`referralShareTrack`); a failure
   * never gets in the shopper's way. */
  trackShare(network) {
    const code = this.profile && this.profile.code;
    if (!code) return;
    this.query(SHARE_TRACK, { channel: this.channel, network, code }).catch(() => {});
  }

  async _nativeShare() {
    const profile = this.profile;
    try {
      await navigator.share({ title: t(this.language, "title"), text: profile.shareMessage, url: profile.shareUrl });
      this.trackShare("OTHER");
      this.emit("referral:shared", { network: "NATIVE", url: profile.shareUrl });
    } catch (error) {
      if (error && error.name === "AbortError") return;
      this.fail("share", new ReferralError("SHARE_FAILED", String(error)));
    }
  }

  async createCode(button) {
    button.disabled = true;
    try {
      const data = await this.query(CODE_CREATE, { channel: this.channel, language: this.language });
      this.profile = payload(data, "referralCodeCreate").profile;
      this.render();
      const copy = this.$("[data-action=copy]");
      if (copy) copy.focus();
    } catch (error) {
      button.disabled = false;
      this._alert(this.fail("codeCreate", error).message);
    }
  }

  async _onSubmit(event) {
    const form = event.target;
    if (form.dataset.form !== "invite") return;
    event.preventDefault();
    await this.invite(form.elements.emails.value, form.elements.message.value);
  }

  /** Invite friends by e-mail (`referralInvite`); resolves to its payload. */
  async invite(emailsText, message) {
    const language = this.language;
    const form = this.$("[data-form=invite]");
    const status = this.$("[data-invite-status]");
    const alert = form.querySelector("[data-alert]");
    const emails = String(emailsText || "").split(/[\s,;]+/).filter(Boolean);
    status.textContent = "";
    alert.textContent = "";
    const send = form.querySelector("button[type=submit]");
    send.disabled = true;
    try {
      const data = await this.query(INVITE, { channel: this.channel, emails, message: message || null });
      const result = payload(data, "referralInvite");
      const lines = [t(language, "sent", { count: formatNumber(language, result.invited || 0) })];
      if (result.skipped && result.skipped.length) lines.push(t(language, "skipped", { list: result.skipped.join(", ") }));
      if (result.notEligible && result.notEligible.length) lines.push(t(language, "notEligible", { list: result.notEligible.join(", ") }));
      status.textContent = lines.join(" · ");
      form.reset();
      this.emit("referral:invited", { invited: result.invited, skipped: result.skipped, notEligible: result.notEligible });
      return result;
    } catch (error) {
      const problem = this.fail("invite", error);
      alert.textContent = problem.message;
      const field = problem.field === "message" ? "message" : "emails";
      form.elements[field].setAttribute("aria-invalid", "true");
      form.elements[field].focus();
      return null;
    } finally {
      send.disabled = false;
    }
  }
}
