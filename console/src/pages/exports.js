// Exports (F20): request a CSV of referrals, rewards, donations or the daily funnel,
// follow its progress, download it.
import { ERRORS } from "../api.js";
import { fmtNumber, fmtPercent, label, t } from "../i18n.js";
import {
  Empty, Field, FormErrors, Input, Loading, QueryError, Section, Select, Status, When, html, isoOrNull,
  useApp, useEffect, useForm, useMutation, useQuery, useState,
} from "./deps.js";

const KINDS = ["REFERRALS", "REWARDS", "DONATIONS", "FUNNEL"];
const FILE_FIELDS = `id kind status statusReason progress rowsDone rowsTotal url requestedBy createdAt finishedAt
  periodStart periodEnd`;
const LIST = `query Exports($channel: String!) {
  referralExportFiles(channel: $channel, first: 20) { ${FILE_FIELDS} }
  referralCampaigns(channel: $channel) { id name }
}`;
const REQUEST = `mutation Export($channel: String!, $kind: ReferralExportKindEnum!, $period: ReferralExportPeriodInput, $campaign: ID) {
  referralExport(channel: $channel, kind: $kind, period: $period, campaign: $campaign) {
    exportFile { ${FILE_FIELDS} } ${ERRORS}
  }
}`;
const WORKING = new Set(["PENDING", "RUNNING"]);

function ExportForm({ campaigns, onDone }) {
  const app = useApp();
  const form = useForm({ kind: "REFERRALS", from: "", to: "", campaign: "" });
  const request = useMutation(REQUEST, "referralExport");
  const { values: v, set } = form;
  async function submit(event) {
    event.preventDefault();
    const period = v.from || v.to ? { gte: isoOrNull(v.from), lte: isoOrNull(v.to) } : null;
    const payload = await request.run({ channel: app.channel, kind: v.kind, period, campaign: v.campaign || null });
    if (payload) onDone(payload.exportFile);
  }
  return html`<form class="inline-form" name="export" onSubmit=${submit} noValidate>
    <${Field} label=${t("exports.kind")} name="kind" errors=${request.errors}>
      <${Select} name="kind" value=${v.kind} set=${set} options=${KINDS.map((kind) => [kind, label("export", kind)])} />
    <//>
    <${Field} label=${t("filter.from")} name="period" errors=${request.errors}>
      <${Input} name="from" type="datetime-local" value=${v.from} set=${set} />
    <//>
    <${Field} label=${t("filter.to")} name="to">
      <${Input} name="to" type="datetime-local" value=${v.to} set=${set} />
    <//>
    <${Field} label=${t("exports.campaign")} name="campaign" errors=${request.errors}>
      <${Select} name="campaign" value=${v.campaign} set=${set}
        options=${[["", t("all")], ...campaigns.map((campaign) => [campaign.id, campaign.name])]} />
    <//>
    <${FormErrors} errors=${request.errors} fields=${["kind", "period", "campaign"]} />
    <button type="submit" disabled=${request.busy}>${t("exports.request")}</button>
  </form>`;
}

function Progress({ file }) {
  if (file.status === "SUCCESS") return html`<span>${t("exports.rows", { count: file.rowsDone })}</span>`;
  if (file.progress === null) return html`<span class="muted">${t("exports.counting")}</span>`;
  return html`<span><progress max="1" value=${file.progress}></progress> ${fmtPercent(file.progress)}
    <small class="muted">${fmtNumber(file.rowsDone)} / ${fmtNumber(file.rowsTotal ?? 0)}</small></span>`;
}

export function Exports() {
  const app = useApp();
  const { data, error, loading, reload } = useQuery(LIST, { channel: app.channel });
  const [notice, setNotice] = useState(null);
  const working = !!data && data.referralExportFiles.some((file) => WORKING.has(file.status));
  // Follow running exports until they finish (the API reports progress per chunk).
  useEffect(() => {
    if (!working) return undefined;
    const timer = setTimeout(reload, 1500);
    return () => clearTimeout(timer);
  }, [working, data]);
  if (loading && !data) return html`<h1>${t("nav.exports")}</h1><${Loading} />`;
  if (error) return html`<h1>${t("nav.exports")}</h1><${QueryError} error=${error} />`;
  return html`<h1>${t("nav.exports")}</h1>
    ${notice && html`<p class="notice" role="status">${notice}</p>`}
    <${Section} title=${t("exports.new")} id="new-export">
      <p class="muted">${t("exports.intro")}</p>
      <${ExportForm} campaigns=${data.referralCampaigns} onDone=${() => { setNotice(t("exports.requested")); reload(); }} />
    <//>
    <${Section} title=${t("exports.files")} id="exports">
      ${data.referralExportFiles.length
        ? html`<table class="table exports-table"><thead><tr>
            <th>${t("col.created")}</th><th>${t("exports.kind")}</th><th>${t("col.status")}</th><th>${t("exports.progress")}</th>
            <th>${t("exports.by")}</th><th></th></tr></thead><tbody>
          ${data.referralExportFiles.map((file) => html`<tr data-id=${file.id} data-status=${file.status}>
            <td><${When} value=${file.createdAt} /></td>
            <td>${label("export", file.kind)}${file.periodStart || file.periodEnd
              ? html`<br /><small class="muted"><${When} value=${file.periodStart} time=${false} /> – <${When} value=${file.periodEnd} time=${false} /></small>`
              : ""}</td>
            <td><${Status} value=${file.status} />${file.status === "FAILED" ? html`<br /><small class="muted">${file.statusReason}</small>` : ""}</td>
            <td><${Progress} file=${file} /></td>
            <td class="muted">${file.requestedBy}</td>
            <td>${file.url ? html`<a class="download" href=${file.url} download>${t("exports.download")}</a>` : ""}</td>
          </tr>`)}
          </tbody></table>`
        : html`<${Empty} text=${t("exports.none")} />`}
    <//>`;
}
