import { describe, expect, it } from "vitest";
import { chineseWorkingDays } from "../../src/calendars/chinese-days.js";
import { certificationSchedule } from "../../src/index.js";
import { issuesOf } from "../support/issues-of.js";

const steps = (progress: object, options = {}) => certificationSchedule(progress, options).steps.map(({ step, dueOn, doneOn, late }) => ({ step, dueOn, doneOn, late }));

describe("6.process certificationSchedule: review 3, interview 5, on-site 5, final 2 working days", () => {
  it("nothing done yet: each step counts from the previous step's due date", () => {
    // applied Mon 2024-09-02: review Thu 09-05; interview 5 after → Thu 09-12; on-site → Thu 09-19; final 2 → Mon 09-23
    expect(steps({ appliedOn: "2024-09-02" })).toEqual([
      { step: "review", dueOn: "2024-09-05", doneOn: null, late: false },
      { step: "interview", dueOn: "2024-09-12", doneOn: null, late: false },
      { step: "on-site", dueOn: "2024-09-19", doneOn: null, late: false },
      { step: "final", dueOn: "2024-09-23", doneOn: null, late: false },
    ]);
  });

  it.each([
    ["2024-09-04", false],
    ["2024-09-05", false], // on the 3rd working day
    ["2024-09-06", true],
  ] as const)("reviewed %s (due 2024-09-05) → late: %s; the interview counts from it", (reviewedOn, late) => {
    const [review, interview] = steps({ appliedOn: "2024-09-02", reviewedOn });
    expect(review).toEqual({ step: "review", dueOn: "2024-09-05", doneOn: reviewedOn, late });
    // 5 working days after the review: 09-04 → 09-11, 09-05 → 09-12, Fri 09-06 → Fri 09-13
    expect(interview?.dueOn).toBe({ "2024-09-04": "2024-09-11", "2024-09-05": "2024-09-12", "2024-09-06": "2024-09-13" }[reviewedOn]);
  });

  it("not done with the due date passed (compared with the last date of the progress) is late", () => {
    // reviewed 09-05; the interview held 09-20 after its due date 09-12: late; on-site due 5 after 09-20 → 09-27
    expect(steps({ appliedOn: "2024-09-02", reviewedOn: "2024-09-05", interviews: [{ on: "2024-09-20", passed: true }] })).toEqual([
      { step: "review", dueOn: "2024-09-05", doneOn: "2024-09-05", late: false },
      { step: "interview", dueOn: "2024-09-12", doneOn: "2024-09-20", late: true },
      { step: "on-site", dueOn: "2024-09-27", doneOn: null, late: false },
      { step: "final", dueOn: "2024-10-01", doneOn: null, late: false },
    ]);
    // the review not answered, and a later date (the interview) is after its due date
    expect(steps({ appliedOn: "2024-09-02", interviews: [{ on: "2024-09-09", passed: false }] })[0]).toMatchObject({ doneOn: null, late: true });
  });

  it("a failed first interview does not complete the step; later steps count from the one that passed", () => {
    const schedule = certificationSchedule({ appliedOn: "2024-09-02", reviewedOn: "2024-09-05", interviews: [{ on: "2024-11-12", passed: true }, { on: "2024-09-10", passed: false }] });
    // the first interview (09-10) was on time (due 09-12); it failed; the second passed 11-12
    expect(schedule.steps[1]).toMatchObject({ dueOn: "2024-09-12", doneOn: "2024-11-12", late: false });
    // on-site 5 working days after Tue 11-12 → Tue 11-19
    expect(schedule.steps[2]).toMatchObject({ dueOn: "2024-11-19" });
    expect(schedule.nextInterviewFrom).toBeNull();
  });

  it.each([
    [[{ on: "2024-10-31", passed: false }], "2024-12-31"], // + 2 months
    [[{ on: "2023-12-31", passed: false }], "2024-02-29"], // + 2 months, a leap February
    [[{ on: "2024-10-31", passed: false }, { on: "2024-12-31", passed: false }], "2025-12-31"], // second failure: + 1 year
    [[{ on: "2024-02-29", passed: false }, { on: "2024-04-30", passed: false }], "2025-04-30"],
  ] as const)("interview retry: %j → next from %s", (interviews, next) => {
    const schedule = certificationSchedule({ appliedOn: "2023-12-01", reviewedOn: "2023-12-04", interviews });
    expect(schedule.nextInterviewFrom).toBe(next);
    expect(schedule.nextInterviewMessage?.en).toContain(`the next interview from ${next}`);
  });

  it("across 国庆 2024 with the chinese-days calendar", () => {
    // applied Fri 09-27: Sun 29 (1), Mon 30 (2), 10-01…07 off, Tue 10-08 (3). Interview: Wed 9, Thu 10, Fri 11,
    // Sat 12 (make-up), Mon 14 → 10-14. On-site: 15, 16, 17, 18, 21 → 10-21. Final: 22, 23 → 10-23.
    expect(steps({ appliedOn: "2024-09-27" }, { calendar: chineseWorkingDays }).map((step) => step.dueOn)).toEqual(["2024-10-08", "2024-10-14", "2024-10-21", "2024-10-23"]);
    // Monday to Friday: 09-30, 10-01, 10-02 → 10-02; then 10-09; then 10-16; then 10-18
    expect(steps({ appliedOn: "2024-09-27" }).map((step) => step.dueOn)).toEqual(["2024-10-02", "2024-10-09", "2024-10-16", "2024-10-18"]);
  });

  it("across 春节 2025 with the chinese-days calendar", () => {
    // applied Fri 01-24: Sun 26 (1), Mon 27 (2), Wed 02-05 (3); interview: Thu 6, Fri 7, Sat 8 (make-up), Mon 10, Tue 11
    expect(steps({ appliedOn: "2025-01-24" }, { calendar: chineseWorkingDays }).slice(0, 2).map((step) => step.dueOn)).toEqual(["2025-02-05", "2025-02-11"]);
  });

  it("dates out of order and interviews after a pass are input errors", () => {
    expect(
      issuesOf(() =>
        certificationSchedule({ appliedOn: "2024-09-02", reviewedOn: "2024-09-01", interviews: [{ on: "2024-09-10", passed: true }, { on: "2024-09-20", passed: false }], finalOn: "2024-10-01" }),
      ),
    ).toEqual([
      { path: ["reviewedOn"], code: "STEP_BEFORE_PREVIOUS" },
      { path: ["finalOn"], code: "STEP_WITHOUT_PREVIOUS" },
      { path: ["interviews", 1, "on"], code: "INTERVIEW_AFTER_PASS" },
    ]);
    expect(issuesOf(() => certificationSchedule({ appliedOn: "2024-09-02", reviewedOn: "2024-09-05", interviews: [{ on: "2024-09-04", passed: false }] }))).toEqual([
      { path: ["interviews", 0, "on"], code: "STEP_BEFORE_PREVIOUS" },
    ]);
  });
});
