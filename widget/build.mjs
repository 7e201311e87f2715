// Builds the widget into $OUT_DIR (scripts/frontends.sh) as one minified ES module,
// widget.js, byte for byte the same from the same sources; fails when it is over
// the size budget (30 kB gzipped, with everything it needs).
import { build } from "esbuild";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_BYTES = 30 * 1024;
const out = process.env.OUT_DIR || "dist";
mkdirSync(out, { recursive: true });
const outfile = join(out, "widget.js");

await build({
  entryPoints: ["src/index.js"],
  outfile,
  bundle: true,
  minify: true,
  format: "esm",
  target: ["es2020"],
  legalComments: "none",
  charset: "utf8",
  logLevel: "warning",
});

const gzipped = gzipSync(readFileSync(outfile), { level: 9 }).length;
console.error(`widget.js: ${(gzipped / 1024).toFixed(1)} kB gzipped (budget ${BUDGET_BYTES / 1024} kB)`);
if (gzipped > BUDGET_BYTES) {
  console.error("widget.js is over its size budget");
  process.exit(1);
}
