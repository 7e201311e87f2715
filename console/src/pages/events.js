// Exclusive events (F14): capacity, minimum tier, guest passes, invitations.
import { ERRORS } from "../api.js";
import { currentLanguage, fmtMoney, fmtNumber, t } from "../i18n.js";
import {
  Checkbox, Empty, Field, FormErrors, Input, Loading, QueryError, Section, Select, When, html, integer, isoOrNull,
  localInput, number, useApp, useForm, useMutation, useQuery, useState,
} from "./deps.js";

const FIELDS = `id name description startsAt capacity seatsLeft minTier { id name(languageCode: $language) } guestPassesPerMember isActive
  cost { amount currency } invitedMembers passesRedeemed`;
const LIST = `query Events($channel: String!, $language: String) {
  referralEvents(channel: $channel) { ${FIELDS} }
  referralTiers(channel: $channel) { id name(languageCode: $language) }
}`;
const CREATE = `mutation EventCreate($channel: String!, $input: ReferralEventInput!, $invite: Boolean) {
  referralEventCreate(channel: $channel, input: $input, inviteMembers: $invite) { event { id } ${ERRORS} }
}`;
const UPDATE = `mutation EventUpdate($id: ID!, $input: ReferralEventInput!, $invite: Boolean) {
  referralEventUpdate(id: $id, input: $input, inviteMembers: $invite) { event { id } ${ERRORS} }
}`;
const FORM_FIELDS = ["name", "description", "startsAt", "capacity", "minTier", "guestPassesPerMember", "cost", "isActive"];

function EventForm({ event: item, tiers, onDone, onCancel }) {
  const app = useApp();
  const form = useForm({
    name: item?.name || "", description: item?.description || "", startsAt: localInput(item?.startsAt),
    capacity: item?.capacity ?? "", minTier: item?.minTier?.id || "", guestPassesPerMember: item?.guestPassesPerMember ?? "",
    cost: item?.cost?.amount ?? "", isActive: item ? item.isActive : true, invite: !item,
  });
  const create = useMutation(CREATE, "referralEventCreate");
  const update = useMutation(UPDATE, "referralEventUpdate");
  const action = item ? update : create;
  const { values: v, set } = form;
  const errors = action.errors;
  async function submit(submitEvent) {
    submitEvent.preventDefault();
    const input = {
      name: v.name, description: v.description, startsAt: isoOrNull(v.startsAt), capacity: integer(v.capacity),
      minTier: v.minTier || null, guestPassesPerMember: integer(v.guestPassesPerMember), cost: number(v.cost), isActive: v.isActive,
    };
    const payload = item
      ? await update.run({ id: item.id, input, invite: v.invite })
      : await create.run({ channel: app.channel, input, invite: v.invite });
    if (payload) onDone();
  }
  return html`<form class="entity-form" name="event" onSubmit=${submit} noValidate>
    <div class="form-grid">
      <${Field} label=${t("events.name")} name="name" errors=${errors}><${Input} name="name" value=${v.name} set=${set} /><//>
      <${Field} label=${t("causes.description")} name="description" errors=${errors}><${Input} name="description" value=${v.description} set=${set} /><//>
      <${Field} label=${t("events.startsAt")} name="startsAt" errors=${errors}><${Input} name="startsAt" type="datetime-local" value=${v.startsAt} set=${set} /><//>
      <${Field} label=${t("events.capacity")} name="capacity" errors=${errors}><${Input} name="capacity" type="number" value=${v.capacity} set=${set} /><//>
      <${Field} label=${t("events.minTier")} name="minTier" errors=${errors}>
        <${Select} name="minTier" value=${v.minTier} set=${set} options=${[["", t("events.everyone")], ...tiers.map((tier) => [tier.id, tier.name])]} />
      <//>
      <${Field} label=${t("events.passes")} name="guestPassesPerMember" errors=${errors}><${Input} name="guestPassesPerMember" type="number" value=${v.guestPassesPerMember} set=${set} /><//>
      <${Field} label=${t("events.cost")} name="cost" errors=${errors}><${Input} name="cost" type="number" step="any" value=${v.cost} set=${set} /><//>
    </div>
    <${Checkbox} name="isActive" value=${v.isActive} set=${set} text=${t("active")} />
    <${Checkbox} name="invite" value=${v.invite} set=${set} text=${t("events.invite")} />
    <${FormErrors} errors=${errors} fields=${FORM_FIELDS} />
    <div class="actions">
      <button type="submit" disabled=${action.busy}>${item ? t("save") : t("events.create")}</button>
      ${onCancel && html`<button type="button" class="secondary" onClick=${onCancel}>${t("cancel")}</button>`}
    </div>
  </form>`;
}

export function Events() {
  const app = useApp();
  const { data, error, loading, reload } = useQuery(LIST, { channel: app.channel, language: currentLanguage() });
  const [editing, setEditing] = useState(null);
  const [notice, setNotice] = useState(null);
  const done = (message) => () => { setEditing(null); setNotice(message); reload(); };
  if (loading && !data) return html`<h1>${t("nav.events")}</h1><${Loading} />`;
  if (error) return html`<h1>${t("nav.events")}</h1><${QueryError} error=${error} />`;
  return html`<h1>${t("nav.events")}</h1>
    ${notice && html`<p class="notice" role="status">${notice}</p>`}
    <${Section} title=${t("nav.events")} id="events">
      ${data.referralEvents.length
        ? html`<table class="table events-table"><thead><tr>
            <th>${t("events.name")}</th><th>${t("events.startsAt")}</th><th>${t("events.seats")}</th><th>${t("events.minTier")}</th>
            <th>${t("events.invited")}</th><th>${t("events.redeemed")}</th><th>${t("events.cost")}</th><th></th></tr></thead><tbody>
          ${data.referralEvents.map((item) => html`<tr data-id=${item.id}>
              <td>${item.name}${item.isActive ? "" : html` <small class="muted">(${t("inactive")})</small>`}</td>
              <td><${When} value=${item.startsAt} /></td>
              <td class="num">${fmtNumber(item.seatsLeft)} / ${fmtNumber(item.capacity)}</td>
              <td>${item.minTier ? item.minTier.name : t("events.everyone")}</td>
              <td class="num">${item.invitedMembers === null ? "—" : fmtNumber(item.invitedMembers)}</td>
              <td class="num">${fmtNumber(item.passesRedeemed)}</td>
              <td>${item.cost ? fmtMoney(item.cost) : "—"}</td>
              <td class="row-actions"><button type="button" class="secondary" name="edit" onClick=${() => setEditing(editing === item.id ? null : item.id)}>${t("edit")}</button></td>
            </tr>
            ${editing === item.id && html`<tr class="expanded"><td colspan="8"><${EventForm} event=${item} tiers=${data.referralTiers} onDone=${done(t("saved"))} onCancel=${() => setEditing(null)} /></td></tr>`}`)}
          </tbody></table>`
        : html`<${Empty} text=${t("events.none")} />`}
    <//>
    <${Section} title=${t("events.new")} id="new-event">
      <${EventForm} key=${`new-${data.referralEvents.length}`} tiers=${data.referralTiers} onDone=${done(t("events.created"))} />
    <//>`;
}
