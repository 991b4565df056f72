// The ESLint plugin: its rules and the flat configs derived from each rule's `meta.docs.recommended`.
// Adding a rule is one import and one entry in `rules`; the configs, docs table and meta-tests follow from it.
// The exported types are ESLint's own (`ESLint.Plugin`, `Linter.Config`), so that `defineConfig`, `Linter.Config[]`
// and `tseslint.config` accept the plugin; the rules are written against typescript-eslint's stricter types inside.
import type { TSESLint } from "@typescript-eslint/utils";
import type { ESLint, Linter, Rule } from "eslint";
import type { PoolguardRuleDocs } from "./analysis/create-rule.js";
import noLeakedClient from "../rules/no-leaked-client.js";
import noTransactionOnPool from "../rules/no-transaction-on-pool.js";
import noUnawaitedClientWork from "../rules/no-unawaited-client-work.js";
import noUseAfterRelease from "../rules/no-use-after-release.js";
import preferWithClient from "../rules/prefer-with-client.js";

/** A rule as ESLint types it, with the `meta.docs` fields the configs are derived from. */
export type PoolguardRule = Rule.RuleModule & {
  meta: Rule.RuleMetaData & {
    docs: {
      description?: string;
      url?: string;
      /** Which config turns the rule on: the four leak rules are "recommended", prefer-with-client is "strict". */
      recommended: "recommended" | "strict";
      /** True when the rule's answers depend on type information. */
      requiresTypeChecking?: boolean;
    };
  };
};

export type PoolguardRuleName =
  | "no-leaked-client"
  | "no-transaction-on-pool"
  | "no-unawaited-client-work"
  | "no-use-after-release"
  | "prefer-with-client";

const rules = {
  "no-leaked-client": noLeakedClient,
  "no-transaction-on-pool": noTransactionOnPool,
  "no-unawaited-client-work": noUnawaitedClientWork,
  "no-use-after-release": noUseAfterRelease,
  "prefer-with-client": preferWithClient,
} satisfies Record<PoolguardRuleName, TSESLint.RuleModule<string, readonly unknown[], PoolguardRuleDocs>>;

export type PoolguardConfigName = "recommended" | "strict" | "recommended-type-checked";

export interface PoolguardPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<PoolguardRuleName, PoolguardRule>;
  configs: Record<PoolguardConfigName, Linter.Config>;
}

/** Kept equal to package.json's version by test/plugin/plugin-meta.test.ts. */
const VERSION = "0.1.0";

/** `poolguard/<rule>: "error"` for every rule whose `recommended` level is one of `levels`. */
function ruleEntries(levels: ReadonlyArray<PoolguardRule["meta"]["docs"]["recommended"]>): Linter.RulesRecord {
  const entries: Linter.RulesRecord = {};
  for (const [name, rule] of Object.entries(plugin.rules)) {
    const level = rule.meta.docs?.recommended;
    if (level !== undefined && levels.includes(level)) entries[`poolguard/${name}`] = "error";
  }
  return entries;
}

const plugin: PoolguardPlugin = {
  meta: { name: "poolguard", version: VERSION, namespace: "poolguard" },
  // typescript-eslint's rule types are ESLint's with stricter node types: the same objects at run time.
  rules: rules as unknown as PoolguardPlugin["rules"],
  configs: {} as PoolguardPlugin["configs"],
};

const pluginEntry: Record<string, ESLint.Plugin> = { poolguard: plugin };

plugin.configs.recommended = {
  name: "poolguard/recommended",
  plugins: pluginEntry,
  rules: ruleEntries(["recommended"]),
};

plugin.configs.strict = {
  name: "poolguard/strict",
  plugins: pluginEntry,
  rules: ruleEntries(["recommended", "strict"]),
};

// The same rules as `recommended`; pools are also recognised through their type. Needs a TypeScript project:
// projectService finds each file's tsconfig.json.
plugin.configs["recommended-type-checked"] = {
  name: "poolguard/recommended-type-checked",
  plugins: pluginEntry,
  languageOptions: { parserOptions: { projectService: true } },
  settings: { poolguard: { typeAware: true } },
  rules: ruleEntries(["recommended"]),
};

export default plugin;
