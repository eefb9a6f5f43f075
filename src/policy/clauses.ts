/**
 * Stable clause IDs. Every policy value, rule step, verdict reason and test names one of
 * these, so a reader holding the policy text can go from a sentence to the code and back.
 *
 * The policy's own numbering slips: the table in 三.1 lists training as 2.5 and key events as 2.6,
 * while the body headings say 2.6 and 2.7. The IDs follow the table.
 */
export const CLAUSES = {
  "1.certified-engineers": { section: "一", title: "≥ 2 engineers holding a valid H3CS-CDS certificate" },
  "1.cert-validity": { section: "一 补充说明 1", title: "a certificate used in an application valid for more than one month after it" },
  "1.platform": { section: "一", title: "7×24 hotline, issue tracking, technical manager, project experience ≥ 500,000 with a case" },
  "1.kpi": { section: "一 业务指标要求", title: "quarterly assessment ≥ 70 points" },
  "2.major-project": { section: "二.3.7", title: "major project: WorkSpace / LearningSpace with ≥ 200 seats" },
  "3.1": { section: "三.1", title: "quarterly assessment items and their points" },
  "3.2.1": { section: "三.2.1", title: "major-project delivery (30)" },
  "3.2.2": { section: "三.2.2", title: "customer satisfaction (25)" },
  "3.2.3": { section: "三.2.3", title: "rep-office rating (10)" },
  "3.2.4": { section: "三.2.4", title: "ECR, simple-question ratio (15)" },
  "3.2.5": { section: "三.2.6 (table: 2.5)", title: "training participation (20)" },
  "3.2.6": { section: "三.2.7 (table: 2.6)", title: "key events (bonus / penalty)" },
  "4.1.a": { section: "四.1.a", title: "any item scores 0 → downgrade for one quarter" },
  "4.1.b": { section: "四.1.b", title: "total < 70 → downgrade; reapply after one quarter" },
  "4.2.a": { section: "四.2.a", title: "H3CS-CDS certificate expired without a new one → automatic downgrade" },
  "4.2.b": { section: "四.2.b", title: "the same engineer renews and replaces the certificate → star restored" },
  "4.2.1.a": { section: "四.2.1.a", title: "key person left and declared → 2-month grace, then downgrade" },
  "4.2.1.b": { section: "四.2.1.b", title: "key person left and not declared → immediate downgrade" },
  "4.2.1.c": { section: "四.2.1.c", title: "new hire without social security → pledge, proof after 3 months" },
  "4.2.2": { section: "四.2.2", title: "major key events → downgrade or blacklist" },
  "5.tech-manager": { section: "五.1", title: "certified engineer's departure reported within 3 working days, filled within 2 months" },
  "6.process": { section: "六", title: "application → HQ review (3) → interview (5) → on-site (5) → HQ final (2) working days" },
  "7.1": { section: "七.1", title: "false information → application ended or qualification cancelled, no application for one year" },
  "7.3": { section: "七.3", title: "service qualification valid one year; reminders from 4 months before expiry" },
  "7.4": { section: "七.4", title: "certificate not replaced before it expires → downgraded when it expires" },
  "7.5": { section: "七.5", title: "major service key event in the previous certification year → certification may be delayed or refused" },
  "7.6": { section: "七.6", title: "major accident from a skipped handover check → cancelled, no application for one year" },
  "8.effective": { section: "八", title: "in force from 2024-04-01" },
} as const satisfies Record<string, { section: string; title: string }>;

/** One of the stable clause IDs of {@link CLAUSES}. */
export type ClauseId = keyof typeof CLAUSES;

/** The clause IDs as a tuple, for schemas. */
export const CLAUSE_IDS = Object.keys(CLAUSES) as [ClauseId, ...ClauseId[]];

/**
 * The readings of ambiguous clauses (docs/interpretations.md explains each one, the sentence it
 * reads and the policy value that changes it).
 */
export const READING_IDS = ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "S11", "H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9"] as const;

/** One of {@link READING_IDS}. */
export type ReadingId = (typeof READING_IDS)[number];
