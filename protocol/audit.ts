// The audit log as the hub sends it (GET /api/admin/audit) and the answer of its chain check
// (GET /api/admin/audit/verify). Plain types: the hub writes and verifies them, the admin app reads them.

export interface AuditEntry {
  at: string;
  /** Username, or null for anonymous (e.g. a failed login names the attempted user in detail). */
  actor: string | null;
  action: string;
  detail: Record<string, unknown>;
}

/** An entry as stored: linked to the one before it (hub/audit/audit-chain.ts). */
export interface ChainedAuditEntry extends AuditEntry {
  /** Hash of the previous entry (or of the previous day's last one); GENESIS for the first ever. */
  prev?: string;
  hash?: string;
}

export interface AuditBreak {
  day: string;
  /** Index of the entry in that day's list (0 = first). */
  index: number;
  problem: 'edited' | 'link' | 'unchained';
  message: string;
  expected: string;
  found: string | null;
  entry: ChainedAuditEntry;
}

export interface AuditVerification {
  ok: boolean;
  from: string;
  to: string;
  daysWithEntries: number;
  entries: number;
  /** Entries written before the chain existed (no hash), at the start of the range. */
  unchained: number;
  /** The last hash of the range: write it down or print it to detect a cut at the very end. */
  head: string | null;
  firstBreak: AuditBreak | null;
}

