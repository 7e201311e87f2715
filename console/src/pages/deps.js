// What every page imports, in one place.
export { useEffect, useState } from "preact/hooks";
export * from "../ui.js";
