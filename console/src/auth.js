// Where the token comes from: the Dashboard's app bridge inside its iframe,
// else the console's own sign-in form (Saleor's tokenCreate), kept for the tab.
import { AppBridge, actions } from "@saleor/app-sdk/app-bridge";

const STORAGE_KEY = "saleor-referrals-console-token";

export function inDashboard() {
  const query = new URLSearchParams(location.search);
  const framed = window.parent !== window;
  return framed || (query.has("id") && (query.has("saleorApiUrl") || query.has("domain")));
}

let earlyBridge = null;

// Started before the first render: the Dashboard posts its locale and theme once, on
// the frame's load, which can come before the app's effects run; the bridge keeps
// what it heard in its state.
export function startDashboardBridge() {
  if (!earlyBridge && inDashboard()) {
    earlyBridge = new AppBridge({ autoNotifyReady: true });
    keepDashboardOrigin(earlyBridge);
  }
  return earlyBridge;
}

// The bridge trusts messages from the origin of `document.referrer`, the Dashboard's
// on the frame's first page. When the console opens another of its pages in the
// frame (the channel switch), the referrer is the console itself: the Dashboard's
// origin then comes along in `?dashboardOrigin=` (only taken when the referrer is
// our own origin: a page framing the console directly is its referrer anyway).
export const DASHBOARD_ORIGIN_PARAM = "dashboardOrigin";

function keepDashboardOrigin(bridge) {
  const carried = new URLSearchParams(location.search).get(DASHBOARD_ORIGIN_PARAM);
  if (carried && bridge.refererOrigin === location.origin) bridge.refererOrigin = carried;
}

export function dashboardOrigin() {
  return earlyBridge && earlyBridge.refererOrigin !== location.origin ? earlyBridge.refererOrigin : null;
}

// Resolves once the Dashboard has handed over a token (its handshake).
export function connectDashboard(onChange) {
  const bridge = startDashboardBridge() || new AppBridge({ autoNotifyReady: true });
  const publish = () => onChange(bridge.getState());
  bridge.subscribe("handshake", publish);
  bridge.subscribe("theme", publish);
  bridge.subscribe("localeChanged", publish);
  bridge.subscribe("tokenRefresh", publish);
  publish();
  return bridge;
}

export const storedToken = () => sessionStorage.getItem(STORAGE_KEY);
export const storeToken = (token) =>
  token ? sessionStorage.setItem(STORAGE_KEY, token) : sessionStorage.removeItem(STORAGE_KEY);

export const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  tokenCreate(email: $email, password: $password) { token errors { field code message } }
}`;

// A widget on the Dashboard's customer or order page: tell the Dashboard how tall
// the content is (Dashboards without widget resizing ignore it).
export function reportHeight(bridge, height) {
  if (!bridge || !(height > 0)) return;
  bridge.dispatch(actions.WidgetResize({ height: Math.ceil(height) })).catch(() => {});
}
