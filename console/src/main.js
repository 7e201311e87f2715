import { render } from "preact";
import { App } from "./app.js";
import { startDashboardBridge } from "./auth.js";
import { html } from "./ui.js";

startDashboardBridge();
const config = JSON.parse(document.getElementById("referrals-console-config").textContent);
render(html`<${App} config=${config} />`, document.getElementById("referrals-console"));
