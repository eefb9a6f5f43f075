/**
 * Builders of partner records for the standing tests (docs/standing.md). A record starts certified on
 * 2024-05-10 with a technical manager (E-1) and two certified engineers (E-2, E-3) whose H3CS-CDS
 * certificates were registered that day; each test changes what it is about.
 */

export interface CertificateEntry {
  type?: string;
  version?: string;
  validThrough: string;
  registeredOn?: string | null;
}

export interface EngineerEntry {
  id: string;
  name?: string;
  roles: string[];
  joinedOn: string;
  leftOn?: string | null;
  declaredOn?: string | null;
  foundOn?: string | null;
  certificates?: CertificateEntry[];
  pledge?: { signedOn: string; proofOn?: string | null } | null;
}

export interface RecordEntry {
  partner: { id: string; name?: string };
  certifications?: { certifiedOn: string }[];
  engineers?: EngineerEntry[];
  assessments?: { quarter: string; verdict: unknown }[];
  sanctions?: { clause: string; foundOn: string }[];
}

/** A certified engineer with one H3CS-CDS certificate. */
export function certified(id: string, validThrough: string, extra: Partial<EngineerEntry> = {}, registeredOn = "2024-05-10"): EngineerEntry {
  return { id, roles: ["certified-engineer"], joinedOn: "2023-01-01", certificates: [{ type: "H3CS-CDS", version: "V2", validThrough, registeredOn }], ...extra };
}

/** A technical manager. */
export function manager(id = "E-1", extra: Partial<EngineerEntry> = {}): EngineerEntry {
  return { id, roles: ["technical-manager"], joinedOn: "2022-03-01", ...extra };
}

/**
 * A record certified on `certifiedOn` (default 2024-05-10) and again each year after it up to 2029, so
 * that the qualification of 七.3 stays valid unless a test is about it.
 */
export function record(engineers: EngineerEntry[], extra: Partial<RecordEntry> = {}, certifiedOn: string[] = ["2024-05-10", "2025-05-09", "2026-05-09", "2027-05-09", "2028-05-09", "2029-05-09"]): RecordEntry {
  return { partner: { id: "P-0001", name: "示例科技有限公司" }, certifications: certifiedOn.map((day) => ({ certifiedOn: day })), engineers, ...extra };
}

/** The standard team: E-1 manager; E-2 and E-3 certified through 2027-06-30 unless given. */
export function team(e2: Partial<EngineerEntry> = {}, e3: Partial<EngineerEntry> = {}, validThrough = "2027-06-30"): EngineerEntry[] {
  return [manager(), certified("E-2", validThrough, e2), certified("E-3", validThrough, e3)];
}
