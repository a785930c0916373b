// The published satisfaction index as one line, for the board's running text, the phone page and
// the survey's thank-you screen: "Indeks Kepuasan Masyarakat 2026: 88,75 — A, Sangat Baik".
import type { Lang } from '../protocol/config.js';
import { GRADE_LABELS, formatIndex } from '../protocol/survey-questions.js';
import type { PublishedIkm } from '../protocol/survey.js';

export function ikmLine(p: PublishedIkm, lang: Lang = 'id'): string {
  const title = lang === 'id' ? 'Indeks Kepuasan Masyarakat' : 'Public Satisfaction Index';
  return `${title} ${p.period}: ${formatIndex(p.index, lang)} — ${p.grade}, ${GRADE_LABELS[p.grade][lang]}`;
}
