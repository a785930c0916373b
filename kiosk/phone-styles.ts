// The phone page: one column, readable at arm's length on a small cheap screen.
import { css } from 'lit';

export const phoneStyles = css`
  :host {
    display: block;
    max-width: 560px;
    margin: 0 auto;
    padding: 12px 16px 32px;
    font-size: 18px;
  }
  /* The same two rows whatever the link does: the site name on its own line, then the link badge
     and the languages. Going offline changes the badge's words, never the header's shape. */
  header {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'site site' 'badge langs';
    align-items: center;
    gap: 4px 8px;
  }
  .site {
    grid-area: site;
    font-weight: 700;
    min-width: 0;
    line-height: 1.2;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  header giliran-connection-badge {
    grid-area: badge;
    justify-self: start;
  }
  header .langs {
    grid-area: langs;
  }
  giliran-connection-badge {
    font-size: 14px;
  }
  .langs {
    display: flex;
    gap: 4px;
  }
  .langs button {
    min-height: 48px;
    min-width: 48px;
    background: var(--g-surface);
    font-weight: 700;
  }
  .langs button[aria-pressed='true'] {
    background: var(--g-fg);
    color: var(--g-bg);
  }
  main {
    display: grid;
    gap: 14px;
    margin-top: 12px;
  }
  section {
    border-radius: var(--g-radius);
    padding: 16px;
    background: var(--g-surface);
  }
  .card {
    text-align: center;
  }
  .label {
    color: var(--g-fg-muted);
  }
  .number {
    font-size: clamp(64px, 22vw, 120px);
    line-height: 1.05;
    color: var(--g-accent);
  }
  .service {
    font-size: 22px;
    font-weight: 700;
  }
  .status {
    display: inline-block;
    margin-top: 10px;
    padding: 4px 16px;
    border-radius: 999px;
    background: var(--g-surface-2);
    font-weight: 700;
  }
  .status.called,
  .status.serving {
    background: var(--g-ok);
    color: #00210f;
  }
  .status.no-show,
  .status.cancelled,
  .status.expired {
    background: var(--g-danger);
  }
  .stats {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 8px;
    margin-top: 14px;
  }
  .stats b {
    display: block;
    font-size: 30px;
  }
  .stats span {
    color: var(--g-fg-muted);
    font-size: 15px;
  }
  .banner {
    text-align: center;
    font-size: 22px;
    display: grid;
    gap: 6px;
    justify-items: center;
  }
  .banner .big {
    font-size: 32px;
    font-weight: 800;
  }
  .banner .counter {
    font-size: clamp(36px, 11vw, 56px);
    font-weight: 800;
  }
  .banner.called {
    background: var(--g-accent);
    color: var(--g-accent-fg);
    animation: pulse 1.2s ease-in-out 6;
  }
  .banner.serving {
    background: var(--g-ok);
    color: #00210f;
  }
  .bell {
    width: 56px;
    height: 56px;
  }
  /* A glow, not a scale: the banner must not grow past the screen's edges. */
  @keyframes pulse {
    50% {
      box-shadow: 0 0 0 8px rgba(255, 210, 63, 0.45);
    }
  }
  h2 {
    margin: 0 0 8px;
    font-size: 17px;
    color: var(--g-fg-muted);
    font-weight: 600;
  }
  ul,
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 6px;
  }
  .serving-now li {
    display: flex;
    justify-content: space-between;
    font-size: 22px;
  }
  .serving-now p {
    margin: 0;
  }
  .stages li {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 6px 10px;
    border-radius: 10px;
    min-height: 40px;
  }
  .stages li svg {
    width: 24px;
    height: 24px;
    flex: none;
  }
  .stages li.past {
    color: var(--g-fg-muted);
  }
  .stages li.current {
    background: var(--g-primary);
    font-weight: 700;
  }
  .stages li.future {
    border: 2px dashed var(--g-surface-2);
  }
  .sound {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 12px 16px;
    background: var(--g-primary);
    font-weight: 700;
    text-align: left;
  }
  .sound svg {
    width: 32px;
    height: 32px;
    flex: none;
  }
  .hint {
    text-align: center;
    color: var(--g-fg-muted);
    font-size: 15px;
    margin: 0;
  }
`;
