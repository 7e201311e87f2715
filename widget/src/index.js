// Saleor referral widget: <referral-share> and <referral-landing>.
import { ReferralLanding } from "./landing.js";
import { ReferralShare } from "./share.js";

export { ReferralError } from "./api.js";
export { LANGUAGES } from "./i18n.js";
export {
  applyReferralCode,
  forgetReferralCode,
  keepReferralCode,
  storedReferralCode,
  visitNetwork,
} from "./landing.js";
export { ReferralLanding, ReferralShare };

if (typeof customElements !== "undefined") {
  if (!customElements.get("referral-share")) customElements.define("referral-share", ReferralShare);
  if (!customElements.get("referral-landing")) customElements.define("referral-landing", ReferralLanding);
}
