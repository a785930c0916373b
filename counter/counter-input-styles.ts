// Text fields on the login form and in dialogs: large, high contrast, clear focus.
import { css } from 'lit';

export const inputStyles = css`
  label {
    display: grid;
    gap: 8px;
  }
  input {
    font: inherit;
    min-height: var(--g-touch);
    padding: 0 16px;
    border-radius: 12px;
    border: 2px solid var(--g-fg-muted);
    background: var(--g-bg);
    color: var(--g-fg);
  }
  input:focus-visible {
    outline: 4px solid var(--g-focus);
    outline-offset: 2px;
  }
`;
