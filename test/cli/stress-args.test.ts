// `poolguard stress` flags: the seed's defaults, and one clear error (exit 2) for each kind of bad input.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parseStressArgs, stressDefaults } from "../../src/cli/stress-args.js";
import { run } from "../../src/cli/stress.js";
import { Capture } from "./stress-capture.js";

describe("stress flags", () => {
  it("defaults to the seed's stress test: 10 waves of 50 requests to /readyz on localhost:3001, 1 s apart", () => {
    expect(parseStressArgs([])).toEqual({
      kind: "options",
      options: {
        requests: 50,
        waves: 10,
        delayMs: 1000,
        endpoint: "/readyz",
        baseUrl: "http://localhost:3001",
        json: false,
        maxFailureRate: 0,
        timeoutMs: 10000,
      },
    });
  });

  it("reads every flag", () => {
    const parsed = parseStressArgs([
      "--requests", "100", "--waves", "20", "--delay", "0", "--endpoint", "/api/workspaces",
      "--base-url", "http://127.0.0.1:8080/", "--json", "--max-failure-rate", "0.05", "--timeout", "2500",
    ]);
    expect(parsed).toEqual({
      kind: "options",
      options: {
        requests: 100,
        waves: 20,
        delayMs: 0,
        endpoint: "/api/workspaces",
        baseUrl: "http://127.0.0.1:8080",
        json: true,
        maxFailureRate: 0.05,
        timeoutMs: 2500,
      },
    });
  });

  it.each([
    [["--requests", "abc"], 'poolguard stress: --requests must be a positive integer, got "abc"'],
    [["--requests", "0"], 'poolguard stress: --requests must be a positive integer, got "0"'],
    [["--waves", "1.5"], 'poolguard stress: --waves must be a positive integer, got "1.5"'],
    [["--delay=-1"], 'poolguard stress: --delay must be a non-negative integer, got "-1"'],
    [
      ["--delay", "-1"],
      `poolguard stress: option "--delay" needs a value; for a value starting with "-", write --delay=<value>; run "poolguard stress --help" for the options`,
    ],
    [["--requests", "1000000"], 'poolguard stress: --requests must be at most 10000, got "1000000"'],
    [["--max-failure-rate", "5"], 'poolguard stress: --max-failure-rate must be a number from 0 to 1 (0.05 = 5%), got "5"'],
    [["--endpoint", "api/items"], 'poolguard stress: --endpoint must be a path starting with "/", such as /api/items, got "api/items"'],
    [["--base-url", "localhost:3001"], 'poolguard stress: --base-url must be an http:// or https:// URL such as http://localhost:3001, got "localhost:3001"'],
    [["--base-url", "http://x/?a=1"], 'poolguard stress: --base-url must not carry a query or fragment; put the path in --endpoint, got "http://x/?a=1"'],
    [["--bogus"], `poolguard stress: unknown option "--bogus"; run "poolguard stress --help" for the options`],
    [["--requests"], `poolguard stress: option "--requests" needs a value; run "poolguard stress --help" for the options`],
  ])("rejects %j with exit code 2 and a one-line error", async (argv, message) => {
    const stdout = new Capture();
    const stderr = new Capture();
    expect(await run(argv, { stdout, stderr })).toBe(2);
    expect(stderr.text).toBe(`${message}\n`);
    expect(stdout.text).toBe("");
  });

  it("--help lists every flag with its default and exits 0", async () => {
    const stdout = new Capture();
    expect(await run(["--help"], { stdout, stderr: new Capture() })).toBe(0);
    for (const flag of ["--requests", "--waves", "--delay", "--endpoint", "--base-url", "--json", "--max-failure-rate"]) {
      expect(stdout.text).toContain(flag);
    }
    expect(stdout.text).toContain("(default: http://localhost:3001)");
  });

  it("the poolguard command exits 2 with the message for a bad flag", async () => {
    // `node --import tsx`, not the tsx command: that one leaves a tsx-<uid> folder (its IPC socket's) in the tmp folder.
    const child = promisify(execFile)(process.execPath, ["--import", "tsx", "src/cli/index.ts", "stress", "--waves", "ten"], {
      cwd: new URL("../..", import.meta.url),
    });
    const failure = await child.then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr.trim()).toBe('poolguard stress: --waves must be a positive integer, got "ten"');
  });

  it("the README's flag table gives the same defaults the command uses", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("<!-- section: stress -->"), readme.indexOf("<!-- /section: stress -->"));
    const rows = Object.fromEntries(
      [...section.matchAll(/^\| `(--[a-z-]+)[^`]*` \|\s*`?([^|`]*?)`?\s*\|/gm)].map(([, flag, value]) => [flag, value.trim()]),
    );
    expect(rows).toEqual({
      "--requests": String(stressDefaults.requests),
      "--waves": String(stressDefaults.waves),
      "--delay": String(stressDefaults.delayMs),
      "--endpoint": stressDefaults.endpoint,
      "--base-url": stressDefaults.baseUrl,
      "--max-failure-rate": String(stressDefaults.maxFailureRate),
      "--timeout": String(stressDefaults.timeoutMs),
      "--json": "",
    });
  });
});
