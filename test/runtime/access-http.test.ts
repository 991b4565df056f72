// The access rules through real sockets: servers on 127.0.0.1, ::1 and a dual-stack :: (IPv4-mapped peers),
// with forged and repeated X-Forwarded-For headers. Only loopback traffic: nothing leaves this machine.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PoolMonitor } from "../../src/runtime/monitor.js";
import { opsHandler, type OpsOptions } from "../../src/runtime/ops-handler.js";
import { fetchText, serve, type RunningServer } from "./ops-server.js";

type Headers = Record<string, string> | string[];

interface Case {
  name: string;
  server: "v4" | "v6" | "dual" | "v4-trusting" | "v6-trusting" | "v4-allow-none";
  path: string;
  headers?: Headers;
  status: number;
}

const cases: Case[] = [
  { name: "IPv4 loopback, no header", server: "v4", path: "/readyz", status: 200 },
  { name: "IPv6 loopback, no header", server: "v6", path: "/metrics", status: 200 },
  { name: "IPv4-mapped loopback on a dual-stack server", server: "dual", path: "/readyz", status: 200 },
  { name: "forged public X-Forwarded-For, nobody trusted", server: "v4", path: "/readyz", headers: { "x-forwarded-for": "203.0.113.9" }, status: 403 },
  { name: "forged private X-Forwarded-For, nobody trusted", server: "v4", path: "/metrics", headers: { "x-forwarded-for": "10.0.0.1" }, status: 403 },
  { name: "forged header over IPv6, nobody trusted", server: "v6", path: "/readyz", headers: { "x-forwarded-for": "::1" }, status: 403 },
  { name: "forged header on the dual-stack server", server: "dual", path: "/readyz", headers: { "x-forwarded-for": "127.0.0.1" }, status: 403 },
  { name: "/health ignores access rules", server: "v4", path: "/health", headers: { "x-forwarded-for": "203.0.113.9" }, status: 200 },
  { name: "trusted loopback proxy, private client", server: "v4-trusting", path: "/readyz", headers: { "x-forwarded-for": "192.168.1.20" }, status: 200 },
  { name: "trusted loopback proxy, public client", server: "v4-trusting", path: "/readyz", headers: { "x-forwarded-for": "203.0.113.9" }, status: 403 },
  { name: "trusted proxy, client prepends a forged loopback", server: "v4-trusting", path: "/metrics", headers: { "x-forwarded-for": "127.0.0.1, 203.0.113.9" }, status: 403 },
  { name: "trusted proxy, repeated headers: last one public", server: "v4-trusting", path: "/readyz", headers: ["x-forwarded-for", "10.0.0.1", "x-forwarded-for", "203.0.113.9"], status: 403 },
  { name: "trusted proxy, malformed hop", server: "v4-trusting", path: "/readyz", headers: { "x-forwarded-for": "127.0.0.1.evil" }, status: 403 },
  { name: "trusted proxy, shorthand address", server: "v4-trusting", path: "/readyz", headers: { "x-forwarded-for": "127.1" }, status: 403 },
  { name: "trusted ::1 proxy, IPv6 unique-local client", server: "v6-trusting", path: "/readyz", headers: { "x-forwarded-for": "fd00::5" }, status: 200 },
  { name: "trusted ::1 proxy, IPv6 public client", server: "v6-trusting", path: "/readyz", headers: { "x-forwarded-for": "2001:db8::5" }, status: 403 },
  { name: "trusted ::1 proxy, IPv4-mapped public client", server: "v6-trusting", path: "/readyz", headers: { "x-forwarded-for": "::ffff:8.8.8.8" }, status: 403 },
  { name: "allow predicate cannot narrow the internal ranges", server: "v4-allow-none", path: "/readyz", status: 200 },
];

describe("access through real sockets", () => {
  let pool: pg.Pool;
  let monitor: PoolMonitor;
  const servers = new Map<Case["server"], RunningServer>();

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    monitor = new PoolMonitor({ logger: { info() {}, warn() {} } }).watch(pool, { name: "main" });
    const start = async (key: Case["server"], host: string, extra: Omit<OpsOptions, "monitor"> = {}) => {
      servers.set(key, await serve(opsHandler({ monitor, ...extra }), host));
    };
    await start("v4", "127.0.0.1");
    await start("v6", "::1");
    await start("dual", "::");
    await start("v4-trusting", "127.0.0.1", { trustProxy: "loopback" });
    await start("v6-trusting", "::1", { trustProxy: ["::1"] });
    await start("v4-allow-none", "127.0.0.1", { allow: () => false });
  });

  afterAll(async () => {
    await Promise.all([...servers.values()].map((server) => server.close()));
    monitor.stop();
    await pool.end();
  });

  it.each(cases)("$name → $status", async ({ server, path, headers, status }) => {
    let base = servers.get(server)!.url;
    // The dual-stack server is reached over IPv4, so its socket sees ::ffff:127.0.0.1.
    if (server === "dual") base = base.replace("[::1]", "127.0.0.1");
    const reply = await fetchText(`${base}${path}`, { headers });
    expect(reply.status).toBe(status);
    if (status === 403) expect(JSON.parse(reply.body).error).toMatch(/answers only internal addresses/);
  });
});
