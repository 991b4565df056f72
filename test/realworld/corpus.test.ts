// The real-world corpus: every case's outcome under configs.recommended matches its label, except the cases listed
// in known-gaps.json, which must still be wrong (so a fix makes the lead remove the entry). See README.md here.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scratchModules } from "../support/scratch-modules.js";
import {
  countConnectCalls,
  discoverCases,
  LABELS,
  matchesLabel,
  parseHeader,
  readKnownGaps,
  scoreCorpus,
  type Score,
} from "./corpus.js";

const { cases, errors } = discoverCases();
/** Case directories of a monorepo layout, written by the test that counts their sites. */
const workspaceCases = scratchModules("poolguard-corpus-workspace-");
const knownGaps = readKnownGaps();
const expected = cases.filter((entry) => knownGaps[entry.id] === undefined);
const gaps = cases.filter((entry) => knownGaps[entry.id] !== undefined);

describe("the real-world corpus", () => {
  let score: Score;

  // Linting the whole corpus takes about a minute alone; on a loaded machine (helpers at work, load 15–20) it took
  // over 120 s, and a hook's own timeout is not overridden by `--hookTimeout`: ten minutes, so load cannot skip it.
  beforeAll(async () => {
    score = await scoreCorpus(cases, knownGaps);
  }, 600_000);

  /** "outcome (findings)" of a case, for the failure message. */
  const describeOutcome = (id: string) => {
    const scored = score.cases.find((entry) => entry.id === id);
    const text = `${scored?.outcome} (${scored?.findings.join(", ")})`;
    return { matches: scored ? matchesLabel(scored.outcome) : undefined, text };
  };

  it("has only well-formed cases, each with one acquisition site", () => {
    expect(errors).toEqual([]);
  });

  it("has at least one case of every label", () => {
    for (const label of LABELS) expect(cases.some((entry) => entry.header.label === label), label).toBe(true);
  });

  it("parses everywhere and no rule crashes", () => {
    expect(score.fatal).toEqual([]);
  });

  // README's eslint.config.mjs leaves .js/.mjs/.cjs files to espree: a reading that needs TypeScript's fields (or runs
  // typescript-eslint's scope analysis on an espree tree) is silent there only (last session's imported helper was).
  it("gives every JavaScript file the same findings under espree as under typescript-eslint's parser", () => {
    expect(score.parserDifferences).toEqual([]);
  });

  it("lists only existing cases as known gaps", () => {
    const ids = new Set(cases.map((entry) => entry.id));
    expect(Object.keys(knownGaps).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(expected.map((entry) => [entry.id, entry.header.label]))("%s: the outcome matches its label (%s)", (id) => {
    const { matches, text } = describeOutcome(id);
    expect(matches, `${id}: ${text}`).toBe(true);
  });

  it.each(gaps.map((entry) => [entry.id]))("%s is still a known gap (once fixed, remove it from the list)", (id) => {
    const { matches, text } = describeOutcome(id);
    expect(matches, `${id} now matches its label: ${text}`).toBe(false);
  });
});

describe("case headers", () => {
  const header = (lines: string[]) => `${lines.join("\n")}\nconst pool = null;\n`;
  const SEE = "see test/realworld/README.md";

  it("reads source, repository, label, rule and why", () => {
    const text = header([
      "// Source: acme/shop — src/db.js (getUser), reduced by hand, not copied",
      "// Label: leak",
      "// Rule: poolguard/no-leaked-client",
      "// Why: `return cb(err)` skips done()",
    ]);
    expect(parseHeader(text, "apps/x.js")).toEqual({
      source: "acme/shop — src/db.js (getUser), reduced by hand, not copied",
      repository: "acme/shop",
      label: "leak",
      rule: "poolguard/no-leaked-client",
      why: "`return cb(err)` skips done()",
    });
  });

  it("takes a page's URL as the source of a case from a blog", () => {
    const text = header(["// Source: https://example.com/pg-tutorial (part 3)", "// Label: safe", "// Why: finally"]);
    const parsed = parseHeader(text, "apps/x.js");
    expect(parsed.repository).toBe("https://example.com/pg-tutorial");
    expect(parsed.rule).toBeUndefined();
  });

  it("counts an issue thread on GitHub as its repository", () => {
    const source = "// Source: https://github.com/acme/shop/issues/12 (the reporter's code)";
    const text = header([source, "// Label: safe", "// Why: w"]);
    expect(parseHeader(text, "apps/x.js").repository).toBe("acme/shop");
  });

  it("accepts a leak without a rule (any poolguard finding counts)", () => {
    expect(parseHeader(header(["// Source: a/b — f.js", "// Label: leak", "// Why: w"]), "x").rule).toBeUndefined();
  });

  it.each([
    [["// Label: safe", "// Why: w"], `apps/x.js: the header has no "// Source: …" line; ${SEE}`],
    [["// Source: a/b — f.js", "// Why: w"], `apps/x.js: the header has no "// Label: …" line; ${SEE}`],
    [["// Source: a/b — f.js", "// Label: safe"], `apps/x.js: the header has no "// Why: …" line; ${SEE}`],
    [
      ["// Source: a/b — f.js", "// Label: leaky", "// Why: w"],
      'apps/x.js: unknown label "leaky"; use one of leak, safe, hand-over',
    ],
    [
      ["// Source: a/b — f.js", "// Label: safe", "// Rule: poolguard/no-leaked-client", "// Why: w"],
      'apps/x.js: a safe case names no "// Rule:"; remove it',
    ],
    [
      ["// Source: a/b — f.js", "// Label: leak", "// Rule: no-leaked-client", "// Why: w"],
      'apps/x.js: "// Rule: no-leaked-client" is not a poolguard rule (poolguard/<name>)',
    ],
    [
      ["// Source: somewhere", "// Label: safe", "// Why: w"],
      `apps/x.js: "// Source: somewhere" names neither "owner/repo — path" nor a page's URL`,
    ],
    [
      ["// Source: a/b — f.js", "// Label: safe", "// Label: leak", "// Why: w"],
      'apps/x.js: the header has two "// Label:" lines; keep one',
    ],
  ])("rejects a malformed header %#", (lines, message) => {
    expect(() => parseHeader(header(lines), "apps/x.js")).toThrow(message);
  });

  it("counts the member connect() calls of any receiver and style", () => {
    expect(countConnectCalls("pool.connect((err, client, done) => {});", "x.js")).toBe(1);
    const twoReceivers = "async function f() { await getPool().connect(); await redis.connect(); }";
    expect(countConnectCalls(twoReceivers, "x.ts")).toBe(2);
    expect(countConnectCalls("pool.query('SELECT 1'); const connect = 1;", "x.js")).toBe(0);
    expect(countConnectCalls("async function connect() {} connect();", "x.js")).toBe(0);
    // pg ≤ 6's module-level connect, promisified: Bluebird's promisifyAll(pg) and co-pg.
    expect(countConnectCalls("pg.connectAsync(url).spread((client, done) => done());", "x.js")).toBe(1);
    expect(countConnectCalls("function* m() { const [client, done] = yield pg.connectPromise(url); }", "x.js")).toBe(1);
    expect(countConnectCalls("pg.connectA(url);", "x.js")).toBe(0);
    // A TypeORM runner that connects lazily is the site; one that connects explicitly counts its connect() only.
    expect(countConnectCalls("const qr = ds.createQueryRunner(); await qr.query('SELECT 1');", "x.ts")).toBe(1);
    expect(countConnectCalls("const qr = ds.createQueryRunner(); await qr.connect();", "x.ts")).toBe(1);
  });

  it("counts the awaited calls of helpers imported from local modules when there is no connect()", () => {
    expect(countConnectCalls(`import { getClient } from "./db"; async function f() { const c = await getClient(); }`, "x.ts")).toBe(1);
    expect(countConnectCalls(`const db = require("../db"); async function f() { const c = await db.getClient(); }`, "x.js")).toBe(1);
    expect(countConnectCalls(`const { getClient } = require("./db"); async function f() { const c = await getClient(); }`, "x.js")).toBe(1);
    // A package's function, or a local function of the case, is no site; a connect() in the file is the only site.
    expect(countConnectCalls(`import { getClient } from "db"; async function f() { const c = await getClient(); }`, "x.ts")).toBe(0);
    expect(countConnectCalls(`async function f() { const c = await getClient(); } function getClient() {}`, "x.ts")).toBe(0);
    const both = `import { getClient } from "./db"; async function f(pool) { const c = await getClient(); await pool.connect(); }`;
    expect(countConnectCalls(both, "x.ts")).toBe(1);
  });

  it("counts an imported helper called as a statement of its own only when there is no other site", () => {
    expect(countConnectCalls(`import { connectToDB } from "./db"; connectToDB();`, "x.ts")).toBe(1);
    expect(countConnectCalls(`import { connectToDB } from "./db"; async function f() { await connectToDB(); }`, "x.ts")).toBe(1);
    expect(countConnectCalls(`import { connectToDB } from "db"; connectToDB();`, "x.ts")).toBe(0);
    const declared = `import * as db from "./db"; async function f() { const c = await db.getClient(); await db.query("x"); }`;
    expect(countConnectCalls(declared, "x.ts")).toBe(1);
  });

  it("counts a helper imported through a root alias only in a case directory whose tsconfig declares it", () => {
    const aliased = `import { getClient } from "@/lib/db"; async function f() { const c = await getClient(); }`;
    expect(countConnectCalls(aliased, "test/realworld/cases/apps/sundaram-katare-quiz-gen-ai-submit-route-finally/entry.ts")).toBe(1);
    // Without a tsconfig.json or jsconfig.json beside the entry, `@/…` is a package like any other.
    expect(countConnectCalls(aliased, "test/realworld/cases/apps/pda-freddi-ecommerce-api-delete-order-lookup-first/entry.ts")).toBe(0);
  });

  it("counts a helper imported from a workspace package by its name only when the case's layout lists the package", () => {
    const { root, write } = workspaceCases;
    write("ws/pnpm-workspace.yaml", `packages:\n  - "packages/*"\n`);
    write("ws/packages/db/package.json", `{ "name": "@acme/db" }\n`);
    write("ws/packages/db/src/index.ts", `export async function getClient() {}\n`);
    write("plain/packages/db/package.json", `{ "name": "@acme/db" }\n`);
    const entry = `import { getClient } from "@acme/db"; async function f() { const c = await getClient(); }`;
    expect(countConnectCalls(entry, path.join(root, "ws", "entry.ts"))).toBe(1);
    // Without a pnpm-workspace.yaml or `workspaces` in the case directory, `@acme/db` is a package like any other.
    expect(countConnectCalls(entry, path.join(root, "plain", "entry.ts"))).toBe(0);
  });

  it("counts a checkout kept on a field through a method of another field when there is nothing else", () => {
    const unitOfWork = `class U { async connect() { this.client = await this.dal.getClient(); } }`;
    expect(countConnectCalls(unitOfWork, "x.ts")).toBe(1);
    expect(countConnectCalls(`class U { async connect() { this.client = await this.pool.connect(); } }`, "x.ts")).toBe(1);
    expect(countConnectCalls(`class U { async load() { this.rows = await fetchRows(); } }`, "x.ts")).toBe(0);
  });
});
