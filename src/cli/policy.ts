import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import { renderPolicyDoc } from "../report/policy-doc.js";

/** `policy`: prints the policy's numbers as Markdown, with clause IDs (docs/policy.md is this output). */
export function policyCommand(): number {
  process.stdout.write(renderPolicyDoc(CLOUD_DESKTOP_2024));
  return 0;
}
