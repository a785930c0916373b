// Layout of the kiosk's root: fills the screen exactly (no scrolling) in portrait and landscape.
import { css } from 'lit';

export const kioskStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto 1fr;
    gap: 2vmin;
    height: 100vh;
    height: 100dvh;
    overflow: hidden;
    padding: 2vmin 3vmin 3vmin;
    background: var(--g-bg);
    user-select: none;
    -webkit-user-select: none;
  }
  header {
    display: flex;
    align-items: center;
    gap: 2vmin;
    font-size: var(--g-text);
    min-width: 0;
  }
  /* The site name keeps at least a third of the header: badges and buttons beside it stay short. */
  .site {
    flex: 1;
    font-size: var(--g-text-lg);
    font-weight: 800;
    min-width: min(34%, 14em);
    overflow: hidden;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    line-height: 1.15;
  }
  giliran-clock {
    font-size: var(--g-text-lg);
    font-weight: 700;
  }
  .printer-bad {
    background: var(--g-warn);
    color: #000;
    padding: 6px 14px;
    border-radius: 999px;
    font-weight: 700;
  }
  .langs {
    display: flex;
    gap: 8px;
  }
  .langs button {
    width: 84px;
    background: var(--g-surface);
    font-weight: 700;
  }
  .langs button[aria-pressed='true'] {
    background: var(--g-fg);
    color: var(--g-bg);
  }
  .gear {
    width: 64px;
    padding: 14px;
    background: transparent;
    color: var(--g-fg-muted);
    opacity: 0.6;
  }
  main {
    position: relative;
    min-height: 0;
  }
  .start {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
    gap: 2.5vmin;
  }
  h1 {
    margin: 0;
    font-size: var(--g-text-xl);
    line-height: 1.1;
  }
  .titles p {
    margin: 0.4em 0 0;
    font-size: var(--g-text-lg);
    color: var(--g-fg-muted);
  }
  /* --columns and --rows come from the kiosk (service-grid.ts), which picks them from the number
     of services and this box. Rows share the height, but a lone row does not grow into a wall. */
  .services {
    --gap: 2.5vmin;
    --share: calc((100% - (var(--rows, 1) - 1) * var(--gap)) / var(--rows, 1));
    display: grid;
    gap: var(--gap);
    grid-template-columns: repeat(var(--columns, 1), minmax(0, 1fr));
    grid-template-rows: repeat(var(--rows, 1), minmax(var(--g-touch), min(var(--share), 24vmax)));
    align-content: start;
    min-height: 0;
    /* Only for more services than the screen can hold: the list scrolls, the page never does.
       The padding keeps the buttons' shadow and focus ring inside the scroll box. */
    overflow-y: auto;
    scrollbar-width: none;
    margin: -10px;
    padding: 10px;
  }
  .priority {
    display: flex;
    align-items: center;
    gap: 2.5vmin;
    padding: 2vmin 3vmin;
    min-height: 96px;
    font-size: var(--g-text-lg);
    text-align: left;
    background: var(--g-surface-2);
    border: 4px solid var(--g-warn);
  }
  .priority[aria-pressed='true'] {
    background: var(--g-warn);
    color: #000;
  }
  .priority .box {
    width: 56px;
    height: 56px;
    flex: none;
    border: 4px solid currentColor;
    border-radius: 10px;
    display: grid;
    place-items: center;
  }
  .priority .picon {
    width: 64px;
    height: 64px;
    flex: none;
  }
  .veil {
    position: absolute;
    inset: 0;
    z-index: 5;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 3vmin;
    text-align: center;
    padding: 4vmin;
    font-size: var(--g-text-xl);
    font-weight: 800;
    background: rgba(11, 18, 32, 0.93);
    border-radius: var(--g-radius);
  }
  .veil small {
    font-size: var(--g-text-lg);
    font-weight: 400;
    color: var(--g-fg-muted);
    max-width: 32em;
  }
  .veil.offline {
    border: 6px solid var(--g-danger);
  }
  .spinner {
    width: 12vmin;
    height: 12vmin;
    border-radius: 50%;
    border: 1.4vmin solid var(--g-surface-2);
    border-top-color: var(--g-accent);
    animation: spin 1.1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .error {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    text-align: center;
    gap: 3vmin;
  }
  .error .eicon {
    width: 16vmin;
    height: 16vmin;
    color: var(--g-danger);
  }
  .error p {
    font-size: var(--g-text-lg);
    margin: 0;
    max-width: 30em;
  }
  .error button {
    background: var(--g-fg);
    color: var(--g-bg);
    font-size: var(--g-text-xl);
    font-weight: 800;
    padding: 0 10vmin;
    min-height: 96px;
  }
`;
