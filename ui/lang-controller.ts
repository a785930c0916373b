// The page's language for the shared elements of ui/ (clock, connection badge): they serve every
// app, so they follow the page's language (set by the app's I18n) rather than one app's table.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onPageLang, pageLang, type Lang } from './i18n.js';

export class LangController implements ReactiveController {
  private off: (() => void) | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get lang(): Lang {
    return pageLang();
  }

  hostConnected(): void {
    this.off = onPageLang(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.off?.();
    this.off = null;
  }
}
