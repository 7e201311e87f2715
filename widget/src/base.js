// What both elements share: configuration from attributes, a shadow root with the
// theme, language and direction, and events for the page.
import { graphql, ReferralError, tokenOf } from "./api.js";
import { direction, pickLanguage, t } from "./i18n.js";
import { STYLES } from "./styles.js";

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text or an attribute value, safe inside HTML. */
export const esc = (value) => String(value ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * A message as HTML: its values (names, codes, numbers) isolated in <bdi>, so a
 * Latin name keeps its punctuation inside a right-to-left sentence.
 */
export function tHtml(language, key, values = {}) {
  const marks = {};
  for (const name of Object.keys(values)) marks[name] = `\u0001${name}\u0002`;
  return esc(t(language, key, marks)).replace(/\u0001(\w+)\u0002/g, (_, name) => `<bdi>${esc(values[name])}</bdi>`);
}

/** The default API: the Saleor the module was loaded from (`/plugins/...` → `/graphql/`). */
export function defaultApiUrl(moduleUrl) {
  try {
    const url = new URL(moduleUrl);
    const index = url.pathname.indexOf("/plugins/");
    if (index < 0) return null;
    return `${url.origin}${url.pathname.slice(0, index)}/graphql/`;
  } catch {
    return null;
  }
}
const MODULE_API_URL = defaultApiUrl(import.meta.url);

export class ReferralElement extends HTMLElement {
  static get observedAttributes() {
    return ["api-url", "channel", "lang", "token"];
  }

  constructor() {
    super();
    this.attachShadow({ mode: "open" });
    // Properties a page (or React) set before this module upgraded the element.
    for (const name of ["getToken", "fetch", "token"]) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[`_${name}`] = value;
      }
    }
  }

  /** A function returning the customer's token (or a Promise of it). */
  get getToken() {
    return this._getToken || null;
  }

  set getToken(value) {
    this._getToken = value;
    this._changed();
  }

  /** A fetch that adds authentication itself, e.g. saleorAuthClient.fetchWithAuth. */
  get fetch() {
    return this._fetch || null;
  }

  set fetch(value) {
    this._fetch = value;
    this._changed();
  }

  /** The customer's token, when the page has it as a string. */
  get token() {
    return this._token || this.getAttribute("token") || null;
  }

  set token(value) {
    this._token = value;
    this._changed();
  }

  _changed() {
    // One refresh for several properties set in the same task.
    if (!this._connected || this._pending) return;
    this._pending = true;
    queueMicrotask(() => {
      this._pending = false;
      if (this._connected) this.refresh();
    });
  }

  get apiUrl() {
    return this.getAttribute("api-url") || MODULE_API_URL;
  }

  get channel() {
    return this.getAttribute("channel") || "default-channel";
  }

  get language() {
    return pickLanguage(this.getAttribute("lang") || document.documentElement.lang || navigator.language);
  }

  connectedCallback() {
    this._connected = true;
    this.refresh();
  }

  disconnectedCallback() {
    this._connected = false;
  }

  attributeChangedCallback(name, previous, value) {
    if (this._connected && previous !== value) this.refresh();
  }

  /** Run a GraphQL operation with this element's API, token and fetch. */
  async query(query, variables) {
    const token = await tokenOf(this);
    return graphql({ apiUrl: this.apiUrl, token, fetch: this.fetch }, query, variables);
  }

  emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** Report an error: a `referral:error` event and, unless told not, an alert. */
  fail(operation, error) {
    const problem = error instanceof ReferralError ? error : new ReferralError("UNKNOWN", String(error));
    this.emit("referral:error", { operation, code: problem.code, field: problem.field, message: problem.message });
    return problem;
  }

  /** Replace the content; focus returns to the control that had it (by data-key). */
  paint(html) {
    const active = this.shadowRoot.activeElement;
    const key = active && active.dataset ? active.dataset.key : null;
    const language = this.language;
    this.shadowRoot.innerHTML = `<style>${STYLES}</style><div class="root" part="root" lang="${language}" dir="${direction(language)}">${html}</div>`;
    if (key) {
      const again = this.shadowRoot.querySelector(`[data-key="${key}"]`);
      if (again) again.focus();
    }
  }

  $(selector) {
    return this.shadowRoot.querySelector(selector);
  }
}
