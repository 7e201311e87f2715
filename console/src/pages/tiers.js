// Loyalty tiers and milestones (F9, F10): the ladder, its placement runs,
// and an advocate's tier history.
import { ERRORS } from "../api.js";
import { arrow, currentLanguage, fmtMoney, fmtNumber, fmtPercent, label, t } from "../i18n.js";
import {
  Checkbox, Empty, Field, FormErrors, Input, Loading, QueryError, Section, Select, When, html, integer,
  isoOrNull, localInput, number, translationsInput, useApp, useEffect, useForm, useMutation, useQuery, useState,
} from "./deps.js";

const TIER_FIELDS = `id name translations { language name } rank minReferrals minRevenue { amount currency }
  window windowDays rewardMultiplier rewardFixed { amount currency } entryReward { type amount { amount currency } }
  memberDiscountPercent earlyAccessCollections earlyAccessUntil`;
const MILESTONE_FIELDS = `id slug name translations { language name } referrals bonus { type amount { amount currency } }`;
const PLACEMENT_FIELDS = "id status reason total done createdAt finishedAt";

const LADDER = `query Ladder($channel: String!) {
  referralTiers(channel: $channel) { ${TIER_FIELDS} }
  referralMilestones(channel: $channel) { ${MILESTONE_FIELDS} }
}`;
const TIER_CREATE = `mutation TierCreate($channel: String!, $input: ReferralTierInput!, $pay: Boolean) {
  referralTierCreate(channel: $channel, input: $input, payEntryRewards: $pay) { tier { id } placement { ${PLACEMENT_FIELDS} } ${ERRORS} }
}`;
const TIER_UPDATE = `mutation TierUpdate($id: ID!, $input: ReferralTierInput!, $pay: Boolean, $reason: String) {
  referralTierUpdate(id: $id, input: $input, payEntryRewards: $pay, reason: $reason) { tier { id } placement { ${PLACEMENT_FIELDS} } ${ERRORS} }
}`;
const TIER_DELETE = `mutation TierDelete($id: ID!, $reason: String!) {
  referralTierDelete(id: $id, reason: $reason) { membersMoved ${ERRORS} }
}`;
const MILESTONE_CREATE = `mutation MilestoneCreate($channel: String!, $input: ReferralMilestoneInput!, $pay: Boolean) {
  referralMilestoneCreate(channel: $channel, input: $input, payBonuses: $pay) { milestone { id } placement { ${PLACEMENT_FIELDS} } ${ERRORS} }
}`;
const MILESTONE_UPDATE = `mutation MilestoneUpdate($id: ID!, $input: ReferralMilestoneInput!, $pay: Boolean) {
  referralMilestoneUpdate(id: $id, input: $input, payBonuses: $pay) { milestone { id } placement { ${PLACEMENT_FIELDS} } ${ERRORS} }
}`;
const MILESTONE_DELETE = `mutation MilestoneDelete($id: ID!) { referralMilestoneDelete(id: $id) { deleted ${ERRORS} } }`;
const PLACEMENT = `query Placement($id: ID!) { referralTierPlacement(id: $id) { ${PLACEMENT_FIELDS} } }`;
const HISTORY = `query TierHistory($channel: String!, $email: String!, $language: String) {
  referralTierHistory(channel: $channel, advocateEmail: $email) {
    advocateEmail demoteAfter tier { name(languageCode: $language) }
    changes { kind fromTier toTier convertedReferrals reason createdAt }
  }
}`;

const translation = (item, language) =>
  ((item && item.translations) || []).find((one) => one.language === language)?.name || "";
// The name in the console's language when translated (the form keeps the default).
const shownName = (item) => translation(item, currentLanguage()) || item.name;
const REWARD_KINDS = [["", "—"], ["VOUCHER", null], ["STORE_CREDIT", null]];
const kindOptions = () => REWARD_KINDS.map(([value, text]) => [value, text || label("kind", value)]);

function tierValues(tier) {
  return {
    name: tier?.name || "", name_fa: translation(tier, "fa"), name_ar: translation(tier, "ar"),
    rank: tier?.rank ?? "", minReferrals: tier?.minReferrals ?? "", minRevenue: tier?.minRevenue?.amount ?? "",
    window: tier?.window || "LIFETIME", windowDays: tier?.windowDays ?? "",
    rewardMultiplier: tier?.rewardMultiplier ?? "", rewardFixed: tier?.rewardFixed?.amount ?? "",
    entryKind: tier?.entryReward?.type || "", entryAmount: tier?.entryReward?.amount?.amount ?? "",
    memberDiscountPercent: tier?.memberDiscountPercent ?? "",
    earlyAccessCollections: (tier?.earlyAccessCollections || []).join(", "),
    earlyAccessUntil: localInput(tier?.earlyAccessUntil), reason: "", pay: false,
  };
}

function tierInput(values) {
  return {
    name: values.name, translations: translationsInput(values, "name"),
    rank: integer(values.rank), minReferrals: integer(values.minReferrals), minRevenue: number(values.minRevenue),
    window: values.window, windowDays: integer(values.windowDays),
    rewardMultiplier: number(values.rewardMultiplier), rewardFixed: number(values.rewardFixed),
    entryReward: values.entryKind ? { type: values.entryKind, amount: number(values.entryAmount) ?? 0 } : null,
    memberDiscountPercent: number(values.memberDiscountPercent),
    earlyAccessCollections: values.earlyAccessCollections.split(",").map((id) => id.trim()).filter(Boolean),
    earlyAccessUntil: isoOrNull(values.earlyAccessUntil),
  };
}

const TIER_FORM_FIELDS = ["name", "translations", "rank", "minReferrals", "minRevenue", "window", "windowDays",
  "rewardMultiplier", "rewardFixed", "entryReward", "memberDiscountPercent", "earlyAccessCollections",
  "earlyAccessUntil", "reason"];

function Placement({ placement }) {
  const app = useApp();
  const [state, setState] = useState(placement);
  useEffect(() => {
    setState(placement);
    if (!placement) return undefined;
    let timer;
    const poll = async () => {
      try {
        const data = await app.gql(PLACEMENT, { id: placement.id });
        setState(data.referralTierPlacement);
        if (data.referralTierPlacement && !data.referralTierPlacement.finishedAt) timer = setTimeout(poll, 1500);
      } catch {
        /* the next visit shows it */
      }
    };
    if (!placement.finishedAt) timer = setTimeout(poll, 1500);
    return () => clearTimeout(timer);
  }, [placement && placement.id]);
  if (!state) return null;
  return html`<p class="notice placement" role="status">
    ${t("tiers.placement", { done: state.done, total: state.total })}
    <progress max=${state.total || 1} value=${state.done}></progress>
    ${state.finishedAt ? t("tiers.placementDone") : ""}
  </p>`;
}

function TierForm({ tier, onDone, onCancel }) {
  const app = useApp();
  const form = useForm(tierValues(tier));
  const create = useMutation(TIER_CREATE, "referralTierCreate");
  const update = useMutation(TIER_UPDATE, "referralTierUpdate");
  const action = tier ? update : create;
  const { values, set } = form;
  async function submit(event) {
    event.preventDefault();
    const variables = { input: tierInput(values), pay: values.pay };
    const payload = tier
      ? await update.run({ ...variables, id: tier.id, reason: values.reason || null })
      : await create.run({ ...variables, channel: app.channel });
    if (payload) onDone(payload.placement);
  }
  const errors = action.errors;
  return html`<form class="entity-form" name="tier" onSubmit=${submit} noValidate>
    <div class="form-grid">
      <${Field} label=${t("tiers.name")} name="name" errors=${errors}><${Input} name="name" value=${values.name} set=${set} /><//>
      <${Field} label=${t("tiers.nameFa")} name="translations" errors=${errors}><${Input} name="name_fa" value=${values.name_fa} set=${set} dir="rtl" /><//>
      <${Field} label=${t("tiers.nameAr")} name="name_ar"><${Input} name="name_ar" value=${values.name_ar} set=${set} dir="rtl" /><//>
      <${Field} label=${t("tiers.rank")} name="rank" errors=${errors}><${Input} name="rank" type="number" value=${values.rank} set=${set} /><//>
      <${Field} label=${t("tiers.minReferrals")} name="minReferrals" errors=${errors}><${Input} name="minReferrals" type="number" value=${values.minReferrals} set=${set} /><//>
      <${Field} label=${t("tiers.minRevenue")} name="minRevenue" errors=${errors}><${Input} name="minRevenue" type="number" step="any" value=${values.minRevenue} set=${set} /><//>
      <${Field} label=${t("tiers.window")} name="window" errors=${errors}>
        <${Select} name="window" value=${values.window} set=${set} options=${["LIFETIME", "ROLLING", "CALENDAR_YEAR"].map((value) => [value, label("window", value)])} />
      <//>
      <${Field} label=${t("tiers.windowDays")} name="windowDays" errors=${errors}><${Input} name="windowDays" type="number" value=${values.windowDays} set=${set} /><//>
      <${Field} label=${t("tiers.rewardMultiplier")} name="rewardMultiplier" errors=${errors}><${Input} name="rewardMultiplier" type="number" step="any" value=${values.rewardMultiplier} set=${set} /><//>
      <${Field} label=${t("tiers.rewardFixed")} name="rewardFixed" errors=${errors}><${Input} name="rewardFixed" type="number" step="any" value=${values.rewardFixed} set=${set} /><//>
      <${Field} label=${t("tiers.entryReward")} name="entryReward" errors=${errors}>
        <span class="pair">
          <${Select} name="entryKind" value=${values.entryKind} set=${set} options=${kindOptions()} />
          <${Input} name="entryAmount" type="number" step="any" value=${values.entryAmount} set=${set} />
        </span>
      <//>
      <${Field} label=${t("tiers.memberDiscount")} name="memberDiscountPercent" errors=${errors}><${Input} name="memberDiscountPercent" type="number" step="any" value=${values.memberDiscountPercent} set=${set} /><//>
      <${Field} label=${t("tiers.earlyAccess")} name="earlyAccessCollections" errors=${errors} hint=${t("tiers.earlyAccessHint")}><${Input} name="earlyAccessCollections" value=${values.earlyAccessCollections} set=${set} /><//>
      <${Field} label=${t("tiers.earlyAccessUntil")} name="earlyAccessUntil" errors=${errors}><${Input} name="earlyAccessUntil" type="datetime-local" value=${values.earlyAccessUntil} set=${set} /><//>
      ${tier && html`<${Field} label=${t("tiers.reason")} name="reason" errors=${errors} hint=${t("tiers.reasonHint")}><${Input} name="reason" value=${values.reason} set=${set} /><//>`}
    </div>
    <${Checkbox} name="pay" value=${values.pay} set=${set} text=${t("tiers.payEntryRewards")} />
    <${FormErrors} errors=${errors} fields=${TIER_FORM_FIELDS} />
    <div class="actions">
      <button type="submit" disabled=${action.busy}>${tier ? t("save") : t("tiers.create")}</button>
      ${onCancel && html`<button type="button" class="secondary" onClick=${onCancel}>${t("cancel")}</button>`}
    </div>
  </form>`;
}

function DeleteTier({ tier, onDone }) {
  const [reason, setReason] = useState("");
  const remove = useMutation(TIER_DELETE, "referralTierDelete");
  return html`<form class="inline-form" onSubmit=${async (event) => {
    event.preventDefault();
    const payload = await remove.run({ id: tier.id, reason });
    if (payload) onDone(payload.membersMoved);
  }}>
    <${Field} label=${t("tiers.deleteReason")} name="reason" errors=${remove.errors}>
      <input name="reason" value=${reason} onInput=${(event) => setReason(event.target.value)} />
    <//>
    <${FormErrors} errors=${remove.errors} fields=${["reason"]} />
    <button type="submit" class="danger">${t("delete")}</button>
  </form>`;
}

function milestoneValues(milestone) {
  return {
    slug: milestone?.slug || "", name: milestone?.name || "", name_fa: translation(milestone, "fa"),
    name_ar: translation(milestone, "ar"), referrals: milestone?.referrals ?? "",
    bonusKind: milestone?.bonus?.type || "", bonusAmount: milestone?.bonus?.amount?.amount ?? "", pay: false,
  };
}

function MilestoneForm({ milestone, onDone, onCancel }) {
  const app = useApp();
  const form = useForm(milestoneValues(milestone));
  const create = useMutation(MILESTONE_CREATE, "referralMilestoneCreate");
  const update = useMutation(MILESTONE_UPDATE, "referralMilestoneUpdate");
  const action = milestone ? update : create;
  const { values, set } = form;
  async function submit(event) {
    event.preventDefault();
    const input = {
      slug: values.slug, name: values.name, translations: translationsInput(values, "name"),
      referrals: integer(values.referrals),
      bonus: values.bonusKind ? { type: values.bonusKind, amount: number(values.bonusAmount) ?? 0 } : null,
    };
    const payload = milestone
      ? await update.run({ id: milestone.id, input, pay: values.pay })
      : await create.run({ channel: app.channel, input, pay: values.pay });
    if (payload) onDone(payload.placement);
  }
  const errors = action.errors;
  return html`<form class="entity-form" name="milestone" onSubmit=${submit} noValidate>
    <div class="form-grid">
      <${Field} label=${t("milestones.slug")} name="slug" errors=${errors}><${Input} name="slug" value=${values.slug} set=${set} /><//>
      <${Field} label=${t("tiers.name")} name="name" errors=${errors}><${Input} name="name" value=${values.name} set=${set} /><//>
      <${Field} label=${t("tiers.nameFa")} name="translations" errors=${errors}><${Input} name="name_fa" value=${values.name_fa} set=${set} dir="rtl" /><//>
      <${Field} label=${t("tiers.nameAr")} name="name_ar"><${Input} name="name_ar" value=${values.name_ar} set=${set} dir="rtl" /><//>
      <${Field} label=${t("milestones.referrals")} name="referrals" errors=${errors}><${Input} name="referrals" type="number" value=${values.referrals} set=${set} /><//>
      <${Field} label=${t("milestones.bonus")} name="bonus" errors=${errors}>
        <span class="pair">
          <${Select} name="bonusKind" value=${values.bonusKind} set=${set} options=${kindOptions()} />
          <${Input} name="bonusAmount" type="number" step="any" value=${values.bonusAmount} set=${set} />
        </span>
      <//>
    </div>
    <${Checkbox} name="pay" value=${values.pay} set=${set} text=${t("milestones.payBonuses")} />
    <${FormErrors} errors=${errors} fields=${["slug", "name", "translations", "referrals", "bonus"]} />
    <div class="actions">
      <button type="submit" disabled=${action.busy}>${milestone ? t("save") : t("milestones.create")}</button>
      ${onCancel && html`<button type="button" class="secondary" onClick=${onCancel}>${t("cancel")}</button>`}
    </div>
  </form>`;
}

function TierHistory() {
  const app = useApp();
  const [email, setEmail] = useState("");
  const [result, setResult] = useState(null);
  const [error, setError] = useState(null);
  async function submit(event) {
    event.preventDefault();
    try {
      const data = await app.gql(HISTORY, { channel: app.channel, email, language: currentLanguage() });
      setResult(data.referralTierHistory || { changes: [], none: true });
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  }
  return html`<form class="inline-form" name="tier-history" onSubmit=${submit}>
      <${Field} label=${t("col.advocate")} name="advocateEmail">
        <input name="advocateEmail" type="email" value=${email} onInput=${(event) => setEmail(event.target.value)} />
      <//>
      <button type="submit">${t("tiers.historyShow")}</button>
    </form>
    <${QueryError} error=${error} />
    ${result && (result.none
      ? html`<${Empty} />`
      : html`<p>${t("tiers.now")}: <b>${result.tier ? result.tier.name : "—"}</b>
          ${result.demoteAfter && html`${t("list.sep")}${t("tiers.demoteAfter")} <${When} value=${result.demoteAfter} />`}</p>
        <table class="table"><thead><tr><th>${t("col.created")}</th><th>${t("col.kind")}</th><th>${t("tiers.fromTo")}</th><th>${t("tiers.converted")}</th><th>${t("col.reason")}</th></tr></thead>
        <tbody>${result.changes.map((change) => html`<tr>
          <td><${When} value=${change.createdAt} /></td><td>${label("tierChange", change.kind)}</td>
          <td>${change.fromTier || "—"} ${arrow()} ${change.toTier || "—"}</td><td class="num">${fmtNumber(change.convertedReferrals)}</td>
          <td class="muted">${change.reason}</td></tr>`)}</tbody></table>`)}`;
}

export function Tiers() {
  const app = useApp();
  const { data, error, loading, reload } = useQuery(LADDER, { channel: app.channel });
  const [editing, setEditing] = useState(null);
  const [deleting, setDeleting] = useState(null);
  const [placement, setPlacement] = useState(null);
  const [notice, setNotice] = useState(null);
  const done = (message) => (run) => {
    setEditing(null);
    setDeleting(null);
    setPlacement(run || null);
    setNotice(message);
    reload();
  };
  if (loading && !data) return html`<h1>${t("nav.tiers")}</h1><${Loading} />`;
  if (error) return html`<h1>${t("nav.tiers")}</h1><${QueryError} error=${error} />`;
  // Each perk says what it is: "×1.5 reward", "5% member discount".
  const perks = (tier) =>
    [
      tier.rewardMultiplier && t("perk.multiplier", { value: fmtNumber(tier.rewardMultiplier) }),
      tier.rewardFixed && t("perk.fixed", { amount: fmtMoney(tier.rewardFixed) }),
      tier.entryReward && t("perk.entry", { amount: fmtMoney(tier.entryReward.amount) }),
      tier.memberDiscountPercent &&
        t("perk.discount", { percent: fmtPercent(Number(tier.memberDiscountPercent) / 100) }),
      tier.earlyAccessCollections.length && t("perk.earlyAccess", { count: tier.earlyAccessCollections.length }),
    ].filter(Boolean).join(t("list.sep"));
  return html`<h1>${t("nav.tiers")}</h1>
    ${notice && html`<p class="notice" role="status">${notice}</p>`}
    <${Placement} placement=${placement} />
    <${Section} title=${t("tiers.ladder")} id="tiers">
      ${data.referralTiers.length
        ? html`<table class="table tiers-table"><thead><tr>
            <th>${t("tiers.rank")}</th><th>${t("tiers.name")}</th><th>${t("tiers.rule")}</th><th>${t("tiers.perks")}</th><th></th>
          </tr></thead><tbody>
          ${data.referralTiers.map((tier) => html`<tr data-id=${tier.id}>
              <td class="num">${fmtNumber(tier.rank)}</td><td class="tier-name">${shownName(tier)}</td>
              <td>${t("tiers.ruleText", { count: tier.minReferrals, window: label("window", tier.window) })}
                ${tier.minRevenue ? html`${t("list.sep")}${fmtMoney(tier.minRevenue)}` : ""}</td>
              <td class="perks">${perks(tier)}</td>
              <td class="row-actions">
                <button type="button" class="secondary" name="edit" onClick=${() => setEditing(editing === tier.id ? null : tier.id)}>${t("edit")}</button>
                <button type="button" class="secondary" name="delete" onClick=${() => setDeleting(deleting === tier.id ? null : tier.id)}>${t("delete")}</button>
              </td>
            </tr>
            ${editing === tier.id && html`<tr class="expanded"><td colspan="5"><${TierForm} tier=${tier} onDone=${done(t("saved"))} onCancel=${() => setEditing(null)} /></td></tr>`}
            ${deleting === tier.id && html`<tr class="expanded"><td colspan="5"><${DeleteTier} tier=${tier} onDone=${(moved) => done(t("tiers.deleted", { count: moved || 0 }))()} /></td></tr>`}`)}
          </tbody></table>`
        : html`<${Empty} text=${t("tiers.none")} />`}
    <//>
    <${Section} title=${t("tiers.new")} id="new-tier">
      <${TierForm} key=${`new-${data.referralTiers.length}`} onDone=${done(t("tiers.created"))} />
    <//>
    <${Section} title=${t("milestones.title")} id="milestones">
      ${data.referralMilestones.length
        ? html`<table class="table milestones-table"><thead><tr>
            <th>${t("milestones.referrals")}</th><th>${t("tiers.name")}</th><th>${t("milestones.bonus")}</th><th></th></tr></thead><tbody>
            ${data.referralMilestones.map((milestone) => html`<tr data-id=${milestone.id}>
                <td class="num">${fmtNumber(milestone.referrals)}</td><td>${shownName(milestone)} <small class="muted">${milestone.slug}</small></td>
                <td>${milestone.bonus ? `${label("kind", milestone.bonus.type)} ${fmtMoney(milestone.bonus.amount)}` : "—"}</td>
                <td class="row-actions">
                  <button type="button" class="secondary" name="edit" onClick=${() => setEditing(editing === milestone.id ? null : milestone.id)}>${t("edit")}</button>
                  <${DeleteMilestone} milestone=${milestone} onDone=${done(t("deleted"))} />
                </td>
              </tr>
              ${editing === milestone.id && html`<tr class="expanded"><td colspan="4"><${MilestoneForm} milestone=${milestone} onDone=${done(t("saved"))} onCancel=${() => setEditing(null)} /></td></tr>`}`)}
          </tbody></table>`
        : html`<${Empty} />`}
      <h3>${t("milestones.new")}</h3>
      <${MilestoneForm} key=${`new-m-${data.referralMilestones.length}`} onDone=${done(t("milestones.created"))} />
    <//>
    <${Section} title=${t("tiers.history")} id="tier-history"><${TierHistory} /><//>`;
}

function DeleteMilestone({ milestone, onDone }) {
  const remove = useMutation(MILESTONE_DELETE, "referralMilestoneDelete");
  return html`<button type="button" class="secondary" name="delete" disabled=${remove.busy}
    onClick=${async () => {
      if (!confirm(t("confirmDelete"))) return;
      const payload = await remove.run({ id: milestone.id });
      if (payload) onDone();
    }}>${t("delete")}</button>`;
}
