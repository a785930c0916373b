// The printable SKM result, laid out like the regulation's result table (PermenPANRB 14/2017):
// NRR and weighted NRR per element, their sum (IKM), IKM x 25, grade and performance, then the
// sample, the respondents' profile and the suggestions. Pure: data in, an HTML page out.
import type { IkmReport } from '../../protocol/survey.js';
import { SURVEY_ELEMENTS, formatIndex } from '../../protocol/survey-questions.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const num = (n: number | null, d: number) => (n === null ? '–' : formatIndex(n, 'id', d));

/** The regulation's conversion table (Nilai Persepsi, interval, converted interval, grade). */
export const GRADE_TABLE = [
  ['1', '1,00 – 2,5996', '25,00 – 64,99', 'D', 'Tidak Baik'],
  ['2', '2,60 – 3,064', '65,00 – 76,60', 'C', 'Kurang Baik'],
  ['3', '3,0644 – 3,532', '76,61 – 88,30', 'B', 'Baik'],
  ['4', '3,5324 – 4,00', '88,31 – 100,00', 'A', 'Sangat Baik'],
] as const;

export function ikmReportHtml(r: IkmReport, opts: { siteName: string; serviceName: string | null; printedAt: string }): string {
  const rows = SURVEY_ELEMENTS.map((el, i) => {
    const flagged = r.lowest.includes(i + 1);
    return `<tr${flagged ? ' class="low"' : ''}><td>${el.code}</td><td>${esc(el.name.id)}${flagged ? ' <b>▼ perlu perbaikan</b>' : ''}</td><td class="n">${num(r.nrr[i], 4)}</td><td class="n">${num(r.weightedNrr[i], 4)}</td></tr>`;
  }).join('');
  const profile = (title: string, list: { key: string; count: number }[]) =>
    `<table class="p"><tr><th colspan="2">${title}</th></tr>${list.map((x) => `<tr><td>${esc(x.key === '-' ? 'tidak diisi' : x.key)}</td><td class="n">${x.count}</td></tr>`).join('')}</table>`;
  const suggestions = r.suggestions.length ? `<ol>${r.suggestions.map((s) => `<li>${esc(s.text)} <small>(${s.day})</small></li>`).join('')}</ol>` : '<p>Tidak ada saran.</p>';
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Hasil SKM ${esc(r.from)} s.d. ${esc(r.to)}</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:2cm;color:#000;font-size:11pt}
h1{font-size:14pt;text-align:center;margin:0}h2{font-size:12pt;margin-top:1.5em}
.sub{text-align:center;margin:.3em 0 1.2em}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #000;padding:4px 6px;vertical-align:top}
th{background:#eee}.n{text-align:right;font-variant-numeric:tabular-nums}.tot td{font-weight:bold}
tr.low td{background:#fde8e8}.warn{border:2px solid #b00;padding:6px;color:#b00;font-weight:bold}
.profile{display:grid;grid-template-columns:repeat(4,1fr);gap:8px;align-items:start}.p{width:100%}
@media print{body{margin:1cm}.noprint{display:none}}
</style></head><body>
<p class="noprint"><i>Cetak halaman ini dengan Ctrl+P (Print with Ctrl+P).</i></p>
<h1>HASIL SURVEI KEPUASAN MASYARAKAT</h1>
<p class="sub">${esc(opts.siteName)}${opts.serviceName ? ` — ${esc(opts.serviceName)}` : ''}<br>Periode ${esc(r.from)} s.d. ${esc(r.to)}</p>
<table>
<tr><th>No</th><th>Unsur Pelayanan</th><th>Nilai Rata-rata (NRR)</th><th>NRR Tertimbang (NRR × 1/9)</th></tr>
${rows}
<tr class="tot"><td colspan="3">Jumlah NRR Tertimbang (IKM)</td><td class="n">${num(r.ikmUnit, 4)}</td></tr>
<tr class="tot"><td colspan="3">IKM Unit Pelayanan (IKM × 25)</td><td class="n">${num(r.ikm, 2)}</td></tr>
<tr class="tot"><td colspan="3">Mutu Pelayanan</td><td class="n">${r.grade ?? '–'}</td></tr>
<tr class="tot"><td colspan="3">Kinerja Unit Pelayanan</td><td class="n">${esc(r.label ?? '–')}</td></tr>
</table>
<h2>Responden dan sampel</h2>
<table><tr><th>Responden</th><th>Populasi (kunjungan dilayani)</th><th>Sampel minimal (Krejcie–Morgan)</th></tr>
<tr><td class="n">${r.respondents}</td><td class="n">${r.population}</td><td class="n">${r.requiredSample}</td></tr></table>
${r.sampleShort ? `<p class="warn">Jumlah responden (${r.respondents}) kurang dari sampel minimal (${r.requiredSample}).</p>` : ''}
<h2>Nilai persepsi, interval dan mutu pelayanan</h2>
<table><tr><th>Nilai Persepsi</th><th>Nilai Interval (NI)</th><th>Nilai Interval Konversi (NIK)</th><th>Mutu Pelayanan</th><th>Kinerja Unit Pelayanan</th></tr>
${GRADE_TABLE.map((g) => `<tr>${g.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>
<h2>Profil responden</h2>
<div class="profile">${profile('Jenis kelamin', r.profile.gender)}${profile('Umur', r.profile.age)}${profile('Pendidikan', r.profile.education)}${profile('Pekerjaan', r.profile.occupation)}</div>
<h2>Saran dan masukan</h2>
${suggestions}
<p><small>Dicetak ${esc(opts.printedAt)}. Metode: PermenPANRB No. 14 Tahun 2017.</small></p>
</body></html>`;
}
