// Builds every browser app into dist/. An app exists when its index.html does, so apps can land
// one at a time. The hub serves dist/<app>/ at /<app>/ and dist/kiosk/ticket.html at /t/<id>.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const pages: Record<string, string> = {
  kiosk: 'kiosk/index.html',
  ticket: 'kiosk/ticket.html',
  board: 'board/index.html',
  counter: 'counter/index.html',
  admin: 'admin/index.html',
  survey: 'survey/index.html',
  booking: 'booking/index.html',
};

const input = Object.fromEntries(
  Object.entries(pages)
    .filter(([, file]) => existsSync(resolve(import.meta.dirname, file)))
    .map(([name, file]) => [name, resolve(import.meta.dirname, file)]),
);

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rollupOptions: { input },
  },
});
