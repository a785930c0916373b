// Indonesian number words, as tokens that each name one voice clip: 15 -> ["lima", "belas"].
// "se-" forms (sepuluh, sebelas, seratus, seribu) are single words, as they are spoken.

const ONES = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** Every word numberWords or digitWords can return, for the clip set. */
export const NUMBER_WORDS: readonly string[] = [...ONES, 'sepuluh', 'sebelas', 'belas', 'puluh', 'seratus', 'ratus', 'seribu', 'ribu'];

/** 1..99 without the zero: 0 yields nothing (used inside larger numbers). */
function below100(n: number): string[] {
  if (n === 0) return [];
  if (n < 10) return [ONES[n]];
  if (n === 10) return ['sepuluh'];
  if (n === 11) return ['sebelas'];
  if (n < 20) return [ONES[n - 10], 'belas'];
  const tens = Math.floor(n / 10);
  return [ONES[tens], 'puluh', ...below100(n % 10)];
}

function below1000(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const head = hundreds === 0 ? [] : hundreds === 1 ? ['seratus'] : [ONES[hundreds], 'ratus'];
  return [...head, ...below100(n % 100)];
}

/** 0..9999 as words: 1999 -> seribu sembilan ratus sembilan puluh sembilan. */
export function numberWords(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`numberWords: ${n} is not an integer in 0..9999`);
  if (n === 0) return ['nol'];
  const thousands = Math.floor(n / 1000);
  const head = thousands === 0 ? [] : thousands === 1 ? ['seribu'] : [ONES[thousands], 'ribu'];
  return [...head, ...below1000(n % 1000)];
}

/** Digit by digit, keeping leading zeros: "015" -> nol satu lima. Non-digits are skipped. */
export function digitWords(digits: string): string[] {
  return [...digits].filter((c) => c >= '0' && c <= '9').map((c) => ONES[Number(c)]);
}
