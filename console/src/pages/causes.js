// Causes (F13): totals raised, pending, paid out; recording a payout.
import { ERRORS } from "../api.js";
import { fmtMoney, fmtNumber, fmtPercent, t } from "../i18n.js";
import {
  Checkbox, Empty, Field, FormErrors, Input, Loading, QueryError, Section, html, number, useApp, useForm,
  useMutation, useQuery, useState,
} from "./deps.js";

const FIELDS = `id name description url imageUrl goal { amount currency } donatePerReferral { amount currency } isActive
  raised { amount currency } pending { amount currency } paidOut { amount currency } shortfall { amount currency } donations progress`;
const LIST = `query Causes($channel: String!) { referralCauses(channel: $channel) { ${FIELDS} } }`;
const CREATE = `mutation CauseCreate($channel: String!, $input: ReferralCauseInput!) {
  referralCauseCreate(channel: $channel, input: $input) { cause { id } ${ERRORS} }
}`;
const UPDATE = `mutation CauseUpdate($id: ID!, $input: ReferralCauseInput!) {
  referralCauseUpdate(id: $id, input: $input) { cause { id } ${ERRORS} }
}`;
const PAYOUT = `mutation Payout($cause: ID!, $reference: String) {
  referralDonationPayoutRecord(cause: $cause, reference: $reference) {
    payout { amount { amount currency } reference donations createdAt } ${ERRORS}
  }
}`;
const FORM_FIELDS = ["name", "description", "url", "imageUrl", "goal", "donatePerReferral", "isActive"];

function CauseForm({ cause, onDone, onCancel }) {
  const app = useApp();
  const form = useForm({
    name: cause?.name || "", description: cause?.description || "", url: cause?.url || "", imageUrl: cause?.imageUrl || "",
    goal: cause?.goal?.amount ?? "", donatePerReferral: cause?.donatePerReferral?.amount ?? "", isActive: cause ? cause.isActive : true,
  });
  const create = useMutation(CREATE, "referralCauseCreate");
  const update = useMutation(UPDATE, "referralCauseUpdate");
  const action = cause ? update : create;
  const { values: v, set } = form;
  const errors = action.errors;
  async function submit(event) {
    event.preventDefault();
    const input = {
      name: v.name, description: v.description, url: v.url || null, imageUrl: v.imageUrl || null,
      goal: number(v.goal), donatePerReferral: number(v.donatePerReferral), isActive: v.isActive,
    };
    const payload = cause ? await update.run({ id: cause.id, input }) : await create.run({ channel: app.channel, input });
    if (payload) onDone();
  }
  return html`<form class="entity-form" name="cause" onSubmit=${submit} noValidate>
    <div class="form-grid">
      <${Field} label=${t("causes.name")} name="name" errors=${errors}><${Input} name="name" value=${v.name} set=${set} /><//>
      <${Field} label=${t("causes.description")} name="description" errors=${errors}><${Input} name="description" value=${v.description} set=${set} /><//>
      <${Field} label=${t("causes.url")} name="url" errors=${errors}><${Input} name="url" type="url" value=${v.url} set=${set} /><//>
      <${Field} label=${t("campaigns.imageUrl")} name="imageUrl" errors=${errors}><${Input} name="imageUrl" type="url" value=${v.imageUrl} set=${set} /><//>
      <${Field} label=${t("causes.goal")} name="goal" errors=${errors}><${Input} name="goal" type="number" step="any" value=${v.goal} set=${set} /><//>
      <${Field} label=${t("causes.perReferral")} name="donatePerReferral" errors=${errors}><${Input} name="donatePerReferral" type="number" step="any" value=${v.donatePerReferral} set=${set} /><//>
    </div>
    <${Checkbox} name="isActive" value=${v.isActive} set=${set} text=${t("active")} />
    <${FormErrors} errors=${errors} fields=${FORM_FIELDS} />
    <div class="actions">
      <button type="submit" disabled=${action.busy}>${cause ? t("save") : t("causes.create")}</button>
      ${onCancel && html`<button type="button" class="secondary" onClick=${onCancel}>${t("cancel")}</button>`}
    </div>
  </form>`;
}

function PayoutForm({ cause, onDone }) {
  const [reference, setReference] = useState("");
  const payout = useMutation(PAYOUT, "referralDonationPayoutRecord");
  return html`<form class="inline-form payout-form" data-cause=${cause.id} onSubmit=${async (event) => {
    event.preventDefault();
    const payload = await payout.run({ cause: cause.id, reference: reference || null });
    if (payload) onDone(payload.payout);
  }}>
    <${Field} label=${t("causes.reference")} name="reference" errors=${payout.errors}>
      <input name="reference" value=${reference} onInput=${(event) => setReference(event.target.value)} />
    <//>
    <${FormErrors} errors=${payout.errors} fields=${["reference"]} />
    <button type="submit" name="payout" disabled=${payout.busy}>${t("causes.recordPayout")}</button>
  </form>`;
}

export function Causes() {
  const app = useApp();
  const { data, error, loading, reload } = useQuery(LIST, { channel: app.channel });
  const [editing, setEditing] = useState(null);
  const [paying, setPaying] = useState(null);
  const [notice, setNotice] = useState(null);
  const done = (message) => () => { setEditing(null); setPaying(null); setNotice(message); reload(); };
  if (loading && !data) return html`<h1>${t("nav.causes")}</h1><${Loading} />`;
  if (error) return html`<h1>${t("nav.causes")}</h1><${QueryError} error=${error} />`;
  return html`<h1>${t("nav.causes")}</h1>
    ${notice && html`<p class="notice" role="status">${notice}</p>`}
    <${Section} title=${t("nav.causes")} id="causes">
      ${data.referralCauses.length
        ? html`<table class="table causes-table"><thead><tr>
            <th>${t("causes.name")}</th><th>${t("causes.raised")}</th><th>${t("causes.pending")}</th><th>${t("causes.paidOut")}</th>
            <th>${t("causes.shortfall")}</th><th>${t("causes.donations")}</th><th>${t("causes.progress")}</th><th></th></tr></thead><tbody>
          ${data.referralCauses.map((cause) => html`<tr data-id=${cause.id}>
              <td>${cause.name}${cause.isActive ? "" : html` <small class="muted">(${t("inactive")})</small>`}</td>
              <td class="num">${fmtMoney(cause.raised)}</td><td class="num">${fmtMoney(cause.pending)}</td>
              <td class="num" data-field="paidOut">${fmtMoney(cause.paidOut)}</td><td class="num">${fmtMoney(cause.shortfall)}</td>
              <td class="num">${fmtNumber(cause.donations)}</td>
              <td>${cause.progress === null ? "—" : html`<progress max="1" value=${Math.min(cause.progress, 1)}></progress> ${fmtPercent(cause.progress)}`}</td>
              <td class="row-actions">
                <button type="button" class="secondary" name="edit" onClick=${() => setEditing(editing === cause.id ? null : cause.id)}>${t("edit")}</button>
                <button type="button" class="secondary" name="open-payout" onClick=${() => setPaying(paying === cause.id ? null : cause.id)}>${t("causes.recordPayout")}…</button>
              </td>
            </tr>
            ${editing === cause.id && html`<tr class="expanded"><td colspan="8"><${CauseForm} cause=${cause} onDone=${done(t("saved"))} onCancel=${() => setEditing(null)} /></td></tr>`}
            ${paying === cause.id && html`<tr class="expanded"><td colspan="8">
              <p class="muted">${t("causes.payoutIntro", { amount: fmtMoney(cause.pending) })}</p>
              <${PayoutForm} cause=${cause} onDone=${(payout) => done(t("causes.paid", { amount: fmtMoney(payout.amount) }))()} />
            </td></tr>`}`)}
          </tbody></table>`
        : html`<${Empty} text=${t("causes.none")} />`}
    <//>
    <${Section} title=${t("causes.new")} id="new-cause">
      <${CauseForm} key=${`new-${data.referralCauses.length}`} onDone=${done(t("causes.created"))} />
    <//>`;
}
