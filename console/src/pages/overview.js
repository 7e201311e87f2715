// Numbers first, as charts: the funnel, referred revenue against the full cost,
// month by month, against the previous period, per campaign and per tier. The API
// aggregates (daily totals), the browser only draws.
import { useState } from "preact/hooks";
import { BarChart, ColumnChart } from "../charts.js";
import { currentLanguage, fmtMoney, fmtMonth, fmtNumber, fmtPercent, label, t } from "../i18n.js";
import { Empty, Loading, QueryError, Section, html, useApp, useQuery } from "../ui.js";

const MONTHS = 12;
const DAY = 86_400_000;
// The period picker: whole UTC days, so the report reads daily totals only.
export const PERIODS = { "30": 30, "90": 90, "365": 365, all: null };

export function monthStarts(now = new Date()) {
  const starts = [];
  for (let back = MONTHS - 1; back >= -1; back -= 1) {
    starts.push(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)));
  }
  return starts;
}

export function periodOf(key, now = new Date()) {
  const days = PERIODS[key];
  if (!days) return null;
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY;
  return { gte: new Date(end - days * DAY).toISOString(), lte: new Date(end).toISOString() };
}

const MONEY = "{ amount currency }";
const COSTS = ["advocateRewards", "friendDiscounts", "signupRewards", "tierEntryRewards", "milestoneBonuses",
  "contestPrizes", "donations", "eventCosts", "memberDiscounts", "otherRewards"];
const FUNNEL = ["shares", "visits", "signups", "orders", "qualified", "converted", "rewarded"];

const OVERVIEW = `query Overview($channel: String!, $period: ReferralPeriodInput, $compare: Boolean!, $language: String) {
  report: referralReport(channel: $channel, period: $period, compareWithPrevious: $compare) {
    start end
    funnel { ${FUNNEL.join(" ")} reversed linkOrders visitsByNetwork { network count } sharesByNetwork { network count }
      visitToOrderRate orderToConvertedRate }
    money { repeatWindowDays referredOrders repeatOrders firstOrderRevenue ${MONEY} windowRevenue ${MONEY}
      costs { ${COSTS.map((cost) => `${cost} ${MONEY}`).join(" ")} } totalCost ${MONEY} committed ${MONEY}
      returnOnRewards windowReturnOnRewards }
    previous { start end funnel { ${FUNNEL.join(" ")} }
      money { firstOrderRevenue ${MONEY} windowRevenue ${MONEY} totalCost ${MONEY} returnOnRewards } }
  }
  summary: referralProgramSummary(channel: $channel) { flagged }
  referralCampaigns(channel: $channel) {
    id name state
    results { referrals converted referredRevenue ${MONEY} rewardCost ${MONEY} }
  }
  referralTiers(channel: $channel) { id name(languageCode: $language) rank members }
  referralProgram(channel: $channel) {
    isActive friendOffer { type value currency minSpent ${MONEY} }
    advocateReward { type amount ${MONEY} } minOrderTotal ${MONEY}
    newCustomersOnly holdDays campaign { name }
  }
}`;

// Month by month, a request of its own sent with the overview's.
function monthsQuery(starts) {
  const months = starts
    .slice(0, -1)
    .map(
      (start, index) =>
        `m${index}: referralReport(channel: $channel, period: {gte: "${start.toISOString()}", lte: "${starts[
          index + 1
        ].toISOString()}"}) { money { firstOrderRevenue ${MONEY} totalCost ${MONEY} } }`,
    )
    .join("\n");
  return `query OverviewMonths($channel: String!) { ${months} }`;
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

function MoneyChart({ starts, query: { data, error, loading }, money }) {
  if (loading) return html`<${Loading} />`;
  if (error) return html`<${QueryError} error=${error} />`;
  const months = starts.slice(0, -1);
  const report = (index) => data[`m${index}`];
  return html`<${ColumnChart}
    name="money"
    title=${t("overview.overTime")}
    format=${money}
    labels=${months.map((start) => fmtMonth(start))}
    series=${[
      { name: t("overview.revenue"), values: months.map((_, index) => report(index)?.money.firstOrderRevenue.amount ?? 0) },
      { name: t("overview.fullCost"), values: months.map((_, index) => report(index)?.money.totalCost.amount ?? 0) },
    ]}
  />`;
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
    ${program.campaign ? html`${t("list.sep")}${t("overview.campaignLive", { name: program.campaign.name })}` : ""}
  </p>`;
}

// "+12 % against the previous period" (or nothing to compare with).
function Change({ now, before }) {
  if (before === undefined || before === null) return null;
  if (!before) return now ? html`<small class="change up">${t("overview.new")}</small>` : null;
  const ratio = (now - before) / before;
  const sign = ratio > 0 ? "+" : "";
  return html`<small class=${`change ${ratio > 0 ? "up" : ratio < 0 ? "down" : ""}`} title=${t("overview.vsPrevious")}>
    ${sign}${fmtPercent(ratio)}
  </small>`;
}

function Kpi({ title, value, name, now, before }) {
  return html`<div class="kpi" data-kpi=${name}>
    <span class="kpi-title">${title}</span>
    <strong class="num">${value}</strong>
    <${Change} now=${now} before=${before} />
  </div>`;
}

export function Overview({ query }) {
  const app = useApp();
  const [periodKey, setPeriodKey] = useState(() => (query.get("period") in PERIODS ? query.get("period") : "30"));
  const [starts] = useState(monthStarts);
  const period = periodOf(periodKey);
  const { data, error, loading } = useQuery(
    OVERVIEW,
    { channel: app.channel, period, compare: !!period, language: currentLanguage() },
    [periodKey],
  );
  const months = useQuery(monthsQuery(starts), { channel: app.channel });
  const leaderboard = useQuery(LEADERBOARD, { channel: app.channel });
  const picker = html`<label class="period-picker">
    <span class="sr-only">${t("overview.period")}</span>
    <select name="period" value=${periodKey} onChange=${(event) => setPeriodKey(event.target.value)}>
      ${Object.keys(PERIODS).map((key) => html`<option value=${key} selected=${key === periodKey}>${t(`period.${key}`)}</option>`)}
    </select>
  </label>`;
  const header = html`<header class="page-header"><h1>${t("nav.overview")}</h1>${picker}</header>`;
  if (loading && !data) return html`${header}<${Loading} />`;
  if (error) return html`${header}<${QueryError} error=${error} />`;
  const report = data.report;
  if (!report) return html`${header}<${Empty} text=${t("overview.noProgram")} />`;
  const { funnel, money: report_money } = report;
  const previous = report.previous;
  const currency = report_money.totalCost.currency;
  const money = (amount) => fmtMoney({ amount, currency });
  const roi = (value) => (value === null || value === undefined ? "—" : `${fmtNumber(value, { maximumFractionDigits: 2 })}×`);
  const campaigns = data.referralCampaigns.filter((campaign) => campaign.results);
  const networks = [...new Set([...funnel.sharesByNetwork, ...funnel.visitsByNetwork].map((row) => row.network))];
  const countOf = (rows, network) => rows.find((row) => row.network === network)?.count ?? 0;
  return html`${header}
    <${ProgramCard} program=${data.referralProgram} />
    <div class="kpis">
      <${Kpi} name="revenue" title=${t("overview.revenue")} value=${fmtMoney(report_money.firstOrderRevenue)}
        now=${report_money.firstOrderRevenue.amount} before=${previous?.money.firstOrderRevenue.amount} />
      <${Kpi} name="window-revenue" title=${t("overview.windowRevenue", { days: report_money.repeatWindowDays })}
        value=${fmtMoney(report_money.windowRevenue)} now=${report_money.windowRevenue.amount} before=${previous?.money.windowRevenue.amount} />
      <${Kpi} name="cost" title=${t("overview.fullCost")} value=${fmtMoney(report_money.totalCost)}
        now=${report_money.totalCost.amount} before=${previous?.money.totalCost.amount} />
      <${Kpi} name="roi" title=${t("overview.roi")} value=${roi(report_money.returnOnRewards)}
        now=${report_money.returnOnRewards} before=${previous?.money.returnOnRewards} />
      <${Kpi} name="converted" title=${t("funnel.converted")} value=${fmtNumber(funnel.converted)}
        now=${funnel.converted} before=${previous?.funnel.converted} />
      <${Kpi} name="flagged" title=${t("overview.flagged")} value=${fmtNumber(data.summary ? data.summary.flagged : 0)} />
    </div>
    <div class="grid-2">
      <${Section} title=${t("overview.funnel")} id="funnel">
        <${BarChart} name="funnel" title=${t("overview.funnel")}
          items=${FUNNEL.map((stage) => ({ label: t(`funnel.${stage}`), value: funnel[stage] }))} />
        <p class="muted small">
          ${t("overview.rates", {
            visitToOrder: funnel.visitToOrderRate === null ? "—" : fmtPercent(funnel.visitToOrderRate),
            linkOrders: funnel.linkOrders,
            visits: funnel.visits,
            orderToConverted: funnel.orderToConvertedRate === null ? "—" : fmtPercent(funnel.orderToConvertedRate),
            reversed: funnel.reversed,
          })}
        </p>
      <//>
      <${Section} title=${t("overview.costs")} id="costs">
        <${BarChart} name="costs" title=${t("overview.costs")} format=${money}
          items=${COSTS.map((cost) => ({ label: t(`cost.${cost}`), value: report_money.costs[cost].amount }))} />
        <p class="muted small">${t("overview.committed", { amount: fmtMoney(report_money.committed) })}</p>
      <//>
    </div>
    ${previous && html`<${Section} title=${t("overview.comparison")} id="comparison">
      <${ColumnChart} name="comparison" title=${t("overview.comparison")}
        labels=${FUNNEL.map((stage) => t(`funnel.${stage}`))}
        series=${[
          { name: t("overview.thisPeriod"), values: FUNNEL.map((stage) => funnel[stage]) },
          { name: t("overview.previousPeriod"), values: FUNNEL.map((stage) => previous.funnel[stage]) },
        ]} />
    <//>`}
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
                { name: t("cost.advocateRewards"), values: campaigns.map((c) => c.results.rewardCost.amount) },
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
        ${networks.length
          ? html`<${ColumnChart}
              name="networks"
              title=${t("overview.networks")}
              labels=${networks.map((network) => label("network", network))}
              series=${[
                { name: t("funnel.shares"), values: networks.map((network) => countOf(funnel.sharesByNetwork, network)) },
                { name: t("funnel.visits"), values: networks.map((network) => countOf(funnel.visitsByNetwork, network)) },
              ]}
            />`
          : html`<${Empty} />`}
      <//>
      <${Section} title=${t("overview.leaderboard")} id="leaderboard">
        <${Leaderboard} query=${leaderboard} />
      <//>
    </div>`;
}
