import { CLOUD_DESKTOP_2024 } from "../policy/cloud-desktop-2024.js";
import { renderInputDoc } from "../report/input-doc.js";
import { renderPolicyDoc } from "../report/policy-doc.js";

/** `policy`: prints the policy's numbers as Markdown, with clause IDs (docs/policy.md is this output). */
export function policyCommand(): number {
  process.stdout.write(renderPolicyDoc(CLOUD_DESKTOP_2024));
  return 0;
}

/** `fields`: prints every input's fields as Markdown, in English and Chinese (docs/input.md is this output). */
export function fieldsCommand(): number {
  process.stdout.write(renderInputDoc());
  return 0;
}
