// typescript-eslint's RuleTester wired to vitest. Import { ruleTester } (syntactic) or typedRuleTester (type-aware).
import { RuleTester } from "@typescript-eslint/rule-tester";
import path from "node:path";
import { afterAll, describe, it } from "vitest";

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export const ruleTester = new RuleTester();

/** Type-aware: files are resolved in test/fixtures-typed (a tsconfig there includes @types/pg). */
export const typedRuleTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      // file.ts is on disk and in the tsconfig; other names (a .tsx case, `filename: "other.ts"`) use the default project.
      projectService: { allowDefaultProject: ["@(!(file)).ts", "*.tsx"], defaultProject: "tsconfig.json" },
      tsconfigRootDir: path.join(import.meta.dirname, "..", "fixtures-typed"),
    },
  },
});
