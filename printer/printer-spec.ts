// The PRINTER setting: where tickets go. Parsed once at start so a typo stops the hub with a clear
// message instead of silently never printing.
import type { PaperWidth } from './print-types.js';

export type PrinterSpec =
  | { kind: 'tcp'; host: string; port: number; statusQueries: boolean; paperWidth?: PaperWidth }
  | { kind: 'device'; path: string }
  | { kind: 'virtual' }
  | { kind: 'none' };

const ACCEPTED = 'expected tcp://host:9100, a device path such as /dev/usb/lp0, "virtual" or "none"';

/** Throws an Error naming the bad value and what is accepted. */
export function parsePrinterSpec(value: string): PrinterSpec {
  const text = value.trim();
  const invalid = (why: string) => new Error(`Invalid PRINTER value "${value}": ${why}; ${ACCEPTED}`);
  if (!text) throw invalid('it is empty');
  if (/^none$/i.test(text)) return { kind: 'none' };
  if (/^virtual$/i.test(text)) return { kind: 'virtual' };
  if (text.startsWith('/')) {
    if (/[\0\s]/.test(text) || text.endsWith('/')) throw invalid('not a device file path');
    return { kind: 'device', path: text };
  }
  if (/^tcp:\/\//i.test(text)) return parseTcp(text, invalid);
  if (/^[\w.-]+:\d+$/.test(text)) throw invalid(`did you mean tcp://${text}`);
  if (/^(usb|lp\d*)$/i.test(text)) throw invalid('did you mean /dev/usb/lp0');
  throw invalid('unknown form');
}

function parseTcp(text: string, invalid: (why: string) => Error): PrinterSpec {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid('not a valid URL (is the port 1-65535?)');
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) throw invalid('the host is missing');
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.hash) {
    throw invalid('only host, port and the options ?status=off and ?width=58|80 are allowed');
  }
  const port = url.port ? Number(url.port) : 9100;
  if (port < 1) throw invalid('the port must be 1-65535');
  const spec: PrinterSpec = { kind: 'tcp', host, port, statusQueries: true };
  for (const [key, option] of url.searchParams) {
    if (key === 'status' && (option === 'on' || option === 'off')) spec.statusQueries = option === 'on';
    else if (key === 'width' && (option === '58' || option === '80')) spec.paperWidth = Number(option) as PaperWidth;
    else throw invalid(`unknown option ${key}=${option} (allowed: status=on|off, width=58|80)`);
  }
  return spec;
}

export function describePrinterSpec(spec: PrinterSpec): string {
  if (spec.kind === 'tcp') return `tcp://${spec.host.includes(':') ? `[${spec.host}]` : spec.host}:${spec.port}`;
  if (spec.kind === 'device') return spec.path;
  return spec.kind;
}
