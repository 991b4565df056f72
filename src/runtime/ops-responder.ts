// The ops endpoints' answers, independent of the server that carries them: node:http/Express (ops-handler.ts)
// and Fastify (fastify.ts) only translate these responses to their own objects.
import { createAccessPolicy, type AccessOptions, type AccessRequest } from "./access.js";
import { createMetricsRegistry, type MetricsSource } from "./metrics.js";

/** What the handlers need from a PoolMonitor. */
export interface OpsMonitor extends MetricsSource {
  /** Never rejects; `status` decides 200 or 503. */
  readiness(options?: { verbose?: boolean }): Promise<{ status: string }>;
}

export interface OpsOptions extends AccessOptions {
  monitor: OpsMonitor;
}

export type OpsRoute = "health" | "readyz" | "metrics";

export interface OpsRequest extends AccessRequest {
  method?: string | undefined;
  url?: string | undefined;
}

export interface OpsResponse {
  status: number;
  headers: Record<string, string>;
  /** Empty for HEAD; `content-length` still describes the GET body. */
  body: string;
}

export type OpsResponder = (route: OpsRoute, request: OpsRequest) => Promise<OpsResponse>;

const ROUTES: Readonly<Record<string, OpsRoute>> = { "/health": "health", "/readyz": "readyz", "/metrics": "metrics" };
export const OPS_PATHS = Object.keys(ROUTES);
export const ALLOWED_METHODS = "GET, HEAD";
const JSON_TYPE = "application/json; charset=utf-8";

function splitUrl(url: string | undefined): { path: string; query: URLSearchParams } {
  // Split by hand rather than with new URL(): a target such as "//readyz" would become a host name there.
  const raw = url ?? "/";
  const hash = raw.indexOf("#");
  const target = hash === -1 ? raw : raw.slice(0, hash);
  const mark = target.indexOf("?");
  if (mark === -1) return { path: target, query: new URLSearchParams() };
  return { path: target.slice(0, mark), query: new URLSearchParams(target.slice(mark + 1)) };
}

/** Which endpoint a request URL names, or undefined when it is not one of ours. */
export function routeForUrl(url: string | undefined): OpsRoute | undefined {
  const { path } = splitUrl(url);
  return Object.hasOwn(ROUTES, path) ? ROUTES[path] : undefined;
}

function isVerbose(url: string | undefined): boolean {
  const value = splitUrl(url).query.get("verbose");
  return value === "1" || value === "true";
}

function respond(status: number, contentType: string, text: string, head: boolean): OpsResponse {
  return {
    status,
    headers: {
      "content-type": contentType,
      "content-length": String(Buffer.byteLength(text)),
      // Health answers are about this instant; a cache in between would report a past state.
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
    body: head ? "" : text,
  };
}

function json(status: number, value: unknown, head: boolean): OpsResponse {
  return respond(status, JSON_TYPE, JSON.stringify(value), head);
}

function validateMonitor(monitor: unknown): asserts monitor is OpsMonitor {
  const candidate = monitor as Partial<OpsMonitor> | undefined;
  if (typeof candidate?.readiness !== "function" || typeof candidate.stats !== "function") {
    throw new TypeError(
      "poolguard opsHandler: monitor must be a PoolMonitor (an object with readiness() and stats()), " +
        `got ${monitor === null ? "null" : typeof monitor}; pass { monitor: new PoolMonitor(...) }`,
    );
  }
}

/** Checks the options (throwing at startup on bad ones) and returns a responder that never rejects. */
export function createOpsResponder(options: OpsOptions): OpsResponder {
  if (typeof options !== "object" || options === null) {
    throw new TypeError("poolguard opsHandler: expected options { monitor, allow?, trustProxy? }");
  }
  const { monitor } = options;
  validateMonitor(monitor);
  const mayRead = createAccessPolicy({ allow: options.allow, trustProxy: options.trustProxy });
  const registry = createMetricsRegistry(monitor);

  return async (route, request) => {
    const method = (request.method ?? "GET").toUpperCase();
    const head = method === "HEAD";
    try {
      if (method !== "GET" && !head) {
        const answer = json(405, { error: `method ${method} not allowed; use GET or HEAD` }, false);
        answer.headers.allow = ALLOWED_METHODS;
        return answer;
      }
      if (route === "health") return json(200, { status: "ok" }, head);
      if (!mayRead(request).allowed) {
        return json(403, { error: "forbidden: this endpoint answers only internal addresses" }, head);
      }
      if (route === "readyz") {
        const snapshot = await monitor.readiness(isVerbose(request.url) ? { verbose: true } : undefined);
        return json(snapshot.status === "ok" ? 200 : 503, snapshot, head);
      }
      const text = await registry.metrics();
      return respond(200, registry.contentType, text, head);
    } catch {
      // The host application must not see our failure as its own; the caller learns only that this answer failed.
      return json(500, { error: "internal error while answering the ops endpoint" }, head);
    }
  };
}
