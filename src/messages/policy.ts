/**
 * What each value of a policy object means, by its path (`ecr.bands`, `verdict.passThreshold` …):
 * the labels of the generated policy tables (docs/policy.md, `star-assessment policy`), one table
 * per language (`messages/zh/policy.ts`, `messages/en/policy.ts`).
 */
export type PolicyLabels = Readonly<Record<string, string>>;
