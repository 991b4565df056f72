// Every fenced block of the README, held to what the package does, as a newcomer would copy it:
//   - bash: each command exists as written (npm scripts in package.json, the packages it installs declared with a
//     matching range, poolguard's flags accepted by the command's own parser, eslint's flags in `eslint --help`);
//   - ts/js: type-checked together against the *built* package (dist/, reached as node_modules/poolguard), each
//     eslint.config also as ESLint's own `Linter.Config[]`, and run by ESLint on a leak it must report;
//   - json: parses, a /readyz or sites() body has exactly the fields a real monitor answers with, and the legacy
//     .eslintrc turns on exactly the rules of `recommended`;
//   - yaml: parses, and the commands of a CI step are checked like bash;
//   - text: program output, not run here (the demo, migrate, CLI error and log-line blocks are compared with the
//     real output by test/cli/*.test.ts and test/runtime/monitor-readme.test.ts).
// A block in any other language, or none, fails: tag it.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import jsYaml from "js-yaml";
import pg from "pg";
import semver from "semver";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseMigrateArgs } from "../../src/cli/migrate-args.js";
import { parseStressArgs } from "../../src/cli/stress-args.js";
import plugin from "../../src/plugin.js";
import { PoolMonitor, withClient } from "../../src/runtime/index.js";
import { repoRoot } from "../support/fixture-project.js";
import { codeBlocks, shellCommands, type CodeBlock } from "./code-blocks.js";

const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
const blocks = codeBlocks(readme);
const byLang = (...langs: string[]) => blocks.filter((block) => langs.includes(block.lang));
const where = (block: CodeBlock) => `README.md:${block.line} (${block.section})`;
const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};

// --- shell commands -------------------------------------------------------------------------------------------

let eslintHelp: string | undefined;
function eslintFlags(): string {
  eslintHelp ??= spawnSync(process.execPath, [path.join(repoRoot, "node_modules", "eslint", "bin", "eslint.js"), "--help"], {
    encoding: "utf8",
  }).stdout;
  return eslintHelp;
}

function declaredRange(name: string): string | undefined {
  const own = pkg.dependencies[name] ?? pkg.peerDependencies[name] ?? pkg.devDependencies[name];
  // typescript-eslint's packages are released in lockstep: a user's own @typescript-eslint/eslint-plugin, which the
  // README moves with the parser, must meet the parser's peer range, the one poolguard declares for the family.
  if (own === undefined && name.startsWith("@typescript-eslint/")) return pkg.peerDependencies["@typescript-eslint/parser"];
  return own;
}

/** `npm install a b@range --save-dev`: every package is one poolguard declares, with a range that meets its own. */
function checkInstall(words: string[]): string[] {
  const problems: string[] = [];
  for (const spec of words.filter((word) => !word.startsWith("-"))) {
    const at = spec.lastIndexOf("@");
    const [name, range] = at > 0 ? [spec.slice(0, at), spec.slice(at + 1)] : [spec, undefined];
    if (name === "poolguard") continue;
    const declared = declaredRange(name);
    if (declared === undefined) problems.push(`installs ${name}, which package.json does not declare`);
    else if (range !== undefined && !semver.intersects(range, declared)) {
      problems.push(`installs ${spec}, outside package.json's ${name}@${declared}`);
    }
  }
  const flags = words.filter((word) => word.startsWith("-"));
  for (const flag of flags) if (!["--save-dev", "--omit=dev"].includes(flag)) problems.push(`npm install flag ${flag}`);
  return problems;
}

/** A `poolguard …` command line: the command's own parser must accept it. */
function checkPoolguard(args: string[]): string[] {
  const [command, ...rest] = args;
  try {
    if (command === "stress") parseStressArgs(rest);
    else if (command === "migrate") parseMigrateArgs(rest, path.join(repoRoot, "fixtures", "migrate"));
    else if (!["help", "--version", "--help"].includes(command ?? "")) return [`unknown poolguard command "${command}"`];
  } catch (error) {
    return [(error as Error).message];
  }
  return [];
}

function checkCommand(words: string[]): string[] {
  const [tool, first, ...rest] = words;
  if (tool === "npm") {
    if (first === "ci") return existsSync(path.join(repoRoot, "package-lock.json")) ? [] : ["npm ci without a lockfile"];
    if (first === "test") return pkg.scripts.test ? [] : ["no npm test script"];
    if (first === "run") return pkg.scripts[rest[0] ?? ""] ? [] : [`no npm script "${rest[0]}"`];
    if (first === "install") return checkInstall(rest);
  }
  if (tool === "npx" && first === "poolguard") return checkPoolguard(rest);
  if (tool === "npx" && first === "tsx") {
    const [file, ...args] = rest;
    if (!existsSync(path.join(repoRoot, file ?? ""))) return [`tsx runs ${file}, which does not exist`];
    return file === "src/cli/index.ts" ? checkPoolguard(args) : [];
  }
  if (tool === "npx" && first === "eslint") {
    const problems = rest
      .filter((word) => word.startsWith("--"))
      .filter((flag) => !eslintFlags().includes(`${flag} `))
      .map((flag) => `eslint has no ${flag}`);
    const format = rest[rest.indexOf("--format") + 1];
    if (rest.includes("--format") && !declaredRange(format ?? "")) problems.push(`the formatter ${format} is not declared`);
    return problems;
  }
  return [`a command this test does not know: ${words.join(" ")}`];
}

describe("README code blocks", () => {
  it("tags every block with its language", () => {
    const known = ["bash", "text", "ts", "js", "json", "yaml"];
    expect(blocks.length).toBeGreaterThan(20);
    expect(blocks.filter((block) => !known.includes(block.lang)).map((block) => `${where(block)}: "${block.lang}"`)).toEqual([]);
  });

  it("has shell commands that exist as written: scripts, packages and their ranges, commands and flags", () => {
    const commands = byLang("bash").flatMap((block) => shellCommands(block.text).map((words) => ({ block, words })));
    expect(commands.length).toBeGreaterThanOrEqual(15);
    const problems = commands.flatMap(({ block, words }) => checkCommand(words).map((problem) => `${where(block)}: ${problem}`));
    expect(problems).toEqual([]);
    // The checks can fail: a mistyped script, flag or range is caught.
    expect(checkCommand(["npm", "run", "bench:all"])).toEqual(['no npm script "bench:all"']);
    expect(checkCommand(["npx", "poolguard", "stress", "--request", "20"])[0]).toMatch(/unknown option "--request"/);
    expect(checkCommand(["npm", "install", "--save-dev", "typescript@^5.0"])).toEqual([
      `installs typescript@^5.0, outside package.json's typescript@${pkg.devDependencies.typescript}`,
    ]);
    expect(checkCommand(["npx", "eslint", "--max-warning", "0", "."])).toEqual(["eslint has no --max-warning"]);
  });

  it("has YAML that parses, and CI steps whose commands exist", () => {
    const problems: string[] = [];
    for (const block of byLang("yaml")) {
      const document = jsYaml.load(block.text);
      expect(document, where(block)).toBeTypeOf("object");
      const steps = Array.isArray(document) ? (document as { run?: string }[]) : [];
      for (const step of steps.filter((entry) => typeof entry.run === "string")) {
        for (const words of shellCommands(step.run!)) problems.push(...checkCommand(words).map((p) => `${where(block)}: ${p}`));
      }
    }
    expect(byLang("yaml").length).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
  });
});

// --- TypeScript and JavaScript, against the built package -----------------------------------------------------

// What the examples take from the reader's own code: declared for an example that uses the name without declaring it.
const READER: Record<string, string> = {
  logger: "declare const logger: { info(message: string): void; warn(message: string): void };",
  monitor: 'declare const monitor: import("poolguard/runtime").PoolMonitor;',
  id: "declare const id: number;",
  amount: "declare const amount: number;",
  from: "declare const from: number;",
  to: "declare const to: number;",
};

function withReaderCode(example: string): string {
  const declared = (name: string) => new RegExp(`(const|import)\\s+(\\{[^}]*\\b)?${name}\\b`).test(example);
  const used = (name: string) => new RegExp(`\\b${name}\\b(?!:)`).test(example.replace(/"[^"\n]*"/g, '""'));
  const prelude = Object.entries(READER).filter(([name]) => used(name) && !declared(name));
  return `${prelude.map(([, declaration]) => declaration).join("\n")}\n${example}\nexport {};\n`;
}

const LEAK = `import { Pool } from "pg";
const pool = new Pool();
export async function balance(id) {
  const client = await pool.connect();
  const { rows } = await client.query("SELECT balance FROM accounts WHERE id = $1", [id]);
  return rows[0].balance;
}
`;
const LEAK_TS = LEAK.replace("balance(id)", "balance(id: number)");

describe("README TypeScript and JavaScript", () => {
  // In the repository (git-ignored), so that pg, eslint and typescript-eslint resolve; poolguard as installed.
  const scratch = path.join(repoRoot, "tmp", `readme-blocks-${process.pid}`);
  const configs: { block: CodeBlock; dir: string; file: string }[] = [];
  // The legacy `.eslintrc.cjs` blocks: ESLint 10 reads none, so they are loaded, not run.
  const eslintrcs: { block: CodeBlock; file: string }[] = [];
  // Every example written out once (the tests below check and run them): the files to type-check, and the
  // JavaScript blocks that do not say which file they are.
  const files: string[] = [];
  const unnamed: string[] = [];

  beforeAll(() => {
    expect(existsSync(path.join(repoRoot, "dist", "src", "plugin.d.ts")), "run `npm run build` first").toBe(true);
    mkdirSync(path.join(scratch, "node_modules"), { recursive: true });
    symlinkSync(repoRoot, path.join(scratch, "node_modules", "poolguard"), "dir");
    // A project as `npm init` makes it (CommonJS): the configs must load there as named. The application examples
    // (top-level await) live in an ES module folder of it.
    writeFileSync(path.join(scratch, "package.json"), JSON.stringify({ name: "readme-app", private: true, type: "commonjs" }));
    mkdirSync(path.join(scratch, "app"));
    writeFileSync(path.join(scratch, "app", "package.json"), JSON.stringify({ type: "module" }));
    for (const block of byLang("ts")) {
      const file = path.join(scratch, "app", `example-${block.line}.ts`);
      writeFileSync(file, withReaderCode(block.text));
      files.push(file);
    }
    for (const block of byLang("js")) {
      const name = /^\/\/ (eslint\.config\.[cm]?js|\.eslintrc\.cjs)\n/.exec(block.text)?.[1];
      if (!name) {
        unnamed.push(`${where(block)}: a JavaScript block that does not say which file it is (// eslint.config.mjs)`);
        continue;
      }
      const dir = path.join(scratch, `config-${block.line}`);
      mkdirSync(dir);
      if (name === ".eslintrc.cjs") {
        writeFileSync(path.join(dir, name), block.text);
        eslintrcs.push({ block, file: path.join(dir, name) });
        continue;
      }
      const file = path.join(dir, name);
      writeFileSync(file, block.text);
      const check = name.endsWith(".cjs")
        ? [`import config = require("./${name}");`, "check.cts"]
        : [`import config from "./${name}";`, "check.mts"];
      writeFileSync(
        path.join(dir, check[1]!),
        `${check[0]}\nimport type { Linter } from "eslint";\nexport const checked: Linter.Config[] = config;\n`,
      );
      files.push(file, path.join(dir, check[1]!));
      configs.push({ block, dir, file });
    }
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("type-checks every example against the built package, each eslint config as ESLint's Linter.Config[]", () => {
    expect(unnamed).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(12);
    const problems: string[] = [];
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      allowJs: true,
      checkJs: true,
      types: ["node"],
      typeRoots: [path.join(repoRoot, "node_modules", "@types")],
    });
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      const file = diagnostic.file ? path.relative(scratch, diagnostic.file.fileName) : "(options)";
      problems.push(`${file}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`);
    }
    // Against the package as installed: its types are dist/'s, not src/'s.
    const shipped = path.join(repoRoot, "dist", "src", "plugin.d.ts");
    const plugin = program.getSourceFiles().find((source) => path.resolve(source.fileName) === shipped);
    expect(plugin, "poolguard's types come from dist/").toBeDefined();
    expect(problems).toEqual([]);
  });

  it("loads every .eslintrc.cjs as written: the legacy config with exactly recommended's rules", () => {
    expect(eslintrcs.length).toBeGreaterThanOrEqual(1);
    for (const { block, file } of eslintrcs) {
      const loaded: unknown = createRequire(file)(file);
      expect(loaded, where(block)).toEqual({ parser: "@typescript-eslint/parser", plugins: ["poolguard"], rules: plugin.configs.recommended.rules });
    }
  });

  it("runs every eslint config as written: each reports a leak", async () => {
    expect(configs.length).toBeGreaterThanOrEqual(5);
    for (const { block, dir, file } of configs) {
      writeFileSync(path.join(dir, "leak.js"), LEAK);
      writeFileSync(path.join(dir, "leak.ts"), LEAK_TS);
      writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, module: "nodenext" }, include: ["leak.ts"] }));
      const eslint = new ESLint({ cwd: dir, overrideConfigFile: file });
      const results = await eslint.lintFiles(["leak.js", "leak.ts"]);
      const found = results.flatMap((result) =>
        result.messages.filter((m) => m.ruleId === "poolguard/no-leaked-client").map((m) => `${path.basename(result.filePath)}:${m.line}`),
      );
      expect(found, where(block)).not.toEqual([]);
      expect(found.every((at) => at.endsWith(":4")), where(block)).toBe(true);
    }
  }, 120_000);
});

// --- JSON, against a real monitor -------------------------------------------------------------------------------

describe("README JSON", () => {
  const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 4 });
  afterAll(() => pool.end());

  it("parses; /readyz and sites() show exactly the fields a real monitor answers with, the .eslintrc exactly recommended's rules", async () => {
    const monitor = new PoolMonitor({ logger: { info() {}, warn() {} }, siteSampleRate: 1 }).watch(pool, { name: "main" }).start();
    try {
      await withClient(pool, (client) => client.query("SELECT 1"));
      const readiness = await monitor.readiness();
      const site = monitor.sites("main")[0];
      expect(readiness.status).toBe("ok");
      expect(site).toBeDefined();
      const keys = (value: object) => Object.keys(value).sort();
      const examples = byLang("json").map((block) => ({ block, value: JSON.parse(block.text) as unknown }));
      expect(examples.length).toBeGreaterThanOrEqual(2);
      const kinds = examples.map(({ block, value }) => {
        if (Array.isArray(value) && value.every((entry) => typeof entry === "object" && "site" in entry)) {
          for (const entry of value as object[]) expect(keys(entry), where(block)).toEqual(keys(site!));
          return "sites";
        }
        if (typeof value === "object" && value !== null && "pools" in value) {
          expect(keys(value), where(block)).toEqual(keys(readiness));
          for (const entry of (value as { pools: object[] }).pools) expect(keys(entry), where(block)).toEqual(keys(readiness.pools[0]!));
          return "readyz";
        }
        if (typeof value === "object" && value !== null && "plugins" in value) {
          // The legacy .eslintrc: the rules named one by one must be recommended's, each as recommended sets it.
          expect(value, where(block)).toEqual({ parser: "@typescript-eslint/parser", plugins: ["poolguard"], rules: plugin.configs.recommended.rules });
          return "eslintrc";
        }
        return `${where(block)}: a JSON block this test does not know`;
      });
      expect(kinds.sort()).toEqual(["eslintrc", "readyz", "sites"]);
    } finally {
      monitor.stop();
    }
  });
});
