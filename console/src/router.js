// History routing below the console's base path (`.../saleor_referrals/console/`).
import { useEffect, useState } from "preact/hooks";

// `saleorApiUrl`: App mode's instance, as the Dashboard named it.
const STICKY = ["channel", "lang", "saleorApiUrl"];

export function createRouter(base) {
  const sticky = new URLSearchParams();
  const initial = new URLSearchParams(location.search);
  for (const name of STICKY) if (initial.get(name)) sticky.set(name, initial.get(name));

  function current() {
    const path = location.pathname.startsWith(base)
      ? location.pathname.slice(base.length)
      : "";
    return { page: path.replace(/\/+$/, "") || "overview", query: new URLSearchParams(location.search) };
  }

  function href(page, query = {}) {
    const params = new URLSearchParams(sticky);
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== "") params.set(key, value);
    }
    const search = params.toString();
    return base + (page === "overview" ? "" : page) + (search ? `?${search}` : "");
  }

  const listeners = new Set();
  function navigate(page, query) {
    history.pushState(null, "", href(page, query));
    listeners.forEach((listener) => listener());
  }
  addEventListener("popstate", () => listeners.forEach((listener) => listener()));

  function useRoute() {
    const [route, setRoute] = useState(current);
    useEffect(() => {
      const listener = () => setRoute(current());
      listeners.add(listener);
      return () => listeners.delete(listener);
    }, []);
    return route;
  }

  return { href, navigate, useRoute };
}
