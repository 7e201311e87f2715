// The console: sign-in (or the Dashboard's token), the page frame and routing.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { createClient, mutate } from "./api.js";
import {
  SIGN_IN,
  connectDashboard,
  inDashboard,
  reportHeight,
  storeToken,
  storedToken,
} from "./auth.js";
import { LANGUAGES, currentLanguage, pickLanguage, setLanguage, t } from "./i18n.js";
import { createRouter } from "./router.js";
import { AppContext, Field, FormErrors, Input, html, useForm } from "./ui.js";
import { PAGES, navigationFor, pageFor } from "./pages/index.js";
import { ChannelSwitch, ConsoleError, NotActive, SettingsLink, channelName, useChannels } from "./channels.js";

function SignIn({ gql, onToken }) {
  const form = useForm({ email: "", password: "" });
  const [errors, setErrors] = useState([]);
  const [busy, setBusy] = useState(false);
  async function submit(event) {
    event.preventDefault();
    setBusy(true);
    try {
      const { payload, errors: found } = await mutate(gql, SIGN_IN, form.values, "tokenCreate");
      setErrors(found);
      if (!found.length && payload.token) onToken(payload.token);
    } catch (error) {
      setErrors([{ field: null, code: "INVALID", message: error.message }]);
    } finally {
      setBusy(false);
    }
  }
  return html`<main class="sign-in">
    <form class="card" onSubmit=${submit} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">${t("signIn.title")}</h1>
      <p class="muted">${t("signIn.intro")}</p>
      <${Field} label=${t("signIn.email")} name="email" errors=${errors}>
        <${Input} name="email" type="email" value=${form.values.email} set=${form.set} required autocomplete="username" />
      <//>
      <${Field} label=${t("signIn.password")} name="password" errors=${errors}>
        <${Input} name="password" type="password" value=${form.values.password} set=${form.set} required autocomplete="current-password" />
      <//>
      <${FormErrors} errors=${errors} fields=${["email", "password"]} />
      <button type="submit" disabled=${busy}>${t("signIn.submit")}</button>
    </form>
  </main>`;
}

function NoPermission({ onSignOut, framed }) {
  return html`<main class="no-permission card" role="alert">
    <h1>${t("noPermission.title")}</h1>
    <p>${t("noPermission.text")}</p>
    ${!framed && html`<button type="button" onClick=${onSignOut}>${t("signOut")}</button>`}
  </main>`;
}

function ChannelPicker({ router }) {
  const [slug, setSlug] = useState("");
  return html`<main class="sign-in">
    <form
      class="card"
      onSubmit=${(event) => {
        event.preventDefault();
        if (slug.trim()) location.assign(router.href("overview", { channel: slug.trim() }));
      }}
    >
      <h1>${t("channel.title")}</h1>
      <label class="field"><span class="field-label">${t("channel.slug")}</span>
        <input name="channel" value=${slug} onInput=${(event) => setSlug(event.target.value)} required />
      </label>
      <button type="submit">${t("channel.open")}</button>
    </form>
  </main>`;
}

// The customer and order pages are widgets inside the Dashboard's own pages: no
// sidebar there, and the widget's height follows the content.
const WIDGETS = new Set(["customer", "order"]);

function Embedded({ bridge, children }) {
  const root = useRef(null);
  useEffect(() => {
    if (!root.current || typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(() => reportHeight(bridge.current, root.current.scrollHeight));
    observer.observe(root.current);
    return () => observer.disconnect();
  }, []);
  return html`<main class="content embedded" ref=${root}>${children}</main>`;
}

export function App({ config }) {
  const framed = useMemo(inDashboard, []);
  const query = new URLSearchParams(location.search);
  const router = useMemo(() => createRouter(config.base), []);
  const [channel] = useState(config.channel || query.get("channel") || "");
  const [language, setLang] = useState(() =>
    pickLanguage(query.get("lang"), framed && query.get("locale"), config.language),
  );
  const [token, setToken] = useState(() => (framed ? null : storedToken()));
  // Saleor's API (the bridge names it): its own fields, `channels` and sign-in.
  const [saleorUrl, setSaleorUrl] = useState(config.saleorApiUrl || config.graphqlUrl);
  const [theme, setTheme] = useState(query.get("theme") || "light");
  const [screen, setScreen] = useState("app");
  const bridge = useRef(null);

  setLanguage(language);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    if (!framed) return;
    bridge.current = connectDashboard((state) => {
      if (state.token) setToken(state.token);
      if (state.saleorApiUrl) setSaleorUrl(state.saleorApiUrl);
      if (state.theme) setTheme(state.theme);
      // An explicit ?lang= wins over the Dashboard's locale.
      if (state.locale && !query.get("lang")) setLang(pickLanguage(state.locale, language));
    });
  }, []);

  // The referral API: Saleor's /graphql/ in plugin mode, the App's own in App mode.
  const apiUrl = config.appMode ? config.graphqlUrl : saleorUrl;
  const gql = useMemo(() => createClient(apiUrl, () => token), [apiUrl, token]);
  const saleorGql = useMemo(() => createClient(saleorUrl, () => token), [saleorUrl, token]);
  const route = router.useRoute();
  const channels = useChannels(saleorGql, config.programs || {});
  const [consoleError, setConsoleError] = useState(null);

  function signOut() {
    storeToken(null);
    setToken(null);
    setScreen("app");
  }
  const name = channelName(channels, channel);
  const context = {
    gql,
    saleorGql,
    channel,
    channelName: name,
    router,
    navigate: router.navigate,
    framed,
    onApiError(error) {
      if (error.kind === "permission") setScreen("no-permission");
      else if (error.kind === "auth" && !framed) signOut();
    },
  };

  if (!token) {
    if (framed) return html`<p class="muted loading">${t("dashboard.waiting")}</p>`;
    return html`<${SignIn}
      gql=${saleorGql}
      onToken=${(value) => {
        storeToken(value);
        setToken(value);
      }}
    />`;
  }
  if (screen === "no-permission") return html`<${NoPermission} onSignOut=${signOut} framed=${framed} />`;
  if (!channel) return html`<${ChannelPicker} router=${router} />`;

  const Page = pageFor(config, route.page) || PAGES.overview;
  const active = pageFor(config, route.page) ? route.page : "overview";
  // The program is off in this channel (or was never set up): say so, and where to
  // switch it on, instead of pages that would all be empty.
  const programOff = config.programs && config.programs[channel] !== true;
  let content = html`<${Page} query=${route.query} />`;
  if (consoleError) content = html`<${ConsoleError} error=${consoleError} onBack=${() => setConsoleError(null)} />`;
  else if (programOff && active !== "settings") content = html`<${NotActive} name=${name} slug=${channel} config=${config} bridge=${bridge} />`;
  if (framed && WIDGETS.has(active)) {
    return html`<${AppContext.Provider} value=${context}>
      <${Embedded} bridge=${bridge} key=${`${active}-${language}`}>${content}<//>
    <//>`;
  }
  return html`<${AppContext.Provider} value=${context}>
    <div class="layout">
      <nav class="sidebar" aria-label=${t("nav.label")}>
        <div class="brand">${t("app.title")}<small class="channel-name" title=${channel} data-slug=${channel}>${name}</small></div>
        <ul>
          ${navigationFor(config).map(
            (name) => html`<li>
              <a
                href=${router.href(name)}
                class=${name === active ? "active" : ""}
                aria-current=${name === active ? "page" : undefined}
                data-page=${name}
                onClick=${(event) => {
                  if (event.ctrlKey || event.metaKey) return;
                  event.preventDefault();
                  router.navigate(name);
                }}
              >${t(`nav.${name}`)}</a>
            </li>`,
          )}
        </ul>
        <div class="sidebar-foot">
          <${ChannelSwitch} channels=${channels} channel=${channel} config=${config} onError=${setConsoleError} />
          <${SettingsLink} config=${config} bridge=${bridge}>${t("settings.link")}<//>
          <label class="language">
            <span class="sr-only">${t("language")}</span>
            <select
              name="language"
              value=${currentLanguage()}
              onChange=${(event) => setLang(event.target.value)}
            >
              ${LANGUAGES.map((code) => html`<option value=${code} selected=${code === language}>${t(`language.${code}`)}</option>`)}
            </select>
          </label>
          ${!framed && html`<button type="button" class="link" onClick=${signOut}>${t("signOut")}</button>`}
        </div>
      </nav>
      <main class="content" data-page=${active} key=${`${active}-${language}`}>
        ${content}
      </main>
    </div>
  <//>`;
}
