// <referral-landing>: on a `?ref=CODE` page, the friend's offer and the advocate's
// name; records the visit, keeps the code for the checkout, and applies it there.
import { graphql, payload, ReferralError, tokenOf } from "./api.js";
import { esc, ReferralElement, tHtml } from "./base.js";
import { formatNumber, offerText, t } from "./i18n.js";

const PROGRAM_QUERY = `query ReferralLanding($channel: String!, $code: String, $language: String) {
  referralProgram(channel: $channel, code: $code, languageCode: $language) {
    code advocateName terms
    socialProof { friendsJoined }
    friendOffer { type value currency minSpent { amount currency } }
  }
}`;
const VISIT = `mutation ReferralVisitTrack($channel: String!, $code: String!, $network: ReferralShareNetworkEnum) {
  referralVisitTrack(channel: $channel, code: $code, network: $network) { errors { field code message } }
}`;
const APPLY = `mutation CheckoutReferralCodeApply($id: ID!, $code: String!) {
  checkoutReferralCodeApply(id: $id, code: $code) { errors { field code message } checkoutId voucherCode }
}`;

const STORAGE_KEY = "saleor-referrals:code";
const KEEP_DAYS = 30;
const NETWORKS = ["EMAIL", "WHATSAPP", "TELEGRAM", "X", "FACEBOOK", "LINKEDIN", "SMS", "COPY_LINK"];
// Where a visitor came from when the link carries no utm_source.
const REFERRER_NETWORKS = [
  [/(^|\.)(wa\.me|whatsapp\.com)$/, "WHATSAPP"],
  [/(^|\.)(t\.me|telegram\.org)$/, "TELEGRAM"],
  [/(^|\.)(x\.com|twitter\.com|t\.co)$/, "X"],
  [/(^|\.)(facebook\.com|fb\.com|fb\.me)$/, "FACEBOOK"],
  [/(^|\.)(linkedin\.com|lnkd\.in)$/, "LINKEDIN"],
];

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Keep a referral code for the checkout (per channel, for `days`). */
export function keepReferralCode(channel, code, days = KEEP_DAYS) {
  const store = storage();
  if (!store) return;
  store.setItem(`${STORAGE_KEY}:${channel}`, JSON.stringify({ code, until: Date.now() + days * 86400000 }));
}

/** The kept referral code of a channel, or null when there is none or it expired. */
export function storedReferralCode(channel) {
  const store = storage();
  const raw = store && store.getItem(`${STORAGE_KEY}:${channel}`);
  if (!raw) return null;
  try {
    const { code, until } = JSON.parse(raw);
    if (code && until > Date.now()) return code;
  } catch {
    // An unreadable entry is dropped below.
  }
  store.removeItem(`${STORAGE_KEY}:${channel}`);
  return null;
}

export function forgetReferralCode(channel) {
  const store = storage();
  if (store) store.removeItem(`${STORAGE_KEY}:${channel}`);
}

/** The share network a visit came through: the link's utm_source, else the referrer. */
export function visitNetwork(location = window.location, referrer = document.referrer) {
  const source = new URL(location.href).searchParams.get("utm_source");
  if (source) {
    const name = source.toUpperCase().replace(/[^A-Z_]/g, "");
    if (NETWORKS.includes(name)) return name;
    if (name === "TWITTER") return "X";
    return "OTHER";
  }
  try {
    const host = new URL(referrer).hostname;
    for (const [pattern, network] of REFERRER_NETWORKS) if (pattern.test(host)) return network;
  } catch {
    // No referrer.
  }
  return "OTHER";
}

/**
 * Apply a referral code to a Saleor checkout (`checkoutReferralCodeApply`), for
 * guests too. options: { apiUrl, checkoutId, code?, channel?, token?, fetch? };
 * without `code`, the code kept for `channel`. Resolves to { checkoutId,
 * voucherCode }; rejects with a ReferralError carrying the API's error code.
 */
export async function applyReferralCode(options) {
  const code = options.code || storedReferralCode(options.channel || "default-channel");
  if (!code) throw new ReferralError("NO_CODE", "There is no referral code to apply.", "code");
  const data = await graphql(options, APPLY, { id: options.checkoutId, code });
  const { checkoutId, voucherCode } = payload(data, "checkoutReferralCodeApply");
  return { checkoutId, voucherCode };
}

export class ReferralLanding extends ReferralElement {
  static get observedAttributes() {
    return [...super.observedAttributes, "code"];
  }

  /** The code: the `code` attribute, else the page's `?ref=` (or `param` attribute). */
  get code() {
    const explicit = this.getAttribute("code");
    if (explicit) return explicit.trim();
    const param = this.getAttribute("param") || "ref";
    return (new URL(window.location.href).searchParams.get(param) || "").trim() || null;
  }

  async refresh() {
    const language = this.language;
    const code = this.code;
    const run = (this._run = (this._run || 0) + 1);
    this.program = null;
    if (!code) {
      this.paint("");
      this.hidden = true;
      return;
    }
    this.hidden = false;
    this.paint(`<p class="muted" role="status">${esc(t(language, "loading"))}</p>`);
    try {
      const data = await this.query(PROGRAM_QUERY, { channel: this.channel, code, language });
      if (run !== this._run) return;
      this.program = data.referralProgram;
    } catch (error) {
      if (run !== this._run) return;
      const problem = this.fail("load", error);
      this.paint(`<p class="alert" role="alert">${esc(t(language, "error", { message: problem.message }))}</p>`);
      return;
    }
    if (!this.program || !this.program.code) {
      this.paint(`<p class="alert" role="alert">${esc(t(language, "invalidCode"))}</p>`);
      this.fail("load", new ReferralError("NOT_FOUND", t(language, "invalidCode"), "code"));
      return;
    }
    const valid = this.program.code;
    const keepDays = Number(this.getAttribute("keep-days") || KEEP_DAYS);
    keepReferralCode(this.channel, valid, keepDays);
    this.render();
    await this._trackVisit(valid);
    this.emit("referral:landed", { code: valid, advocateName: this.program.advocateName });
  }

  render() {
    const language = this.language;
    const program = this.program;
    const title = program.advocateName
      ? tHtml(language, "landingTitle", { name: program.advocateName })
      : esc(t(language, "landingTitleAnon"));
    const offer = esc(offerText(language, program.friendOffer, true));
    const joined = program.socialProof && program.socialProof.friendsJoined;
    const code = `<span class="code" data-code>${esc(program.code)}</span>`;
    const line = esc(t(language, "landingOffer", { offer: "\u0001", code: "\u0002" }))
      .replace("\u0001", offer)
      .replace("\u0002", code);
    this.paint(`<section aria-labelledby="referral-landing-title">
      <h2 id="referral-landing-title">${title}</h2>
      <p class="offer">${line}</p>
      ${joined ? `<p data-social-proof>${tHtml(language, "friendsJoined", { count: formatNumber(language, joined) })}</p>` : ""}
      <p class="muted">${esc(t(language, "landingKept"))}</p>
      ${program.terms ? `<h3 id="referral-terms-title">${esc(t(language, "terms"))}</h3><p class="muted terms" data-terms>${esc(program.terms)}</p>` : ""}
      <p class="status" role="status" aria-live="polite" data-apply-status></p>
      <p class="alert" role="alert" data-alert></p>
    </section>`);
  }

  async _trackVisit(code) {
    // One visit per code and browser session: reloading the page is no new visit,
    // not even while the first visit is still on its way (the mark is set first).
    const key = `${STORAGE_KEY}:visit:${this.channel}:${code}`;
    try {
      if (window.sessionStorage.getItem(key)) return;
      window.sessionStorage.setItem(key, "1");
    } catch {
      // No session storage: record the visit (a reload may record it again).
    }
    try {
      const data = await this.query(VISIT, { channel: this.channel, code, network: visitNetwork() });
      payload(data, "referralVisitTrack");
      this.emit("referral:visit", { code });
    } catch (error) {
      try {
        window.sessionStorage.removeItem(key); // not recorded: the next load tries again
      } catch {
        // Nothing to undo.
      }
      this.fail("visit", error);
    }
  }

  /**
   * Apply the kept code to a checkout; `referral:applied` or `referral:error`.
   * Works for guests; a signed-in customer's token is sent when the element has one.
   */
  async apply(checkoutId) {
    const language = this.language;
    try {
      const result = await applyReferralCode({
        apiUrl: this.apiUrl,
        channel: this.channel,
        checkoutId,
        code: this.program && this.program.code,
        token: await tokenOf(this),
        fetch: this.fetch,
      });
      const status = this.$("[data-apply-status]");
      if (status) status.textContent = t(language, "applied", { code: result.voucherCode });
      this.emit("referral:applied", { checkoutId: result.checkoutId, code: result.voucherCode });
      return result;
    } catch (error) {
      const problem = this.fail("apply", error);
      const alert = this.$("[data-alert]");
      if (alert) alert.textContent = problem.message;
      throw problem;
    }
  }
}
