// Design tokens as CSS custom properties: high contrast, large type, big touch targets.
// Custom properties inherit into shadow roots, so installing them on :root themes every element.
import { css, unsafeCSS } from 'lit';

export const tokens = css`
  :root {
    --g-bg: #0b1220;
    --g-surface: #15213a;
    --g-surface-2: #1f2f52;
    --g-fg: #ffffff;
    --g-fg-muted: #c9d3e6;
    --g-accent: #ffd23f;
    --g-accent-fg: #0b1220;
    --g-primary: #1860e0;
    --g-primary-fg: #ffffff;
    --g-ok: #2fbf71;
    --g-warn: #ffb020;
    --g-danger: #ff5a5f;
    --g-disabled-bg: #2a3142;
    --g-disabled-fg: #9aa4b8;
    --g-focus: #ffd23f;
    --g-radius: 18px;
    --g-gap: 24px;
    --g-touch: 64px;
    --g-font: system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif;
    --g-font-num: 'DejaVu Sans Mono', 'Noto Sans Mono', ui-monospace, monospace;
    --g-text: clamp(18px, 2.2vmin, 28px);
    --g-text-lg: clamp(24px, 3.2vmin, 40px);
    --g-text-xl: clamp(32px, 4.6vmin, 60px);
    --g-text-huge: clamp(72px, 16vmin, 220px);
  }
`;

/** Base styles for shadow roots: box sizing, buttons that look and feel like buttons. */
export const baseStyles = css`
  :host {
    font-family: var(--g-font);
    color: var(--g-fg);
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button {
    font: inherit;
    color: inherit;
    min-height: var(--g-touch);
    min-width: var(--g-touch);
    border: 0;
    border-radius: var(--g-radius);
    cursor: pointer;
    touch-action: manipulation;
    -webkit-tap-highlight-color: transparent;
  }
  button:focus-visible {
    outline: 4px solid var(--g-focus);
    outline-offset: 3px;
  }
  button:disabled {
    cursor: not-allowed;
  }
  /* Read by screen readers, not drawn: live announcements, headings a screen shows otherwise. */
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .num {
    font-family: var(--g-font-num);
    font-weight: 800;
    letter-spacing: 0.02em;
  }
`;

/**
 * Puts the tokens on the document. Screens (kiosk, board, counter) fill the viewport and never
 * scroll; a phone page passes scroll: true.
 */
export function installTheme(opts: { scroll?: boolean } = {}, doc: Document = document): void {
  if (doc.getElementById('giliran-theme')) return;
  const style = doc.createElement('style');
  style.id = 'giliran-theme';
  style.textContent = `${tokens.cssText}
    html, body { margin: 0; min-height: 100%; background: var(--g-bg); color: var(--g-fg); font-family: var(--g-font); }
    body { overflow: ${opts.scroll ? 'auto' : 'hidden'}; height: ${opts.scroll ? 'auto' : '100%'}; -webkit-text-size-adjust: 100%; }`;
  doc.head.append(style);
}

/** For an app that wants the tokens inside its own shadow root too (e.g. in tests). */
export const tokensForHost = unsafeCSS(tokens.cssText.replace(':root', ':host'));
