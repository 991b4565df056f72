// The access probe suite: requests a curious or hostile caller would try against /readyz and /metrics, sent over
// real loopback sockets to node:http, Express and Fastify servers. Address forms reach the judge through a trusted
// loopback proxy's X-Forwarded-For (this machine can only send from loopback). Each row is what the README promises.
import { once } from "node:events";
import http from "node:http";
import { connect, type AddressInfo } from "node:net";
import express from "express";
import Fastify, { type FastifyInstance } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { opsFastifyPlugin } from "../../src/runtime/fastify.js";
import { PoolMonitor } from "../../src/runtime/monitor.js";
import { opsHandler } from "../../src/runtime/ops-handler.js";
import { fetchText, serve, type RunningServer } from "./ops-server.js";

type Target = "plain" | "proxied" | "express" | "fastify";

interface Probe {
  name: string;
  target: Target;
  path?: string;
  method?: string;
  /** Flat [name, value, …] to repeat a header. */
  headers?: Record<string, string> | string[];
  /** Sent as written over a bare socket: an HTTP client would normalise the path (`/./x` → `/x`) first. */
  raw?: boolean;
  status: number;
}

const xff = (value: string) => ({ "x-forwarded-for": value });

// Through a trusted loopback proxy (`trustProxy: "loopback"`): the forwarded address is what gets judged.
const addressForms: Probe[] = [
  { name: "private IPv4", target: "proxied", headers: xff("10.0.0.1"), status: 200 },
  { name: "IPv4-mapped private", target: "proxied", headers: xff("::ffff:10.0.0.1"), status: 200 },
  { name: "IPv4-mapped private in hex", target: "proxied", headers: xff("::ffff:a00:1"), status: 200 },
  { name: "IPv4-compatible ::10.0.0.1 is not IPv4", target: "proxied", headers: xff("::10.0.0.1"), status: 403 },
  { name: "IPv4-compatible with a zone id ::10.0.0.1%eth0", target: "proxied", headers: xff("::10.0.0.1%eth0"), status: 403 },
  { name: "IPv4-mapped with a zone id is judged as IPv6", target: "proxied", headers: xff("::ffff:10.0.0.1%eth0"), status: 403 },
  { name: "IPv6 link-local with a zone id", target: "proxied", headers: xff("fe80::1%eth0"), status: 200 },
  { name: "IPv6 unique-local", target: "proxied", headers: xff("fd00::1"), status: 200 },
  { name: "NAT64 of a private address", target: "proxied", headers: xff("64:ff9b::a00:1"), status: 403 },
  { name: "6to4 of a private address", target: "proxied", headers: xff("2002:a00:1::"), status: 403 },
  { name: "Teredo", target: "proxied", headers: xff("2001::a00:1"), status: 403 },
  { name: "shorthand 127.1", target: "proxied", headers: xff("127.1"), status: 403 },
  { name: "hex octets 0x7f.0.0.1", target: "proxied", headers: xff("0x7f.0.0.1"), status: 403 },
  { name: "integer 2130706433", target: "proxied", headers: xff("2130706433"), status: 403 },
  { name: "leading-zero octets 010.0.0.1", target: "proxied", headers: xff("010.0.0.1"), status: 403 },
  { name: "bracketed [::1]", target: "proxied", headers: xff("[::1]"), status: 403 },
  { name: "address with a port", target: "proxied", headers: xff("10.0.0.1:8080"), status: 403 },
  { name: "public IPv4", target: "proxied", headers: xff("8.8.8.8"), status: 403 },
  { name: "IPv4-mapped public", target: "proxied", headers: xff("::ffff:8.8.8.8"), status: 403 },
  { name: "carrier-grade NAT 100.64/10", target: "proxied", headers: xff("100.64.0.1"), status: 403 },
  { name: "unspecified 0.0.0.0", target: "proxied", headers: xff("0.0.0.0"), status: 403 },
  { name: "unspecified ::", target: "proxied", headers: xff("::"), status: 403 },
  { name: "the word unknown (nginx's placeholder)", target: "proxied", headers: xff("unknown"), status: 403 },
];

const forwardingHeaders: Probe[] = [
  { name: "no proxy trusted: forged loopback", target: "plain", headers: xff("127.0.0.1"), status: 403 },
  { name: "no proxy trusted: forged private chain", target: "plain", headers: xff("10.0.0.1, 127.0.0.1"), status: 403 },
  { name: "no proxy trusted: Forwarded for=", target: "plain", headers: { forwarded: "for=127.0.0.1" }, status: 403 },
  { name: "no proxy trusted: X-Real-IP", target: "plain", headers: { "x-real-ip": "10.0.0.1" }, status: 403 },
  { name: "no proxy trusted: empty X-Forwarded-For", target: "plain", headers: xff(""), status: 200 },
  { name: "trusted proxy: client prepended a private hop before a public one", target: "proxied", headers: xff("10.0.0.1, 8.8.8.8"), status: 403 },
  { name: "trusted proxy: public client prepended behind a private hop", target: "proxied", headers: xff("8.8.8.8, 10.0.0.1"), status: 403 },
  { name: "trusted proxy: chain of trusted loopback then private", target: "proxied", headers: xff("10.0.0.1, 127.0.0.1"), status: 200 },
  { name: "trusted proxy: repeated headers, the last one public", target: "proxied", headers: ["x-forwarded-for", "10.0.0.1", "x-forwarded-for", "8.8.8.8"], status: 403 },
  { name: "trusted proxy: spaces around the address", target: "proxied", headers: xff("  10.0.0.1  "), status: 200 },
  { name: "trusted proxy: only Forwarded, not read", target: "proxied", headers: { forwarded: "for=10.0.0.1" }, status: 403 },
  { name: "/health answers anyone, forged or not", target: "plain", path: "/health", headers: xff("8.8.8.8"), status: 200 },
];

const pathsAndMethods: Probe[] = [
  { name: "GET /readyz", target: "plain", status: 200 },
  { name: "GET /readyz?verbose=1", target: "plain", path: "/readyz?verbose=1", status: 200 },
  { name: "trailing slash /readyz/", target: "plain", path: "/readyz/", status: 404 },
  { name: "double slash //readyz", target: "plain", path: "//readyz", status: 404 },
  { name: "upper case /READYZ", target: "plain", path: "/READYZ", status: 404 },
  { name: "percent-encoded /%72eadyz", target: "plain", path: "/%72eadyz", status: 404 },
  { name: "dot segment /./readyz, sent as written", target: "plain", path: "/./readyz", raw: true, status: 404 },
  { name: "dot-dot segment /x/../readyz, sent as written", target: "plain", path: "/x/../readyz", raw: true, status: 404 },
  { name: "absolute-form target http://localhost/readyz", target: "plain", path: "http://localhost/readyz", raw: true, status: 404 },
  { name: "lower-case method get", target: "plain", method: "get", raw: true, status: 400 },
  { name: "matrix parameter /readyz;x", target: "plain", path: "/readyz;x", status: 404 },
  { name: "encoded slash /readyz%2f", target: "plain", path: "/readyz%2f", status: 404 },
  { name: "POST /readyz", target: "plain", method: "POST", status: 405 },
  { name: "DELETE /metrics", target: "plain", method: "DELETE", path: "/metrics", status: 405 },
  { name: "OPTIONS /metrics", target: "plain", method: "OPTIONS", path: "/metrics", status: 405 },
  { name: "HEAD /metrics", target: "plain", method: "HEAD", path: "/metrics", status: 200 },
  { name: "POST from outside is refused before anything is read", target: "plain", method: "POST", headers: xff("8.8.8.8"), status: 405 },
];

// Express: opsHandler mounted at /ops with its own trustProxy, while Express's `trust proxy` is true.
// Fastify: the plugin registered with prefix /ops.
const mounts: Probe[] = [
  { name: "Express /ops/readyz", target: "express", path: "/ops/readyz", status: 200 },
  { name: "Express /ops/metrics", target: "express", path: "/ops/metrics", status: 200 },
  { name: "Express: Express's trust proxy does not open the door", target: "express", path: "/ops/readyz", headers: xff("8.8.8.8"), status: 403 },
  { name: "Express: forged loopback refused", target: "express", path: "/ops/readyz", headers: xff("127.0.0.1, 8.8.8.8"), status: 403 },
  { name: "Express: the unmounted /readyz is the app's 404", target: "express", path: "/readyz", status: 404 },
  { name: "Express: /ops//readyz is not ours", target: "express", path: "/ops//readyz", status: 404 },
  { name: "Express: case-insensitive mount /OPS/readyz still checks access", target: "express", path: "/OPS/readyz", headers: xff("8.8.8.8"), status: 403 },
  { name: "Express: POST /ops/readyz", target: "express", path: "/ops/readyz", method: "POST", status: 405 },
  { name: "Fastify /ops/readyz", target: "fastify", path: "/ops/readyz", status: 200 },
  { name: "Fastify /ops/metrics", target: "fastify", path: "/ops/metrics", status: 200 },
  { name: "Fastify: forged public client refused", target: "fastify", path: "/ops/readyz", headers: xff("8.8.8.8"), status: 403 },
  { name: "Fastify: the unprefixed /readyz is not registered", target: "fastify", path: "/readyz", status: 404 },
  { name: "Fastify: POST /ops/readyz", target: "fastify", path: "/ops/readyz", method: "POST", status: 405 },
  { name: "Fastify: /ops/readyz?verbose=1", target: "fastify", path: "/ops/readyz?verbose=1", status: 200 },
];

/** The status line's code for a request written byte for byte. */
async function rawStatus(base: string, method: string, target: string): Promise<number> {
  const { hostname, port } = new URL(base);
  const socket = connect(Number(port), hostname);
  socket.setEncoding("utf8");
  let text = "";
  socket.on("data", (chunk: string) => (text += chunk));
  await once(socket, "connect");
  socket.write(`${method} ${target} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
  await once(socket, "close");
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
}

const probes = [...addressForms, ...forwardingHeaders, ...pathsAndMethods, ...mounts];

describe("access probe suite", () => {
  let pool: pg.Pool;
  let monitor: PoolMonitor;
  let fastify: FastifyInstance;
  let expressServer: http.Server;
  const bases = new Map<Target, string>();
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
    monitor = new PoolMonitor({ logger: { info() {}, warn() {} } }).watch(pool, { name: "main" });
    const plain = await serve(opsHandler({ monitor }));
    const proxied = await serve(opsHandler({ monitor, trustProxy: "loopback" }));
    servers.push(plain, proxied);
    bases.set("plain", plain.url).set("proxied", proxied.url);

    const app = express();
    app.set("trust proxy", true);
    app.use("/ops", opsHandler({ monitor, trustProxy: "loopback" }));
    expressServer = app.listen(0, "127.0.0.1");
    await once(expressServer, "listening");
    bases.set("express", `http://127.0.0.1:${(expressServer.address() as AddressInfo).port}`);

    fastify = Fastify();
    await fastify.register(opsFastifyPlugin, { monitor, prefix: "/ops", trustProxy: "loopback" });
    bases.set("fastify", await fastify.listen({ port: 0, host: "127.0.0.1" }));
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    expressServer.closeAllConnections();
    expressServer.close();
    await fastify.close();
    monitor.stop();
    await pool.end();
  });

  it("has at least 40 probes across address forms, forwarding headers, paths and methods, and mounts", () => {
    expect(probes.length).toBeGreaterThanOrEqual(40);
    for (const group of [addressForms, forwardingHeaders, pathsAndMethods, mounts]) expect(group.length).toBeGreaterThanOrEqual(8);
  });

  it.each(probes)("[$target] $name → $status", async ({ target, path, method, headers, raw, status }) => {
    if (raw) {
      expect(await rawStatus(bases.get(target)!, method ?? "GET", path ?? "/readyz")).toBe(status);
      return;
    }
    const reply = await fetchText(`${bases.get(target)}${path ?? "/readyz"}`, { method, headers });
    expect(reply.status).toBe(status);
    if (status === 403) expect(JSON.parse(reply.body).error).toMatch(/answers only internal addresses/);
    if (status === 405 && target !== "express") expect(reply.headers.allow).toBe("GET, HEAD");
  });
});
