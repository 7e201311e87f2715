// Channels: their names (Saleor's `channels`), the program's state in each (the
// shell's `programs`), the switch between them, and the pages shown instead of a
// blank frame: a channel where the program is off, a console route that failed.
import { useEffect, useState } from "preact/hooks";
import { actions } from "@saleor/app-sdk/app-bridge";
import { DASHBOARD_ORIGIN_PARAM, dashboardOrigin } from "./auth.js";
import { t } from "./i18n.js";
import { html } from "./ui.js";

const CHANNELS = "query Channels { channels { slug name } }";

// The shop's channels, each with `active`: is the program on there?
export function useChannels(gql, programs) {
  const [channels, setChannels] = useState(null);
  useEffect(() => {
    gql(CHANNELS).then(
      (data) => setChannels((data.channels || []).map((one) => ({ ...one, active: programs[one.slug] === true }))),
      () => setChannels([]),
    );
  }, [gql]);
  return channels;
}

// The channel's name for an operator; its slug until the names are known.
export function channelName(channels, slug) {
  const found = (channels || []).find((one) => one.slug === slug);
  return found ? found.name : slug;
}

// The console of another channel, at the same page. Through the shop-wide route:
// Saleor answers a channel's own route only while the plugin is active there.
export function channelUrl(config, slug) {
  const url = new URL(location.href);
  const page = url.pathname.startsWith(config.base) ? url.pathname.slice(config.base.length) : "";
  url.pathname = config.shopBase + page;
  url.searchParams.set("channel", slug);
  const origin = dashboardOrigin();
  if (origin) url.searchParams.set(DASHBOARD_ORIGIN_PARAM, origin);
  return url.toString();
}

// Open a console URL only once it answers: a 404 or 5xx shows the reason here
// instead of an empty frame.
export async function openConsole(url, onError) {
  let response;
  try {
    response = await fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } });
  } catch (error) {
    onError({ status: 0, url, reason: String(error.message || error) });
    return;
  }
  if (!response.ok) {
    onError({ status: response.status, url, reason: (await response.text()).slice(0, 300) });
    return;
  }
  location.assign(url);
}

export function ChannelSwitch({ channels, channel, config, onError }) {
  if (!channels || channels.length < 2) return null;
  return html`<label class="channel-switch">
    <span class="field-label">${t("channel.label")}</span>
    <select name="channel" onChange=${(event) => openConsole(channelUrl(config, event.target.value), onError)}>
      ${channels.map(
        (one) => html`<option value=${one.slug} selected=${one.slug === channel} data-active=${String(one.active)}
          title=${t(one.active ? "channel.titleActive" : "channel.titleInactive", { name: one.name })}>
          ${t(one.active ? "channel.optionActive" : "channel.optionInactive", { name: one.name })}
        </option>`,
      )}
    </select>
  </label>`;
}

// The plugin's settings page in the Dashboard: inside its frame the Dashboard
// navigates there itself (app bridge `redirect`); outside, a plain link.
export function SettingsLink({ config, bridge, children }) {
  // App mode: the console's own settings page.
  if (config.appMode) return html`<a class="settings-link" href=${`${config.base}settings${location.search}`}>${children}</a>`;
  const path = config.settingsPath;
  const href = config.dashboardUrl ? `${config.dashboardUrl}${path}` : path;
  function open(event) {
    if (!bridge || !bridge.current || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    bridge.current.dispatch(actions.Redirect({ to: path })).catch(() => {
      window.open(href, "_top");
    });
  }
  return html`<a class="settings-link" href=${href} target="_top" onClick=${open}>${children}</a>`;
}

export function NotActive({ name, slug, config, bridge }) {
  return html`<section class="card not-active" role="status" data-channel=${slug}>
    <h1>${t("notActive.title", { name })}</h1>
    <p>${t(config.appMode ? "notActive.textApp" : "notActive.text", { name })}</p>
    <p><${SettingsLink} config=${config} bridge=${bridge}>${t("notActive.link")}<//></p>
  </section>`;
}

export function ConsoleError({ error, onBack }) {
  const known = error.status === 404 ? "error.notFound" : error.status >= 500 ? "error.server" : "error.network";
  return html`<section class="card console-error" role="alert" data-status=${error.status}>
    <h1>${t("error.title", { status: error.status || "—" })}</h1>
    <p>${t(known)}</p>
    ${error.reason && html`<pre class="muted">${error.reason}</pre>`}
    <p><button type="button" class="secondary" onClick=${onBack}>${t("error.back")}</button></p>
  </section>`;
}
