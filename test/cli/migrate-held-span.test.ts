// `poolguard migrate` applies prefer-with-client's fixes, so it inherits what issue 18 asks of them: the `let client`
// form is migrated, the code after a block stays after the call (a script's `pool.end()` included), and a file with
// its own `withClient` gets poolguard's under a free name instead of a call of its own function.
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/migrate.js";

const repoRoot = path.join(import.meta.dirname, "..", "..");
const SLOW = 180_000;

const SCRIPT = `import pg from "pg";

const pool = new pg.Pool({ max: 1 });

let total = 0;
let client: pg.PoolClient | undefined;
try {
  client = await pool.connect();
  total = (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM jobs")).rows[0]?.n ?? 0;
} finally {
  client?.release();
}
console.log(total);
await pool.end();
`;

const HELPER = `import type pg from "pg";

export async function withClient<T>(pool: pg.Pool, label: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    console.log(label);
    return await work(client);
  } finally {
    client.release();
  }
}
`;

describe("poolguard migrate: the let form, pool.end() after the block, a file's own withClient", () => {
  let work: string;
  const logs: string[] = [];
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), "poolguard-migrate-held-"));
    mkdirSync(path.join(work, "src"));
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(work, "node_modules"), "dir");
    writeFileSync(path.join(work, "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(
      path.join(work, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, types: ["node", "pg"], noEmit: true },
        include: ["src/**/*.ts"],
      }),
    );
    writeFileSync(path.join(work, "src", "script.ts"), SCRIPT);
    writeFileSync(path.join(work, "src", "helper.ts"), HELPER);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  afterEach(() => vi.restoreAllMocks());

  it("--write rewrites both files as the rule's fix does", async () => {
    vi.spyOn(console, "log").mockImplementation((line: unknown) => void logs.push(String(line)));
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    expect(await run([path.join(work, "src"), "--write"])).toBe(0);
    expect(logs.join("\n")).toContain("2 blocks rewritten in 2 files, 0 blocks skipped");
    expect(readFileSync(path.join(work, "src", "script.ts"), "utf8")).toBe(`import pg from "pg";
import { withClient } from "poolguard/runtime";

const pool = new pg.Pool({ max: 1 });

let total = 0;
total = await withClient(pool, async (client) => {
  total = (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM jobs")).rows[0]?.n ?? 0;
  return total;
});
console.log(total);
await pool.end();
`);
    expect(readFileSync(path.join(work, "src", "helper.ts"), "utf8")).toBe(`import type pg from "pg";
import { withClient as poolguardWithClient } from "poolguard/runtime";

export async function withClient<T>(pool: pg.Pool, label: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return await poolguardWithClient(pool, async (client) => {
    console.log(label);
    return await work(client);
  });
}
`);
  }, SLOW);
});
