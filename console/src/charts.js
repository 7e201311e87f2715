// Hand-made SVG charts: no chart library. Each chart is an <svg class="chart">
// with one shape per datum (data-value on it) and a text table for screen readers.
import { html } from "./ui.js";
import { direction, fmtCompact, fmtNumber } from "./i18n.js";

const PALETTE = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)"];

// SVG's text-anchor follows the text's direction ("start" is the right edge of
// right-to-left text), so each text states its direction and anchors at "start".

// Horizontal bars, one per item (the funnel, visits by network, per tier).
export function BarChart({ items, title, format = fmtNumber, name }) {
  const width = 420;
  const row = 30;
  const labelWidth = 120;
  const height = Math.max(items.length, 1) * row + 8;
  const max = Math.max(1, ...items.map((item) => item.value));
  const rtl = direction() === "rtl";
  const span = width - labelWidth - 80;
  return html`<figure class="chart-figure" data-chart=${name}>
    <svg class="chart bar-chart" viewBox=${`0 0 ${width} ${height}`} role="img" aria-label=${title}>
      ${items.map((item, index) => {
        const y = 4 + index * row;
        const length = Math.max(item.value > 0 ? 2 : 0, (item.value / max) * span);
        const x = rtl ? width - labelWidth - length : labelWidth;
        const textX = rtl ? width - 4 : 4;
        const valueX = rtl ? x - 6 : x + length + 6;
        return html`<g>
          <text x=${textX} y=${y + 18} text-anchor="start" direction=${rtl ? "rtl" : "ltr"} class="chart-label">
            ${item.label}
          </text>
          <rect
            class="bar"
            x=${x}
            y=${y + 4}
            width=${length}
            height=${row - 12}
            rx="3"
            fill=${item.color || PALETTE[index % PALETTE.length]}
            data-value=${item.value}
          ><title>${item.label}: ${format(item.value)}</title></rect>
          <text x=${valueX} y=${y + 18} text-anchor="start" direction=${rtl ? "rtl" : "ltr"} class="chart-value">
            ${format(item.value)}
          </text>
        </g>`;
      })}
    </svg>
  </figure>`;
}

// Grouped columns over time (or per campaign): several series side by side.
export function ColumnChart({ labels, series, title, format = fmtNumber, name }) {
  const width = 860;
  const height = 260;
  const top = 12;
  const bottom = 40;
  const side = 56;
  const plot = height - top - bottom;
  const max = Math.max(1, ...series.flatMap((one) => one.values));
  const rtl = direction() === "rtl";
  const groupWidth = (width - side - 8) / Math.max(labels.length, 1);
  const barWidth = Math.max(3, (groupWidth - 8) / series.length);
  const xOf = (group, index) => {
    const start = side + group * groupWidth + 4 + index * barWidth;
    return rtl ? width - start - barWidth : start;
  };
  const ticks = [0, 0.5, 1];
  return html`<figure class="chart-figure" data-chart=${name}>
    <svg class="chart column-chart" viewBox=${`0 0 ${width} ${height}`} role="img" aria-label=${title}>
      ${ticks.map((tick) => {
        const y = top + plot - tick * plot;
        return html`<g>
          <line x1=${rtl ? 0 : side} x2=${rtl ? width - side : width} y1=${y} y2=${y} class="grid" />
          <text x=${rtl ? width - 4 : side - 6} y=${y + 4} text-anchor="end" class="chart-axis" direction="ltr">
            ${fmtCompact(max * tick)}
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
              fill=${one.color || PALETTE[index % PALETTE.length]}
              data-series=${one.name}
              data-value=${value}
            ><title>${text} · ${one.name}: ${format(value)}</title></rect>`;
          })}
          <text
            x=${rtl ? width - (side + group * groupWidth + groupWidth / 2) : side + group * groupWidth + groupWidth / 2}
            y=${height - bottom + 16}
            text-anchor="middle"
            class="chart-axis"
          >${text}</text>
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
