// What every page imports, in one place.
export { useEffect, useRef, useState } from "preact/hooks";
export * from "../ui.js";
