// RFC 4180 CSV: comma separated, CRLF line ends, fields with a separator, quote or line break quoted
// and quotes doubled. Indonesian exports use `;` and a decimal comma: Excel in an Indonesian locale
// splits on `;` (its list separator) and reads 1,5 as a number; a comma file opens as one column. Text that a spreadsheet would run as a formula (=, +, -, @) gets a leading
// apostrophe: service names are typed by admins, and an export must never execute anything.

export type Cell = string | number | boolean | null;

/** Excel opens UTF-8 correctly only with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

export interface CsvFormat {
  sep: ',' | ';';
  decimal: '.' | ',';
}
export const CSV_EN: CsvFormat = { sep: ',', decimal: '.' };
export const CSV_ID: CsvFormat = { sep: ';', decimal: ',' };
export const csvFormat = (lang: 'id' | 'en'): CsvFormat => (lang === 'id' ? CSV_ID : CSV_EN);

export function csvField(v: Cell, fmt: CsvFormat = CSV_EN): string {
  if (v === null) return '';
  let s = typeof v === 'number' ? String(v).replace('.', fmt.decimal) : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  const special = fmt.sep === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return special.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly Cell[][], fmt: CsvFormat = CSV_EN): string {
  return [header, ...rows].map((r) => r.map((c) => csvField(c, fmt)).join(fmt.sep) + '\r\n').join('');
}

/** The inverse (strict RFC 4180, BOM tolerated): for tests and for reading an export back. */
export function parseCsv(text: string, sep: ',' | ';' = ','): string[][] {
  const src = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (src[i + 1] === '"') field += src[++i];
      else quoted = false;
    } else if (c === '"') {
      quoted = true;
    } else if (c === sep) {
      endField();
    } else if (c === '\r' && src[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
