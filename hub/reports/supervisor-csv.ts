// The supervisor's view as CSV: one row per decision, times in the site's zone.
import { toCsv } from './csv.js';
import { localDateTime } from './report-csv.js';
import type { SupervisorReport } from '../../protocol/reports.js';

export const SUPERVISOR_HEADER = ['day', 'time', 'officer', 'kind', 'number', 'service', 'service_name', 'counter', 'counter_name', 'reason', 'recalls'] as const;

export function supervisorCsv(report: SupervisorReport, timezone: string, names: { service(id: string): string; counter(id: string): string; kind(k: string): string }): string {
  return toCsv(
    SUPERVISOR_HEADER,
    report.rows.map((r) => [
      r.day,
      localDateTime(r.at, timezone),
      r.officer,
      names.kind(r.kind),
      r.number,
      r.service,
      r.service ? names.service(r.service) : null,
      r.counter,
      r.counter ? names.counter(r.counter) : null,
      r.reason,
      r.recalls,
    ]),
  );
}
