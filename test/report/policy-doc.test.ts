import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLOUD_DESKTOP_2024 } from "../../src/index.js";
import { enPolicyLabels } from "../../src/messages/en/policy.js";
import { zhPolicyLabels } from "../../src/messages/zh/policy.js";
import { policyEntries, renderPolicyDoc } from "../../src/report/policy-doc.js";

describe("docs/policy.md, generated from the policy object", () => {
  it("is not stale (run `npm run docs` after changing the policy)", () => {
    expect(readFileSync(join(import.meta.dirname, "..", "..", "docs", "policy.md"), "utf8")).toBe(renderPolicyDoc(CLOUD_DESKTOP_2024));
  });

  it("labels every value of the policy in zh and en, and no value that is not there", () => {
    const paths = policyEntries(CLOUD_DESKTOP_2024).map((entry) => entry.path);
    expect(paths).toHaveLength(63); // 39 values of the quarter (三, 四.1, 八) and 24 of the standing (一, 四.2, 五, 六, 七)
    expect(Object.keys(zhPolicyLabels).sort()).toEqual([...paths].sort());
    expect(Object.keys(enPolicyLabels).sort()).toEqual([...paths].sort());
  });

  it("shows bands with their open and closed edges and tiers with their deductions", () => {
    const doc = renderPolicyDoc(CLOUD_DESKTOP_2024);
    expect(doc).toContain("| x ≤ 8% → 15; 8% < x ≤ 10% → 12; 10% < x ≤ 12% → 9; 12% < x ≤ 14% → 6; 14% < x ≤ 16% → 3; 16% < x → 0 | ECR 分档 |");
    expect(doc).toContain("| x < 60% → 0; 60% ≤ x < 80% → 3; 80% ≤ x < 100% → 8; 100% ≤ x → 10 | 线下培训参加率分档 |");
    expect(doc).toContain("| ≥ 10 → −3; ≥ 5 → −1 | 简单问题单扣分档 |");
    expect(doc).toContain("| 70 | 季度考核合格分(低于此分降级) | pass mark (a lower total downgrades) · `verdict.passThreshold` | `4.1.b` (四.1.b) |  |");
  });

  it("falls back to the path for a value without a label, and lists nested values of a custom policy", () => {
    expect(policyEntries({ extra: { value: 1, clause: "3.1" } })).toEqual([{ path: "extra", value: 1, clause: "3.1", reading: undefined }]);
    expect(policyEntries([1, 2])).toEqual([]);
  });
});
