// recommended-type-checked gives the same answers as recommended on every fixture, and more where only types can
// tell: a pool whose variable name says nothing (test/fixtures-typed/neutral-names.ts).
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { expectedFindings, lintableFiles, lintWithConfig, repositoryRoot, type LintOutcome } from "./lint-fixtures.js";

const fixtureFiles = lintableFiles("fixtures/rules");
const typedOnly = "test/fixtures-typed/neutral-names.ts";

describe("type-aware parity", () => {
  let syntactic: Map<string, LintOutcome>;
  let typed: Map<string, LintOutcome>;
  let typedOnlySyntactic: LintOutcome | undefined;
  let typedOnlyTyped: LintOutcome | undefined;

  beforeAll(async () => {
    syntactic = await lintWithConfig("recommended", ["fixtures/rules/"]);
    typed = await lintWithConfig("recommended-type-checked", ["fixtures/rules/"], path.join(repositoryRoot, "fixtures", "rules"));
    typedOnlySyntactic = (await lintWithConfig("recommended", [typedOnly])).get(typedOnly);
    typedOnlyTyped = (
      await lintWithConfig("recommended-type-checked", [typedOnly], path.join(repositoryRoot, "test", "fixtures-typed"))
    ).get(typedOnly);
  }, 180_000);

  it.each(fixtureFiles)("%s: the same findings with and without types", (file) => {
    expect(typed.get(file)?.fatal).toEqual([]);
    expect(typed.get(file)?.findings).toEqual(syntactic.get(file)?.findings);
  });

  it("finds a pool by its type when its name says nothing", () => {
    expect(typedOnlySyntactic?.fatal).toEqual([]);
    expect(typedOnlySyntactic?.findings).toEqual([]);
    expect(typedOnlyTyped?.fatal).toEqual([]);
    expect(typedOnlyTyped?.findings).toEqual(expectedFindings(typedOnly, "expect-typed"));
    expect(typedOnlyTyped?.findings.length).toBeGreaterThanOrEqual(3);
  });
});
