// Themable through CSS custom properties set on the element or any ancestor.
export const STYLES = `
:host{display:block;font-family:var(--referral-font,system-ui,-apple-system,"Segoe UI",Tahoma,sans-serif);color:var(--referral-text,#1c1c1e);
--_accent:var(--referral-accent,#1e5bb8);--_on-accent:var(--referral-on-accent,#fff);--_bg:var(--referral-background,#fff);
--_muted:var(--referral-muted,#54545a);--_border:var(--referral-border,#d0d0d6);--_radius:var(--referral-radius,10px);
--_surface:var(--referral-surface,#f4f5f7);--_danger:var(--referral-danger,#b00020);--_success:var(--referral-success,#106b2c)}
:host([hidden]){display:none}
.root{background:var(--_bg);border:1px solid var(--_border);border-radius:var(--_radius);padding:var(--referral-padding,20px);line-height:1.5;max-width:var(--referral-max-width,720px);box-sizing:border-box}
*,*::before,*::after{box-sizing:border-box}
h2{font-size:1.35em;margin:0 0 .5em}h3{font-size:1.05em;margin:1.2em 0 .5em}
p{margin:.3em 0}.muted{color:var(--_muted)}
.offer{background:var(--_surface);border-radius:var(--_radius);padding:12px 14px;margin:.6em 0}
.row{display:flex;gap:8px;flex-wrap:wrap;align-items:center}
.link{flex:1 1 220px;min-width:0;font:inherit;padding:9px 11px;border:1px solid var(--_border);border-radius:calc(var(--_radius) - 4px);background:var(--_bg);color:inherit;direction:ltr;text-align:left}
button,.share a{font:inherit;cursor:pointer;border-radius:calc(var(--_radius) - 4px);padding:9px 14px;border:1px solid var(--_accent);text-decoration:none;display:inline-flex;align-items:center;gap:6px}
button{background:var(--_accent);color:var(--_on-accent)}
button[disabled]{opacity:.6;cursor:progress}
.share{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0;margin:.6em 0}
.share a,.share button{background:var(--_bg);color:var(--_accent)}
:focus-visible{outline:3px solid var(--referral-focus,#ffb000);outline-offset:2px}
.code{font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:700;letter-spacing:.05em;direction:ltr;unicode-bidi:isolate}
dl.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(100px,1fr));gap:8px;margin:.4em 0}
dl.stats div{background:var(--_surface);border-radius:var(--_radius);padding:8px 10px}
dl.stats dt{font-size:.85em;color:var(--_muted)}dl.stats dd{margin:0;font-size:1.25em;font-weight:700}
.bar{height:10px;border-radius:5px;background:var(--_surface);border:1px solid var(--_border);overflow:hidden;margin:.4em 0}
.bar span{display:block;height:100%;background:var(--_accent)}
.badges{display:flex;flex-wrap:wrap;gap:6px;list-style:none;padding:0;margin:0}
.badges li{background:var(--_surface);border:1px solid var(--_border);border-radius:999px;padding:2px 10px;font-size:.9em}
label{display:block;font-weight:600;margin:.5em 0 .2em}
textarea,input[type=text]{width:100%;font:inherit;padding:8px 10px;border:1px solid var(--_border);border-radius:calc(var(--_radius) - 4px);background:var(--_bg);color:inherit}
.form-actions{margin-top:.6em}
ol.board{padding-inline-start:1.6em;margin:.3em 0}.root[lang=fa] ol{list-style-type:persian}.root[lang=ar] ol{list-style-type:arabic-indic}ol.board li{padding:2px 0}
dl.codes{margin:.4em 0}dl.codes div{background:var(--_surface);border-radius:var(--_radius);padding:8px 10px;margin:0 0 8px}
dl.codes dt{font-size:.85em;color:var(--_muted)}dl.codes dd{margin:0}dl.codes .code{font-size:1.15em}
.terms{font-size:.85em;white-space:pre-line}
.status{color:var(--_success);font-weight:600}
.alert{color:var(--_danger);font-weight:600}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;
