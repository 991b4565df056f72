// What `poolguard stress` reads from the monitor's /metrics, before and after the run: each pool's `max` and its
// connection errors by kind. /readyz has neither; without them a pool that cannot open connections (a role's
// CONNECTION LIMIT, max_connections, a database that refuses) reads as one saturated at the few it has open.
import { request, type Dispatcher } from "undici";

export interface PoolMetrics {
  /** `db_client_connection_max` per pool. */
  max: Record<string, number>;
  /** `db_client_connection_errors_total` per pool, by `error_type`. */
  errors: Record<string, Record<string, number>>;
}

const SAMPLE = /^(db_client_connection_max|db_client_connection_errors_total)\{([^}]*)\}\s+(\S+)$/;
const LABEL = /(\w+)="((?:[^"\\]|\\.)*)"/g;

function labelsOf(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [, name, value] of text.matchAll(LABEL)) labels[name!] = value!.replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c));
  return labels;
}

/** The pools' max and connection errors from Prometheus text; pools and kinds it does not name are left out. */
export function parsePoolMetrics(text: string): PoolMetrics {
  const metrics: PoolMetrics = { max: {}, errors: {} };
  for (const line of text.split("\n")) {
    const match = SAMPLE.exec(line.trim());
    if (!match) continue;
    const value = Number(match[3]);
    const labels = labelsOf(match[2]!);
    const pool = labels.pool_name;
    if (pool === undefined || !Number.isFinite(value)) continue;
    if (match[1] === "db_client_connection_max") metrics.max[pool] = value;
    else if (labels.error_type !== undefined) (metrics.errors[pool] ??= {})[labels.error_type] = value;
  }
  return metrics;
}

/** /metrics of the service, or undefined when it does not serve the monitor's (refused, missing, unreachable). */
export async function readPoolMetrics(dispatcher: Dispatcher, baseUrl: string, timeoutMs: number): Promise<PoolMetrics | undefined> {
  try {
    const response = await request(`${baseUrl}/metrics`, { dispatcher, method: "GET", signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.body.text();
    if (response.statusCode !== 200 || !text.includes("db_client_connection_max")) return undefined;
    return parsePoolMetrics(text);
  } catch {
    return undefined;
  }
}

/** The connection errors of one pool between two reads, by kind (only the kinds that grew). */
export function errorsBetween(before: PoolMetrics | undefined, after: PoolMetrics | undefined, pool: string): Record<string, number> {
  const grown: Record<string, number> = {};
  for (const [kind, n] of Object.entries(after?.errors[pool] ?? {})) {
    const delta = n - (before?.errors[pool]?.[kind] ?? 0);
    if (delta > 0) grown[kind] = delta;
  }
  return grown;
}
