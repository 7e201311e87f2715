// Seasonal campaigns (F11): window, landing copy (en/fa/ar), offer and reward
// overrides, results, and the switches the beat task made.
import { ERRORS } from "../api.js";
import { fmtMoney, label, t } from "../i18n.js";
import {
  Empty, Field, FormErrors, Input, Loading, QueryError, Section, Select, Status, When, html, isoOrNull,
  localInput, number, useApp, useForm, useMutation, useQuery, useState,
} from "./deps.js";

const FIELDS = `id name state startsAt endsAt imageUrl copy { language title description }
  friendOffer { type value currency minSpent { amount currency } }
  advocateReward { amount { amount currency } multiplier }
  switches { kind reason createdAt }
  results { referrals converted referredRevenue { amount currency } rewardCost { amount currency } }`;
const LIST = `query Campaigns($channel: String!) { referralCampaigns(channel: $channel) { ${FIELDS} } }`;
const CREATE = `mutation CampaignCreate($channel: String!, $input: ReferralCampaignInput!) {
  referralCampaignCreate(channel: $channel, input: $input) { campaign { id } ${ERRORS} }
}`;
const UPDATE = `mutation CampaignUpdate($channel: String, $id: ID!, $input: ReferralCampaignInput!) {
  referralCampaignUpdate(channel: $channel, id: $id, input: $input) { campaign { id } ${ERRORS} }
}`;
const LANGUAGES = ["en", "fa", "ar"];
// Saleor has no shop time zone (its dates are UTC; the Dashboard shows them in the
// browser's zone): the window is entered and shown in the browser's zone, named on
// the field, and the UTC time it is stored as is shown under it.
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
function utcText(local) {
  const date = local ? new Date(local) : null;
  if (!date || Number.isNaN(date.getTime())) return "";
  return t("time.utc", { time: date.toISOString().slice(0, 16).replace("T", " ") });
}
const FORM_FIELDS = ["name", "copy", "imageUrl", "startsAt", "endsAt", "friendOffer", "advocateReward"];

function values(campaign) {
  const copy = Object.fromEntries((campaign?.copy || []).map((one) => [one.language, one]));
  const result = {
    name: campaign?.name || "", imageUrl: campaign?.imageUrl || "",
    startsAt: localInput(campaign?.startsAt), endsAt: localInput(campaign?.endsAt),
    offerType: campaign?.friendOffer?.type || "", offerValue: campaign?.friendOffer?.value ?? "",
    offerMinSpent: campaign?.friendOffer?.minSpent?.amount ?? "",
    rewardAmount: campaign?.advocateReward?.amount?.amount ?? "", rewardMultiplier: campaign?.advocateReward?.multiplier ?? "",
  };
  for (const language of LANGUAGES) {
    result[`title_${language}`] = copy[language]?.title || "";
    result[`description_${language}`] = copy[language]?.description || "";
  }
  return result;
}

function input(form) {
  return {
    name: form.name,
    copy: LANGUAGES.filter((language) => form[`title_${language}`].trim()).map((language) => ({
      language, title: form[`title_${language}`].trim(), description: form[`description_${language}`],
    })),
    imageUrl: form.imageUrl || null,
    startsAt: isoOrNull(form.startsAt), endsAt: isoOrNull(form.endsAt),
    friendOffer: form.offerType
      ? { type: form.offerType, value: number(form.offerValue), minSpent: number(form.offerMinSpent) }
      : null,
    advocateReward:
      form.rewardAmount !== "" || form.rewardMultiplier !== ""
        ? { amount: number(form.rewardAmount), multiplier: number(form.rewardMultiplier) }
        : null,
  };
}

function CampaignForm({ campaign, onDone, onCancel }) {
  const app = useApp();
  const form = useForm(values(campaign));
  const create = useMutation(CREATE, "referralCampaignCreate");
  const update = useMutation(UPDATE, "referralCampaignUpdate");
  const action = campaign ? update : create;
  const { values: v, set } = form;
  const errors = action.errors;
  async function submit(event) {
    event.preventDefault();
    const payload = campaign
      ? await update.run({ channel: app.channel, id: campaign.id, input: input(v) })
      : await create.run({ channel: app.channel, input: input(v) });
    if (payload) onDone();
  }
  return html`<form class="entity-form" name="campaign" onSubmit=${submit} noValidate>
    <div class="form-grid">
      <${Field} label=${t("campaigns.name")} name="name" errors=${errors}><${Input} name="name" value=${v.name} set=${set} /><//>
      <${Field} label=${`${t("campaigns.startsAt")} (${t("time.zone", { zone: ZONE })})`} name="startsAt" errors=${errors} hint=${utcText(v.startsAt)}><${Input} name="startsAt" type="datetime-local" value=${v.startsAt} set=${set} /><//>
      <${Field} label=${`${t("campaigns.endsAt")} (${t("time.zone", { zone: ZONE })})`} name="endsAt" errors=${errors} hint=${utcText(v.endsAt)}><${Input} name="endsAt" type="datetime-local" value=${v.endsAt} set=${set} /><//>
      <${Field} label=${t("campaigns.imageUrl")} name="imageUrl" errors=${errors}><${Input} name="imageUrl" type="url" value=${v.imageUrl} set=${set} /><//>
    </div>
    <fieldset class="form-grid" data-field="copy">
      <legend>${t("campaigns.copy")}</legend>
      ${LANGUAGES.map((language) => html`
        <${Field} label=${`${t("campaigns.title")} (${t(`language.${language}`)})`} name=${language === "en" ? "copy" : `title_${language}`} errors=${language === "en" ? errors : []}>
          <${Input} name=${`title_${language}`} value=${v[`title_${language}`]} set=${set} dir=${language === "en" ? "ltr" : "rtl"} />
        <//>
        <${Field} label=${`${t("campaigns.description")} (${t(`language.${language}`)})`} name=${`description_${language}`}>
          <${Input} name=${`description_${language}`} value=${v[`description_${language}`]} set=${set} dir=${language === "en" ? "ltr" : "rtl"} />
        <//>`)}
    </fieldset>
    <div class="form-grid">
      <${Field} label=${t("campaigns.friendOffer")} name="friendOffer" errors=${errors}>
        <span class="pair">
          <${Select} name="offerType" value=${v.offerType} set=${set}
            options=${[["", t("campaigns.programOffer")], ...["PERCENTAGE", "FIXED", "FREE_SHIPPING"].map((value) => [value, label("discount", value)])]} />
          <${Input} name="offerValue" type="number" step="any" value=${v.offerValue} set=${set} placeholder=${t("campaigns.value")} />
          <${Input} name="offerMinSpent" type="number" step="any" value=${v.offerMinSpent} set=${set} placeholder=${t("campaigns.minSpent")} />
        </span>
      <//>
      <${Field} label=${t("campaigns.advocateReward")} name="advocateReward" errors=${errors}>
        <span class="pair">
          <${Input} name="rewardAmount" type="number" step="any" value=${v.rewardAmount} set=${set} placeholder=${t("campaigns.amount")} />
          <${Input} name="rewardMultiplier" type="number" step="any" value=${v.rewardMultiplier} set=${set} placeholder=${t("campaigns.multiplier")} />
        </span>
      <//>
    </div>
    <${FormErrors} errors=${errors} fields=${FORM_FIELDS} />
    <div class="actions">
      <button type="submit" disabled=${action.busy}>${campaign ? t("save") : t("campaigns.create")}</button>
      ${onCancel && html`<button type="button" class="secondary" onClick=${onCancel}>${t("cancel")}</button>`}
    </div>
  </form>`;
}

export function Campaigns() {
  const app = useApp();
  const { data, error, loading, reload } = useQuery(LIST, { channel: app.channel });
  const [editing, setEditing] = useState(null);
  const [notice, setNotice] = useState(null);
  const done = (message) => () => { setEditing(null); setNotice(message); reload(); };
  if (loading && !data) return html`<h1>${t("nav.campaigns")}</h1><${Loading} />`;
  if (error) return html`<h1>${t("nav.campaigns")}</h1><${QueryError} error=${error} />`;
  return html`<h1>${t("nav.campaigns")}</h1>
    ${notice && html`<p class="notice" role="status">${notice}</p>`}
    <${Section} title=${t("nav.campaigns")} id="campaigns">
      ${data.referralCampaigns.length
        ? html`<table class="table campaigns-table"><thead><tr>
            <th>${t("campaigns.name")}</th><th>${t("col.status")}</th><th>${t("campaigns.window")} <small class="muted">(${ZONE})</small></th>
            <th>${t("campaigns.results")}</th><th></th></tr></thead><tbody>
          ${data.referralCampaigns.map((campaign) => html`<tr data-id=${campaign.id}>
              <td>${campaign.name}</td>
              <td><${Status} value=${campaign.state} /></td>
              <td><${When} value=${campaign.startsAt} /> – <${When} value=${campaign.endsAt} /></td>
              <td>${campaign.results
                ? html`${t("campaigns.resultsText", { referrals: campaign.results.referrals, converted: campaign.results.converted })}<br />
                  <small>${fmtMoney(campaign.results.referredRevenue)} / ${fmtMoney(campaign.results.rewardCost)}</small>`
                : "—"}</td>
              <td class="row-actions">${campaign.state !== "ENDED" &&
                html`<button type="button" class="secondary" name="edit" onClick=${() => setEditing(editing === campaign.id ? null : campaign.id)}>${t("edit")}</button>`}</td>
            </tr>
            ${editing === campaign.id && html`<tr class="expanded"><td colspan="5">
              <${CampaignForm} campaign=${campaign} onDone=${done(t("saved"))} onCancel=${() => setEditing(null)} />
              ${campaign.switches && campaign.switches.length > 0 && html`<h3>${t("campaigns.switches")}</h3>
                <ul class="plain">${campaign.switches.map((one) => html`<li><${When} value=${one.createdAt} /> ${label("switch", one.kind)} <span class="muted">${one.reason}</span></li>`)}</ul>`}
            </td></tr>`}`)}
          </tbody></table>`
        : html`<${Empty} text=${t("campaigns.none")} />`}
    <//>
    <${Section} title=${t("campaigns.new")} id="new-campaign">
      <${CampaignForm} key=${`new-${data.referralCampaigns.length}`} onDone=${done(t("campaigns.created"))} />
    <//>`;
}

