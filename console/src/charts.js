// Hand-made SVG charts: no chart library. Each chart is an <svg class="chart">
// with one shape per datum (data-value on it) and a text table for screen readers.
//
// Readable at any width: a chart measures its box and draws in its own pixels (the
// viewBox is the box's width), so texts keep their CSS size (12 px labels, 11 px
// axes) in a half-width column as in a full-width one; nothing is scaled down.
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { html } from "./ui.js";
import { direction, fmtCompact, fmtNumber } from "./i18n.js";

const PALETTE = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)"];
// One hue for the bars of one measure (a funnel's steps, cost lines, tiers): the
// steps are shades of it, darkest first.
const HUE = 222;
export const shade = (index, count) => {
  const lightness = count > 1 ? 34 + (index * 34) / (count - 1) : 45;
  return `hsl(${HUE}, 65%, ${Math.round(lightness)}%)`;
};

// The width of the chart's box in CSS pixels, followed as the box resizes.
function useWidth(fallback) {
  const ref = useRef(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return undefined;
    const measure = () => {
      const measured = Math.floor(box.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

// Axis ticks at round steps (1, 2, 5 × 10ⁿ) from 0 to the first tick at or above
// `max`; whole numbers only for counts (no "1.5 people").
export function ticksFor(max, { integer = false, count = 4 } = {}) {
  const top = Math.max(max, integer ? 1 : 0) || 1;
  const raw = top / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((times) => times * power).find((candidate) => candidate >= raw);
  if (integer) step = Math.max(1, Math.ceil(step));
  const ticks = [];
  for (let value = 0; value < top + step / 2; value += step) ticks.push(Number(value.toPrecision(12)));
  if (ticks[ticks.length - 1] < top) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

// A label cut to about `room` pixels at 11-12 px (the full text stays in <title>).
const fit = (text, room) => {
  const chars = Math.max(3, Math.floor(room / 6.6));
  const value = String(text);
  return value.length > chars ? `${value.slice(0, chars - 1)}…` : value;
};

// The cut label, with the whole text as its tooltip when cut.
const fitted = (text, room) => {
  const shown = fit(text, room);
  return shown === String(text) ? shown : html`${shown}<title>${text}</title>`;
};

// Horizontal bars, one per item (the funnel, cost lines, per tier): each label on
// its own line above its bar, so a long label (Arabic, Persian) never runs into the
// bar or its neighbour.
export function BarChart({ items, title, format = fmtNumber, name }) {
  const [ref, width] = useWidth(420);
  const row = 40;
  const height = Math.max(items.length, 1) * row + 4;
  const max = Math.max(1, ...items.map((item) => item.value));
  const rtl = direction() === "rtl";
  const valueRoom = 96;
  const span = Math.max(40, width - valueRoom - 8);
  return html`<figure class="chart-figure" data-chart=${name} ref=${ref}>
    <svg class="chart bar-chart" width=${width} height=${height} viewBox=${`0 0 ${width} ${height}`}
      role="img" aria-label=${title}>
      ${items.map((item, index) => {
        const y = 2 + index * row;
        const length = Math.max(item.value > 0 ? 2 : 0, (item.value / max) * span);
        const x = rtl ? width - 4 - length : 4;
        const textX = rtl ? width - 4 : 4;
        const valueX = rtl ? x - 6 : x + length + 6;
        const color = item.color || shade(index, items.length);
        return html`<g>
          <text x=${textX} y=${y + 14} text-anchor="start" direction=${rtl ? "rtl" : "ltr"} class="chart-label">
            ${fitted(item.label, width - 8)}
          </text>
          <rect
            class="bar"
            x=${x}
            y=${y + 20}
            width=${length}
            height="14"
            rx="3"
            style=${`fill:${color}`}
            data-value=${item.value}
          ><title>${item.label}: ${format(item.value)}</title></rect>
          <text x=${valueX} y=${y + 31} text-anchor="start" direction=${rtl ? "rtl" : "ltr"} class="chart-value">
            ${format(item.value)}
          </text>
        </g>`;
      })}
    </svg>
  </figure>`;
}

// Grouped columns over time (or per campaign): several series side by side.
// `integer` (counts: the default with the plain number format) keeps the axis on
// whole numbers.
export function ColumnChart({ labels, series, title, format = fmtNumber, name, integer }) {
  const [ref, width] = useWidth(860);
  const counts = integer ?? format === fmtNumber;
  const height = 260;
  const top = 12;
  const bottom = 40;
  const side = 56;
  const plot = height - top - bottom;
  const ticks = ticksFor(Math.max(0, ...series.flatMap((one) => one.values)), { integer: counts });
  const max = ticks[ticks.length - 1];
  const rtl = direction() === "rtl";
  const groupWidth = (width - side - 8) / Math.max(labels.length, 1);
  const barWidth = Math.max(3, (groupWidth - 8) / series.length);
  const xOf = (group, index) => {
    const start = side + group * groupWidth + 4 + index * barWidth;
    return rtl ? width - start - barWidth : start;
  };
  return html`<figure class="chart-figure" data-chart=${name} ref=${ref}>
    <svg class="chart column-chart" width=${width} height=${height} viewBox=${`0 0 ${width} ${height}`}
      role="img" aria-label=${title}>
      ${ticks.map((tick) => {
        const y = top + plot - (tick / max) * plot;
        return html`<g>
          <line x1=${rtl ? 0 : side} x2=${rtl ? width - side : width} y1=${y} y2=${y} class="grid" />
          <text x=${rtl ? width - 4 : side - 6} y=${y + 4} text-anchor="end" class="chart-axis tick"
            direction="ltr" data-tick=${tick}>
            ${counts ? fmtNumber(tick) : fmtCompact(tick)}
          </text>
        </g>`;
      })}
      ${labels.map((text, group) =>
        html`<g>
          ${series.map((one, index) => {
            const value = one.values[group] || 0;
            const barHeight = (value / max) * plot;
            return html`<rect
              class="bar"
              x=${xOf(group, index)}
              y=${top + plot - barHeight}
              width=${barWidth - 1}
              height=${barHeight}
              style=${`fill:${one.color || PALETTE[index % PALETTE.length]}`}
              data-series=${one.name}
              data-value=${value}
            ><title>${text} · ${one.name}: ${format(value)}</title></rect>`;
          })}
          <text
            x=${rtl ? width - (side + group * groupWidth + groupWidth / 2) : side + group * groupWidth + groupWidth / 2}
            y=${height - bottom + 16}
            text-anchor="middle"
            class="chart-axis"
          >${fitted(text, groupWidth - 4)}</text>
        </g>`,
      )}
    </svg>
    <figcaption>
      <span>${title}</span>
      <span class="legend">
        ${series.map(
          (one, index) =>
            html`<span class="legend-item"><i style=${`background:${one.color || PALETTE[index % PALETTE.length]}`}></i>${one.name}</span>`,
        )}
      </span>
    </figcaption>
    <table class="sr-only">
      <thead><tr><th></th>${series.map((one) => html`<th>${one.name}</th>`)}</tr></thead>
      <tbody>
        ${labels.map(
          (text, group) =>
            html`<tr><th>${text}</th>${series.map((one) => html`<td>${format(one.values[group] || 0)}</td>`)}</tr>`,
        )}
      </tbody>
    </table>
  </figure>`;
}
