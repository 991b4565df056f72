// The README's "CI lint gate" example, run as written: its eslint.config.mjs in a scratch project, its commands
// through the ESLint CLI. A leaky file fails the gate and lands in the SARIF file; a clean project passes.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RULE_DOCS_URL } from "../../src/analysis/create-rule.js";
import { repositoryRoot } from "./lint-fixtures.js";

const readme = readFileSync(path.join(repositoryRoot, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("### CI lint gate"), readme.indexOf("<!-- /section: eslint -->"));
const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((match) => ({ language: match[1], body: match[2] ?? "" }));
const configText = blocks.find((block) => block.language === "js")?.body ?? "";
const commands = (blocks.find((block) => block.language === "bash")?.body ?? "")
  .split("\n")
  .filter((line) => line.startsWith("npx eslint "))
  .map((line) => line.slice("npx eslint ".length).split(/\s+/));
const eslintBin = path.join(repositoryRoot, "node_modules", "eslint", "bin", "eslint.js");

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; rules?: Array<{ id: string; helpUri?: string }> } };
    results: Array<{
      ruleId: string;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
    }>;
  }>;
}

describe("README: CI lint gate", () => {
  let project: string;

  const run = (args: string[]) =>
    // two ESLint processes a test: generous on a loaded 2-core machine (a timeout shows up as status null)
    spawnSync(process.execPath, [eslintBin, ...args], { cwd: project, encoding: "utf8", timeout: 110_000 });

  beforeAll(() => {
    // The scratch project lives inside the repository so that `import poolguard from "poolguard"` resolves to this
    // package (self-reference through package.json "exports", i.e. the build in dist/).
    expect(existsSync(path.join(repositoryRoot, "dist", "src", "plugin.js")), "run `npm run build` first").toBe(true);
    mkdirSync(path.join(repositoryRoot, "tmp"), { recursive: true });
    project = mkdtempSync(path.join(repositoryRoot, "tmp", "ci-gate-"));
    mkdirSync(path.join(project, "src"));
    writeFileSync(path.join(project, "eslint.config.mjs"), configText);
    copyFileSync(path.join(repositoryRoot, "fixtures", "rules", "no-transaction-on-pool", "safe.ts"), path.join(project, "src", "safe.ts"));
  });

  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
  });

  it("shows a config and the two commands", () => {
    expect(configText).toContain("poolguard.configs.recommended");
    expect(commands).toHaveLength(2);
    expect(commands[1]).toEqual(expect.arrayContaining(["--format", "@microsoft/eslint-formatter-sarif", "--output-file", "eslint.sarif"]));
  });

  it("passes a clean project, with an empty SARIF run", () => {
    const gate = run(commands[0] as string[]);
    expect(gate.stderr).toBe("");
    expect(gate.status).toBe(0);
    const sarifRun = run(commands[1] as string[]);
    expect(sarifRun.status).toBe(0);
    const log = JSON.parse(readFileSync(path.join(project, "eslint.sarif"), "utf8")) as SarifLog;
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]?.results).toEqual([]);
  }, 240_000);

  it("fails on a leaky file and names the rule, file and line in the SARIF file", () => {
    copyFileSync(path.join(repositoryRoot, "fixtures", "rules", "no-transaction-on-pool", "leaky.ts"), path.join(project, "src", "leaky.ts"));
    const gate = run(commands[0] as string[]);
    expect(gate.status).toBe(1);
    expect(gate.stdout).toContain("poolguard/no-transaction-on-pool");
    expect(gate.stdout).toMatch(/src\/leaky\.ts/);

    const sarifRun = run(commands[1] as string[]);
    expect(sarifRun.status).toBe(1);
    const log = JSON.parse(readFileSync(path.join(project, "eslint.sarif"), "utf8")) as SarifLog;
    const results = log.runs[0]?.results ?? [];
    expect(results.map((result) => result.ruleId)).toEqual(Array(4).fill("poolguard/no-transaction-on-pool"));
    expect(results.map((result) => result.locations[0]?.physicalLocation.region.startLine)).toEqual([9, 12, 16, 23]);
    expect(results.every((result) => result.locations[0]?.physicalLocation.artifactLocation.uri.endsWith("src/leaky.ts"))).toBe(true);
    expect(results.every((result) => result.level === "error")).toBe(true);
    expect(results[0]?.message.text).toContain("`BEGIN` sent through `mainPool.query()`");
    const rule = log.runs[0]?.tool.driver.rules?.find((candidate) => candidate.id === "poolguard/no-transaction-on-pool");
    // the rule's docs URL, from the one configured pattern
    expect(rule?.helpUri).toBe(RULE_DOCS_URL.replace("{name}", "no-transaction-on-pool"));
  }, 240_000);
});
