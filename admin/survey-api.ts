// The hub calls of the admin's survey (SKM) tab.
import type { IkmReport, PublishedIkm } from '../protocol/survey.js';
import { api } from '../ui/api.js';
import { rangeQuery } from './admin-api.js';

const q = (from: string, to: string, service: string) => rangeQuery(from, to, service ? { service } : {});

export const surveyApi = {
  report: (from: string, to: string, service: string) => api<IkmReport>(`/api/admin/reports/ikm${q(from, to, service)}`),
  csvUrl: (from: string, to: string, service: string) => `/api/admin/reports/ikm.csv${q(from, to, service)}`,
  printUrl: (from: string, to: string, service: string) => `/api/admin/reports/ikm/print${q(from, to, service)}`,
  publish: (period: string, from: string, to: string) => api<PublishedIkm>('/api/admin/ikm/publish', { body: { period, from, to } }),
  withdraw: () => api<{ published: null }>('/api/admin/ikm/publish', { method: 'DELETE' }),
};
