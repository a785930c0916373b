// Cheap thermal printers garble anything outside printable ASCII (their code pages differ), so
// every text we print goes through here: accents are dropped, common typography is mapped, the
// rest is removed.

const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u2026': '...', '\u00b7': '-', '\u2022': '-',
  '\u00df': 'ss', '\u00e6': 'ae', '\u00c6': 'AE', '\u0153': 'oe', '\u0152': 'OE',
  '\u00f8': 'o', '\u00d8': 'O', '\u0131': 'i', '\u0142': 'l', '\u0141': 'L', '\u00f0': 'd', '\u00d0': 'D',
  '\u00fe': 'th', '\u00de': 'Th', '\u00a0': ' ', '\t': ' ',
};

/** Printable ASCII (0x20-0x7e) only, whitespace collapsed. */
export function toPlainAscii(text: string): string {
  const mapped = Array.from(text.normalize('NFKD'), (ch) => REPLACEMENTS[ch] ?? ch).join('');
  return mapped
    .replace(/[\u0300-\u036f]/g, '') // combining accents left by NFKD
    .replace(/[\r\n]+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Word-wraps to `width` columns; a word longer than a line is split. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    let rest = word;
    while (rest.length > width) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
      line = '';
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}
