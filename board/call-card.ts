// What the single-call card (giliran-board-call) and the batch card (giliran-board-batch) share:
// the framed card, its label, "go to" line and counter name, and the flash of a new call.
import { css } from 'lit';

export const callCardStyles = css`
  :host {
    display: block;
    container-type: size;
  }
  .card {
    height: 100%;
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: center;
    text-align: center;
    gap: 1cqh;
    padding: 3cqh 3cqw;
    border-radius: var(--g-radius);
    background: var(--g-surface);
    border: 6px solid var(--g-accent);
    overflow: hidden;
  }
  .label {
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.08em;
    color: var(--g-fg-muted);
  }
  .go {
    color: var(--g-fg-muted);
  }
  .counter {
    font-weight: 800;
    line-height: 1.05;
  }
`;

/** Flashes the card of a new call (Web Animations, no timers). */
export function flashCard(card: Element | null): void {
  card?.animate(
    [
      { background: '#2d4a86', boxShadow: '0 0 0 1.2vmin rgb(255 210 63 / 0.95)', transform: 'scale(1.015)' },
      { background: 'var(--g-surface)', boxShadow: '0 0 0 0 rgb(255 210 63 / 0)', transform: 'scale(1)' },
    ],
    { duration: 900, iterations: 4, easing: 'ease-out' },
  );
}
