import { ESLintUtils } from "@typescript-eslint/utils";

/** Every rule is made here, so that each rule's docs URL is derived from its name and never written by hand. */
export const createRule = ESLintUtils.RuleCreator(
  (name) => `https://github.com/poolguard/poolguard/blob/main/docs/rules/${name}.md`,
);
