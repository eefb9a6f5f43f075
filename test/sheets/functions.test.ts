import { describe, expect, it } from "vitest";
import { scoreEcr, scoreTraining } from "../../src/index.js";
import {
  STAR_ECR,
  STAR_ECR_RATE,
  STAR_MAJOR_PROJECTS,
  STAR_REP_OFFICE,
  STAR_SATISFACTION,
  STAR_TOTAL,
  STAR_TRAINING,
  STAR_VERDICT,
} from "../../src/sheets/index.js";

// The spreadsheet functions as a sheet calls them: ranges as 2-D arrays of rows, empty cells as ""
// (Apps Script) or null (Excel). Expected values are computed by hand from the policy.

describe("3.2.1 STAR_MAJOR_PROJECTS", () => {
  it.each([
    ["one on-time project rated 28 → 28", [[28]], 28],
    ["28 and a missing report → (28 + 0) / 2 = 14", [[28], ["missing"]], 14],
    ["28, 26, late, empty cell ignored → (28 + 26 + 0) / 3 = 18", [[28, 26], ["late", ""]], 18],
    ["30, 29, 28 → 87 / 3 = 29", [[30], [29], [28]], 29],
    ["Chinese words: 20, 逾期, 未提交 → 20 / 3 = 6.666… → 6.67 (R4)", [[20], ["逾期"], ["未提交"]], 6.67],
    ["words in any case, with blanks: 30, \" LATE \", \"Missing\" → 30 / 3 = 10", [[30], [" LATE "], ["Missing"]], 10],
    ["numeric text \"28\" and \"0\" → (28 + 0) / 2 = 14", [["28"], ["0"]], 14],
    ["a rating of 0 on time → 0", [[0]], 0],
    ["Excel's null for empty cells: 25, null → 25", [[25, null]], 25],
    ["a single value 25 (a one-cell reference) → 25", 25, 25],
  ])("%s", (_why, ratings, expected) => {
    expect(STAR_MAJOR_PROJECTS(ratings as never)).toBe(expected);
  });

  it.each([
    ["an empty range", [[""], [""]]],
    ["an empty cell", ""],
    ["no argument at all", undefined],
  ])("R1: no major project (%s) → 30", (_why, ratings) => {
    expect(STAR_MAJOR_PROJECTS(ratings as never)).toBe(30);
  });

  it("a rating above the policy's 30 → an error naming the argument and the cell (row 2, column 1)", () => {
    expect(() => STAR_MAJOR_PROJECTS([[28], [31]])).toThrow(
      "STAR_MAJOR_PROJECTS: ratings (ratings), row 2, column 1 of the range: rating 31 is above the maximum 30 / 参数 ratings(重大项目评分)区域第 2 行第 1 列:代表处评分 31 超过满分 30",
    );
  });

  it("a negative rating → the rule's error, naming the cell", () => {
    expect(() => STAR_MAJOR_PROJECTS([[28, -1]])).toThrow(/^STAR_MAJOR_PROJECTS: ratings \(ratings\), row 1, column 2 of the range: rating \(the rep office's rating\): expected a number from 0 to 1,000,000,000 with at most 6 decimals, received -1/);
  });

  it("text that is neither a rating nor late / missing → an error naming the cell and the accepted words", () => {
    expect(() => STAR_MAJOR_PROJECTS([[28], [""], ["on time"]])).toThrow(
      'STAR_MAJOR_PROJECTS: ratings (ratings), row 3, column 1 of the range: expected the rep office\'s rating 0 to 30, or late / 逾期 / missing / 未提交 (handover report late or missing), received "on time"',
    );
  });

  it("a boolean cell is not a rating", () => {
    expect(() => STAR_MAJOR_PROJECTS([[true]])).toThrow(/row 1, column 1 of the range: expected the rep office's rating .* received true/);
  });

  it("every problem of the range is listed, one line each", () => {
    expect(() => STAR_MAJOR_PROJECTS([[31], [-2]])).toThrow(/row 1, column 1 .*above the maximum 30.*\nSTAR_MAJOR_PROJECTS: ratings \(ratings\), row 2, column 1/s);
  });
});

describe("3.2.2 STAR_SATISFACTION", () => {
  it.each([
    ["非常满意, 满意, empty, 回访不通 → (25 + 15) / 2 − 2 = 18", [["非常满意"], ["满意"], [""], ["回访不通"]], 18],
    ["every scored label once → (25 + 15 + 10 + 5 + 0) / 5 = 11", [["非常满意", "满意", "一般", "不满意", "非常不满意"]], 11],
    ["codes: very_satisfied, neutral → (25 + 10) / 2 = 17.5", [["very_satisfied", "neutral"]], 17.5],
    ["满意, 满意, 一般 → 40 / 3 = 13.333… → 13.33 (R4)", [["满意"], ["满意"], ["一般"]], 13.33],
    ["only 回访不通 → base 25 (R3) − 2 = 23", [["回访不通"]], 23],
    ["only 提醒后回访不通 → 25 − 5 = 20 (R2: the −5 replaces the −2)", [["提醒后回访不通"]], 20],
    ["非常不满意 and 提醒后回访不通 → 0 − 5, floored at 0", [["非常不满意"], ["提醒后回访不通"]], 0],
    ["blanks around a label are trimmed: \" 满意 \" → 15", [[" 满意 "]], 15],
    ["a single cell 一般 → 10", "一般", 10],
  ])("%s", (_why, outcomes, expected) => {
    expect(STAR_SATISFACTION(outcomes as never)).toBe(expected);
  });

  it("R3: no survey at all (an empty range) → 25", () => {
    expect(STAR_SATISFACTION([[""], [null]])).toBe(25);
  });

  it("the same label in many cells is many projects, never a duplicate: 满意 × 3 → 15", () => {
    expect(STAR_SATISFACTION([["满意", "满意"], ["满意", ""]])).toBe(15);
  });

  it("an unknown outcome → the rule's error naming the cell, with the accepted labels", () => {
    expect(() => STAR_SATISFACTION([["非常满意"], ["great"]])).toThrow(
      /^STAR_SATISFACTION: outcomes \(outcomes\), row 2, column 1 of the range: unknown survey outcome "great"; accepted: very_satisfied \(非常满意\), .*unreachable_after_reminder \(提醒后回访不通\) \/ 参数 outcomes\(回访结果\)区域第 2 行第 1 列:未知的回访结果 "great"/,
    );
  });

  it("a number is not an outcome", () => {
    expect(() => STAR_SATISFACTION([[25]])).toThrow(/row 1, column 1 of the range: unknown survey outcome "25"/);
  });

  it("a cell holding a list → an error naming the cell", () => {
    expect(() => STAR_SATISFACTION([["满意", ["满意"]]] as never)).toThrow(
      "STAR_SATISFACTION: outcomes (outcomes), row 1, column 2 of the range: a cell cannot hold a list / 参数 outcomes(回访结果)区域第 1 行第 2 列:单元格中不能再嵌套列表",
    );
  });
});

describe("3.2.3 STAR_REP_OFFICE", () => {
  it.each([
    ["0, 1 case, 0, 3 tickets, 0 → 10 − 1 × 0.5 = 9.5", [0, 1, 0, 3, 0], 9.5],
    ["all empty → 10 (empty cells are 0)", ["", "", "", "", ""], 10],
    ["Excel nulls → 10", [null, null, null, null, null], 10],
    ["2 cases, 1.5 person-days, 5 tickets → 10 − 1 − 0.75 − 1 = 7.25", ["", 2, 1.5, 5, ""], 7.25],
    ["9 tickets (≥ 5) → 10 − 1 = 9", [0, 0, 0, 9, 0], 9],
    ["10 tickets (≥ 10) → 10 − 3 = 7, not 10 − 3 − 1 (R6)", [0, 0, 0, 10, 0], 7],
    ["4 tickets (< 5) → 10", [0, 0, 0, 4, 0], 10],
    ["quality 2.5, key event 1 → 10 − 2.5 − 1 = 6.5", [2.5, 0, 0, 0, 1], 6.5],
    ["deductions 12 → −2, floored at 0", [12, 0, 0, 0, 0], 0],
    ["numeric text \"1\", \"0.5\" → 10 − 0.5 − 0.25 = 9.25", ["0", "1", "0.5", "0", "0"], 9.25],
    ["one-cell ranges [[1]] → 9.5", [[[0]], [[1]], [[0]], [[3]], [[0]]], 9.5],
  ])("%s", (_why, args, expected) => {
    const [quality, unlicensed, vendorDays, tickets, keyEvent] = args as never[];
    expect(STAR_REP_OFFICE(quality, unlicensed, vendorDays, tickets, keyEvent)).toBe(expected);
  });

  it("1.5 unlicensed-work cases → the rule's error naming unlicensed", () => {
    expect(() => STAR_REP_OFFICE(0, 1.5, 0, 0, 0)).toThrow(
      "STAR_REP_OFFICE: unlicensed (unlicensed-work cases): unlicensedWorkCases (unlicensed-work cases): expected a whole number from 0 to 1,000,000,000, received 1.5 / 参数 unlicensed(无证上岗次数):“无证上岗次数”(unlicensedWorkCases)应为0 到 1,000,000,000 之间的整数,收到 1.5",
    );
  });

  it("a negative quality deduction → names quality", () => {
    expect(() => STAR_REP_OFFICE(-1, 0, 0, 0, 0)).toThrow(/^STAR_REP_OFFICE: quality \(delivery\-quality\ deduction\): deliveryQualityDeduction \(delivery-quality deduction\): expected a number from 0 to 1,000,000,000 with at most 6 decimals, received -1/);
  });

  it("text in a number cell → names the argument", () => {
    expect(() => STAR_REP_OFFICE(0, 0, "half a day", 0, 0)).toThrow(
      'STAR_REP_OFFICE: vendorDays (vendor person-days): expected a number, received "half a day" / 参数 vendorDays(原厂求助人天):应为数值,收到 "half a day"',
    );
  });

  it("two bad arguments → both named", () => {
    expect(() => STAR_REP_OFFICE(0, 0, 0, 2.5, -3)).toThrow(/tickets \(simple\-question\ tickets\): simpleIssueTickets \(simple-question tickets\): expected a whole number.*\nSTAR_REP_OFFICE: keyEvent \(key\-event\ deduction\): keyEventDeduction \(rep office's key-event deduction\): expected a number from 0 to 1,000,000,000 with at most 6 decimals, received -3/s);
  });
});

describe("3.2.4 STAR_ECR", () => {
  it.each([
    ["6/75 is exactly 8 % → 15 (ECR≤8%)", 6, 75, 15],
    ["6/74 = 8.108… % → 12 (8%<ECR≤10%)", 6, 74, 12],
    ["7/70 is exactly 10 % → 12", 7, 70, 12],
    ["7/69 = 10.14… % → 9", 7, 69, 9],
    ["7/50 is exactly 14 % → 6", 7, 50, 6],
    ["20/125 is exactly 16 % → 3", 20, 125, 3],
    ["16/99 = 16.16… % → 0", 16, 99, 0],
    ["5 of 10 simple calls = 50 %, but at most 5 → 15", 5, 10, 15],
    ["6 of 10 = 60 % → 0", 6, 10, 0],
    ["no calls at all, 0/0 → 15 (R8)", 0, 0, 15],
    ["numeric text \"6\", \"75\" → 15", "6", "75", 15],
    ["one-cell ranges [[6]], [[74]] → 12", [[6]], [[74]], 12],
  ])("%s", (_why, simple, total, expected) => {
    expect(STAR_ECR(simple as never, total as never)).toBe(expected);
  });

  it("scores as scoreEcr does, for every count up to 30 calls", () => {
    for (let total = 0; total <= 30; total += 1) {
      for (let simple = 0; simple <= total; simple += 1) {
        expect(STAR_ECR(simple, total)).toBe(scoreEcr({ simpleCalls: simple, totalCalls: total }).score);
      }
    }
  });

  it('"abc" → an error naming simple, never a number', () => {
    expect(() => STAR_ECR("abc", 75)).toThrow('STAR_ECR: simple (simple calls): expected a number, received "abc" / 参数 simple(简单问题来电数):应为数值,收到 "abc"');
  });

  it("an empty total → an error naming total (empty is not 0 calls)", () => {
    expect(() => STAR_ECR(6, "")).toThrow("STAR_ECR: total (all calls): is empty; a value is required / 参数 total(来电总数):不能为空");
  });

  it("more simple calls than calls → the rule's error naming simple", () => {
    expect(() => STAR_ECR(9, 5)).toThrow("STAR_ECR: simple (simple calls): simple calls (9) are more than all calls (5) / 参数 simple(简单问题来电数):简单问题来电 9 超过来电总数 5");
  });

  it("1.5 calls → names total", () => {
    expect(() => STAR_ECR(1, 1.5)).toThrow(/^STAR_ECR: total \(all\ calls\): totalCalls \(all calls\): expected a whole number from 0 to 1,000,000,000, received 1.5/);
  });

  it("a range where one cell is expected → names the argument and the range's size", () => {
    expect(() => STAR_ECR([[6, 7]] as never, 75)).toThrow("STAR_ECR: simple (simple calls): expected a single cell, received a range of 1 × 2 cells / 参数 simple(简单问题来电数):应为单个单元格,收到 1 行 × 2 列的区域");
  });

  it("exponent notation and thousands separators are not numbers here", () => {
    expect(() => STAR_ECR("1e1", 75)).toThrow(/received "1e1"/);
    expect(() => STAR_ECR(6, "1,000")).toThrow(/total .*received "1,000"/);
  });
});

describe("3.2.4 STAR_ECR_RATE", () => {
  it.each([
    ['"9.5%" → 12 (8%<ECR≤10%)', "9.5%", undefined, 12],
    ["0.095 (a cell formatted 9.5 %) → 12", 0.095, undefined, 12],
    ["0.08 → 15 (ECR≤8%, edge included)", 0.08, undefined, 15],
    ['"8%" → 15', "8%", undefined, 15],
    ['"8.01%" → 12', "8.01%", undefined, 12],
    ["6/75 computed in the sheet (0.08) → 15", 6 / 75, undefined, 15],
    ["0.16 → 3", 0.16, undefined, 3],
    ['"16.01%" → 0', "16.01%", undefined, 0],
    ["50 % with 5 simple calls → 15 (at most 5)", 0.5, 5, 15],
    ["50 % with 6 simple calls → 0", 0.5, 6, 0],
    ["50 % with the simple count empty → 0 (the ≤ 5 rule needs the count)", 0.5, "", 0],
    ["[[\"9.5%\"]] one-cell range → 12", [["9.5%"]], undefined, 12],
  ])("%s", (_why, rate, simple, expected) => {
    expect(STAR_ECR_RATE(rate as never, simple as never)).toBe(expected);
  });

  it('"9.5" without a percent sign → the rule\'s error naming rate (9.5 % or 950 %?)', () => {
    expect(() => STAR_ECR_RATE("9.5")).toThrow('STAR_ECR_RATE: rate (rate): a rate is a number from 0 to 1, or text with a percent sign from "0%" to "100%", received "9.5"');
  });

  it("1.5 (150 %) → names rate", () => {
    expect(() => STAR_ECR_RATE(1.5)).toThrow(/^STAR_ECR_RATE: rate \(rate\): a rate is a number from 0 to 1/);
  });

  it("an empty rate → names rate", () => {
    expect(() => STAR_ECR_RATE("")).toThrow("STAR_ECR_RATE: rate (rate): is empty; a value is required");
  });

  it("a boolean rate → names rate", () => {
    expect(() => STAR_ECR_RATE(true)).toThrow(/^STAR_ECR_RATE: rate \(rate\): a rate is a number from 0 to 1.*received true/);
  });

  it("2.5 simple calls → names simple", () => {
    expect(() => STAR_ECR_RATE(0.5, 2.5)).toThrow(/^STAR_ECR_RATE: simple \(simple\ calls\): simpleCalls \(simple calls\): expected a whole number from 0 to 1,000,000,000, received 2.5/);
  });
});

describe("3.2.5 STAR_TRAINING", () => {
  it.each([
    ["online 6/6 = 100 % → 10, offline 2/3 = 66.67 % → 3: 13", [6, 6, 3, 2], 13],
    ["online 4/5 = 80 % → 5, offline 4/5 = 80 % → 8: 13", [5, 4, 5, 4], 13],
    ["online 3/5 = 60 % → 0, offline 2/5 = 40 % → 0: 0", [5, 3, 5, 2], 0],
    ["online 9/10 → 5, offline 6/10 = 60 % → 3: 8", [10, 9, 10, 6], 8],
    ["online 10/10 → 10, offline 10/10 → 10: 20", [10, 10, 10, 10], 20],
    ["nobody required on either part → 10 + 10 = 20 (R9)", [0, 0, 0, 0], 20],
    ["numeric text → 13", ["6", "6", "3", "2"], 13],
  ])("%s", (_why, args, expected) => {
    const [onlineRequired, onlineCompleted, offlineRequired, offlineAttended] = args as never[];
    expect(STAR_TRAINING(onlineRequired, onlineCompleted, offlineRequired, offlineAttended)).toBe(expected);
  });

  it("scores as scoreTraining does, for every count up to 6 people", () => {
    for (let required = 0; required <= 6; required += 1) {
      for (let done = 0; done <= required; done += 1) {
        const expected = scoreTraining({ online: { required, completed: done }, offline: { required, attended: done } }).score;
        expect(STAR_TRAINING(required, done, required, done)).toBe(expected);
      }
    }
  });

  it("more completed than required → the rule's error naming onlineCompleted", () => {
    expect(() => STAR_TRAINING(4, 5, 3, 3)).toThrow("STAR_TRAINING: onlineCompleted (online completions): completed (5) is more than required (4) / 参数 onlineCompleted(线上完成人数):完成人数 5 超过应完成人数 4");
  });

  it("more attended than required → names offlineAttended", () => {
    expect(() => STAR_TRAINING(4, 4, 3, 4)).toThrow(/^STAR_TRAINING: offlineAttended \(core\ engineers\ attended\): attended \(4\) is more than required \(3\)/);
  });

  it("2.5 required → names offlineRequired", () => {
    expect(() => STAR_TRAINING(4, 4, 2.5, 2)).toThrow(/^STAR_TRAINING: offlineRequired \(core\ engineers\ required\): required \(core engineers required\): expected a whole number from 0 to 1,000,000,000, received 2.5/);
  });

  it("an empty count → names it", () => {
    expect(() => STAR_TRAINING("", 4, 3, 3)).toThrow(/^STAR_TRAINING: onlineRequired \(online\ learners\ required\): is empty/);
  });
});

describe("3.1 STAR_TOTAL (reading R4)", () => {
  it.each([
    ["28 + 25 + 9.5 + 15 + 13 + 2 = 92.5", [28, 25, 9.5, 15, 13, 2], 92.5],
    ["28 + 25 + 9.5 + 15 + 13, no adjustment = 90.5", [28, 25, 9.5, 15, 13], 90.5],
    ["adjustment empty → 0: 90.5", [28, 25, 9.5, 15, 13, ""], 90.5],
    ["28 + 25 + 9.5 + 15 + 13 − 3.5 = 87", [28, 25, 9.5, 15, 13, -3.5], 87],
    ["30 + 25 + 10 + 15 + 20 + 5 = 105, not clamped", [30, 25, 10, 15, 20, 5], 105],
    ["all zero with −1 → −1, not clamped", [0, 0, 0, 0, 0, -1], -1],
    ["0.1 + 0.2 exactly: 0.1 + 0.2 + 0 + 0 + 0 = 0.3", [0.1, 0.2, 0, 0, 0], 0.3],
    ["items rounded first: 16.666 → 16.67 twice, 16.67 + 16.67 = 33.34 (not 33.332 → 33.33)", [16.666, 16.666, 0, 0, 0], 33.34],
    ["numeric text → 92.5", ["28", "25", "9.5", "15", "13", "2"], 92.5],
  ])("%s", (_why, args, expected) => {
    const [major, satisfaction, repOffice, ecr, training, adjustment] = args as never[];
    expect(STAR_TOTAL(major, satisfaction, repOffice, ecr, training, adjustment)).toBe(expected);
  });

  it.each([
    ["major 31 > 30", [31, 25, 10, 15, 20], 'STAR_TOTAL: major (major-project delivery): the item "major-project delivery" scored 31, above its maximum 30 / 参数 major(H3C重大项目交付考核):考核项“H3C重大项目交付考核”得分 31 超过满分 30'],
    ["satisfaction −1 < 0", [30, -1, 10, 15, 20], 'STAR_TOTAL: satisfaction (customer satisfaction): the item "customer satisfaction" scored -1; an item scores from 0 to 25'],
    ["repOffice 10.5 > 10", [30, 25, 10.5, 15, 20], 'STAR_TOTAL: repOffice (rep-office rating): the item "rep-office rating" scored 10.5, above its maximum 10'],
    ["ecr 16 > 15", [30, 25, 10, 16, 20], 'STAR_TOTAL: ecr (ECR): the item "ECR (simple-question ratio)" scored 16, above its maximum 15'],
    ["training 21 > 20", [30, 25, 10, 15, 21], 'STAR_TOTAL: training (training participation): the item "training participation" scored 21, above its maximum 20'],
    ["training NaN", [30, 25, 10, 15, Number.NaN], "STAR_TOTAL: training (training participation): training (training participation): expected a finite number, received NaN"],
    ["major \"abc\"", ["abc", 25, 10, 15, 20], 'STAR_TOTAL: major (major-project delivery): expected a number, received "abc"'],
    ["ecr empty", [30, 25, 10, "", 20], "STAR_TOTAL: ecr (ECR): is empty; a value is required"],
    ["adjustment \"+2 bonus\"", [30, 25, 10, 15, 20, "+2 bonus"], 'STAR_TOTAL: adjustment (key-event adjustment): expected a number, received "+2 bonus"'],
    ["adjustment Infinity", [30, 25, 10, 15, 20, Number.POSITIVE_INFINITY], "STAR_TOTAL: adjustment (key-event adjustment): adjustment (key-event adjustment): expected a finite number, received Infinity"],
  ])("%s → an error naming the argument", (_why, args, message) => {
    const [major, satisfaction, repOffice, ecr, training, adjustment] = args as never[];
    expect(() => STAR_TOTAL(major, satisfaction, repOffice, ecr, training, adjustment)).toThrow(message);
  });
});

describe("4.1.a / 4.1.b STAR_VERDICT", () => {
  it("30 + 25 + 10 + 15 + 20 = 100, no item 0 → 保持 / keep", () => {
    expect(STAR_VERDICT(30, 25, 10, 15, 20)).toBe("保持星级");
    expect(STAR_VERDICT(30, 25, 10, 15, 20, "", "en")).toBe("keep");
  });

  it("4.1.a: satisfaction 0, total 30 + 0 + 10 + 15 + 20 = 75 ≥ 70 → downgrade naming 客户满意度", () => {
    expect(STAR_VERDICT(30, 0, 10, 15, 20)).toBe("降级:四.1.a:考核项“客户满意度”得 0 分");
    expect(STAR_VERDICT(30, 0, 10, 15, 20, null, "en")).toBe('downgrade: 4.1.a: the item "customer satisfaction" scored 0');
  });

  it("4.1.b: 20 + 15 + 5 + 9 + 10 = 59 < 70 → downgrade, total below 70", () => {
    expect(STAR_VERDICT(20, 15, 5, 9, 10)).toBe("降级:四.1.b:季度考核总分 59 低于 70 分");
    expect(STAR_VERDICT(20, 15, 5, 9, 10, 0, "en")).toBe("downgrade: 4.1.b: total 59 is below 70");
  });

  it("4.1.b edge: 20 + 15 + 5 + 10 + 20 = 70.00 passes; 20 + 15 + 5 + 9.99 + 20 = 69.99 does not", () => {
    expect(STAR_VERDICT(20, 15, 5, 10, 20)).toBe("保持星级");
    expect(STAR_VERDICT(20, 15, 5, 9.99, 20)).toBe("降级:四.1.b:季度考核总分 69.99 低于 70 分");
  });

  it("the adjustment counts: 20 + 15 + 10 + 15 + 12 = 72, − 3 = 69 < 70", () => {
    expect(STAR_VERDICT(20, 15, 10, 15, 12, -3, "en")).toBe("downgrade: 4.1.b: total 69 is below 70");
  });

  it("4.1.a + 4.1.b: major 0 and ecr 0, 0 + 25 + 10 + 0 + 20 = 55 → three reasons in the policy's order", () => {
    expect(STAR_VERDICT(0, 25, 10, 0, 20)).toBe("降级:四.1.a:考核项“H3C重大项目交付考核”得 0 分;四.1.a:考核项“ECR(简单问题占比)”得 0 分;四.1.b:季度考核总分 55 低于 70 分");
    expect(STAR_VERDICT(0, 25, 10, 0, 20, "", "en")).toBe(
      'downgrade: 4.1.a: the item "major-project delivery" scored 0; 4.1.a: the item "ECR (simple-question ratio)" scored 0; 4.1.b: total 55 is below 70',
    );
  });

  it("4.1.a on the rounded score: satisfaction 0.004 rounds to 0 → downgrade; 0.005 rounds to 0.01 → keep", () => {
    expect(STAR_VERDICT(30, 0.004, 10, 15, 20, "", "en")).toBe('downgrade: 4.1.a: the item "customer satisfaction" scored 0');
    expect(STAR_VERDICT(30, 0.005, 10, 15, 20, "", "en")).toBe("keep");
  });

  it("lang in any case with blanks: \" EN \" → English", () => {
    expect(STAR_VERDICT(30, 25, 10, 15, 20, "", " EN ")).toBe("keep");
    expect(STAR_VERDICT(30, 25, 10, 15, 20, undefined, "zh")).toBe("保持星级");
  });

  it("an unknown lang → an error naming lang", () => {
    expect(() => STAR_VERDICT(30, 25, 10, 15, 20, "", "fr")).toThrow('STAR_VERDICT: lang (language): expected a language zh / en, received "fr" / 参数 lang(语言):语言应为 zh / en,收到 "fr"');
    expect(() => STAR_VERDICT(30, 25, 10, 15, 20, "", 1)).toThrow(/^STAR_VERDICT: lang \(language\): expected a language zh \/ en, received 1/);
  });

  it("a bad item score → an error naming it under STAR_VERDICT", () => {
    expect(() => STAR_VERDICT(30, 26, 10, 15, 20)).toThrow(/^STAR_VERDICT: satisfaction \(customer\ satisfaction\): the item "customer satisfaction" scored 26, above its maximum 25/);
  });
});

describe("a whole sheet: the README quarter", () => {
  it("items from cells, then total and verdict: 28 + 25 + 9.5 + 15 + 13 + 2 = 92.5 → 保持", () => {
    const major = STAR_MAJOR_PROJECTS([[28]]);
    const satisfaction = STAR_SATISFACTION([["非常满意"]]);
    const repOffice = STAR_REP_OFFICE(0, 1, 0, 3, 0);
    const ecr = STAR_ECR(4, 50);
    const training = STAR_TRAINING(6, 6, 3, 2);
    expect([major, satisfaction, repOffice, ecr, training]).toEqual([28, 25, 9.5, 15, 13]);
    expect(STAR_TOTAL(major, satisfaction, repOffice, ecr, training, 2)).toBe(92.5);
    expect(STAR_VERDICT(major, satisfaction, repOffice, ecr, training, 2)).toBe("保持星级");
  });
});

describe("docs/spreadsheets.md: the example sheet", () => {
  it("A2:A20 = 28, missing; B2:B20 = 非常满意, 满意, (empty), 回访不通 → 14, 18, 9.5, 15, 13; 14 + 18 + 9.5 + 15 + 13 + 2 = 71.5 → 保持 / keep", () => {
    const blank = (rows: number) => Array.from({ length: rows }, () => [""]);
    const columnA = [[28], ["missing"], ...blank(17)];
    const columnB = [["非常满意"], ["满意"], [""], ["回访不通"], ...blank(15)];
    const items = [STAR_MAJOR_PROJECTS(columnA), STAR_SATISFACTION(columnB), STAR_REP_OFFICE(0, 1, 0, 3, 0), STAR_ECR(6, 75), STAR_TRAINING(6, 6, 3, 2)] as const;
    expect(items).toEqual([14, 18, 9.5, 15, 13]);
    expect(STAR_TOTAL(...items, 2)).toBe(71.5);
    expect(STAR_VERDICT(...items, 2)).toBe("保持星级");
    expect(STAR_VERDICT(...items, 2, "en")).toBe("keep");
  });

  it("the table's other examples: 92.5; 保持; downgrade: total 59 …; three reasons", () => {
    expect(STAR_TOTAL(28, 25, 9.5, 15, 13, 2)).toBe(92.5);
    expect(STAR_ECR_RATE("9.5%")).toBe(12);
    expect(STAR_VERDICT(20, 15, 5, 9, 10, null, "en")).toBe("downgrade: 4.1.b: total 59 is below 70");
  });
});

describe("the spreadsheet functions as people call them (issue: full-width percent, extra arguments, ranges)", () => {
  it('3.2.4 STAR_ECR_RATE reads the full-width percent sign a Chinese keyboard types: "9.5％" → 8 % < 9.5 % ≤ 10 % → 12', () => {
    expect(STAR_ECR_RATE("9.5％")).toBe(12);
    expect(STAR_ECR_RATE(" 16％ ")).toBe(3); // 14 % < 16 % ≤ 16 % → 3
  });

  it.each([
    ["STAR_ECR(6, 75, 1): 3 given, at most 2", () => (STAR_ECR as (...args: unknown[]) => number)(6, 75, 1), "STAR_ECR: too many arguments: 3 given, at most 2 / 参数过多:收到 3 个,最多 2 个"],
    ["STAR_TRAINING with a fifth argument", () => (STAR_TRAINING as (...args: unknown[]) => number)(6, 6, 3, 2, 1), "STAR_TRAINING: too many arguments: 5 given, at most 4"],
    ["STAR_SATISFACTION with two ranges", () => (STAR_SATISFACTION as (...args: unknown[]) => number)([["满意"]], [["一般"]]), "STAR_SATISFACTION: too many arguments: 2 given, at most 1"],
    ["STAR_TOTAL with a range of five and two more", () => (STAR_TOTAL as (...args: unknown[]) => number)([[28, 25, 9.5, 15, 13]], 2, 3), "STAR_TOTAL: too many arguments: 3 given, at most 2"],
    ["STAR_VERDICT with a range of five, adjustment, language and one more", () => (STAR_VERDICT as (...args: unknown[]) => string)([[28, 25, 9.5, 15, 13]], 2, "en", 1), "STAR_VERDICT: too many arguments: 4 given, at most 3"],
  ])("an extra argument is refused, never ignored: %s", (_why, call, message) => {
    expect(call).toThrow(message);
  });

  it.each([
    ["a row of five: 28 + 25 + 9.5 + 15 + 13 = 90.5", [[28, 25, 9.5, 15, 13]], undefined, 90.5],
    ["a column of five with an adjustment: 28 + 25 + 9.5 + 15 + 13 + 2 = 92.5", [[28], [25], [9.5], [15], [13]], 2, 92.5],
    ["numeric text in the range: 30 + 25 + 10 + 15 + 20 − 3 = 97", [["30", "25", "10", "15", "20"]], -3, 97],
  ])("3.1 STAR_TOTAL takes a range of the five item scores: %s", (_why, range, adjustment, expected) => {
    expect(adjustment === undefined ? STAR_TOTAL(range as never) : STAR_TOTAL(range as never, adjustment)).toBe(expected);
  });

  it("3.1 STAR_TOTAL refuses a range of another size, and names the cell of a bad score in the range", () => {
    expect(() => STAR_TOTAL([[28, 25, 9.5, 15]] as never)).toThrow("STAR_TOTAL: major (major-project delivery): a range of the five item scores holds 5 cells, received 4");
    expect(() => STAR_TOTAL([[28, 25, "", 15, 13]] as never)).toThrow("STAR_TOTAL: major (major-project delivery), row 1, column 3 of the range: is empty; a value is required");
    expect(() => STAR_TOTAL([[28, 25, 9.5, 16, 13]] as never)).toThrow(/^STAR_TOTAL: major \(major-project delivery\), row 1, column 4 of the range: the item "ECR \(simple-question ratio\)" scored 16, above its maximum 15/);
  });

  it('4.1 STAR_VERDICT takes the same range, then the adjustment and the language: 30 + 0 + 10 + 15 + 20 = 75 ≥ 70, but satisfaction 0 → 4.1.a', () => {
    expect(STAR_VERDICT([[30, 0, 10, 15, 20]] as never, "", "en")).toBe('downgrade: 4.1.a: the item "customer satisfaction" scored 0');
    expect(STAR_VERDICT([[30, 25, 10, 15, 20]] as never)).toBe("保持星级");
  });
});

describe("the one declaration of the spreadsheet functions (src/sheets/declarations.ts)", async () => {
  const sheets = (await import("../../src/sheets/index.js")) as unknown as Record<string, (...args: unknown[]) => unknown> & { SHEET_FUNCTIONS: readonly { name: string; params: readonly unknown[]; example: { args: readonly unknown[]; result: unknown; why: string } }[] };

  it.each(sheets.SHEET_FUNCTIONS.map((fn) => [fn.name, fn.example.why, fn] as const))("%s: its worked example gives its result (%s)", (name, _why, fn) => {
    expect(sheets[name]?.(...fn.example.args)).toBe(fn.example.result);
  });

  it("declares each exported STAR_* function once, with as many parameters as the function takes", () => {
    const exported = Object.keys(sheets).filter((name) => name.startsWith("STAR_")).sort();
    expect(sheets.SHEET_FUNCTIONS.map((fn) => fn.name).sort()).toEqual(exported);
    for (const fn of sheets.SHEET_FUNCTIONS) expect(sheets[fn.name]?.length, fn.name).toBe(fn.params.length);
  });
});
