import { Overview } from "./overview.js";
import { Review } from "./review.js";
import { Referrals } from "./referrals.js";
import { Rewards } from "./rewards.js";
import { Tiers } from "./tiers.js";
import { Campaigns } from "./campaigns.js";
import { Contests } from "./contests.js";
import { Causes } from "./causes.js";
import { Events } from "./events.js";
import { Customer, Order } from "./customer.js";
import { Exports } from "./exports.js";
import { Settings } from "./settings.js";

export const PAGES = {
  overview: Overview,
  review: Review,
  referrals: Referrals,
  rewards: Rewards,
  tiers: Tiers,
  campaigns: Campaigns,
  contests: Contests,
  causes: Causes,
  events: Events,
  exports: Exports,
  settings: Settings,
  customer: Customer,
  order: Order,
};

// The sidebar; the customer and order pages open from the Dashboard's own pages.
export const NAVIGATION = [
  "overview",
  "review",
  "referrals",
  "rewards",
  "tiers",
  "campaigns",
  "contests",
  "causes",
  "events",
  "exports",
];

// App mode has no plugin form: the settings are a console page.
export const navigationFor = (config) => (config.appMode ? [...NAVIGATION, "settings"] : NAVIGATION);
const APP_MODE_PAGES = new Set(["settings"]);
export const pageFor = (config, name) => (APP_MODE_PAGES.has(name) && !config.appMode ? null : PAGES[name] || null);
