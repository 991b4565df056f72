// The fixtures, linted end to end through the ESLint API with the recommended config: every finding is the one
// announced by an `// expect:` comment on its line, and nothing else is reported (see fixtures/rules/README.md).
import { beforeAll, describe, expect, it } from "vitest";
import { expectedFindings, lintableFiles, lintWithConfig, type LintOutcome } from "./lint-fixtures.js";

const files = lintableFiles("fixtures/rules");

describe("fixtures linted with configs.recommended", () => {
  let outcomes: Map<string, LintOutcome>;

  beforeAll(async () => {
    outcomes = await lintWithConfig("recommended", ["fixtures/rules/"]);
  }, 120_000);

  it("covers leaky and safe samples", () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(files.filter((file) => expectedFindings(file).length === 0).length).toBeGreaterThan(0);
    expect(files.filter((file) => expectedFindings(file).length > 0).length).toBeGreaterThan(0);
  });

  it.each(files)("%s reports exactly its annotated findings", (file) => {
    const outcome = outcomes.get(file);
    expect(outcome, `${file} was not linted`).toBeDefined();
    expect(outcome?.fatal).toEqual([]);
    expect(outcome?.findings).toEqual(expectedFindings(file));
  });
});
