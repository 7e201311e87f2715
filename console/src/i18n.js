// Messages (en, fa, ar) and numbers/dates through Intl in the operator's locale:
// Persian and Arabic digits, right to left for fa and ar.
import { MESSAGES } from "./messages.js";

export const LANGUAGES = ["en", "fa", "ar"];
const LOCALES = { en: "en-US", fa: "fa-IR-u-nu-arabext", ar: "ar-EG-u-nu-arab" };
let language = "en";

export function pickLanguage(...candidates) {
  for (const candidate of candidates) {
    const code = String(candidate || "").slice(0, 2).toLowerCase();
    if (LANGUAGES.includes(code)) return code;
  }
  return "en";
}

export function setLanguage(code) {
  language = pickLanguage(code);
  document.documentElement.lang = language;
  document.documentElement.dir = direction();
}

export const currentLanguage = () => language;
export const direction = () => (language === "en" ? "ltr" : "rtl");
export const locale = () => LOCALES[language];
// "from → to", pointing the way the text reads.
export const arrow = () => (direction() === "rtl" ? "←" : "→");

// The plural form of `key` for `count` in the language ("exports.rows.one"...),
// then the language's "other", then the key itself.
function pluralKey(key, count) {
  if (typeof count !== "number") return key;
  const rule = new Intl.PluralRules(LOCALES[language]).select(count);
  const catalog = MESSAGES[language];
  if (`${key}.${rule}` in catalog) return `${key}.${rule}`;
  if (`${key}.other` in catalog) return `${key}.other`;
  return key;
}

export function t(key, params = {}) {
  const chosen = pluralKey(key, params.count);
  const text = MESSAGES[language][chosen] ?? MESSAGES.en[chosen] ?? MESSAGES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) =>
    typeof params[name] === "number" ? fmtNumber(params[name]) : String(params[name] ?? ""),
  );
}

// Enum values (statuses, kinds, ...): "status.FLAGGED" in the catalogs.
export const label = (group, value) => t(`${group}.${value}`);

export const fmtNumber = (value, options = {}) =>
  new Intl.NumberFormat(locale(), options).format(value);

export function fmtMoney(money) {
  if (!money) return "—";
  try {
    return new Intl.NumberFormat(locale(), { style: "currency", currency: money.currency }).format(
      money.amount,
    );
  } catch {
    return `${fmtNumber(money.amount)} ${money.currency}`;
  }
}

export const fmtCompact = (value) =>
  new Intl.NumberFormat(locale(), { notation: "compact", maximumFractionDigits: 1 }).format(value);

export const fmtPercent = (ratio) =>
  new Intl.NumberFormat(locale(), { style: "percent", maximumFractionDigits: 1 }).format(ratio);

export const fmtDate = (iso) =>
  new Intl.DateTimeFormat(locale(), { dateStyle: "medium" }).format(new Date(iso));

export const fmtDateTime = (iso) =>
  new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));

export const fmtMonth = (date) =>
  new Intl.DateTimeFormat(locale(), { month: "short", year: "2-digit", timeZone: "UTC" }).format(date);
