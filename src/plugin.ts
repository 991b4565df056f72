// The ESLint plugin: its rules and the flat configs derived from each rule's `meta.docs.recommended`.
// Adding a rule is one import and one entry in `rules`; the configs, docs table and meta-tests follow from it.
import type { TSESLint } from "@typescript-eslint/utils";
import type { PoolguardRuleDocs } from "./analysis/create-rule.js";
import noLeakedClient from "../rules/no-leaked-client.js";
import noTransactionOnPool from "../rules/no-transaction-on-pool.js";
import noUnawaitedClientWork from "../rules/no-unawaited-client-work.js";
import noUseAfterRelease from "../rules/no-use-after-release.js";
import preferWithClient from "../rules/prefer-with-client.js";

type PoolguardRule = TSESLint.RuleModule<string, readonly unknown[], PoolguardRuleDocs>;

const rules = {
  "no-leaked-client": noLeakedClient,
  "no-transaction-on-pool": noTransactionOnPool,
  "no-unawaited-client-work": noUnawaitedClientWork,
  "no-use-after-release": noUseAfterRelease,
  "prefer-with-client": preferWithClient,
} satisfies Record<string, PoolguardRule>;

export type PoolguardConfigName = "recommended" | "strict" | "recommended-type-checked";

export interface PoolguardPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<keyof typeof rules, PoolguardRule>;
  configs: Record<PoolguardConfigName, TSESLint.FlatConfig.Config>;
}

/** Kept equal to package.json's version by test/plugin/plugin-meta.test.ts. */
const VERSION = "0.1.0";

/** `poolguard/<rule>: "error"` for every rule whose `recommended` level is one of `levels`. */
function ruleEntries(levels: ReadonlyArray<PoolguardRuleDocs["recommended"]>): TSESLint.FlatConfig.Rules {
  const entries: TSESLint.FlatConfig.Rules = {};
  for (const [name, rule] of Object.entries(rules) as Array<[string, PoolguardRule]>) {
    const level = rule.meta.docs?.recommended;
    if (level !== undefined && levels.includes(level)) entries[`poolguard/${name}`] = "error";
  }
  return entries;
}

const plugin: PoolguardPlugin = {
  meta: { name: "poolguard", version: VERSION, namespace: "poolguard" },
  rules,
  configs: {} as PoolguardPlugin["configs"],
};

const pluginEntry = { poolguard: plugin as unknown as TSESLint.FlatConfig.Plugin };

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
