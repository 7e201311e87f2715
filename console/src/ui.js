// Shared pieces: the app context, data hooks, form fields with their errors,
// tables and pagination.
import { createContext, h } from "preact";
import { useCallback, useContext, useEffect, useState } from "preact/hooks";
import htm from "htm";
import { ApiError, mutate } from "./api.js";
import { fmtDate, fmtDateTime, fmtMoney, label, t } from "./i18n.js";

export const html = htm.bind(h);
export const AppContext = createContext(null);
export const useApp = () => useContext(AppContext);

// A query's data; permission and sign-in failures go to the app's screens.
export function useQuery(query, variables, deps = []) {
  const app = useApp();
  const [state, setState] = useState({ loading: true, data: null, error: null });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState((previous) => ({ ...previous, loading: true }));
    app.gql(query, variables).then(
      (data) => live && setState({ loading: false, data, error: null }),
      (error) => {
        if (!live) return;
        if (error instanceof ApiError && error.kind !== "query") app.onApiError(error);
        setState({ loading: false, data: null, error });
      },
    );
    return () => {
      live = false;
    };
  }, [...deps, round, app.channel]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { ...state, reload };
}

// Runs a mutation; keeps its `{field, code, message}` errors for the form.
export function useMutation(query, name) {
  const app = useApp();
  const [errors, setErrors] = useState([]);
  const [busy, setBusy] = useState(false);
  async function run(variables) {
    setBusy(true);
    try {
      const { payload, errors: found } = await mutate(app.gql, query, variables, name);
      setErrors(found);
      return found.length ? null : payload;
    } catch (error) {
      if (error instanceof ApiError && error.kind !== "query") app.onApiError(error);
      setErrors([{ field: error.field || null, code: "INVALID", message: error.message }]);
      return null;
    } finally {
      setBusy(false);
    }
  }
  return { run, errors, setErrors, busy };
}

// An error belongs to a control when its field is the control's name, or the
// name of a part of it (`entryRewardValue` belongs to `entryReward`).
export const belongsTo = (field, name) =>
  !!field && (field === name || (field.startsWith(name) && /[A-Z]/.test(field[name.length])));
export const fieldErrors = (errors, name) => errors.filter((error) => belongsTo(error.field, name));

// A label, its control and the API's errors for that field, right below it.
export function Field({ label: text, name, errors = [], hint, children }) {
  const mine = fieldErrors(errors, name);
  return html`<div class=${`field${mine.length ? " invalid" : ""}`} data-field=${name}>
    <label>
      <span class="field-label">${text}</span>
      ${children}
    </label>
    ${hint && html`<small class="hint">${hint}</small>`}
    ${mine.map(
      (error) => html`<p class="field-error" role="alert" data-code=${error.code}>${error.message}</p>`,
    )}
  </div>`;
}

// Errors whose field has no control on the form (or none at all).
export function FormErrors({ errors, fields }) {
  const rest = errors.filter(
    (error) => !error.field || !fields.some((name) => belongsTo(error.field, name)),
  );
  if (!rest.length) return null;
  return html`<div class="form-errors" role="alert">
    ${rest.map(
      (error) =>
        html`<p class="field-error" data-code=${error.code}>
          ${error.field ? html`<b>${error.field}</b>: ` : ""}${error.message}
        </p>`,
    )}
  </div>`;
}

export function Input({ name, value, set, type = "text", ...rest }) {
  return html`<input
    name=${name}
    type=${type}
    value=${value ?? ""}
    onInput=${(event) =>
      set(name, type === "checkbox" ? event.target.checked : event.target.value)}
    ...${rest}
  />`;
}

export function Checkbox({ name, value, set, text }) {
  return html`<label class="check">
    <input
      type="checkbox"
      name=${name}
      checked=${!!value}
      onChange=${(event) => set(name, event.target.checked)}
    />
    ${text}</label
  >`;
}

export function Select({ name, value, set, options }) {
  return html`<select name=${name} value=${value ?? ""} onChange=${(event) => set(name, event.target.value)}>
    ${options.map(
      ([optionValue, text]) =>
        html`<option value=${optionValue} selected=${optionValue === (value ?? "")}>${text}</option>`,
    )}
  </select>`;
}

export function useForm(initial) {
  const [values, setValues] = useState(initial);
  const set = (name, value) => setValues((previous) => ({ ...previous, [name]: value }));
  return { values, set, setValues };
}

// Numbers and dates from form text: empty is "not given" (null).
export const number = (text) => (text === "" || text === null || text === undefined ? null : Number(text));
export const integer = (text) =>
  text === "" || text === null || text === undefined ? null : parseInt(text, 10);
export const isoOrNull = (local) => (local ? new Date(local).toISOString() : null);
export function localInput(iso) {
  if (!iso) return "";
  const date = new Date(iso);
  const pad = (value) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

export function Loading() {
  return html`<p class="muted loading">${t("loading")}</p>`;
}

export function QueryError({ error }) {
  if (!error) return null;
  return html`<div class="form-errors" role="alert"><p class="field-error">${error.message}</p></div>`;
}

export function Money({ value }) {
  return value ? html`<span class="num">${fmtMoney(value)}</span>` : html`<span class="muted">—</span>`;
}

export const When = ({ value, time = true }) =>
  value
    ? html`<time datetime=${value}>${time ? fmtDateTime(value) : fmtDate(value)}</time>`
    : html`<span class="muted">—</span>`;

export const Status = ({ value }) =>
  html`<span class=${`badge status-${String(value).toLowerCase()}`}>${label("status", value)}</span>`;

// Offset cursors: a stack of the `after` cursors seen, so Previous works.
export function usePager() {
  const [stack, setStack] = useState([null]);
  const after = stack[stack.length - 1];
  return {
    after,
    page: stack.length,
    next: (cursor) => setStack((previous) => [...previous, cursor]),
    previous: () => setStack((previous) => (previous.length > 1 ? previous.slice(0, -1) : previous)),
    reset: () => setStack([null]),
  };
}

export function Pager({ pager, connection }) {
  if (!connection) return null;
  return html`<nav class="pager" aria-label=${t("pages")}>
    <span class="muted">${t("total", { count: connection.totalCount ?? 0 })}</span>
    <button type="button" class="secondary" disabled=${pager.page <= 1} onClick=${pager.previous}>
      ${t("previous")}
    </button>
    <span>${t("page", { page: pager.page })}</span>
    <button
      type="button"
      class="secondary"
      disabled=${!connection.pageInfo.hasNextPage}
      onClick=${() => pager.next(connection.pageInfo.endCursor)}
    >
      ${t("next")}
    </button>
  </nav>`;
}

export function Section({ title, actions, children, id }) {
  return html`<section class="card" id=${id}>
    <header class="card-header"><h2>${title}</h2>${actions}</header>
    ${children}
  </section>`;
}

export function Empty({ text }) {
  return html`<p class="muted empty">${text || t("nothing")}</p>`;
}

export const translationsInput = (values, prefix) =>
  ["fa", "ar"]
    .filter((language) => (values[`${prefix}_${language}`] || "").trim())
    .map((language) => ({ language, name: values[`${prefix}_${language}`].trim() }));
