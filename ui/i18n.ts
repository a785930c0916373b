// A tiny typed dictionary: Bahasa Indonesia first, English available. Each app defines its own
// strings (with the same keys in both languages, checked by the compiler) on top of the common ones
// below, and keeps its language in localStorage under its own key.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang, LocalizedName } from '../protocol/config.js';

export type { Lang, LocalizedName };
export const LANGS: readonly Lang[] = ['id', 'en'];

export type Strings<K extends string> = Record<Lang, Record<K, string>>;

/** Strings used by the shared elements in ui/. */
export const commonStrings = {
  id: {
    online: 'Terhubung',
    connecting: 'Menghubungkan...',
    offline: 'Koneksi terputus - mencoba lagi',
    offlineFor: 'Koneksi terputus {time} - mencoba lagi',
    readOnly: 'Server tidak dapat menyimpan perubahan',
    seconds: '{n} dtk',
    minutes: '{n} mnt',
    minutesLong: '{n} menit',
    lessThanMinute: '< 1 menit',
    offlineShort: 'Terputus',
    offlineShortFor: 'Terputus {time}',
    signInUsername: 'Nama pengguna',
    signInPassword: 'Kata sandi',
    signInSubmit: 'Masuk',
    signInBusy: 'Memeriksa...',
    signInWrong: 'Nama pengguna atau kata sandi salah. Periksa lalu coba lagi.',
    signInTooMany: 'Terlalu banyak percobaan masuk. Tunggu beberapa menit lalu coba lagi.',
  },
  en: {
    online: 'Connected',
    connecting: 'Connecting...',
    offline: 'Connection lost - retrying',
    offlineFor: 'Connection lost {time} - retrying',
    readOnly: 'The server cannot save changes',
    seconds: '{n} s',
    minutes: '{n} min',
    minutesLong: '{n} {n:minute|minutes}',
    lessThanMinute: '< 1 minute',
    offlineShort: 'Offline',
    offlineShortFor: 'Offline {time}',
    signInUsername: 'Username',
    signInPassword: 'Password',
    signInSubmit: 'Sign in',
    signInBusy: 'Checking...',
    signInWrong: 'Wrong username or password. Check and try again.',
    signInTooMany: 'Too many sign-in attempts. Wait a few minutes and try again.',
  },
} satisfies Strings<string>;
export type CommonKey = keyof (typeof commonStrings)['id'];

export function localized(name: LocalizedName, lang: Lang): string {
  return name[lang] || name.id;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
/** Intl's plural category of n in a language ('one', 'other', ...). */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang === 'en' ? 'en' : 'id')));
  return rules.select(n);
}

/**
 * "{n} menit" + { n: 5 } -> "5 menit". Unknown placeholders stay visible, so a typo shows.
 * Plurals: "{n} {n:minute|minutes}" picks the word by Intl.PluralRules of `lang` for the value of
 * n: the first form for the category 'one', the last for every other category (Indonesian has
 * only 'other', so its tables need no plural forms).
 */
export function format(template: string, vars?: Record<string, string | number>, lang: Lang = 'id'): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)(?::([^{}]*))?\}/g, (m, k: string, forms: string | undefined) => {
    if (!(k in vars)) return m;
    if (forms === undefined) return String(vars[k]);
    const list = forms.split('|');
    const n = Number(vars[k]);
    return pluralCategory(lang, n) === 'one' ? list[0]! : list[list.length - 1]!;
  });
}

function readStored(key: string): Lang | null {
  try {
    const v = globalThis.localStorage?.getItem(key);
    return v === 'id' || v === 'en' ? v : null;
  } catch {
    return null; // storage blocked (private mode): fall back to the default
  }
}

// The page's language: one app a page, so its I18n sets it and the shared elements of ui/ follow
// it (ui/lang-controller.ts) instead of a `lang` property passed down through every element.
let currentPageLang: Lang = 'id';
const pageListeners = new Set<(lang: Lang) => void>();

/** The language the page's app speaks now. */
export function pageLang(): Lang {
  return currentPageLang;
}

/** Hears every change of the page's language; returns the remover. */
export function onPageLang(fn: (lang: Lang) => void): () => void {
  pageListeners.add(fn);
  return () => pageListeners.delete(fn);
}

function setPageLang(lang: Lang): void {
  if (lang === currentPageLang) return;
  currentPageLang = lang;
  for (const fn of pageListeners) fn(lang);
}

export class I18n<K extends string> {
  private listeners = new Set<(lang: Lang) => void>();
  private readonly storageKey: string;
  lang: Lang;

  constructor(
    app: string,
    private readonly strings: Strings<K>,
    fallback: Lang = 'id',
  ) {
    this.storageKey = `giliran.${app}.lang`;
    this.lang = readStored(this.storageKey) ?? fallback;
    if (globalThis.document) document.documentElement.lang = this.lang;
    setPageLang(this.lang);
  }

  t(key: K | CommonKey, vars?: Record<string, string | number>): string {
    const own = this.strings[this.lang] as Record<string, string>;
    const common = commonStrings[this.lang] as Record<string, string>;
    return format(own[key] ?? common[key] ?? key, vars, this.lang);
  }

  name(name: LocalizedName): string {
    return localized(name, this.lang);
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    try {
      globalThis.localStorage?.setItem(this.storageKey, lang);
    } catch {
      /* not persisted; still switched for this session */
    }
    if (globalThis.document) document.documentElement.lang = lang;
    setPageLang(lang);
    for (const fn of this.listeners) fn(lang);
  }

  subscribe(fn: (lang: Lang) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Re-renders a Lit host when the language changes: elements read `i18n.lang`, nobody passes it down. */
  bind(host: ReactiveControllerHost): ReactiveController {
    let off: (() => void) | null = null;
    const ctrl: ReactiveController = {
      hostConnected: () => {
        off = this.subscribe(() => host.requestUpdate());
      },
      hostDisconnected: () => off?.(),
    };
    host.addController(ctrl);
    return ctrl;
  }
}

/** A common string in a given language, for the shared elements that only know `lang`. */
export function tCommon(lang: Lang, key: CommonKey, vars?: Record<string, string | number>): string {
  return format(commonStrings[lang][key], vars, lang);
}

/** Minutes as shown to visitors: "< 1 menit", "12 menit". */
export function formatMinutes(lang: Lang, minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  return m < 1 ? tCommon(lang, 'lessThanMinute') : tCommon(lang, 'minutesLong', { n: m });
}

/** A short elapsed time: "45 dtk", "3 mnt". */
export function formatElapsed(lang: Lang, ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return s < 60 ? tCommon(lang, 'seconds', { n: s }) : tCommon(lang, 'minutes', { n: Math.floor(s / 60) });
}
