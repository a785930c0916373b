// answerSurvey in the pure core: only a finished ticket of today, once; the rollover forgets
// yesterday's answered tickets with the tickets themselves. And the report fold drops ticket ids.
import { describe, expect, it } from 'vitest';
import { isRefusal } from '../../hub/queue/commands.js';
import { surveysCsv } from '../../hub/survey/survey-csv.js';
import { buildIkmReport, servedPopulation, surveyRows } from '../../hub/survey/survey-report.js';
import { foldStages } from '../../hub/reports/stages.js';
import { Harness } from './queue-harness.js';

const answers = Array(9).fill(4);
const survey = (ticketId: string, extra: Partial<{ suggestion: string }> = {}) => ({ type: 'answerSurvey' as const, ticketId, answers, respondent: null, suggestion: extra.suggestion ?? null });

describe('answerSurvey', () => {
  it('accepts a finished ticket once and records the services it passed', () => {
    const h = new Harness();
    const id = h.issue('pendaftaran');
    h.callNext('loket-1');
    h.ok({ type: 'finish', ticketId: id, by: 'petugas', transferTo: 'barang' });
    h.callNext('loket-3');
    h.ok({ type: 'finish', ticketId: id, by: 'petugas', transferTo: null });
    const [e] = h.ok(survey(id));
    expect(e).toMatchObject({ type: 'survey.answered', ticketId: id, services: ['pendaftaran', 'barang'], answers });
    const again = h.run(survey(id));
    expect(isRefusal(again) && again.refused).toBe('survey_already_answered');
  });

  it('refuses waiting, called, no-show and unknown tickets', () => {
    const h = new Harness();
    const a = h.issue();
    expect(h.run(survey(a))).toMatchObject({ refused: 'ticket_not_finished' });
    h.callNext('loket-1');
    expect(h.run(survey(a))).toMatchObject({ refused: 'ticket_not_finished' });
    h.ok({ type: 'noShow', ticketId: a, by: 'petugas' });
    expect(h.run(survey(a))).toMatchObject({ refused: 'ticket_not_finished' });
    expect(h.run(survey('nope-000000'))).toMatchObject({ refused: 'ticket_not_today' });
  });

  it('forgets the day at rollover: yesterday is not today', () => {
    const h = new Harness();
    const a = h.issue('informasi');
    h.callNext('loket-4');
    h.ok({ type: 'finish', ticketId: a, by: 'petugas', transferTo: null });
    h.ok(survey(a));
    expect(h.state.surveyed.has(a)).toBe(true);
    h.ok({ type: 'rollover', to: '2026-11-29' });
    expect(h.state.surveyed.size).toBe(0);
    expect(h.run(survey(a))).toMatchObject({ refused: 'ticket_not_today' });
  });
});

describe('the report fold', () => {
  it('counts respondents and served visits without keeping ticket ids', () => {
    const h = new Harness();
    const ids = [h.issue('informasi'), h.issue('informasi'), h.issue('informasi')];
    for (const id of ids) {
      h.callNext('loket-4');
      h.ok({ type: 'finish', ticketId: id, by: 'petugas', transferTo: null });
    }
    h.ok(survey(ids[0], { suggestion: 'Antrian cepat' }));
    h.ok({ ...survey(ids[2]), answers: [3, 3, 3, 3, 3, 3, 3, 3, 3] });
    const days = [{ day: '2026-11-28', events: h.log }];
    const rows = surveyRows(days);
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain(ids[0]);
    const report = buildIkmReport({ from: '2026-11-28', to: '2026-11-28', service: null, surveys: rows, population: servedPopulation(foldStages(days)) });
    expect(report).toMatchObject({ respondents: 2, population: 3, requiredSample: 3, sampleShort: true, ikm: 87.5, grade: 'B', label: 'Baik' });
    expect(report.nrr).toEqual(Array(9).fill(3.5));
    expect(surveyRows(days, 'pendaftaran')).toHaveLength(0);
    const csv = surveysCsv(rows);
    expect(csv.split('\r\n')[1]).toBe('2026-11-28,informasi,3,3,3,3,3,3,3,3,3,,,,,');
    expect(csv).not.toContain(ids[2]);
  });
});

describe('the printable result table', () => {
  it('escapes what visitors typed and marks a short sample', async () => {
    const { ikmReportHtml } = await import('../../hub/survey/ikm-report-html.js');
    const surveys = [{ day: '2026-11-28', at: '', services: ['informasi'], answers: Array(9).fill(4), respondent: {}, suggestion: '<script>alert(1)</script> & "x"' }];
    const report = buildIkmReport({ from: '2026-11-28', to: '2026-11-28', service: null, surveys, population: 10 });
    const page = ikmReportHtml(report, { siteName: 'Rutan <Balikpapan>', serviceName: null, printedAt: '2026-11-28' });
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(page).toContain('Rutan &lt;Balikpapan&gt;');
    expect(page).toContain('<td class="n">100,00</td>');
    expect(page).toContain('kurang dari sampel minimal (10)');
  });
});
