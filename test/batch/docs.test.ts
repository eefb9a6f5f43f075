import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GROUPS, SCALAR_COLUMNS } from "../../src/batch/columns.js";
import { SUMMARY_COLUMNS } from "../../src/batch/summary.js";

const doc = readFileSync(join(import.meta.dirname, "..", "..", "docs", "batch.md"), "utf8");

describe("docs/batch.md", () => {
  it("documents every input column in English and Chinese", () => {
    for (const column of SCALAR_COLUMNS) expect(doc).toContain(`| \`${column.en}\` | ${column.zh} |`);
    for (const group of GROUPS) {
      for (const field of group.fields) expect(doc).toContain(`| \`${group.en}_n_${field.en}\` | ${group.zh}n${field.zh} |`);
    }
  });

  it("documents every output column", () => {
    for (const column of SUMMARY_COLUMNS) {
      expect(doc).toContain(`\`${column.en}\``);
      expect(doc).toContain(column.zh);
    }
  });
});
