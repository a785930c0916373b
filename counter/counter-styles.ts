// Styles shared by the console's elements: pills and key badges. Dialogs use ui/dialog-styles.
import { css } from 'lit';

export const pillStyles = css`
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
    opacity: 0.92;
    white-space: nowrap;
  }
`;
