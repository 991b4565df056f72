// The two kinds of HTTP the stress test sends, through undici: one load request, and a read of /readyz.
import { performance } from "node:perf_hooks";
import { Agent, request, type Dispatcher } from "undici";
import type { PoolFigures, PoolView } from "./stress-report.js";

export interface Outcome {
  ms: number;
  /** The HTTP status, or undefined when no response came. */
  status?: number;
  /** Failure key: the status ("503") or the error ("ECONNRESET", "timeout"); undefined on success. */
  failure?: string;
}

/** The server could not be reached at all (refused, unknown host, no answer). */
export class UnreachableError extends Error {
  constructor(
    readonly url: string,
    readonly code: string,
  ) {
    super(`cannot reach ${url} (${code})`);
    this.name = "UnreachableError";
  }
}

const timeoutCodes = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "UND_ERR_CONNECT_TIMEOUT"]);
const unreachableCodes = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

/** The error's code, looking through the AggregateError (IPv4 + IPv6 attempts) or cause that may wrap it. */
function rawCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    const inner = (current as { errors?: unknown[] }).errors;
    current = Array.isArray(inner) && inner.length ? inner[0] : (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function errorCode(error: unknown): string {
  // AbortSignal.timeout() rejects with a DOMException named TimeoutError (its numeric `code` is not ours).
  if (error instanceof Error && error.name === "TimeoutError") return "timeout";
  const code = rawCode(error);
  if (code === undefined) return error instanceof Error ? error.name : "error";
  if (timeoutCodes.has(code)) return "timeout";
  return code === "UND_ERR_SOCKET" ? "socket closed" : code;
}

/**
 * One keep-alive agent per run: at most `connections` sockets. The agent's own timeouts are only a backstop: undici
 * times headers and bodies on a coarse clock (a 1000 ms timeout fired after ~1.5 s, 300 ms after ~1 s), so each
 * request carries its own `AbortSignal.timeout`, which covers connecting, headers and body to the millisecond.
 */
export function createAgent(connections: number, timeoutMs: number): Agent {
  const backstop = timeoutMs + 1000;
  return new Agent({ connections, headersTimeout: backstop, bodyTimeout: backstop, connectTimeout: timeoutMs });
}

async function drain(body: Dispatcher.ResponseData["body"]): Promise<void> {
  // Read and drop: an unread body keeps the socket busy, and buffering it would only cost memory.
  for await (const _chunk of body) {
    // discard
  }
}

export async function hit(dispatcher: Dispatcher, url: string, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await request(url, { dispatcher, method: "GET", signal: AbortSignal.timeout(timeoutMs) });
    await drain(response.body);
    const ms = performance.now() - started;
    const status = response.statusCode;
    return status >= 400 ? { ms, status, failure: String(status) } : { ms, status };
  } catch (error) {
    return { ms: performance.now() - started, failure: errorCode(error) };
  }
}

function isPool(value: unknown): value is PoolFigures {
  if (!value || typeof value !== "object") return false;
  const pool = value as Record<string, unknown>;
  return (
    typeof pool.poolName === "string" &&
    typeof pool.totalCount === "number" &&
    typeof pool.idleCount === "number" &&
    typeof pool.waitingCount === "number"
  );
}

function poolsOf(body: unknown): PoolFigures[] | undefined {
  if (!body || typeof body !== "object") return undefined;
  const pools = (body as { pools?: unknown }).pools;
  if (!Array.isArray(pools) || !pools.every(isPool)) return undefined;
  return pools.map((pool) => ({
    poolName: pool.poolName,
    totalCount: pool.totalCount,
    idleCount: pool.idleCount,
    waitingCount: pool.waitingCount,
    utilizationPercent: typeof pool.utilizationPercent === "number" ? pool.utilizationPercent : 0,
    ...(Array.isArray(pool.sites) ? { sites: pool.sites } : {}),
  }));
}

/**
 * Reads the pools from `/readyz?verbose=1` (a server without the verbose view ignores the query). A 503 still
 * carries the pools — that is when they matter most. Throws UnreachableError when nothing answers.
 */
export async function readPoolView(dispatcher: Dispatcher, baseUrl: string, timeoutMs: number): Promise<PoolView> {
  const url = `${baseUrl}/readyz?verbose=1`;
  let response: Dispatcher.ResponseData;
  try {
    response = await request(url, {
      dispatcher,
      method: "GET",
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const code = rawCode(error);
    if (code && unreachableCodes.has(code)) throw new UnreachableError(baseUrl, code);
    return { kind: "unavailable", reason: `/readyz failed: ${errorCode(error)}` };
  }
  const status = response.statusCode;
  let text: string;
  try {
    text = await response.body.text();
  } catch (error) {
    return { kind: "unavailable", reason: `/readyz failed: ${errorCode(error)}` };
  }
  if (status === 403) return { kind: "forbidden" };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: "unavailable", reason: `/readyz answered ${status} without JSON` };
  }
  const pools = poolsOf(body);
  if (!pools) return { kind: "unavailable", reason: `/readyz answered ${status} without a "pools" list` };
  const readiness = (body as { status?: unknown }).status;
  return { kind: "pools", httpStatus: status, status: typeof readiness === "string" ? readiness : "unknown", pools };
}
