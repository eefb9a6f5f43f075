import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headroom, planQuarter, toPass, whatIf } from "../../src/index.js";
import { renderHeadroom, renderPlan, renderWhatIf, scaleBar, scoreBar, totalBar } from "../../src/report/headroom-bars.js";

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "quarters", `${name}.json`), "utf8"));

describe("bars", () => {
  it("a score bar fills its share of the cells: 7.5 of 10 in 10 cells → 8 (7.5 rounds up), 0 → none, full → all", () => {
    expect(scoreBar(7.5, 10, 10)).toBe("[████████░░]");
    expect(scoreBar(0, 15, 5)).toBe("[░░░░░]");
    expect(scoreBar(20, 20, 4)).toBe("[████]");
    expect(scoreBar(0, 0, 3)).toBe("[███]");
  });

  it("an axis marks each band's start (┼) and the partner (●), with the band's score under its start; a long last band is cut after a quarter of the rest", () => {
    // at 120 calls the bands start at 0, 10, 13, 15, 17, 20; shown to 20 + ⌈20 / 4⌉ = 25, then …120
    const scale = {
      path: "/ecr/simpleCalls",
      value: 9,
      min: 0,
      max: 120,
      bands: [
        { from: 0, to: 9, score: 15 },
        { from: 10, to: 12, score: 12 },
        { from: 13, to: 14, score: 9 },
        { from: 15, to: 16, score: 6 },
        { from: 17, to: 19, score: 3 },
        { from: 20, to: 120, score: 0 },
      ],
    };
    const [bar, labels] = scaleBar(scale, String, true, 26);
    expect(bar).toBe("0 ├────────●┼──┼─┼─┼──┼────┤ 25…120");
    expect(labels).toBe("  15        12 9 6 3  0");
    // a plan has no partner to mark
    expect(scaleBar(scale, String, false, 26)[0]).not.toContain("●");
    // in 12 cells the scores of narrow bands do not fit side by side: those that would touch are left out
    // cells: 10 → round(10 / 25 × 11) = 4 (under ●), 13 → 6, 15 → 7, 17 → 7, 20 → 9
    expect(scaleBar(scale, String, true, 12)).toEqual(["0 ├───●─┼┼─┼─┤ 25…120", "  15  12 6 0"]);
    // a lever with no bands, or no range, still draws
    expect(scaleBar({ path: "/x", value: 0, min: 0, max: 0, bands: [] }, String, true, 5)).toEqual(["0 ●───┤ 0", ""]);
  });

  it("the total against the threshold: 71.41 just right of 70; a total above 100 stretches the axis, one below 0 too", () => {
    // 41 cells: 70 at ⌊0.7 × 40⌉ = 28, 71.41 at ⌊28.56⌉ = 29
    expect(totalBar(71.41, 70, 41)).toBe(`0 ├${"─".repeat(27)}┼●${"─".repeat(10)}┤ 100`);
    expect(totalBar(101, 70, 11)).toBe("0 ├──────┼──● 101");
    expect(totalBar(-3, 70, 11)).toBe("-3 ●──────┼──┤ 100");
  });
});

describe("the headroom view", () => {
  it("table: the total, each item with its bar, the bands of ECR along the simple calls, each lever's nearest fall and rise, and what would pass (fixture 07)", () => {
    const input = fixture("07-item-zero-ecr");
    const text = renderHeadroom(headroom(input), toPass(input), "en", "table");
    expect(text).toContain("P-0107 · 2025-Q4 · cloud-desktop-2024");
    expect(text).toContain("total 71.41: 1.41 above the 70 needed (4.1.b)");
    expect(text).toContain("ECR (simple-question ratio) (3.2.4)  0/15\n[░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░]\n/ecr/simpleCalls\n  0 ├");
    expect(text).toContain("  ▲ /ecr/simpleCalls = 16: at 100 calls, 2 fewer simple calls (16, ECR 16%) score 3; total 74.41; the item leaves 0 (4.1.a)");
    expect(text).toContain("to pass: 1 reason on scores, 0 that no score removes; 2 single changes clear the downgrade entirely");
    expect(text).toContain("    /ecr/simpleCalls = 16 (18): at 100 calls");
    expect(text).toContain("key events (3.2.6): +1 in the total");
  });

  it("Markdown in Chinese: headings, bars in code blocks, list items; a section with no levers says so; rates on a percent axis (fixture 12)", () => {
    const input = fixture("12-blacklist-below-70");
    const text = renderHeadroom(headroom(input), toPass(input), "zh", "markdown");
    expect(text).toContain("### P-0112 · 2025-Q4 · cloud-desktop-2024");
    expect(text).toContain("#### ECR(简单问题占比) (3.2.4)  0/15\n```text\n[░");
    expect(text).toContain("/ecr/rate\n  0% ├");
    expect(text).toContain("**如何通过:");
    expect(text).toContain("- [4.2.2] 重要关键事件 KE-2504-51(四.2.2,加入黑名单)");
    expect(text).toContain("  - /ecr/rate = 16% (21.5%)");
    expect(text).toContain("重要关键事件 KE-2504-51, KE-2504-53 不论得分均导致降级(四.2.2)");
    const omitted = renderHeadroom(headroom(fixture("14-sections-omitted")), toPass(fixture("14-sections-omitted")), "en", "table");
    expect(omitted).toContain("rep-office rating (3.2.3)  10/10\n[██████████████████████████████]\n  no levers: the section is not in the input");
    expect(omitted).not.toContain("to pass");
    const fixed = renderHeadroom(headroom(fixture("13-no-major-projects")), toPass(fixture("13-no-major-projects")), "en", "markdown");
    expect(fixed).toContain("#### ECR (simple-question ratio) (3.2.4)  15/15\n```text\n[██████████████████████████████]\n```\n- no change");
    expect(renderHeadroom(headroom(fixture("13-no-major-projects")), toPass(fixture("13-no-major-projects")), "en", "table")).toContain("ECR (simple-question ratio) (3.2.4)  15/15\n[██████████████████████████████]\n  no change");
  });
});

describe("the plan view", () => {
  it("table: the bands with the most simple calls, drawn along the calls; the fewest completions; the rep-office budget", () => {
    const text = renderPlan(planQuarter({ calls: 120, online: 8, offline: 5 }), "en", "table");
    expect(text).toContain("ECR (3.2.4) at 120 calls\n  band           points  most simple calls\n  x ≤ 8%             15  9\n  8% < x ≤ 10%       12  12");
    expect(text).toContain("  0 ├───────────────┼───┼──┼───┼───┼───────┤ 25…120");
    expect(text).toContain("online mandatory courses (3.2.5), 8 learners required\n  band            points  fewest completions\n  x < 80%              0  0\n  80% ≤ x < 100%       5  7");
    expect(text).toContain("offline training (3.2.5), 5 core engineers required");
    expect(text).toContain(
      "rep-office rating (3.2.3): 10 less deductions of at most 9.99 in all keeps it above 0 (4.1.a); alone, at most 19 unlicensed-work cases, 19.5 vendor-assistance person-days, 9.5 points of the rep office's own deductions; simple-question tickets alone never bring it to 0",
    );
  });

  it("Markdown: the axis of the simple calls in a code block; a band no count reaches says so", () => {
    const plan = planQuarter({ calls: 120 });
    const text = renderPlan(plan, "en", "markdown");
    expect(text).toContain("| x ≤ 8% | 15 | 9 |");
    expect(text).toContain("```text\n0 ├───────────────┼───┼──┼───┼───┼───────┤ 25…120\n");
    const none = renderPlan({ ...plan, online: { required: 8, bands: [{ points: 10, band: "120% ≤ x", minDone: null }] } }, "en", "markdown");
    expect(none).toContain("| 120% ≤ x | 10 | none |");
  });

  it("Markdown in Chinese; at 0 calls no axis", () => {
    const text = renderPlan(planQuarter({ calls: 0, offline: 4 }), "zh", "markdown");
    expect(text).toContain("### 规划 · cloud-desktop-2024");
    expect(text).toContain("#### ECR(三.2.4),来电 0 个\n\n| 区间 | 得分 | 简单问题最多 |\n|---|---:|---:|\n| x ≤ 8% | 15 | 0 |");
    expect(text).not.toContain("```");
    expect(text).toContain("| 60% ≤ x < 80% | 3 | 3 |");
    expect(text).toContain("代表处评分(三.2.3):10 分扣减合计不超过 9.99 分时高于 0 分(四.1.a)");
  });
});

describe("the what-if view", () => {
  const result = whatIf(fixture("07-item-zero-ecr"), [{ path: "/ecr/simpleCalls", to: 16 }]);

  it("table: the change, every item before and after with the difference, the verdict and its reasons", () => {
    const text = renderWhatIf(result, "en", "table");
    expect(text).toContain("what if · P-0107 · 2025-Q4\n\n  /ecr/simpleCalls: 18 → 16");
    expect(text).toMatch(/ECR \(simple-question ratio\)\s+0\s+3\s+\+3/);
    expect(text).toMatch(/total\s+71\.41\s+74\.41\s+\+3/);
    expect(text).toContain("verdict: downgrade → star kept\n  ITEM_ZERO:ecr → —");
  });

  it("a quarter that kept its star before shows no reasons as —", () => {
    const text = renderWhatIf(whatIf(fixture("01-all-clear"), [{ path: "/ecr/simpleCalls", to: 20 }]), "en", "table");
    // 20/90 = 22.2 % → 0: an item at 0
    expect(text).toContain("verdict: star kept → downgrade\n  — → ITEM_ZERO:ecr");
  });

  it("Markdown in Chinese, and a member the input did not have", () => {
    const text = renderWhatIf(whatIf(fixture("14-sections-omitted"), [{ path: "/ecr", to: { simpleCalls: 1, totalCalls: 10 } }]), "zh", "markdown");
    expect(text).toContain('- `/ecr: — → {"simpleCalls":1,"totalCalls":10}`');
    expect(text).toContain("| 考核项 | 改动前 | 改动后 | 差值 |");
    expect(text).toContain("| 总分 | 88.5 | 88.5 | 0 |");
    expect(text).toContain("**结论不变:保持星级**");
  });
});
