// The reward ledger: filters, and taking a reward back with a reason.
import { ERRORS } from "../api.js";
import { label, t } from "../i18n.js";
import {
  Empty, Field, FormErrors, Input, Loading, Money, Pager, QueryError, Select, Status, When, html, isoOrNull,
  useApp, useForm, useMutation, usePager, useQuery, useState,
} from "./deps.js";
import { PAGE_INFO } from "./referral_parts.js";

const STATUSES = ["HELD", "ISSUED", "CANCELLED", "REVOKED", "FAILED"];
const KINDS = ["VOUCHER", "STORE_CREDIT", "DONATION", "PERK"];

export const REWARD_FIELDS = `id side kind status amount { amount currency } releaseAt issuedAt voucherCode
  revokedAmount { amount currency } shortfallAmount { amount currency } statusReason recipientEmail createdAt`;

const LIST = `query Rewards($channel: String!, $filter: ReferralRewardFilterInput, $after: String) {
  referralRewards(channel: $channel, filter: $filter, first: 25, after: $after) {
    ${PAGE_INFO}
    edges { node { ${REWARD_FIELDS} } }
  }
}`;

const REVOKE = `mutation Revoke($id: ID!, $reason: String!) {
  referralRewardRevoke(id: $id, reason: $reason) { reward { ${REWARD_FIELDS} } ${ERRORS} }
}`;

export function RevokeForm({ reward, onDone }) {
  const [reason, setReason] = useState("");
  const revoke = useMutation(REVOKE, "referralRewardRevoke");
  async function submit(event) {
    event.preventDefault();
    const payload = await revoke.run({ id: reward.id, reason });
    if (payload) onDone(payload.reward);
  }
  return html`<form class="inline-form revoke-form" onSubmit=${submit} data-reward=${reward.id}>
    <${Field} label=${t("rewards.reason")} name="reason" errors=${revoke.errors}>
      <textarea name="reason" rows="2" value=${reason} onInput=${(event) => setReason(event.target.value)}></textarea>
    <//>
    <${FormErrors} errors=${revoke.errors} fields=${["reason"]} />
    <button type="submit" class="danger" name="revoke" disabled=${revoke.busy}>${t("rewards.revoke")}</button>
  </form>`;
}

export function RewardTable({ connection, onChanged }) {
  const [open, setOpen] = useState(null);
  if (!connection.edges.length) return html`<${Empty} />`;
  return html`<table class="table rewards-table">
    <thead><tr>
      <th>${t("col.created")}</th><th>${t("col.status")}</th><th>${t("col.recipient")}</th><th>${t("col.kind")}</th>
      <th>${t("col.amount")}</th><th>${t("col.release")}</th><th>${t("col.taken")}</th><th>${t("col.reason")}</th><th></th>
    </tr></thead>
    <tbody>
      ${connection.edges.map(
        ({ node }) => html`<tr data-id=${node.id}>
            <td><${When} value=${node.createdAt} /></td>
            <td><${Status} value=${node.status} /></td>
            <td>${node.recipientEmail || "—"}<br /><small class="muted">${label("side", node.side)}</small></td>
            <td>${label("kind", node.kind)}${node.voucherCode ? html`<br /><code>${node.voucherCode}</code>` : ""}</td>
            <td><${Money} value=${node.amount} /></td>
            <td><${When} value=${node.releaseAt} time=${false} /></td>
            <td>${node.revokedAmount.amount || node.shortfallAmount.amount
              ? html`<${Money} value=${node.revokedAmount} /><br /><small class="muted">${t("rewards.shortfall")} <${Money} value=${node.shortfallAmount} /></small>`
              : html`<span class="muted">—</span>`}</td>
            <td class="muted">${node.statusReason || ""}</td>
            <td>${["HELD", "ISSUED"].includes(node.status) &&
              html`<button type="button" class="secondary" name="open-revoke" onClick=${() => setOpen(open === node.id ? null : node.id)}>${t("rewards.revoke")}…</button>`}</td>
          </tr>
          ${open === node.id &&
          html`<tr class="expanded"><td colspan="9"><${RevokeForm} reward=${node} onDone=${() => { setOpen(null); onChanged(); }} /></td></tr>`}`,
      )}
    </tbody>
  </table>`;
}

function filterInput(values) {
  const filter = {};
  if (values.status) filter.status = [values.status];
  if (values.kind) filter.kind = [values.kind];
  if (values.recipientEmail.trim()) filter.recipientEmail = values.recipientEmail.trim();
  if (values.createdFrom) filter.createdFrom = isoOrNull(values.createdFrom);
  if (values.createdTo) filter.createdTo = isoOrNull(values.createdTo);
  return filter;
}

export function Rewards() {
  const app = useApp();
  const pager = usePager();
  const form = useForm({ status: "", kind: "", recipientEmail: "", createdFrom: "", createdTo: "" });
  const [filter, setFilter] = useState({});
  const { data, error, loading, reload } = useQuery(
    LIST,
    { channel: app.channel, filter, after: pager.after },
    [JSON.stringify(filter), pager.after],
  );
  const connection = data && data.referralRewards;
  return html`<h1>${t("nav.rewards")}</h1>
    <form class="filters" name="filters" onSubmit=${(event) => { event.preventDefault(); pager.reset(); setFilter(filterInput(form.values)); }}>
      <${Field} label=${t("col.status")} name="status">
        <${Select} name="status" value=${form.values.status} set=${form.set}
          options=${[["", t("all")], ...STATUSES.map((value) => [value, label("status", value)])]} />
      <//>
      <${Field} label=${t("col.kind")} name="kind">
        <${Select} name="kind" value=${form.values.kind} set=${form.set}
          options=${[["", t("all")], ...KINDS.map((value) => [value, label("kind", value)])]} />
      <//>
      <${Field} label=${t("col.recipient")} name="recipientEmail">
        <${Input} name="recipientEmail" type="search" value=${form.values.recipientEmail} set=${form.set} />
      <//>
      <${Field} label=${t("filter.from")} name="createdFrom">
        <${Input} name="createdFrom" type="datetime-local" value=${form.values.createdFrom} set=${form.set} />
      <//>
      <${Field} label=${t("filter.to")} name="createdTo">
        <${Input} name="createdTo" type="datetime-local" value=${form.values.createdTo} set=${form.set} />
      <//>
      <button type="submit">${t("filter.apply")}</button>
    </form>
    ${loading && !data && html`<${Loading} />`}
    <${QueryError} error=${error} />
    ${connection && html`<${RewardTable} connection=${connection} onChanged=${reload} />`}
    <${Pager} pager=${pager} connection=${connection} />`;
}
