// The admin's look: the shared dark tokens at desk size (mouse and keyboard, not a touch kiosk):
// compact buttons, plain tables, labelled fields in a grid, clear success and error lines.
import { css } from 'lit';

export const adminStyles = css`
  :host {
    display: block;
    font-size: 16px;
    line-height: 1.45;
  }
  h2 {
    font-size: 22px;
    margin: 0 0 12px;
  }
  h3 {
    font-size: 18px;
    margin: 20px 0 8px;
  }
  button,
  a.button {
    min-height: 40px;
    min-width: 0;
    padding: 0 16px;
    border-radius: 10px;
    background: var(--g-surface-2);
    color: var(--g-fg);
    font-size: 15px;
    font-weight: 600;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  a.button:focus-visible {
    outline: 3px solid var(--g-focus);
    outline-offset: 2px;
  }
  button.primary {
    background: var(--g-primary);
    color: var(--g-primary-fg);
  }
  button.danger {
    background: var(--g-danger);
    color: #fff;
  }
  button.small {
    min-height: 32px;
    padding: 0 10px;
    font-size: 14px;
  }
  button:disabled {
    opacity: 0.5;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 10px;
    align-items: end;
    margin-bottom: 16px;
  }
  .card {
    background: var(--g-surface);
    border-radius: 14px;
    padding: 18px 20px;
    margin-bottom: 18px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 15px;
  }
  th,
  td {
    text-align: left;
    padding: 8px 10px;
    border-bottom: 1px solid var(--g-surface-2);
    vertical-align: top;
  }
  th {
    color: var(--g-fg-muted);
    font-weight: 600;
    white-space: nowrap;
  }
  /* Quantities line up on the right (not .num: the theme uses that for big ticket numbers). */
  td.qty,
  th.qty {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  tr.off td {
    color: var(--g-disabled-fg);
  }
  .actions {
    display: flex;
    gap: 6px;
    justify-content: flex-end;
    white-space: nowrap;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
    gap: 14px 18px;
  }
  label {
    display: grid;
    gap: 4px;
    align-content: start;
    font-size: 14px;
    color: var(--g-fg-muted);
  }
  label.check {
    display: flex;
    align-items: center;
    gap: 10px;
    color: var(--g-fg);
    font-size: 15px;
  }
  label.wide {
    grid-column: 1 / -1;
  }
  label.span2 {
    grid-column: span 2;
  }
  .fields label {
    min-width: 0;
  }
  .fields label > input:not([type='checkbox']),
  .fields label > select,
  .fields label > textarea {
    width: 100%;
  }
  /* A legend inside its card, not on its border. */
  fieldset > legend {
    float: left;
    width: 100%;
    padding: 0;
  }
  fieldset > legend + * {
    clear: both;
  }
  input,
  select,
  textarea {
    font: inherit;
    font-size: 15px;
    color: var(--g-fg);
    background: var(--g-bg);
    border: 1px solid var(--g-fg-muted);
    border-radius: 8px;
    padding: 8px 10px;
    min-height: 40px;
  }
  input[type='checkbox'] {
    width: 20px;
    height: 20px;
    min-height: 0;
    accent-color: var(--g-primary);
  }
  input[type='range'] {
    padding: 0;
    accent-color: var(--g-primary);
  }
  textarea {
    min-height: 70px;
    resize: vertical;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--g-focus);
    outline-offset: 1px;
  }
  [aria-invalid='true'] {
    border-color: var(--g-danger);
    border-width: 2px;
  }
  .hint {
    font-size: 13px;
    color: var(--g-fg-muted);
  }
  .msg {
    padding: 10px 14px;
    border-radius: 10px;
    margin: 0 0 14px;
    font-weight: 600;
  }
  .msg.error {
    /* Darker than --g-danger: white text on it meets WCAG AA contrast (5.6:1). */
    background: #b3261e;
    color: #fff;
  }
  .msg.ok {
    background: var(--g-ok);
    color: #06210f;
  }
  .muted {
    color: var(--g-fg-muted);
  }
  .pill {
    display: inline-block;
    padding: 1px 10px;
    border-radius: 999px;
    background: var(--g-surface-2);
    font-size: 13px;
    white-space: nowrap;
  }
  .pill.ok {
    background: var(--g-ok);
    color: #06210f;
  }
  .pill.warn {
    background: var(--g-warn);
    color: #231500;
  }
  .pill.bad {
    background: var(--g-danger);
    color: #fff;
  }
  .form-buttons {
    display: flex;
    gap: 10px;
    justify-content: flex-end;
    margin-top: 16px;
  }
  .mono {
    font-family: var(--g-font-num);
    white-space: nowrap;
  }
  button[aria-pressed='true'] {
    background: var(--g-accent);
    color: var(--g-accent-fg);
  }
`;
