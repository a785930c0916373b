// Elements follow the page's language through a controller instead of a `lang` property passed
// down: the app's I18n sets the page language, the shared ui/ elements re-render when it changes.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import { I18n, pageLang } from '../../ui/i18n.js';
import { LangController } from '../../ui/lang-controller.js';

class FakeHost implements ReactiveControllerHost {
  updates = 0;
  controllers: ReactiveController[] = [];
  addController(c: ReactiveController): void {
    this.controllers.push(c);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

describe('page language', () => {
  it("is the app's I18n language; bound hosts and LangController hosts re-render on a switch, and stop hearing once disconnected", () => {
    const i18n = new I18n('lang-test', { id: { hi: 'Halo' }, en: { hi: 'Hello' } }, 'id');
    expect(pageLang()).toBe('id');
    const shared = new FakeHost();
    const ctl = new LangController(shared);
    const own = new FakeHost();
    i18n.bind(own);
    for (const c of [...shared.controllers, ...own.controllers]) c.hostConnected?.();

    i18n.setLang('en');
    expect(pageLang()).toBe('en');
    expect(ctl.lang).toBe('en');
    expect(shared.updates).toBe(1);
    expect(own.updates).toBe(1);
    i18n.setLang('en'); // no change, no render
    expect(shared.updates).toBe(1);

    for (const c of shared.controllers) c.hostDisconnected?.();
    i18n.setLang('id');
    expect(shared.updates).toBe(1);
    expect(own.updates).toBe(2);
    expect(ctl.lang).toBe('id');
  });
});
