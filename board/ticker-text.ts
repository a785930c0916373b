// The running text: the admin's notice, then the published satisfaction index when there is one
// (PermenPANRB 14/2017 asks units to publish it where visitors see it).
import type { PublicSite } from '../protocol/public.js';
import { ikmLine } from '../ui/ikm-text.js';

export function tickerText(site: Pick<PublicSite, 'runningText' | 'publishedIkm'>): string {
  const parts = [site.runningText.trim()];
  if (site.publishedIkm) parts.push(ikmLine(site.publishedIkm, 'id'));
  return parts.filter(Boolean).join('   •   ');
}
