// `poolguard` itself: --version, help, `help <command>`, and one wording and exit status for a bad command line in
// every command. Run as the built bin, from the checkout and from a copy laid out as an installed package (the
// files package.json ships), where the demo cannot run and is not offered.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/fixture-project.js";

const packageJson = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string; files: string[]; bin: { poolguard: string } };

function poolguard(root: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(root, packageJson.bin.poolguard), ...args], { encoding: "utf8", timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("poolguard (checkout)", () => {
  beforeAll(() => {
    expect(existsSync(path.join(repoRoot, packageJson.bin.poolguard)), "run `npm run build` first").toBe(true);
  });

  it("--version prints the package's version", () => {
    expect(poolguard(repoRoot, "--version")).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: "" });
  });

  it("help lists the commands, the demo among them; no command at all is a usage error on stderr", () => {
    const help = poolguard(repoRoot, "help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^ {2}stress +load-test/m);
    expect(help.stdout).toMatch(/^ {2}migrate +rewrite/m);
    expect(help.stdout).toMatch(/^ {2}demo +a leak/m);
    expect(poolguard(repoRoot, "--help")).toEqual(help);
    expect(poolguard(repoRoot)).toEqual({ code: 2, stdout: "", stderr: help.stdout });
  });

  it.each(["stress", "migrate", "demo"])("help %s is %s --help", (command) => {
    const help = poolguard(repoRoot, "help", command);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(new RegExp(`^usage: poolguard ${command} `));
    expect(poolguard(repoRoot, command, "--help")).toEqual(help);
  });

  it.each([
    [["--bogus"], (c: string) => `poolguard ${c}: unknown option "--bogus"; run "poolguard ${c} --help" for the options`],
    [["--help=yes"], (c: string) => `poolguard ${c}: option "--help" takes no value; run "poolguard ${c} --help" for the options`],
  ])("every command rejects %j in the same words, with exit status 2", (args, message) => {
    for (const command of ["stress", "migrate", "demo"]) {
      expect(poolguard(repoRoot, command, ...args)).toEqual({ code: 2, stdout: "", stderr: `${message(command)}\n` });
    }
  });

  it("a value option without its value reads alike in stress and demo", () => {
    for (const command of ["stress", "demo"]) {
      expect(poolguard(repoRoot, command, "--waves")).toEqual({
        code: 2,
        stdout: "",
        stderr: `poolguard ${command}: option "--waves" needs a value; run "poolguard ${command} --help" for the options\n`,
      });
    }
  });

  it("an argument where only options are taken, and a short option nobody defined, read alike too", () => {
    expect(poolguard(repoRoot, "stress", "fast").stderr).toBe(
      'poolguard stress: unexpected argument "fast" (this command takes options only); run "poolguard stress --help" for the options\n',
    );
    expect(poolguard(repoRoot, "demo", "-x").stderr).toBe('poolguard demo: unknown option "-x"; run "poolguard demo --help" for the options\n');
  });

  it("prints the README's examples of a bad command line as written", () => {
    const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("**The `poolguard` command**"));
    const lines = (/```text\n([\s\S]*?)```/.exec(section)?.[1] ?? "").split("\n").map((line) => line.trim()).filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const [, command = "", option = ""] = /^poolguard (\w+): [^"]*"([^"]+)"/.exec(line) ?? [];
      expect(poolguard(repoRoot, command, option)).toEqual({ code: 2, stdout: "", stderr: `${line}\n` });
    }
  });

  it("names the commands when given an unknown one", () => {
    expect(poolguard(repoRoot, "stres")).toEqual({
      code: 2,
      stdout: "",
      stderr: 'poolguard: unknown command "stres"; expected one of: stress, migrate, demo\n',
    });
  });
});

describe("poolguard (installed package)", () => {
  let installed: string;

  beforeAll(() => {
    installed = mkdtempSync(path.join(tmpdir(), "poolguard-installed-"));
    cpSync(path.join(repoRoot, "package.json"), path.join(installed, "package.json"));
    for (const entry of packageJson.files) cpSync(path.join(repoRoot, entry), path.join(installed, entry), { recursive: true });
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(installed, "node_modules"), "dir");
  });

  afterAll(() => {
    rmSync(installed, { recursive: true, force: true });
  });

  it("does not offer the demo, which needs a checkout, and says where it runs when asked for it", () => {
    const help = poolguard(installed, "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^ {2}stress /m);
    expect(help.stdout).not.toMatch(/^ {2}demo /m);
    expect(poolguard(installed, "demo")).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'poolguard: unknown command "demo"; the demo runs from a checkout of the poolguard repository (git clone, then npm ci && npm run demo); expected one of: stress, migrate\n',
    });
    expect(poolguard(installed, "--version").stdout).toBe(`${packageJson.version}\n`);
  });
});
