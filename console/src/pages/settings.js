// The program's settings for a channel, in App mode (plugin mode keeps them in the
// plugin's form in the Dashboard). The fields, labels, help texts, choices and
// checks come from the API, which reads the plugin form's one declaration.
import { ERRORS } from "../api.js";
import { t } from "../i18n.js";
import {
  Checkbox, Field, FormErrors, Loading, QueryError, Section, html, useApp, useEffect, useForm, useMutation, useQuery,
  useState,
} from "./deps.js";

const SETTINGS = `query Settings($channel: String!) {
  referralSettings(channel: $channel) {
    channel isActive currency
    settings { name label helpText kind value choices { value label } }
  }
}`;
const SAVE = `mutation SettingsSave($channel: String!, $active: Boolean!, $currency: String, $values: [ReferralSettingInput!]!) {
  referralSettingsUpdate(channel: $channel, isActive: $active, currency: $currency, values: $values) {
    settings { isActive currency } ${ERRORS}
  }
}`;
// Saleor's own field: a channel's currency, for a channel's first save.
const CHANNEL_CURRENCY = "query ChannelCurrency($slug: String!) { channel(slug: $slug) { currencyCode } }";

function Control({ setting, value, set }) {
  if (setting.kind === "BOOLEAN") return html`<${Checkbox} name=${setting.name} value=${value} set=${set} text=${setting.label} />`;
  const onInput = (event) => set(setting.name, event.target.value);
  if (setting.choices.length) {
    return html`<select name=${setting.name} value=${value} onChange=${onInput}>
      ${setting.choices.map((choice) => html`<option value=${choice.value} selected=${choice.value === value}>${choice.label}</option>`)}
    </select>`;
  }
  if (setting.kind === "MULTILINE") return html`<textarea name=${setting.name} rows="4" value=${value} onInput=${onInput}></textarea>`;
  return html`<input name=${setting.name} value=${value} onInput=${onInput} />`;
}

function useChannelCurrency(known) {
  const app = useApp();
  const [currency, setCurrency] = useState(known);
  useEffect(() => {
    if (known || !app.saleorGql) return;
    app.saleorGql(CHANNEL_CURRENCY, { slug: app.channel }).then(
      (data) => setCurrency((data.channel && data.channel.currencyCode) || null),
      () => setCurrency(null),
    );
  }, [known, app.channel]);
  return currency;
}

function SettingsForm({ program, onSaved }) {
  const app = useApp();
  const initial = { isActive: program.isActive };
  for (const setting of program.settings) initial[setting.name] = setting.kind === "BOOLEAN" ? setting.value === "true" : setting.value;
  const form = useForm(initial);
  const save = useMutation(SAVE, "referralSettingsUpdate");
  const currency = useChannelCurrency(program.currency);
  const names = program.settings.map((setting) => setting.name);
  async function submit(event) {
    event.preventDefault();
    const values = program.settings.map((setting) => ({
      name: setting.name,
      value: setting.kind === "BOOLEAN" ? String(!!form.values[setting.name]) : form.values[setting.name],
    }));
    const payload = await save.run({ channel: app.channel, active: form.values.isActive, currency, values });
    if (payload) onSaved();
  }
  return html`<form class="entity-form settings-form" name="settings" onSubmit=${submit} noValidate>
    <${Checkbox} name="isActive" value=${form.values.isActive} set=${form.set} text=${t("settings.active")} />
    ${currency && html`<p class="muted" data-field="currency">${t("settings.currency")}: ${currency}</p>`}
    <div class="form-grid">
      ${program.settings.map(
        (setting) => html`<${Field} label=${setting.kind === "BOOLEAN" ? "" : setting.label} name=${setting.name}
            errors=${save.errors} hint=${setting.helpText}>
          <${Control} setting=${setting} value=${form.values[setting.name]} set=${form.set} />
        <//>`,
      )}
    </div>
    <${FormErrors} errors=${save.errors} fields=${names} />
    <div class="actions"><button type="submit" disabled=${save.busy}>${t("save")}</button></div>
  </form>`;
}

export function Settings() {
  const app = useApp();
  const { data, error, loading, reload } = useQuery(SETTINGS, { channel: app.channel });
  const [notice, setNotice] = useState(null);
  if (loading && !data) return html`<h1>${t("nav.settings")}</h1><${Loading} />`;
  if (error) return html`<h1>${t("nav.settings")}</h1><${QueryError} error=${error} />`;
  const program = data.referralSettings;
  return html`<h1>${t("nav.settings")}</h1>
    <p class="muted">${t("settings.intro")}</p>
    ${notice && html`<p class="notice" role="status">${notice}</p>`}
    <${Section} title=${app.channelName || app.channel} id="settings">
      <${SettingsForm}
        key=${JSON.stringify(program)}
        program=${program}
        onSaved=${() => {
          setNotice(t("saved"));
          reload();
        }}
      />
    <//>`;
}
