// All referrals: filters, history, review, and attributing an order by hand.
import { ERRORS } from "../api.js";
import { currentLanguage, label, t } from "../i18n.js";
import {
  Empty, Field, FormErrors, Input, Loading, Pager, QueryError, Section, Select, html, isoOrNull,
  useApp, useForm, useMutation, usePager, useQuery, useState,
} from "./deps.js";
import { PAGE_INFO, REFERRAL_FIELDS, REFERRAL_HEAD, ReferralDetails, ReferralRow, ReviewForm } from "./referral_parts.js";

export const STATUSES = ["PENDING", "QUALIFIED", "APPROVED", "REWARDED", "FLAGGED", "REJECTED", "REVERSED"];

const LIST = `query Referrals($channel: String!, $filter: ReferralFilterInput, $after: String, $language: String) {
  referrals(channel: $channel, filter: $filter, first: 25, after: $after) {
    ${PAGE_INFO}
    edges { node { ${REFERRAL_FIELDS} } }
  }
  referralTiers(channel: $channel) { id name(languageCode: $language) }
}`;

const CREATE = `mutation Attribute($channel: String!, $advocateEmail: String!, $orderId: ID!, $source: ReferralManualSourceEnum) {
  referralCreate(channel: $channel, advocateEmail: $advocateEmail, orderId: $orderId, source: $source) {
    referral { id status } ${ERRORS}
  }
}`;

function filterInput(values) {
  const filter = {};
  if (values.status) filter.status = [values.status];
  if (values.advocateEmail.trim()) filter.advocateEmail = values.advocateEmail.trim();
  if (values.friendEmail.trim()) filter.friendEmail = values.friendEmail.trim();
  if (values.createdFrom) filter.createdFrom = isoOrNull(values.createdFrom);
  if (values.createdTo) filter.createdTo = isoOrNull(values.createdTo);
  if (values.tier) filter.tier = values.tier;
  return filter;
}

function AttributeForm({ onDone }) {
  const app = useApp();
  const form = useForm({ advocateEmail: "", orderId: "", source: "MANUAL" });
  const create = useMutation(CREATE, "referralCreate");
  async function submit(event) {
    event.preventDefault();
    const payload = await create.run({ channel: app.channel, ...form.values });
    if (payload) {
      form.setValues({ advocateEmail: "", orderId: "", source: "MANUAL" });
      onDone();
    }
  }
  return html`<form class="inline-form" onSubmit=${submit} name="attribute">
    <${Field} label=${t("referrals.advocateEmail")} name="advocateEmail" errors=${create.errors}>
      <${Input} name="advocateEmail" type="email" value=${form.values.advocateEmail} set=${form.set} required />
    <//>
    <${Field} label=${t("referrals.orderId")} name="orderId" errors=${create.errors}>
      <${Input} name="orderId" value=${form.values.orderId} set=${form.set} required />
    <//>
    <${Field} label=${t("referrals.source")} name="source" errors=${create.errors}>
      <${Select} name="source" value=${form.values.source} set=${form.set}
        options=${["MANUAL", "SURVEY"].map((value) => [value, label("source", value)])} />
    <//>
    <${FormErrors} errors=${create.errors} fields=${["advocateEmail", "orderId", "source"]} />
    <button type="submit" disabled=${create.busy}>${t("referrals.attribute")}</button>
  </form>`;
}

export function Referrals({ query }) {
  const app = useApp();
  const pager = usePager();
  const blank = { status: query.get("status") || "", advocateEmail: query.get("advocate") || "", friendEmail: "", createdFrom: "", createdTo: "", tier: "" };
  const form = useForm(blank);
  const [filter, setFilter] = useState(() => filterInput(blank));
  const [open, setOpen] = useState(null);
  const { data, error, loading, reload } = useQuery(
    LIST,
    { channel: app.channel, filter, after: pager.after, language: currentLanguage() },
    [JSON.stringify(filter), pager.after],
  );
  const connection = data && data.referrals;
  return html`<h1>${t("nav.referrals")}</h1>
    <form
      class="filters"
      name="filters"
      onSubmit=${(event) => {
        event.preventDefault();
        pager.reset();
        setFilter(filterInput(form.values));
      }}
    >
      <${Field} label=${t("col.status")} name="status">
        <${Select} name="status" value=${form.values.status} set=${form.set}
          options=${[["", t("all")], ...STATUSES.map((value) => [value, label("status", value)])]} />
      <//>
      <${Field} label=${t("col.advocate")} name="advocateEmail">
        <${Input} name="advocateEmail" type="search" value=${form.values.advocateEmail} set=${form.set} />
      <//>
      <${Field} label=${t("col.friend")} name="friendEmail">
        <${Input} name="friendEmail" type="search" value=${form.values.friendEmail} set=${form.set} />
      <//>
      <${Field} label=${t("filter.from")} name="createdFrom">
        <${Input} name="createdFrom" type="datetime-local" value=${form.values.createdFrom} set=${form.set} />
      <//>
      <${Field} label=${t("filter.to")} name="createdTo">
        <${Input} name="createdTo" type="datetime-local" value=${form.values.createdTo} set=${form.set} />
      <//>
      ${data && data.referralTiers.length > 0 && html`<${Field} label=${t("col.tier")} name="tier">
        <${Select} name="tier" value=${form.values.tier} set=${form.set}
          options=${[["", t("all")], ...data.referralTiers.map((tier) => [tier.id, tier.name])]} />
      <//>`}
      <button type="submit">${t("filter.apply")}</button>
    </form>
    ${loading && !data && html`<${Loading} />`}
    <${QueryError} error=${error} />
    ${connection &&
    (connection.edges.length
      ? html`<table class="table referrals-table">
          <${REFERRAL_HEAD} />
          <tbody>
            ${connection.edges.map(
              ({ node }) => html`<${ReferralRow}
                referral=${node}
                open=${open === node.id}
                onToggle=${() => setOpen(open === node.id ? null : node.id)}
              >
                <${ReferralDetails} referral=${node} />
                ${["FLAGGED", "PENDING", "QUALIFIED"].includes(node.status) &&
                html`<${ReviewForm} referral=${node} onDone=${reload} />`}
              <//>`,
            )}
          </tbody>
        </table>`
      : html`<${Empty} />`)}
    <${Pager} pager=${pager} connection=${connection} />
    <${Section} title=${t("referrals.attributeTitle")} id="attribute">
      <p class="muted">${t("referrals.attributeIntro")}</p>
      <${AttributeForm} onDone=${reload} />
    <//>`;
}
