// The review queue (F7): flagged referrals, approved or rejected with a reason.
import { arrow, t } from "../i18n.js";
import { Empty, Loading, Pager, QueryError, html, useApp, usePager, useQuery, useState } from "./deps.js";
import { PAGE_INFO, REFERRAL_FIELDS, ReferralDetails, ReviewForm } from "./referral_parts.js";
import { Status, Money, When } from "../ui.js";

const QUEUE = `query Queue($channel: String!, $after: String) {
  referrals(channel: $channel, filter: {status: [FLAGGED]}, first: 20, after: $after) {
    ${PAGE_INFO}
    edges { node { ${REFERRAL_FIELDS} } }
  }
}`;

export function Review() {
  const app = useApp();
  const pager = usePager();
  const [notice, setNotice] = useState(null);
  const { data, error, loading, reload } = useQuery(QUEUE, { channel: app.channel, after: pager.after }, [pager.after]);
  const connection = data && data.referrals;
  return html`<h1>${t("nav.review")}</h1>
    <p class="muted">${t("review.intro")}</p>
    ${notice && html`<p class="notice" role="status">${notice}</p>`}
    ${loading && !data && html`<${Loading} />`}
    <${QueryError} error=${error} />
    ${connection &&
    (connection.edges.length
      ? html`<ul class="queue">
          ${connection.edges.map(
            ({ node }) => html`<li class="card queue-item" data-id=${node.id}>
              <header class="queue-head">
                <${Status} value=${node.status} />
                <b>${node.advocateEmail}</b> ${arrow()} <b>${node.friendEmail || node.friendName}</b>
                <span class="muted">${node.orderNumber ? `#${node.orderNumber}` : ""}</span>
                <${Money} value=${node.orderTotal} />
                <${When} value=${node.createdAt} />
              </header>
              <p class="flag-reason">${node.statusReason}</p>
              <${ReferralDetails} referral=${node} />
              <${ReviewForm}
                referral=${node}
                onDone=${(referral, decision) => {
                  setNotice(t(decision === "APPROVE" ? "review.approved" : "review.rejected", { who: node.friendEmail || node.friendName }));
                  reload();
                }}
              />
            </li>`,
          )}
        </ul>`
      : html`<${Empty} text=${t("review.empty")} />`)}
    <${Pager} pager=${pager} connection=${connection} />`;
}
