// The ESLint configurations compared by the lint benchmarks. Both sides of every comparison use
// @typescript-eslint/parser, so "without rules" measures exactly what any TypeScript project already pays
// (parse, scope analysis, code path analysis, traversal) and the difference is poolguard's own cost.
import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import tseslint from "typescript-eslint";

type ConfigObject = Linter.Config;

const allFiles = ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"];

/** Parser only, no rules; inline `eslint` comments in third-party files must not switch rules on for one side. */
export const parserOnly: ConfigObject = {
  files: allFiles,
  languageOptions: { parser: tsParser, ecmaVersion: "latest", sourceType: "module" },
  linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: "off", reportUnusedInlineConfigs: "off" },
};

export interface PoolguardConfigs {
  recommended: ConfigObject[];
  recommendedTypeChecked: ConfigObject[] | undefined;
  /** Rule ids (`poolguard/…`) that `recommended` switches on. */
  recommendedRules: string[];
}

const asArray = (config: unknown): ConfigObject[] | undefined =>
  config === undefined || config === null
    ? undefined
    : Array.isArray(config)
      ? (config as ConfigObject[])
      : [config as ConfigObject];

const enabledRules = (configs: readonly ConfigObject[]): string[] =>
  configs.flatMap((config) =>
    Object.entries(config.rules ?? {})
      .filter(([, setting]) => {
        const level = Array.isArray(setting) ? setting[0] : setting;
        return level !== "off" && level !== 0;
      })
      .map(([id]) => id),
  );

/**
 * Loads the plugin as it is in the work tree. Returns undefined (with the reason) while `configs.recommended`
 * does not exist yet or switches no rule on, so the harness can say so instead of measuring nothing.
 */
export async function loadPoolguardConfigs(): Promise<PoolguardConfigs | { missing: string }> {
  let plugin: { configs?: Record<string, unknown> } | undefined;
  try {
    plugin = (await import("../src/plugin.js")).default as typeof plugin;
  } catch (error) {
    return { missing: `src/plugin.ts failed to load: ${error instanceof Error ? error.message : String(error)}` };
  }
  const recommended = asArray(plugin?.configs?.recommended);
  if (!recommended) return { missing: "src/plugin.ts has no configs.recommended yet" };
  const recommendedRules = enabledRules(recommended);
  if (recommendedRules.length === 0) return { missing: "configs.recommended switches no rule on yet" };
  return {
    recommended,
    recommendedTypeChecked: asArray(plugin?.configs?.["recommended-type-checked"]),
    recommendedRules,
  };
}

/** Type information for the files of one TypeScript project (the generated corpus has its own tsconfig). */
export function typeInformation(tsconfigRootDir: string): ConfigObject {
  return {
    files: allFiles,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir } },
  };
}

/**
 * The parser and one rule that does nothing. Whatever rule is on, ESLint gives it a context whose prototype is the
 * file's context (`FileContext#extend`), which V8 keeps reachable from old space until the next full collection: the
 * file's whole SourceCode then survives the young-generation collections and is copied and promoted. A project runs
 * rules anyway, so this is the floor any plugin starts from; the lint cost shows it beside `recommended`.
 */
export const oneNoOpRule: ConfigObject[] = [
  parserOnly,
  {
    files: allFiles,
    plugins: { bench: { rules: { "no-op": { meta: { type: "problem", schema: [] }, create: () => ({}) } } } },
    rules: { "bench/no-op": "error" },
  },
];

/** typescript-eslint's `no-floating-promises`: the usual type-aware rule a project already runs, as the yardstick. */
export const noFloatingPromises: ConfigObject[] = [
  {
    files: allFiles,
    plugins: { "@typescript-eslint": tseslint.plugin as unknown as ESLint.Plugin },
    rules: { "@typescript-eslint/no-floating-promises": "error" },
  },
];

/** An ESLint instance over exactly these config objects (no config file lookup, no cache). */
export function createEslint(cwd: string, configs: readonly ConfigObject[], options: { stats?: boolean } = {}): ESLint {
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [...configs],
    cache: false,
    stats: options.stats ?? false,
    warnIgnored: true,
  });
}
