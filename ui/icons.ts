// Inline SVG icons (no downloads: the site is LAN only). A service's `icon` names one of these;
// without it the kiosk picks by service id, then falls back to a ticket.
import { svg, type SVGTemplateResult } from 'lit';

const wrap = (body: SVGTemplateResult) =>
  svg`<svg viewBox="0 0 48 48" width="100%" height="100%" fill="none" stroke="currentColor"
    stroke-width="3" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${body}</svg>`;

export const icons: Record<string, SVGTemplateResult> = {
  // ID card being registered
  registration: wrap(svg`<rect x="5" y="10" width="38" height="28" rx="4"/><circle cx="16" cy="22" r="4"/>
    <path d="M10 32c1.5-4 10.5-4 12 0"/><path d="M27 19h10M27 25h10M27 31h6"/>`),
  // a parcel being inspected
  goods: wrap(svg`<path d="M6 15l18-8 18 8v18l-18 8-18-8z"/><path d="M6 15l18 8 18-8M24 23v18"/>
    <path d="M15 11l18 8"/>`),
  // two people facing each other
  visit: wrap(svg`<circle cx="14" cy="14" r="5"/><circle cx="34" cy="14" r="5"/>
    <path d="M5 40c0-8 4-13 9-13s9 5 9 13M25 40c0-8 4-13 9-13s9 5 9 13"/><path d="M24 8v32" stroke-dasharray="3 4"/>`),
  info: wrap(svg`<circle cx="24" cy="24" r="18"/><path d="M24 22v12"/><circle cx="24" cy="15" r="1.5" fill="currentColor"/>`),
  ticket: wrap(svg`<path d="M6 14h36v6a4 4 0 0 0 0 8v6H6v-6a4 4 0 0 0 0-8z"/><path d="M18 14v20" stroke-dasharray="3 4"/>`),
  priority: wrap(svg`<circle cx="22" cy="8" r="4"/><path d="M22 13v13h12l4 12"/>
    <path d="M22 19h9"/><path d="M16 21a11 11 0 1 0 16 13"/>`),
  settings: wrap(svg`<circle cx="24" cy="24" r="6"/><path d="M24 4v6M24 38v6M4 24h6M38 24h6M10 10l4 4M34 34l4 4M10 38l4-4M34 14l4-4"/>`),
  printer: wrap(svg`<path d="M13 18V6h22v12"/><rect x="6" y="18" width="36" height="16" rx="3"/><path d="M13 28h22v14H13z"/>`),
  phone: wrap(svg`<rect x="14" y="4" width="20" height="40" rx="4"/><path d="M21 38h6"/>`),
  check: wrap(svg`<circle cx="24" cy="24" r="18"/><path d="M15 24l6 6 12-12"/>`),
  alert: wrap(svg`<path d="M24 6l20 36H4z"/><path d="M24 19v11"/><circle cx="24" cy="36" r="1.5" fill="currentColor"/>`),
  bell: wrap(svg`<path d="M12 34V22a12 12 0 0 1 24 0v12l4 4H8z"/><path d="M20 42a4 4 0 0 0 8 0"/>`),
};

// Names the default site (hub/default-site.ts) uses.
icons['id-card'] = icons.registration;
icons.package = icons.goods;
icons.users = icons.visit;

/**
 * Icons by the name a service names (admin-entered data): a Map, so a name such as
 * "constructor" or "toString" finds nothing instead of an Object.prototype member.
 */
export const iconsByName = new Map<string, SVGTemplateResult>(Object.entries(icons));

export const iconNames = [...iconsByName.keys()];

const byServiceId: Record<string, string> = {
  pendaftaran: 'registration',
  barang: 'goods',
  kunjungan: 'visit',
  informasi: 'info',
};

export function serviceIcon(service: { id: string; icon?: string }): SVGTemplateResult {
  return iconsByName.get(service.icon ?? '') ?? iconsByName.get(byServiceId[service.id] ?? '') ?? icons.ticket;
}
