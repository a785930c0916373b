// Arrivals per hour as an inline SVG bar chart: no chart library, nothing downloaded, crisp at
// any size. Shows visiting hours (06-18) and widens to any hour that had arrivals.
import { LitElement, css, svg, html } from 'lit';

const W = 760;
const H = 260;
const PAD = { left: 44, right: 12, top: 16, bottom: 34 };

/** A round axis maximum (1, 2, 3, 4, 6, 10 x 10^n, even above 4) at or above the tallest bar. */
export function niceMax(n: number): number {
  if (n <= 4) return Math.max(1, Math.ceil(n / 2) * 2 || 1);
  const p = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 3, 4, 6, 10].map((m) => m * p).find((x) => x >= n)!;
}

export class GiliranHourChart extends LitElement {
  static override properties = {
    counts: { attribute: false },
    label: {},
  };
  static override styles = css`
    :host {
      display: block;
      color: var(--g-fg-muted);
    }
    svg {
      width: 100%;
      height: auto;
      max-height: 320px;
    }
    .bar {
      fill: var(--g-primary);
    }
    .bar:hover {
      fill: var(--g-accent);
    }
    .grid {
      stroke: var(--g-surface-2);
      stroke-width: 1;
    }
    text {
      fill: currentColor;
      font: 13px var(--g-font);
    }
    .value {
      fill: var(--g-fg);
      font-weight: 700;
    }
  `;

  counts: number[] = new Array(24).fill(0);
  label = '';

  private hours(): number[] {
    const used = this.counts.flatMap((n, h) => (n > 0 ? [h] : []));
    const first = Math.min(6, ...used);
    const last = Math.max(18, ...used);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  }

  override render() {
    const hours = this.hours();
    const max = niceMax(Math.max(0, ...hours.map((h) => this.counts[h] ?? 0)));
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const slot = plotW / hours.length;
    const y = (n: number) => PAD.top + plotH - (n / max) * plotH;
    const ticks = [0, max / 2, max].filter((t, i, a) => Number.isInteger(t) && a.indexOf(t) === i);
    return html`<svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${this.label}>
      <title>${this.label}</title>
      ${ticks.map((t) => svg`<line class="grid" x1=${PAD.left} x2=${W - PAD.right} y1=${y(t)} y2=${y(t)}></line>
        <text x=${PAD.left - 8} y=${y(t) + 4} text-anchor="end">${t}</text>`)}
      ${hours.map((h, i) => {
        const n = this.counts[h] ?? 0;
        const x = PAD.left + i * slot;
        const hh = String(h).padStart(2, '0');
        return svg`<g data-hour=${h}>
          <rect class="bar" x=${x + slot * 0.15} y=${y(n)} width=${slot * 0.7} height=${Math.max(0, y(0) - y(n))} rx="3">
            <title>${hh}:00-${String(h + 1).padStart(2, '0')}:00: ${n}</title>
          </rect>
          ${n > 0 ? svg`<text class="value" x=${x + slot / 2} y=${y(n) - 5} text-anchor="middle">${n}</text>` : ''}
          <text x=${x + slot / 2} y=${H - PAD.bottom + 20} text-anchor="middle">${hh}</text>
        </g>`;
      })}
    </svg>`;
  }
}

customElements.define('giliran-hour-chart', GiliranHourChart);

declare global {
  interface HTMLElementTagNameMap {
    'giliran-hour-chart': GiliranHourChart;
  }
}
