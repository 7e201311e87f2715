// A referral's details (history, rewards) and the staff review form, shared by
// the review queue, the referrals list and the customer/order pages.
import { ERRORS } from "../api.js";
import { arrow, fmtMoney, label, t } from "../i18n.js";
import { Field, FormErrors, Money, Status, When, html, useEffect, useMutation, useRef, useState } from "./deps.js";

export const REFERRAL_FIELDS = `id status statusReason source advocateEmail friendEmail friendName code
  orderId orderNumber orderTotal { amount currency } createdAt
  history { fromStatus toStatus reason createdAt }
  rewards { id side kind status amount { amount currency } releaseAt voucherCode }`;

export const PAGE_INFO = "totalCount pageInfo { hasNextPage endCursor }";

const REVIEW = `mutation Review($id: ID!, $decision: ReferralReviewDecisionEnum!, $reason: String) {
  referralReview(id: $id, decision: $decision, reason: $reason) {
    referral { id status statusReason } ${ERRORS}
  }
}`;

export function ReferralDetails({ referral }) {
  return html`<div class="details">
    <div>
      <h3>${t("referral.history")}</h3>
      <ol class="history">
        ${(referral.history || []).map(
          (change) => html`<li>
            <${When} value=${change.createdAt} />
            <span>${change.fromStatus ? label("status", change.fromStatus) : "—"} ${arrow()} ${label("status", change.toStatus)}</span>
            <span class="muted">${change.reason}</span>
          </li>`,
        )}
      </ol>
    </div>
    <div>
      <h3>${t("referral.rewards")}</h3>
      ${referral.rewards.length
        ? html`<ul class="plain">
            ${referral.rewards.map(
              (reward) => html`<li>
                ${label("side", reward.side)}${t("list.sep")}${label("kind", reward.kind)}${t("list.sep")}${fmtMoney(reward.amount)}${t("list.sep")}
                <${Status} value=${reward.status} />
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t("nothing")}</p>`}
    </div>
  </div>`;
}

// Approve or reject: either asks for a reason in a confirmation dialog first; the
// reason goes to the mutation and into the referral's history.
export function ReviewForm({ referral, onDone }) {
  const [decision, setDecision] = useState(null);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const dialog = useRef(null);
  const review = useMutation(REVIEW, "referralReview");
  useEffect(() => {
    const box = dialog.current;
    if (!box) return;
    if (decision && !box.open) {
      if (box.showModal) box.showModal();
      else box.setAttribute("open", "");
      box.querySelector("textarea")?.focus();
    }
    if (!decision && box.open) box.close();
  }, [decision]);
  const ask = (chosen) => {
    setReason("");
    setMissing(false);
    setDecision(chosen);
  };
  async function confirm(event) {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    const payload = await review.run({ id: referral.id, decision, reason: reason.trim() });
    if (payload) {
      const done = decision;
      setDecision(null);
      onDone(payload.referral, done);
    }
  }
  const errors = missing
    ? [{ field: "reason", code: "REQUIRED", message: t("review.reasonRequired") }, ...review.errors]
    : review.errors;
  const friend = referral.friendEmail || referral.friendName || "—";
  return html`<div class="review-form" data-referral=${referral.id}>
    <div class="actions">
      <button type="button" name="approve" disabled=${review.busy} onClick=${() => ask("APPROVE")}>${t("review.approve")}</button>
      <button type="button" name="reject" class="danger" disabled=${review.busy} onClick=${() => ask("REJECT")}>${t("review.reject")}</button>
    </div>
    <dialog ref=${dialog} class="review-dialog" data-decision=${decision || ""} onClose=${() => setDecision(null)}
      aria-labelledby=${`review-title-${referral.id}`}>
      <form method="dialog" name="review" onSubmit=${confirm} noValidate>
        <h2 id=${`review-title-${referral.id}`}>${t(decision === "REJECT" ? "review.confirmReject" : "review.confirmApprove")}</h2>
        <p class="muted">${t("review.confirmText", { friend, advocate: referral.advocateEmail || "—" })}</p>
        <${Field} label=${t("review.reason")} name="reason" errors=${errors}>
          <textarea name="reason" rows="3" required value=${reason} onInput=${(event) => {
            setReason(event.target.value);
            setMissing(false);
          }}></textarea>
        <//>
        <${FormErrors} errors=${review.errors} fields=${["reason"]} />
        <div class="actions">
          <button type="submit" name="confirm" class=${decision === "REJECT" ? "danger" : ""} disabled=${review.busy}>
            ${t("review.confirm")}
          </button>
          <button type="button" name="cancel" class="secondary" onClick=${() => setDecision(null)}>${t("cancel")}</button>
        </div>
      </form>
    </dialog>
  </div>`;
}

export function ReferralRow({ referral, open, onToggle, children }) {
  const keyboard = (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onToggle();
    }
  };
  return html`<tr class="row" data-id=${referral.id} onClick=${onToggle} onKeyDown=${keyboard}
      tabindex="0" aria-expanded=${open}>
      <td><${When} value=${referral.createdAt} /></td>
      <td><${Status} value=${referral.status} /></td>
      <td>${referral.advocateEmail || "—"}<br /><small class="muted">${referral.code}</small></td>
      <td>${referral.friendEmail || referral.friendName || "—"}</td>
      <td>${referral.orderNumber ? `#${referral.orderNumber}` : "—"}</td>
      <td><${Money} value=${referral.orderTotal} /></td>
      <td class="muted">${referral.statusReason || label("source", referral.source)}</td>
    </tr>
    ${open && html`<tr class="expanded"><td colspan="7">${children}</td></tr>`}`;
}

export const REFERRAL_HEAD = () => html`<thead><tr>
  <th>${t("col.created")}</th><th>${t("col.status")}</th><th>${t("col.advocate")}</th>
  <th>${t("col.friend")}</th><th>${t("col.order")}</th><th>${t("col.total")}</th><th>${t("col.reason")}</th>
</tr></thead>`;
