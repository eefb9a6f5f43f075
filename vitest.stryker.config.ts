import { BaseSequencer, type TestSpecification } from "vitest/node";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * The vitest config Stryker runs (stryker.config.json → vitest.configFile); `npm run mutation`.
 *
 * Left out: tests that spawn the CLI or need dist/ (test/cli, test/package, test/sheets/bundle.test.ts),
 * the 10,000-run fuzz suite (test/fuzz), and the two time-zone suites (test/assessment/ and
 * test/standing/time-zones.test.ts), which set process.env.TZ: Stryker runs vitest in worker threads,
 * where that does not change the zone, so their "the process really runs in the zone" checks fail
 * there (they pass under `npm test`). Files run fastest first: Stryker bails on the first failing test, so a mutant the
 * clause tests kill never waits for the property suites (the default order runs the slowest first).
 */
const LAST = ["test/properties/", "test/headroom/", "test/examples.test.ts"];
const FIRST = ["test/rules/", "test/verdict/", "test/policy/", "test/numbers/", "test/input/", "test/dates/"];

class FastFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const path = file.moduleId.replaceAll("\\", "/");
      if (LAST.some((dir) => path.includes(`/${dir}`))) return 2;
      if (FIRST.some((dir) => path.includes(`/${dir}`))) return 0;
      return 1;
    };
    return [...files].sort((a, b) => rank(a) - rank(b) || (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0));
  }
}

export default defineConfig({
  // Keep vitest's run cache out of node_modules/.vite (each Stryker sandbox gets its own).
  cacheDir: ".stryker-tmp/vite-cache",
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "test/cli/**", "test/package/**", "test/fuzz/**", "test/sheets/bundle.test.ts", "test/assessment/time-zones.test.ts", "test/standing/time-zones.test.ts"],
    sequence: { sequencer: FastFirstSequencer },
  },
});
