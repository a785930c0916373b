// Shared looks for a modal dialog: a dimmed full-screen host, a form card, big labelled fields
// with a clear focus ring, and a right-aligned row of buttons. For every app's dialogs.
import { css } from 'lit';

/** The element itself covers the screen and centres its content. */
export const modalHostStyles = css`
  :host {
    position: fixed;
    inset: 0;
    display: grid;
    place-items: center;
    background: rgb(0 0 0 / 0.8);
    z-index: 20;
  }
`;

export const formStyles = css`
  form {
    background: var(--g-surface);
    border-radius: var(--g-radius);
    padding: 36px;
    width: min(720px, 92vw);
    display: grid;
    gap: 20px;
    font-size: var(--g-text);
  }
  h2 {
    margin: 0;
    font-size: var(--g-text-xl);
  }
  label {
    display: grid;
    gap: 8px;
  }
  input,
  select {
    font: inherit;
    min-height: var(--g-touch);
    padding: 0 16px;
    border-radius: 12px;
    border: 2px solid var(--g-fg-muted);
    background: var(--g-bg);
    color: var(--g-fg);
  }
  input:focus-visible,
  select:focus-visible {
    outline: 4px solid var(--g-focus);
    outline-offset: 2px;
  }
  .row {
    display: flex;
    gap: 16px;
    justify-content: flex-end;
  }
  .row button {
    padding: 0 32px;
    background: var(--g-surface-2);
  }
  .row button[type='submit'] {
    background: var(--g-primary);
    color: var(--g-primary-fg);
  }
  .error {
    color: var(--g-danger);
    font-weight: 700;
  }
`;
