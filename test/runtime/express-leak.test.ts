// A leak in an Express 5 route: the report names the handler's line and logs the application's frames, while the
// router's frames (node_modules) stay in the event's fullStack.
import { once } from "node:events";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import express from "express";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PoolMonitor, type LeakEvent } from "../../src/runtime/index.js";
import { fetchText } from "./ops-server.js";
import { RecordingLogger } from "./monitor-logs.js";

const source = readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n");
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("a leak in an Express route", () => {
  it("names the handler's line and trims Express's router frames from the logged stack, keeping them in fullStack", async () => {
    const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    const logger = new RecordingLogger();
    const monitor = new PoolMonitor({ logger, leakDetectionMs: 30, captureStacks: "always" }).watch(pool, { name: "main" });
    const leaked: pg.PoolClient[] = [];
    const app = express();
    app.get("/report", async (_request, response) => {
      const client = await pool.connect(); // express-leak-site
      leaked.push(client);
      response.json({ ok: true });
    });
    const server = app.listen(0, "127.0.0.1");
    await once(server, "listening");
    cleanups.push(
      async () => {
        server.closeAllConnections();
        server.close();
        for (const client of leaked) client.release();
        await pool.end();
      },
      () => monitor.stop(),
    );
    const reported = once(monitor, "leak");
    const answer = await fetchText(`http://127.0.0.1:${(server.address() as AddressInfo).port}/report`);
    expect(answer.status).toBe(200);
    const [leak] = (await reported) as [LeakEvent];

    const line = source.findIndex((text) => text.includes("// express-leak-site")) + 1;
    expect(leak.site).toMatch(new RegExp(`^test/runtime/express-leak\\.test\\.ts:${line}:\\d+$`));
    expect(leak.stack).not.toContain("node_modules");
    expect(leak.fullStack).toContain(leak.stack.split("\n")[0]);
    expect(leak.fullStack).toMatch(/node_modules[/\\](?:router|express)[/\\]/);
    const warning = logger.lines.find((entry) => entry.level === "warn")!.message;
    expect(warning.endsWith(`\n${leak.stack}`)).toBe(true);
    expect(warning).not.toContain("node_modules");
  });
});
