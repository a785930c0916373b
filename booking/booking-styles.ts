// Phone-first styles shared by the booking page's elements: one column, big targets, dark theme.
import { css } from 'lit';

export const bookingStyles = css`
  :host {
    display: block;
    font-size: 18px;
  }
  h2 {
    font-size: 18px;
    margin: 20px 0 8px;
    color: var(--g-fg-muted);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .choice {
    background: var(--g-surface);
    padding: 10px 14px;
    min-height: 56px;
    text-align: left;
    display: flex;
    flex-direction: column;
    justify-content: center;
  }
  .choice[aria-pressed='true'] {
    background: var(--g-primary);
    color: var(--g-primary-fg);
  }
  .choice:disabled {
    background: var(--g-disabled-bg);
    color: var(--g-disabled-fg);
    cursor: not-allowed;
  }
  .choice small {
    font-size: 14px;
    opacity: 0.85;
  }
  .wide {
    width: 100%;
  }
  .primary {
    background: var(--g-accent);
    color: var(--g-accent-fg);
    font-weight: 800;
    font-size: 20px;
    width: 100%;
    margin-top: 20px;
  }
  .primary:disabled {
    background: var(--g-disabled-bg);
    color: var(--g-disabled-fg);
  }
  .secondary {
    background: var(--g-surface-2);
    width: 100%;
    margin-top: 12px;
  }
  .error {
    background: #4a1d24;
    border-left: 6px solid var(--g-danger);
    padding: 12px;
    border-radius: 8px;
    margin-top: 16px;
  }
  .note {
    color: var(--g-fg-muted);
    font-size: 16px;
  }
`;
