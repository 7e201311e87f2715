// Dashboard extensions on Saleor's customer and order pages: that customer's (or
// order's) referral status, with the same review and revoke actions.
import { currentLanguage, fmtMoney, fmtNumber, t } from "../i18n.js";
import { Empty, Loading, QueryError, Section, Status, When, html, useApp, useQuery, useState } from "./deps.js";
import { REFERRAL_FIELDS, REFERRAL_HEAD, ReferralDetails, ReferralRow, ReviewForm } from "./referral_parts.js";
import { REWARD_FIELDS, RewardTable } from "./rewards.js";

const CUSTOMER = `query Customer($channel: String!, $id: ID!, $language: String) {
  referralCustomer(channel: $channel, id: $id) {
    code shareUrl memberDiscountCode tierAtRiskUntil
    stats { visits friends orders pending qualified rewarded earned { amount currency } }
    tier { name(languageCode: $language) } nextTier { tier { name(languageCode: $language) } referralsNeeded }
    badges { slug name earnedAt }
  }
  referrals(channel: $channel, filter: {customer: $id}, first: 50) { totalCount edges { node { ${REFERRAL_FIELDS} } } }
  referralRewards(channel: $channel, filter: {customer: $id}, first: 50) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${REWARD_FIELDS} } }
  }
}`;

const ORDER = `query OrderReferral($channel: String!, $order: ID!) {
  referrals(channel: $channel, filter: {order: $order}, first: 5) { totalCount edges { node { ${REFERRAL_FIELDS} } } }
}`;

// The Dashboard appends `customerId` / `orderId`; `id` is also accepted when it is
// an ID of the right type (inside the Dashboard `id` is the app's own ID).
function entityId(query, names, type) {
  for (const name of names) {
    const value = query.get(name);
    if (!value) continue;
    if (name !== "id") return value;
    try {
      if (atob(value).startsWith(`${type}:`)) return value;
    } catch {
      /* not base64: not a global ID */
    }
  }
  return null;
}

function ReferralTable({ connection, onChanged }) {
  const [open, setOpen] = useState(null);
  if (!connection.edges.length) return html`<${Empty} />`;
  return html`<table class="table referrals-table"><${REFERRAL_HEAD} /><tbody>
    ${connection.edges.map(({ node }) => html`<${ReferralRow} referral=${node} open=${open === node.id}
        onToggle=${() => setOpen(open === node.id ? null : node.id)}>
        <${ReferralDetails} referral=${node} />
        ${["FLAGGED", "PENDING", "QUALIFIED"].includes(node.status) && html`<${ReviewForm} referral=${node} onDone=${onChanged} />`}
      <//>`)}
  </tbody></table>`;
}

function Stat({ title, value }) {
  return html`<div class="kpi"><span class="kpi-title">${title}</span><strong class="num">${value}</strong></div>`;
}

export function Customer({ query }) {
  const app = useApp();
  const id = entityId(query, ["customerId", "customer", "id"], "User");
  const { data, error, loading, reload } = useQuery(CUSTOMER, { channel: app.channel, id: id || "", language: currentLanguage() }, [id]);
  if (!id) return html`<h1>${t("customer.title")}</h1><${Empty} text=${t("customer.missing")} />`;
  if (loading && !data) return html`<h1>${t("customer.title")}</h1><${Loading} />`;
  if (error) return html`<h1>${t("customer.title")}</h1><${QueryError} error=${error} />`;
  const profile = data.referralCustomer;
  if (!profile) return html`<h1>${t("customer.title")}</h1><${Empty} text=${t("customer.none")} />`;
  return html`<h1>${t("customer.title")}</h1>
    <div class="kpis">
      <${Stat} title=${t("customer.code")} value=${profile.code || "—"} />
      <${Stat} title=${t("col.tier")} value=${profile.tier ? profile.tier.name : "—"} />
      <${Stat} title=${t("customer.friends")} value=${fmtNumber(profile.stats.friends)} />
      <${Stat} title=${t("customer.earned")} value=${fmtMoney(profile.stats.earned)} />
    </div>
    <p class="muted">
      ${t("customer.statsText", { visits: profile.stats.visits, orders: profile.stats.orders, pending: profile.stats.pending, rewarded: profile.stats.rewarded })}
      ${profile.nextTier && html`${t("list.sep")}${t("customer.nextTier", { tier: profile.nextTier.tier.name, count: profile.nextTier.referralsNeeded })}`}
      ${profile.tierAtRiskUntil && html`${t("list.sep")}${t("customer.atRisk")} <${When} value=${profile.tierAtRiskUntil} />`}
      ${profile.memberDiscountCode && html`${t("list.sep")}${t("customer.memberCode")} <code>${profile.memberDiscountCode}</code>`}
    </p>
    ${profile.badges.length > 0 && html`<p class="badges">${profile.badges.map((badge) => html`<span class="badge">${badge.name}</span>`)}</p>`}
    <${Section} title=${t("customer.referrals", { count: data.referrals.totalCount })} id="customer-referrals">
      <${ReferralTable} connection=${data.referrals} onChanged=${reload} />
    <//>
    <${Section} title=${t("customer.rewards", { count: data.referralRewards.totalCount })} id="customer-rewards">
      <${RewardTable} connection=${data.referralRewards} onChanged=${reload} />
    <//>`;
}

export function Order({ query }) {
  const app = useApp();
  const id = entityId(query, ["orderId", "order", "id"], "Order");
  const { data, error, loading, reload } = useQuery(ORDER, { channel: app.channel, order: id || "" }, [id]);
  if (!id) return html`<h1>${t("order.title")}</h1><${Empty} text=${t("order.missing")} />`;
  if (loading && !data) return html`<h1>${t("order.title")}</h1><${Loading} />`;
  if (error) return html`<h1>${t("order.title")}</h1><${QueryError} error=${error} />`;
  const referral = data.referrals.edges[0] && data.referrals.edges[0].node;
  if (!referral) return html`<h1>${t("order.title")}</h1><${Empty} text=${t("order.none")} />`;
  return html`<h1>${t("order.title")}</h1>
    <div class="card order-referral" data-id=${referral.id}>
      <p><${Status} value=${referral.status} /> ${referral.statusReason}</p>
      <p>${t("col.advocate")}: <b>${referral.advocateEmail}</b> (${referral.code})${t("list.sep")}${t("col.friend")}: <b>${referral.friendEmail || referral.friendName}</b></p>
      <${ReferralDetails} referral=${referral} />
      ${["FLAGGED", "PENDING", "QUALIFIED"].includes(referral.status) && html`<${ReviewForm} referral=${referral} onDone=${reload} />`}
    </div>`;
}
