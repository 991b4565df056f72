// The plugin's metadata, rules, configs and docs agree with each other and with package.json.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_DOCS_URL } from "../../src/analysis/create-rule.js";
import plugin from "../../src/plugin.js";
import { repositoryRoot } from "./lint-fixtures.js";

const packageJson = JSON.parse(readFileSync(path.join(repositoryRoot, "package.json"), "utf8")) as {
  name: string;
  version: string;
  exports: Record<string, { types?: string; default?: string; import?: { default: string }; require?: { default: string } }>;
  files: string[];
  homepage: string;
  repository: { url: string };
  bugs: { url: string };
};
const ruleNames = Object.keys(plugin.rules).sort();
const ruleFiles = readdirSync(path.join(repositoryRoot, "rules"))
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.slice(0, -".ts".length))
  .sort();
const level = (name: string) => plugin.rules[name as keyof typeof plugin.rules].meta.docs?.recommended;
const namesAt = (...levels: string[]) => ruleNames.filter((name) => levels.includes(level(name) ?? "")).sort();
const configuredRules = (config: { rules?: Record<string, unknown> }) => Object.keys(config.rules ?? {}).sort();

describe("plugin meta", () => {
  it("is named and versioned like the package", () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: "poolguard" });
  });

  it("registers every file in rules/ under its file name, and nothing else", () => {
    expect(ruleNames).toEqual(ruleFiles);
  });

  it("ships the entry points package.json exports (built from src/plugin.ts and src/runtime/index.ts)", () => {
    expect(packageJson.exports["."]?.import?.default).toBe("./dist/src/plugin.js");
    expect(packageJson.exports["."]?.require?.default).toBe("./dist/src/plugin.cjs");
    expect(packageJson.exports["./runtime"]?.default).toBe("./dist/src/runtime/index.js");
    expect(existsSync(path.join(repositoryRoot, "src", "plugin.ts"))).toBe(true);
    expect(existsSync(path.join(repositoryRoot, "src", "runtime", "index.ts"))).toBe(true);
    expect(packageJson.files).toContain("docs/rules");
  });
});

// The repository's page, as package.json's `homepage` names it: the rule pages live under it.
const repositoryPage = packageJson.homepage.replace(/#readme$/, "");

describe("package links", () => {
  it("point at one repository: homepage, repository, bugs and the rule pages", () => {
    expect(packageJson.repository.url).toBe(`git+${repositoryPage}.git`);
    expect(packageJson.bugs.url).toBe(`${repositoryPage}/issues`);
    expect(RULE_DOCS_URL).toBe(`${repositoryPage}/blob/main/docs/rules/{name}.md`);
  });
});

describe.each(ruleNames)("rule %s", (name) => {
  const rule = plugin.rules[name as keyof typeof plugin.rules];
  const docPath = path.join(repositoryRoot, "docs", "rules", `${name}.md`);

  it("has a description, a type and a config level", () => {
    expect(rule.meta.docs?.description).toMatch(/^[A-Z].{10,}[^.]$/);
    expect(["problem", "suggestion"]).toContain(rule.meta.type);
    expect(["recommended", "strict"]).toContain(rule.meta.docs?.recommended);
  });

  it("links to its doc, which exists and is titled with the rule's name", () => {
    expect(rule.meta.docs?.url).toBe(`${repositoryPage}/blob/main/docs/rules/${name}.md`);
    expect(existsSync(docPath), `docs/rules/${name}.md is missing`).toBe(true);
    const doc = readFileSync(docPath, "utf8");
    expect(doc.split("\n")[0]).toBe(`# poolguard/${name}`);
    for (const section of ["## Examples", "## Options", "## When Not To Use It"]) expect(doc).toContain(section);
  });

  it("puts the problem first and the fix in the imperative in every message", () => {
    for (const message of Object.values(rule.meta.messages ?? {})) {
      expect(message.length).toBeGreaterThan(5);
      expect(message.trim().endsWith(".")).toBe(true);
    }
  });
});

describe("configs", () => {
  it("recommended turns on exactly the rules marked recommended, as errors", () => {
    const config = plugin.configs.recommended;
    expect(configuredRules(config)).toEqual(namesAt("recommended").map((name) => `poolguard/${name}`));
    expect(new Set(Object.values(config.rules ?? {}))).toEqual(new Set(["error"]));
    expect(config.plugins?.poolguard).toBe(plugin);
  });

  it("strict adds the rules marked strict", () => {
    const config = plugin.configs.strict;
    expect(configuredRules(config)).toEqual(namesAt("recommended", "strict").map((name) => `poolguard/${name}`));
    expect(config.plugins?.poolguard).toBe(plugin);
  });

  it("recommended-type-checked has recommended's rules, a project service and type-aware pool detection", () => {
    const config = plugin.configs["recommended-type-checked"];
    expect(config.rules).toEqual(plugin.configs.recommended.rules);
    expect(config.languageOptions?.parserOptions).toMatchObject({ projectService: true });
    expect(config.settings).toEqual({ poolguard: { typeAware: true } });
    expect(config.plugins?.poolguard).toBe(plugin);
  });

  it("names every config after the plugin", () => {
    for (const [key, config] of Object.entries(plugin.configs)) expect(config.name).toBe(`poolguard/${key}`);
  });
});
