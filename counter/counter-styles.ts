// Styles shared by the console's elements: panels, pills, dialogs and key badges.
import { css } from 'lit';

export const panelStyles = css`
  .panel {
    background: var(--g-surface);
    border-radius: var(--g-radius);
    padding: 16px 20px;
    min-height: 0;
  }
  .pill {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 2px 12px;
    border-radius: 999px;
    font-weight: 700;
    background: var(--g-surface-2);
    white-space: nowrap;
  }
  .pill.prio {
    background: var(--g-accent);
    color: var(--g-accent-fg);
  }
  .pill.ok {
    background: var(--g-ok);
    color: #04210f;
  }
  .pill.warn {
    background: var(--g-warn);
    color: #000;
  }
  .pill.danger {
    background: var(--g-danger);
    color: #fff;
  }
  kbd {
    font-family: var(--g-font-num);
    font-size: 0.7em;
    font-weight: 700;
    padding: 1px 8px;
    border-radius: 6px;
    border: 2px solid currentColor;
    opacity: 0.85;
    white-space: nowrap;
  }
`;

export const dialogStyles = css`
  :host {
    position: fixed;
    inset: 0;
    display: grid;
    place-items: center;
    background: rgba(0, 0, 0, 0.75);
    z-index: 20;
  }
  form {
    background: var(--g-surface);
    border-radius: var(--g-radius);
    padding: 32px;
    width: min(680px, 92vw);
    display: grid;
    gap: 18px;
    font-size: var(--g-text);
  }
  h2 {
    margin: 0;
    font-size: var(--g-text-lg);
  }
  p {
    margin: 0;
    color: var(--g-fg-muted);
  }
  .row {
    display: flex;
    gap: 16px;
    justify-content: flex-end;
  }
  .row button {
    padding: 0 28px;
    background: var(--g-surface-2);
  }
  .row button[type='submit'] {
    background: var(--g-primary);
    font-weight: 700;
  }
  .error {
    color: var(--g-danger);
    font-weight: 700;
  }
`;
