import type { KeyEventInput, MajorProjectInput, SatisfactionSurveyInput } from "../../src/index.js";

/**
 * Builders of the sections the rule tests score, each a valid section a test changes in the one
 * place it is about.
 */

/** A WorkSpace project of 320 seats, report due 2024-09-20, submitted 2024-09-18 (on time), rated 28. */
export const project = (over: Partial<MajorProjectInput> = {}): MajorProjectInput => ({
  id: "MP-01",
  product: "WorkSpace",
  seats: 320,
  deadline: "2024-09-20",
  submittedOn: "2024-09-18",
  rating: 28,
  ...over,
});

/** Surveys of projects MP-1, MP-2 … with the given outcomes (codes or the policy's Chinese labels). */
export const surveys = (...outcomes: string[]): SatisfactionSurveyInput[] => outcomes.map((outcome, i) => ({ projectId: `MP-${i + 1}`, outcome }));

/** A key event with an empty note. */
export const keyEvent = (id: string, kind: "bonus" | "penalty", points: number, over: Partial<KeyEventInput> = {}): KeyEventInput => ({ id, kind, points, note: "", ...over });
