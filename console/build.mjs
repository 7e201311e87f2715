// Builds the console into $OUT_DIR (scripts/frontends.sh): console.js and
// console.css, byte for byte the same from the same sources (no timestamps,
// no source maps, exact dependency versions from package-lock.json).
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const out = process.env.OUT_DIR || "dist";
mkdirSync(out, { recursive: true });

await build({
  entryPoints: ["src/main.js"],
  outfile: join(out, "console.js"),
  bundle: true,
  minify: true,
  format: "esm",
  target: ["es2020"],
  legalComments: "none",
  charset: "utf8",
  // @saleor/app-sdk's app-bridge module also carries React hooks we do not use;
  // Preact's compat layer stands in for React, and tree-shaking drops it.
  alias: { react: "preact/compat", "react-dom": "preact/compat" },
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
});
await build({
  entryPoints: ["src/console.css"],
  outfile: join(out, "console.css"),
  bundle: true,
  minify: true,
  legalComments: "none",
  charset: "utf8",
  logLevel: "warning",
});
