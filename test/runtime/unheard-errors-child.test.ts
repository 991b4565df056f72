// Drill 34c (session 34): what the monitor's own `error` listener changes for the host, in a process of its own (a
// test worker listens for `uncaughtException` itself). A pool with an idle client whose backend is ended by
// `pg_terminate_backend`: without the monitor and without a listener, pg-pool's `error` event is an uncaught exception
// and the process exits; watched, it goes on, and the line says the process would have exited. With an
// `uncaughtException` handler of the application's, the unwatched process goes on too (the handler has the error),
// and the watched one's line said "the process would have exited" — untrue of that process; it now names the handler.
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

interface Run {
  exitCode: number | null;
  /** What the script printed: `pid N`, then what heard the error (the handler, the pool's listener, the monitor's line). */
  lines: string[];
  stderr: string;
}

describe("an idle client's connection ended by the server, in a process of its own (drill 34c)", () => {
  let admin: pg.Client;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
  });

  afterAll(async () => {
    await admin.end();
  });

  /**
   * Runs a script whose pool (max 1) holds one idle client, terminates that client's backend once the script has
   * printed its pid, and waits for the script to exit: it exits by itself once the pool has no client left (nothing
   * else keeps it alive), or with an uncaught exception.
   */
  async function run(options: { watched: boolean; poolListener?: boolean; handler?: boolean }): Promise<Run> {
    const code = [
      'import pg from "pg";',
      'import { PoolMonitor } from "./src/runtime/index.ts";',
      `const pool = new pg.Pool({ connectionString: ${JSON.stringify(inject("databaseUrl"))}, max: 1 });`,
      options.handler ? "process.on('uncaughtException', (err) => console.log('handler: ' + err.code));" : "",
      options.poolListener ? "pool.on('error', (err) => console.log('pool listener: ' + err.code));" : "",
      options.watched
        ? "new PoolMonitor({ logger: { info() {}, warn(m) { console.log('warn: ' + m); } } }).watch(pool, { name: 'main' });"
        : "",
      "const client = await pool.connect();",
      "const { rows } = await client.query('SELECT pg_backend_pid() AS pid');",
      "client.release();",
      "console.log('pid ' + rows[0].pid);",
    ].join("\n");
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
      cwd: path.resolve(import.meta.dirname, "..", ".."),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let stderr = "";
    let terminated = false;
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const pid = /^pid (\d+)$/m.exec(output)?.[1];
      if (pid && !terminated) {
        terminated = true;
        void admin.query("SELECT pg_terminate_backend($1)", [Number(pid)]);
      }
    });
    const [exitCode] = (await once(child, "exit")) as [number | null];
    const lines = output.trim().split("\n").slice(1);
    // Watched, the error is counted too (the periodic line's error clause, said at once for the first): true, not this drill's.
    const counted = lines.filter((line) => line.startsWith("warn: Pool 'main' connection error(s): 1 since the last report (57P01 ×1)"));
    expect(counted).toHaveLength(options.watched ? 1 : 0);
    return { exitCode, lines: lines.filter((line) => !counted.includes(line)), stderr };
  }

  const UNHEARD =
    "warn: Pool 'main': a connection error of an idle client (57P01: terminating connection due to administrator " +
    "command) reached no `error` listener of the application's on the pool, only the monitor's: without the monitor " +
    "pg-pool's `error` event would have been ";
  const ADVICE = '. Add `pool.on("error", (err) => …)` (log it: pg-pool removes the broken client itself)';

  it("unwatched, with no listener and no handler: the process dies of it", async () => {
    const { exitCode, lines, stderr } = await run({ watched: false });
    expect(exitCode).toBe(1);
    expect(lines).toEqual([]);
    expect(stderr).toContain("terminating connection due to administrator command");
  });

  it("watched, with no listener and no handler: the process goes on, and the line says it would have exited", async () => {
    const { exitCode, lines } = await run({ watched: true });
    expect(exitCode).toBe(0);
    expect(lines).toEqual([`${UNHEARD}an uncaught exception, and the process would have exited${ADVICE}`]);
  });

  it("unwatched, with an uncaughtException handler: the handler has the error, and the process goes on", async () => {
    const { exitCode, lines } = await run({ watched: false, handler: true });
    expect(exitCode).toBe(0);
    expect(lines).toEqual(["handler: 57P01"]);
  });

  it("watched, with an uncaughtException handler: the line names the handler, not an exit", async () => {
    const { exitCode, lines } = await run({ watched: true, handler: true });
    expect(exitCode).toBe(0);
    expect(lines).toEqual([
      `${UNHEARD}an uncaught exception, handed to the process's \`uncaughtException\` handler (the process goes on only ` +
        `if that handler lets it; nothing tells it which pool's connection broke)${ADVICE}`,
    ]);
  });

  it("watched, with a listener of the application's on the pool: the listener has it, and nothing is said", async () => {
    const { exitCode, lines } = await run({ watched: true, poolListener: true });
    expect(exitCode).toBe(0);
    expect(lines).toEqual(["pool listener: 57P01"]);
  });
});
