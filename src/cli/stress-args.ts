// `poolguard stress` flags: the seed's stress-test options and defaults, plus --json, --max-failure-rate and
// --timeout. Parsing is strict: an unknown flag or a bad value is an error that names the flag and the fix.
import { parseCommandLine, UsageError } from "./cli-args.js";

export interface StressOptions {
  requests: number;
  waves: number;
  delayMs: number;
  endpoint: string;
  baseUrl: string;
  json: boolean;
  maxFailureRate: number;
  timeoutMs: number;
}

export type ParsedStressArgs = { kind: "options"; options: StressOptions } | { kind: "help" };

/** Thrown for bad flag values; the CLI prints the message and exits 2 (as for any UsageError). */
export class StressUsageError extends UsageError {
  constructor(message: string) {
    super(`poolguard stress: ${message}`);
    this.name = "StressUsageError";
  }
}

export const stressDefaults: StressOptions = {
  requests: 50,
  waves: 10,
  delayMs: 1000,
  endpoint: "/readyz",
  baseUrl: "http://localhost:3001",
  json: false,
  maxFailureRate: 0,
  timeoutMs: 10_000,
};

export const stressUsage = `usage: poolguard stress [options]

Sends waves of concurrent GET requests to one endpoint and reads the pools' health from /readyz before the
first wave and after each one; the verdict tells the causes of waiting apart: a leak, slow queries, or more
concurrency than the pool's max.

options:
  --requests <n>            concurrent requests per wave (default: 50)
  --waves <n>               number of waves (default: 10)
  --delay <ms>              pause between waves (default: 1000)
  --endpoint <path>         endpoint to load (default: /readyz)
  --base-url <url>          base URL of the service (default: http://localhost:3001)
  --max-failure-rate <0..1> share of failed requests tolerated before exiting 1 (default: 0)
  --timeout <ms>            per-request timeout: connecting, headers and body (default: 10000)
  --json                    print one JSON object instead of the report
  -h, --help                show this help

exit codes:
  0  healthy
  1  leak suspected: active connections do not come back down between waves, or the monitor reported leaks
     (also: more failed requests than --max-failure-rate with nothing wrong in the pools)
  2  bad flags, or the server is unreachable
  3  saturated: clients waited but every connection came back (more concurrent requests than the pool's max)
  4  slow: a site holds its clients far longer than before the run (or over 1 s), named in the report`;

// Caps keep every loop bounded even when a flag is mistyped (100000 requests a wave is nobody's intent).
const limits = { requests: 10_000, waves: 1_000, delayMs: 600_000, timeoutMs: 600_000 };

/** An integer flag's value within [min, max]; the error names the flag, without the command's prefix. */
export function integerFlag(flag: string, raw: string, min: number, max: number): number {
  const kind = min === 0 ? "a non-negative integer" : "a positive integer";
  if (!/^\d+$/.test(raw.trim())) throw new Error(`--${flag} must be ${kind}, got "${raw}"`);
  const value = Number(raw.trim());
  if (value < min) throw new Error(`--${flag} must be ${kind}, got "${raw}"`);
  if (value > max) throw new Error(`--${flag} must be at most ${max}, got "${raw}"`);
  return value;
}

function integer(flag: string, raw: string, min: number, max: number): number {
  try {
    return integerFlag(flag, raw, min, max);
  } catch (error) {
    throw new StressUsageError((error as Error).message);
  }
}

function rate(raw: string): number {
  const value = Number(raw.trim());
  if (raw.trim() === "" || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new StressUsageError(`--max-failure-rate must be a number from 0 to 1 (0.05 = 5%), got "${raw}"`);
  }
  return value;
}

function endpoint(raw: string): string {
  if (!raw.startsWith("/") || raw.startsWith("//") || /\s/.test(raw)) {
    throw new StressUsageError(`--endpoint must be a path starting with "/", such as /api/items, got "${raw}"`);
  }
  return raw;
}

function baseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new StressUsageError(`--base-url must be an http:// or https:// URL such as http://localhost:3001, got "${raw}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new StressUsageError(`--base-url must be an http:// or https:// URL such as http://localhost:3001, got "${raw}"`);
  }
  if (url.search || url.hash) {
    throw new StressUsageError(`--base-url must not carry a query or fragment; put the path in --endpoint, got "${raw}"`);
  }
  return url.href.replace(/\/+$/, "");
}

export function parseStressArgs(argv: string[]): ParsedStressArgs {
  const { values } = parse(argv);
  if (values.help) return { kind: "help" };
  const options: StressOptions = {
    requests: values.requests === undefined ? stressDefaults.requests : integer("requests", values.requests, 1, limits.requests),
    waves: values.waves === undefined ? stressDefaults.waves : integer("waves", values.waves, 1, limits.waves),
    delayMs: values.delay === undefined ? stressDefaults.delayMs : integer("delay", values.delay, 0, limits.delayMs),
    endpoint: values.endpoint === undefined ? stressDefaults.endpoint : endpoint(values.endpoint),
    baseUrl: baseUrl(values["base-url"] ?? stressDefaults.baseUrl),
    json: values.json ?? false,
    maxFailureRate: values["max-failure-rate"] === undefined ? stressDefaults.maxFailureRate : rate(values["max-failure-rate"]),
    timeoutMs: values.timeout === undefined ? stressDefaults.timeoutMs : integer("timeout", values.timeout, 1, limits.timeoutMs),
  };
  return { kind: "options", options };
}

function parse(argv: string[]) {
  return parseCommandLine("stress", argv, {
    requests: { type: "string" },
    waves: { type: "string" },
    delay: { type: "string" },
    endpoint: { type: "string" },
    "base-url": { type: "string" },
    "max-failure-rate": { type: "string" },
    timeout: { type: "string" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
}
