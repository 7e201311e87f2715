// Numbers first, as charts: the funnel, referred revenue vs reward cost per month,
// per campaign and per tier. The API aggregates; the browser only draws.
import { BarChart, ColumnChart } from "../charts.js";
import { fmtMoney, fmtMonth, fmtNumber, fmtPercent, label, t } from "../i18n.js";
import { useState } from "preact/hooks";
import { Empty, Loading, QueryError, Section, html, useApp, useQuery } from "../ui.js";

const MONTHS = 12;

export function monthStarts(now = new Date()) {
  const starts = [];
  for (let back = MONTHS - 1; back >= -1; back -= 1) {
    starts.push(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)));
  }
  return starts;
}

// Month by month, a request of its own sent with the overview's: both aggregate
// on the server at once, and the page fills in as each answers.
function monthsQuery(starts) {
  const months = starts
    .slice(0, -1)
    .map(
      (start, index) =>
        `m${index}: referralProgramSummary(channel: $channel, from: "${start.toISOString()}", to: "${starts[
          index + 1
        ].toISOString()}") { referredRevenue { amount currency } rewardCost { amount currency } }`,
    )
    .join("\n");
  return `query OverviewMonths($channel: String!) { ${months} }`;
}

const OVERVIEW = `query Overview($channel: String!) {
  summary: referralProgramSummary(channel: $channel) {
    pending qualified approved rewarded flagged rejected reversed visits
    visitsByNetwork { network count }
    referredRevenue { amount currency } rewardCost { amount currency } returnOnRewards
  }
  referralCampaigns(channel: $channel) {
    id name state
    results { referrals converted referredRevenue { amount currency } rewardCost { amount currency } }
  }
  referralTiers(channel: $channel) { id name rank members }
  referralProgram(channel: $channel) {
    isActive friendOffer { type value currency minSpent { amount currency } }
    advocateReward { type amount { amount currency } } minOrderTotal { amount currency }
    newCustomersOnly holdDays campaign { name } socialProof { friendsJoined }
  }
}`;

function MoneyChart({ starts, query: { data, error, loading }, money }) {
  if (loading) return html`<${Loading} />`;
  if (error) return html`<${QueryError} error=${error} />`;
  const months = starts.slice(0, -1);
  return html`<${ColumnChart}
    name="money"
    title=${t("overview.overTime")}
    format=${money}
    labels=${months.map((start) => fmtMonth(start))}
    series=${[
      { name: t("overview.revenue"), values: months.map((_, index) => data[`m${index}`].referredRevenue.amount) },
      { name: t("overview.cost"), values: months.map((_, index) => data[`m${index}`].rewardCost.amount) },
    ]}
  />`;
}

const LEADERBOARD = `query Leaderboard($channel: String!) {
  referralLeaderboard(channel: $channel, period: ALL_TIME, first: 10) { rank name convertedReferrals }
}`;

// Its own request, sent with the overview's (not after it): a failure of the
// public leaderboard leaves the rest of the page alone.
function Leaderboard({ query: { data, error, loading } }) {
  if (loading) return html`<${Loading} />`;
  if (error) return html`<${QueryError} error=${error} />`;
  const rows = data.referralLeaderboard || [];
  if (!rows.length) return html`<${Empty} />`;
  return html`<ol class="leaderboard">
    ${rows.map(
      (entry) =>
        html`<li><span>${entry.name || t("anonymous")}</span><b class="num">${fmtNumber(entry.convertedReferrals)}</b></li>`,
    )}
  </ol>`;
}

// The program's offer as configured in the plugin settings (read-only here).
function ProgramCard({ program }) {
  if (!program) return html`<p class="notice warn" role="status">${t("overview.inactive")}</p>`;
  const offer = program.friendOffer;
  const offerText =
    offer.type === "PERCENTAGE"
      ? fmtPercent(offer.value / 100)
      : offer.type === "FIXED"
        ? fmtMoney({ amount: offer.value, currency: offer.currency })
        : label("discount", offer.type);
  return html`<p class="program-line muted" data-program>
    ${t("overview.programLine", {
      offer: offerText,
      reward: `${fmtMoney(program.advocateReward.amount)} (${label("kind", program.advocateReward.type)})`,
      days: program.holdDays,
    })}
    ${program.campaign ? html` · ${t("overview.campaignLive", { name: program.campaign.name })}` : ""}
  </p>`;
}

function Kpi({ title, value, name }) {
  return html`<div class="kpi" data-kpi=${name}><span class="kpi-title">${title}</span><strong class="num">${value}</strong></div>`;
}

export function Overview() {
  const app = useApp();
  const [starts] = useState(monthStarts);
  const { data, error, loading } = useQuery(OVERVIEW, { channel: app.channel });
  const months = useQuery(monthsQuery(starts), { channel: app.channel });
  const leaderboard = useQuery(LEADERBOARD, { channel: app.channel });
  if (loading && !data) return html`<h1>${t("nav.overview")}</h1><${Loading} />`;
  if (error) return html`<h1>${t("nav.overview")}</h1><${QueryError} error=${error} />`;
  const summary = data.summary;
  if (!summary) return html`<h1>${t("nav.overview")}</h1><${Empty} text=${t("overview.noProgram")} />`;
  const converted = summary.approved + summary.rewarded;
  const referrals =
    summary.pending + summary.qualified + converted + summary.flagged + summary.rejected + summary.reversed;
  const currency = summary.referredRevenue.currency;
  const money = (amount) => fmtMoney({ amount, currency });
  const campaigns = data.referralCampaigns.filter((campaign) => campaign.results);
  return html`<h1>${t("nav.overview")}</h1>
    <${ProgramCard} program=${data.referralProgram} />
    <div class="kpis">
      <${Kpi} name="revenue" title=${t("overview.revenue")} value=${fmtMoney(summary.referredRevenue)} />
      <${Kpi} name="cost" title=${t("overview.cost")} value=${fmtMoney(summary.rewardCost)} />
      <${Kpi}
        name="roi"
        title=${t("overview.roi")}
        value=${summary.returnOnRewards === null ? "—" : `${fmtNumber(summary.returnOnRewards)}×`}
      />
      <${Kpi} name="flagged" title=${t("overview.flagged")} value=${fmtNumber(summary.flagged)} />
    </div>
    <div class="grid-2">
      <${Section} title=${t("overview.funnel")} id="funnel">
        <${BarChart}
          name="funnel"
          title=${t("overview.funnel")}
          items=${[
            { label: t("funnel.visits"), value: summary.visits },
            { label: t("funnel.referrals"), value: referrals },
            { label: t("funnel.qualified"), value: summary.qualified + converted },
            { label: t("funnel.converted"), value: converted },
            { label: t("funnel.rewarded"), value: summary.rewarded },
          ]}
        />
      <//>
      <${Section} title=${t("overview.statuses")} id="statuses">
        <${BarChart}
          name="statuses"
          title=${t("overview.statuses")}
          items=${["pending", "qualified", "approved", "rewarded", "flagged", "rejected", "reversed"].map(
            (status) => ({ label: label("status", status.toUpperCase()), value: summary[status] }),
          )}
        />
      <//>
    </div>
    <${Section} title=${t("overview.overTime")} id="over-time">
      <${MoneyChart} starts=${starts} query=${months} money=${money} />
    <//>
    <div class="grid-2">
      <${Section} title=${t("overview.perCampaign")} id="per-campaign">
        ${campaigns.length
          ? html`<${ColumnChart}
              name="campaigns"
              title=${t("overview.perCampaign")}
              format=${money}
              labels=${campaigns.map((campaign) => campaign.name)}
              series=${[
                { name: t("overview.revenue"), values: campaigns.map((c) => c.results.referredRevenue.amount) },
                { name: t("overview.cost"), values: campaigns.map((c) => c.results.rewardCost.amount) },
              ]}
            />`
          : html`<${Empty} text=${t("overview.noCampaigns")} />`}
      <//>
      <${Section} title=${t("overview.perTier")} id="per-tier">
        ${data.referralTiers.length
          ? html`<${BarChart}
              name="tiers"
              title=${t("overview.perTier")}
              items=${data.referralTiers.map((tier) => ({ label: tier.name, value: tier.members }))}
            />`
          : html`<${Empty} text=${t("overview.noTiers")} />`}
      <//>
    </div>
    <div class="grid-2">
      <${Section} title=${t("overview.networks")} id="networks">
        ${summary.visitsByNetwork.length
          ? html`<${BarChart}
              name="networks"
              title=${t("overview.networks")}
              items=${summary.visitsByNetwork.map((row) => ({ label: label("network", row.network), value: row.count }))}
            />`
          : html`<${Empty} />`}
      <//>
      <${Section} title=${t("overview.leaderboard")} id="leaderboard">
        <${Leaderboard} query=${leaderboard} />
      <//>
    </div>`;
}
