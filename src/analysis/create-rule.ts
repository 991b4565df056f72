import { ESLintUtils } from "@typescript-eslint/utils";

/** Extra fields of `meta.docs`; the plugin's configs are derived from `recommended`. */
export interface PoolguardRuleDocs {
  /** Which config turns the rule on: the four leak rules are "recommended", prefer-with-client is "strict". */
  recommended: "recommended" | "strict";
  /** True when the rule's answers depend on type information (only in recommended-type-checked). */
  requiresTypeChecking?: boolean;
}

/** Every rule is made here, so that each rule's docs URL is derived from its name and never written by hand. */
export const createRule = ESLintUtils.RuleCreator<PoolguardRuleDocs>(
  (name) => `https://github.com/poolguard/poolguard/blob/main/docs/rules/${name}.md`,
);
