/// <reference types="vite/client" />
// Where each clip is served from. Vite copies every clip into dist/assets (hashed names, never
// inlined, so each stays a separate cached file). A human recording in board/clips/custom/ with
// the same name (any of .ogg .mp3 .wav .m4a) replaces the generated clip at build time.
const generated = import.meta.glob<string>('../clips/*.ogg', { query: '?no-inline', import: 'default', eager: true });
const custom = import.meta.glob<string>('../clips/custom/*.{ogg,mp3,wav,m4a}', { query: '?no-inline', import: 'default', eager: true });

function byName(files: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(files).map(([path, url]) => [path.replace(/^.*\//, '').replace(/\.[^.]+$/, ''), url]));
}

export const CLIP_URLS: ReadonlyMap<string, string> = new Map([...byName(generated), ...byName(custom)]);

/** Names of the clips that came from board/clips/custom/. */
export const CUSTOM_CLIPS: readonly string[] = [...byName(custom).keys()];

export function clipUrl(name: string): string | undefined {
  return CLIP_URLS.get(name);
}
