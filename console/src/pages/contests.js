// Contests (F12): window, threshold, prizes; standings, decide, mark prizes fulfilled.
import { ERRORS } from "../api.js";
import { fmtMoney, fmtNumber, label, t } from "../i18n.js";
import {
  Empty, Field, FormErrors, Input, Loading, QueryError, Section, Select, Status, When, html, integer, isoOrNull,
  localInput, number, translationsInput, useApp, useForm, useMutation, useQuery, useState,
} from "./deps.js";

const PRIZE_FIELDS = `id method position kind amount { amount currency } description winnerName winnerEmail
  winnerReferrals rewardStatus fulfilledAt fulfilledBy`;
const FIELDS = `id name translations { language name } startsAt endsAt decideAfter minReferrals state seed decidedAt decidedBy
  entrants prizeCost { amount currency } referredRevenue { amount currency } prizes { ${PRIZE_FIELDS} }`;
const LIST = `query Contests($channel: String!) { referralContests(channel: $channel) { ${FIELDS} } }`;
const STANDINGS = `query Standings($channel: String!, $contest: ID!) {
  referralLeaderboard(channel: $channel, contest: $contest, first: 20) { rank name convertedReferrals }
}`;
const CREATE = `mutation ContestCreate($channel: String!, $input: ReferralContestInput!) {
  referralContestCreate(channel: $channel, input: $input) { contest { id } ${ERRORS} }
}`;
const UPDATE = `mutation ContestUpdate($channel: String, $id: ID!, $input: ReferralContestInput!) {
  referralContestUpdate(channel: $channel, id: $id, input: $input) { contest { id } ${ERRORS} }
}`;
const DECIDE = `mutation ContestDecide($channel: String, $id: ID!, $seed: String) {
  referralContestDecide(channel: $channel, id: $id, seed: $seed) { contest { id state } ${ERRORS} }
}`;
const FULFIL = `mutation PrizeFulfil($channel: String, $id: ID!, $note: String) {
  referralContestPrizeFulfil(channel: $channel, id: $id, note: $note) { prize { id fulfilledAt } ${ERRORS} }
}`;
const FORM_FIELDS = ["name", "translations", "startsAt", "endsAt", "minReferrals", "prizes"];
const blankPrize = () => ({ method: "RANK", kind: "VOUCHER", amount: "", description: "" });
const translation = (item, language) => (item?.translations || []).find((one) => one.language === language)?.name || "";

function ContestForm({ contest, onDone, onCancel }) {
  const app = useApp();
  const form = useForm({
    name: contest?.name || "", name_fa: translation(contest, "fa"), name_ar: translation(contest, "ar"),
    startsAt: localInput(contest?.startsAt), endsAt: localInput(contest?.endsAt),
    minReferrals: contest?.minReferrals ?? "",
  });
  const [prizes, setPrizes] = useState(
    contest ? contest.prizes.map((prize) => ({ method: prize.method, kind: prize.kind, amount: prize.amount.amount, description: prize.description })) : [blankPrize()],
  );
  const create = useMutation(CREATE, "referralContestCreate");
  const update = useMutation(UPDATE, "referralContestUpdate");
  const action = contest ? update : create;
  const { values: v, set } = form;
  const errors = action.errors;
  const setPrize = (index, name, value) => setPrizes(prizes.map((prize, at) => (at === index ? { ...prize, [name]: value } : prize)));
  async function submit(event) {
    event.preventDefault();
    const input = {
      name: v.name, translations: translationsInput(v, "name"), startsAt: isoOrNull(v.startsAt), endsAt: isoOrNull(v.endsAt),
      minReferrals: integer(v.minReferrals),
      prizes: prizes.map((prize) => ({ method: prize.method, kind: prize.kind, amount: number(prize.amount), description: prize.description })),
    };
    const payload = contest
      ? await update.run({ channel: app.channel, id: contest.id, input })
      : await create.run({ channel: app.channel, input });
    if (payload) onDone();
  }
  return html`<form class="entity-form" name="contest" onSubmit=${submit} noValidate>
    <div class="form-grid">
      <${Field} label=${t("contests.name")} name="name" errors=${errors}><${Input} name="name" value=${v.name} set=${set} /><//>
      <${Field} label=${t("tiers.nameFa")} name="translations" errors=${errors}><${Input} name="name_fa" value=${v.name_fa} set=${set} dir="rtl" /><//>
      <${Field} label=${t("tiers.nameAr")} name="name_ar"><${Input} name="name_ar" value=${v.name_ar} set=${set} dir="rtl" /><//>
      <${Field} label=${t("campaigns.startsAt")} name="startsAt" errors=${errors}><${Input} name="startsAt" type="datetime-local" value=${v.startsAt} set=${set} /><//>
      <${Field} label=${t("campaigns.endsAt")} name="endsAt" errors=${errors}><${Input} name="endsAt" type="datetime-local" value=${v.endsAt} set=${set} /><//>
      <${Field} label=${t("contests.minReferrals")} name="minReferrals" errors=${errors}><${Input} name="minReferrals" type="number" value=${v.minReferrals} set=${set} /><//>
    </div>
    <${Field} label=${t("contests.prizes")} name="prizes" errors=${errors}>
      <div class="prizes">
        ${prizes.map((prize, index) => html`<div class="pair prize" data-prize=${index}>
          <select name=${`prize-method-${index}`} onChange=${(event) => setPrize(index, "method", event.target.value)}>
            ${["RANK", "DRAW"].map((value) => html`<option value=${value} selected=${prize.method === value}>${label("method", value)}</option>`)}
          </select>
          <select name=${`prize-kind-${index}`} onChange=${(event) => setPrize(index, "kind", event.target.value)}>
            ${["VOUCHER", "STORE_CREDIT", "PHYSICAL"].map((value) => html`<option value=${value} selected=${prize.kind === value}>${label("kind", value)}</option>`)}
          </select>
          <input name=${`prize-amount-${index}`} type="number" step="any" placeholder=${t("campaigns.amount")} value=${prize.amount} onInput=${(event) => setPrize(index, "amount", event.target.value)} />
          <input name=${`prize-description-${index}`} placeholder=${t("contests.description")} value=${prize.description} onInput=${(event) => setPrize(index, "description", event.target.value)} />
          <button type="button" class="secondary" onClick=${() => setPrizes(prizes.filter((_, at) => at !== index))}>×</button>
        </div>`)}
        <button type="button" class="secondary" name="add-prize" onClick=${() => setPrizes([...prizes, blankPrize()])}>${t("contests.addPrize")}</button>
      </div>
    <//>
    <${FormErrors} errors=${errors} fields=${FORM_FIELDS} />
    <div class="actions">
      <button type="submit" disabled=${action.busy}>${contest ? t("save") : t("contests.create")}</button>
      ${onCancel && html`<button type="button" class="secondary" onClick=${onCancel}>${t("cancel")}</button>`}
    </div>
  </form>`;
}

function Standings({ contest }) {
  const app = useApp();
  const { data, error, loading } = useQuery(STANDINGS, { channel: app.channel, contest: contest.id }, [contest.id]);
  if (loading) return html`<${Loading} />`;
  if (error) return html`<${QueryError} error=${error} />`;
  const rows = data.referralLeaderboard || [];
  if (!rows.length) return html`<${Empty} />`;
  return html`<ol class="leaderboard standings">${rows.map((row) => html`<li><span>${row.name || t("anonymous")}</span><b class="num">${fmtNumber(row.convertedReferrals)}</b></li>`)}</ol>`;
}

function Decide({ contest, onDone }) {
  const app = useApp();
  const [seed, setSeed] = useState("");
  const decide = useMutation(DECIDE, "referralContestDecide");
  return html`<form class="inline-form" name="decide" onSubmit=${async (event) => {
    event.preventDefault();
    const payload = await decide.run({ channel: app.channel, id: contest.id, seed: seed || null });
    if (payload) onDone();
  }}>
    <${Field} label=${t("contests.seed")} name="seed" errors=${decide.errors} hint=${t("contests.seedHint")}>
      <input name="seed" value=${seed} onInput=${(event) => setSeed(event.target.value)} />
    <//>
    <${FormErrors} errors=${decide.errors} fields=${["seed"]} />
    <button type="submit" name="decide" disabled=${decide.busy}>${t("contests.decide")}</button>
  </form>`;
}

function Fulfil({ prize, onDone }) {
  const app = useApp();
  const [note, setNote] = useState("");
  const fulfil = useMutation(FULFIL, "referralContestPrizeFulfil");
  return html`<form class="inline-form fulfil-form" data-prize=${prize.id} onSubmit=${async (event) => {
    event.preventDefault();
    const payload = await fulfil.run({ channel: app.channel, id: prize.id, note: note || null });
    if (payload) onDone();
  }}>
    <input name="note" placeholder=${t("contests.note")} value=${note} onInput=${(event) => setNote(event.target.value)} />
    <button type="submit" name="fulfil" disabled=${fulfil.busy}>${t("contests.fulfil")}</button>
    <${FormErrors} errors=${fulfil.errors} fields=${[]} />
  </form>`;
}

function Prizes({ contest, onChanged }) {
  return html`<table class="table prizes-table"><thead><tr>
    <th>#</th><th>${t("contests.method")}</th><th>${t("col.kind")}</th><th>${t("col.amount")}</th><th>${t("contests.winner")}</th><th>${t("contests.fulfilled")}</th></tr></thead>
    <tbody>${contest.prizes.map((prize) => html`<tr data-id=${prize.id}>
      <td class="num">${fmtNumber(prize.position)}</td><td>${label("method", prize.method)}</td>
      <td>${label("kind", prize.kind)} <small class="muted">${prize.description}</small></td>
      <td>${fmtMoney(prize.amount)}</td>
      <td>${prize.winnerEmail ? html`${prize.winnerName || ""} <small>${prize.winnerEmail}</small>${t("list.sep")}${fmtNumber(prize.winnerReferrals)}` : "—"}</td>
      <td>${prize.fulfilledAt
        ? html`<${When} value=${prize.fulfilledAt} /> <small class="muted">${prize.fulfilledBy}</small>`
        : prize.kind === "PHYSICAL" && prize.winnerEmail
          ? html`<${Fulfil} prize=${prize} onDone=${onChanged} />`
          : prize.rewardStatus ? label("status", prize.rewardStatus.toUpperCase()) : "—"}</td>
    </tr>`)}</tbody></table>`;
}

export function Contests() {
  const app = useApp();
  const { data, error, loading, reload } = useQuery(LIST, { channel: app.channel });
  const [open, setOpen] = useState(null);
  const [editing, setEditing] = useState(null);
  const [notice, setNotice] = useState(null);
  const done = (message) => () => { setEditing(null); setNotice(message); reload(); };
  if (loading && !data) return html`<h1>${t("nav.contests")}</h1><${Loading} />`;
  if (error) return html`<h1>${t("nav.contests")}</h1><${QueryError} error=${error} />`;
  return html`<h1>${t("nav.contests")}</h1>
    ${notice && html`<p class="notice" role="status">${notice}</p>`}
    <${Section} title=${t("nav.contests")} id="contests">
      ${data.referralContests.length
        ? html`<ul class="contest-list">${data.referralContests.map((contest) => html`<li class="card contest" data-id=${contest.id}>
            <header class="queue-head">
              <b>${contest.name}</b> <${Status} value=${contest.state} />
              <span><${When} value=${contest.startsAt} /> – <${When} value=${contest.endsAt} /></span>
              <span class="muted">${t("contests.threshold", { count: contest.minReferrals })}</span>
              ${contest.entrants !== null && html`<span>${t("contests.entrants", { count: contest.entrants })}</span>`}
              ${contest.prizeCost && html`<span>${fmtMoney(contest.prizeCost)} / ${fmtMoney(contest.referredRevenue)}</span>`}
              <button type="button" class="secondary" name="open" onClick=${() => setOpen(open === contest.id ? null : contest.id)}>${t("contests.details")}</button>
              ${contest.state === "OPEN" && html`<button type="button" class="secondary" name="edit" onClick=${() => setEditing(editing === contest.id ? null : contest.id)}>${t("edit")}</button>`}
            </header>
            ${editing === contest.id && html`<${ContestForm} contest=${contest} onDone=${done(t("saved"))} onCancel=${() => setEditing(null)} />`}
            ${open === contest.id && html`<div class="details">
              <div><h3>${t("contests.standings")}</h3><${Standings} contest=${contest} /></div>
              <div><h3>${t("contests.prizes")}</h3><${Prizes} contest=${contest} onChanged=${done(t("contests.fulfilledNotice"))} />
                ${contest.state === "OPEN"
                  ? html`<${Decide} contest=${contest} onDone=${done(t("contests.decided"))} />`
                  : html`<p class="muted">${t("contests.decidedBy", { who: contest.decidedBy || "", seed: contest.seed || "" })}</p>`}
              </div>
            </div>`}
          </li>`)}</ul>`
        : html`<${Empty} text=${t("contests.none")} />`}
    <//>
    <${Section} title=${t("contests.new")} id="new-contest">
      <${ContestForm} key=${`new-${data.referralContests.length}`} onDone=${done(t("contests.created"))} />
    <//>`;
}
