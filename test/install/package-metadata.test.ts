// What the packed package tells a newcomer, held to the README: every dependency has its reason in the README's
// dependency table, a TypeScript user is told to install the types the runtime's declarations use, and dist/ ships no
// source maps; a TypeScript ESLint config is said to need jiti, and watch is written as the method it is; nothing runs
// at install, and the Node.js the README names is the one `engines` asks for.
// Reads the built dist/ (npm test builds it first, through docs:check); no registry needed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/fixture-project.js";

const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
  version: string;
  engines: { node: string };
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};
const dist = path.join(repoRoot, "dist");

/** The text of a `## ` section of the README, up to the next `## ` heading. */
function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md: no "## ${heading}"`);
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(suffix))
    .map((name) => path.join(dir, name));
}

describe("the README's dependency table", () => {
  // `| \`a\`, \`b\` | why |` rows: the package names in the first cell.
  const rows = section("Dependencies and why each is there")
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .flatMap((line) => [...(line.split("|")[1] ?? "").matchAll(/`([^`]+)`/g)].map((match) => match[1]!));

  it("gives every dependency its reason", () => {
    expect(Object.keys(packageJson.dependencies).filter((name) => !rows.includes(name))).toEqual([]);
  });

  it("names only dependencies and peers", () => {
    const declared = [...Object.keys(packageJson.dependencies), ...Object.keys(packageJson.peerDependencies)];
    expect(rows.filter((name) => !declared.includes(name))).toEqual([]);
  });
});

describe("the optional peers", () => {
  // npm 11 refuses an install (ERESOLVE) when an optional peer is present at a version outside its range, even
  // for a user who only wants the runtime: an ESLint 8.57 project on typescript-eslint 8 could not install
  // `poolguard pg` while poolguard's `eslint` peer said 9 or 10, though its rules run on what the parser runs on.
  it("admit every ESLint the typescript-eslint parser they name admits", () => {
    const parser = JSON.parse(readFileSync(path.join(repoRoot, "node_modules", "@typescript-eslint", "parser", "package.json"), "utf8")) as {
      peerDependencies: Record<string, string>;
    };
    const theirs = parser.peerDependencies["eslint"]!;
    expect(semver.subset(theirs, packageJson.peerDependencies["eslint"]!), `typescript-eslint's ${theirs}`).toBe(true);
  });

  // `poolguard migrate` gives the same rewrites with ts-morph 27 (TypeScript 5.9) as with 28; with 24 to 26 the
  // parser cannot read the files ts-morph's older TypeScript parsed. A project already on ts-morph 27 got ERESOLVE.
  it("admit ts-morph from 27, the oldest `poolguard migrate` works with", () => {
    expect(semver.minVersion(packageJson.peerDependencies["ts-morph"]!)?.major).toBe(27);
  });

  // The parser peer stays at 8: parser 7 ignores `projectService`, so the typed config would read no types. A project
  // on typescript-eslint 7 was told only to "move to typescript-eslint 8"; `typescript-eslint@8` alone left its
  // parser 7 in place and npm refused again. The README quotes npm's refusal with the range poolguard declares.
  it("are the parser range the README's ERESOLVE example quotes", () => {
    const range = packageJson.peerDependencies["@typescript-eslint/parser"]!;
    expect(section("Installing")).toContain(`peerOptional @typescript-eslint/parser@"${range}" from poolguard@${packageJson.version}`);
    expect(section("Installing")).toContain("npm install --save-dev eslint@^8.57 @typescript-eslint/parser@8 @typescript-eslint/eslint-plugin@8");
  });

  it("are the ESLint versions the README names", () => {
    const lowest = semver.minVersion(packageJson.peerDependencies["eslint"]!)!;
    expect(section("Using the ESLint plugin")).toContain(`ESLint ${lowest.major}.${lowest.minor} or later`);
  });
});

describe("a legacy .eslintrc", () => {
  // ESLint 8's .eslintrc looks for `eslint-plugin-poolguard` and says "ESLint couldn't find the plugin"; the README
  // said nothing of it. Every config poolguard ships is a flat config (plugins as an object, not names to resolve).
  it("is what the README says cannot load poolguard, since no config of it is a legacy one", async () => {
    const { default: plugin } = await import("../../src/plugin.js");
    for (const [name, config] of Object.entries(plugin.configs)) {
      expect(Array.isArray((config as { plugins?: unknown }).plugins), name).toBe(false);
    }
    expect(section("Installing")).toContain("`eslint-plugin-poolguard`");
    expect(section("Installing")).toContain("ESLINT_USE_FLAT_CONFIG=true npx eslint -c poolguard.eslint.config.js .");
  });
});

describe("a TypeScript ESLint config", () => {
  // eslint.config.ts stops ESLint 9 and 10 until jiti is installed; the README said nothing of it (install-t). ESLint
  // keeps jiti an optional peer, so nothing installs it for the user: the README must say to, quoting ESLint's words.
  it("needs jiti, which ESLint does not install, and the README says so with ESLint's own message", () => {
    const eslintRoot = path.join(repoRoot, "node_modules", "eslint");
    const eslint = JSON.parse(readFileSync(path.join(eslintRoot, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    expect(eslint.dependencies?.["jiti"]).toBeUndefined();
    expect(eslint.peerDependenciesMeta?.["jiti"]?.optional).toBe(true);
    const quoted = /stops with "([^"]*jiti[^"]*)"/.exec(section("Using the ESLint plugin").replace(/\s+/g, " "))?.[1];
    expect(quoted).toBeDefined();
    expect(readFileSync(path.join(eslintRoot, "lib", "config", "config-loader.js"), "utf8")).toContain(quoted);
    expect(section("Using the ESLint plugin")).toContain("`npm install --save-dev jiti`");
  });
});

describe("the runtime's names in the README", () => {
  // `watch` is PoolMonitor's method; written bare, `watch(pool, …)` read as an export (`import { watch }` is a
  // SyntaxError in ESM). Every inline call of it with arguments is `monitor.watch(…)` (a bare `watch()` names the method).
  it("calls no bare watch(pool, …), and poolguard/runtime exports no watch", async () => {
    const runtime = await import("../../src/runtime/index.js");
    expect("watch" in runtime).toBe(false);
    expect(readme.match(/`watch\([^)]/g) ?? []).toEqual([]);
  });
});

describe("installing and uninstalling", () => {
  // The README says nothing runs at install and an uninstall leaves nothing behind (install-u: `npm uninstall
  // poolguard pg` gave back package.json as it was; `check:install --only uninstall` repeats it). npm runs these
  // scripts of a dependency at install (`prepare` for a git dependency), so none may appear.
  it("runs no script at install, as the README says", () => {
    const atInstall = ["preinstall", "install", "postinstall", "prepare"].filter((name) => name in packageJson.scripts);
    expect(atInstall).toEqual([]);
    expect(section("Installing")).toContain("**Nothing runs at install**: poolguard has no install script");
  });

  // On Node.js 20 before 20.19 npm installs poolguard with a warning only, and `require()` of its ES modules is
  // ERR_REQUIRE_ESM there (install-u, Node.js 20.18.3); the README names the lowest Node.js of `engines`.
  it("names the Node.js that `engines` asks for", () => {
    const lowest = semver.minVersion(packageJson.engines.node)!;
    expect(section("Installing")).toContain(`**Node.js ${lowest.major}.${lowest.minor} or later** (\`engines\`)`);
  });
});

describe("the built package", () => {
  it("is built (`npm run build` first)", () => {
    expect(existsSync(path.join(dist, "src", "runtime", "index.d.ts")), "run `npm run build` first").toBe(true);
  });

  // A map would name src/ and rules/ files the tarball does not ship, and cost a quarter of a production install
  // (10.9 MB with inlined sources against 8.5 without); the leak reports name the application's lines either way.
  it("ships no source maps, and no JavaScript file points to one", () => {
    const scripts = existsSync(dist) ? filesUnder(dist, ".js") : [];
    expect(scripts.length).toBeGreaterThan(0);
    const pointing = scripts.filter((file) => readFileSync(file, "utf8").includes("//# sourceMappingURL="));
    expect([...filesUnder(dist, ".map"), ...pointing].map((file) => path.relative(repoRoot, file)).slice(0, 5)).toEqual([]);
  });

  it("has runtime declarations whose imports resolve with the README's install for TypeScript", () => {
    const specifiers = new Set(
      (existsSync(dist) ? filesUnder(path.join(dist, "src", "runtime"), ".d.ts") : []).flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(/(?:from |import\()"([^".][^"]*)"/g)].map((match) => match[1]!),
      ),
    );
    const install = section("Installing");
    const untyped = [...specifiers]
      .filter((name) => !name.startsWith("node:"))
      .filter((name) => {
        const manifest = JSON.parse(readFileSync(path.join(repoRoot, "node_modules", name, "package.json"), "utf8")) as {
          types?: string;
          typings?: string;
          exports?: unknown;
        };
        const typed =
          manifest.types !== undefined ||
          manifest.typings !== undefined ||
          JSON.stringify(manifest.exports ?? {}).includes('"types"') ||
          existsSync(path.join(repoRoot, "node_modules", name, "index.d.ts"));
        return !typed;
      });
    expect(untyped).toContain("pg");
    expect(untyped.filter((name) => !install.includes(`@types/${name}`))).toEqual([]);
  });
});
