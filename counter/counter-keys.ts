// Keyboard shortcuts: one key per action, shown on its button. Letters work in either case and
// with CapsLock; modifiers are left to the browser (Ctrl+R must still reload).
export type CounterAction = 'callNext' | 'recall' | 'start' | 'finish' | 'finishPass' | 'transfer' | 'noShow' | 'pauseOpen';

const ACTION_KEYS: Record<CounterAction, string> = {
  callNext: 'Spasi / N',
  recall: 'R',
  start: 'S',
  finish: 'F',
  finishPass: 'T',
  transfer: 'A',
  noShow: 'X',
  pauseOpen: 'P',
};

/** The key(s) printed on an action's button. */
export function keyLabel(action: CounterAction, lang: 'id' | 'en'): string {
  return action === 'callNext' && lang === 'en' ? 'Space / N' : ACTION_KEYS[action];
}

const BY_KEY: Record<string, CounterAction> = {
  ' ': 'callNext',
  n: 'callNext',
  r: 'recall',
  s: 'start',
  f: 'finish',
  t: 'finishPass',
  a: 'transfer',
  x: 'noShow',
  p: 'pauseOpen',
};

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  repeat?: boolean;
}

/** The action a key press asks for, or null (held keys do not repeat an action). */
export function actionForKey(e: KeyLike): CounterAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return null;
  return BY_KEY[e.key.toLowerCase()] ?? null;
}
