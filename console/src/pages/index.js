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
