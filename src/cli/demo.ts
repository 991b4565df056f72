// `poolguard demo` (`npm run demo`): one connection leak caught twice. Lint the demo app and show the finding;
// start PostgreSQL and the app and show /readyz; stress the leaky endpoint until the monitor names the line that
// acquired the leaked clients and the pool runs dry; then the same stress against the fixed twin stays healthy.
// Everything it starts (database, app, temporary files) is stopped and removed, also on Ctrl-C.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { request } from "undici";
import type { AlertEvent, LeakEvent, MonitorLogger } from "../runtime/index.js";
import { lintDemoApp, type StaticFinding } from "./demo-lint.js";
import { agreedLines, describeLive, IndentedLines, parseSite, type DemoResult, type LiveFinding } from "./demo-story.js";
import { parseCommandLine, UsageError } from "./cli-args.js";
import { DemoResources } from "./demo-resources.js";
import { demoRoot } from "./package-root.js";
import { integerFlag, stressDefaults, type StressOptions } from "./stress-args.js";
import { stress } from "./stress.js";

interface DemoApp {
  url: string;
  monitor: {
    on(event: "leak", listener: (event: LeakEvent) => void): unknown;
    on(event: "alert", listener: (event: AlertEvent) => void): unknown;
  };
  close(): Promise<void>;
}
interface DemoAppModule {
  startDemoApp(options: { databaseUrl: string; leakDetectionMs: number; logger: MonitorLogger }): Promise<DemoApp>;
}

const usage = `usage: poolguard demo [--json] [--waves <n>] [--delay <ms>]

Runs from a checkout of the poolguard repository (npm run demo). Lints fixtures/demo-app, starts PostgreSQL
(DATABASE_URL, or a throwaway embedded server) and the demo app, stresses its leaky endpoint until the monitor
reports the leak, then stresses the fixed endpoint.

options:
  --waves <n>   waves of the stress against the fixed endpoint; the leaky one stops once the leak shows,
                after at most n + 3 waves (default: 3)
  --delay <ms>  pause between waves (default: 1000)
  --json        print, as the last line, {"static":[…],"live":[…],"stress":{…}}
  -h, --help    show this help`;

// The demo's load: fewer concurrent requests than the main pool's 30 connections, so the fixed endpoint never
// queues and the leaky one runs the pool dry in its second wave.
const REQUESTS = 20;
const LEAK_DETECTION_MS = 1000;

function flagValue(flag: string, raw: string | undefined, fallback: number, min: number): number {
  return raw === undefined ? fallback : integerFlag(flag, raw, min, 100_000);
}

/** The demo cannot run here (exit 2), as opposed to a demo that ran and did not show what it should (exit 1). */
class DemoSetupError extends Error {}

/** The demo app is TypeScript: it loads under tsx (`npm run demo`), not from the compiled package. */
async function loadDemoApp(root: string): Promise<DemoAppModule> {
  try {
    return (await import(pathToFileURL(join(root, "fixtures", "demo-app", "app.ts")).href)) as DemoAppModule;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DemoSetupError(`cannot load fixtures/demo-app (${reason}); run it from a checkout with \`npm run demo\``);
  }
}

async function readyzAbridged(url: string): Promise<{ status: number; body: string }> {
  const response = await request(`${url}/readyz`);
  const body = (await response.body.json()) as { status: string; pools: Record<string, unknown>[] };
  const pools = body.pools.map(({ poolName, totalCount, idleCount, waitingCount, utilizationPercent }) => ({
    poolName,
    totalCount,
    idleCount,
    waitingCount,
    utilizationPercent,
  }));
  return { status: response.statusCode, body: JSON.stringify({ status: body.status, pools }) };
}

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    const options = { json: { type: "boolean" }, waves: { type: "string" }, delay: { type: "string" }, help: { type: "boolean", short: "h" } } as const;
    values = parseCommandLine("demo", argv, options).values;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  let waves: number;
  let delayMs: number;
  try {
    waves = flagValue("waves", values.waves, 3, 1);
    delayMs = flagValue("delay", values.delay, 1000, 0);
  } catch (error) {
    console.error(`poolguard demo: ${(error as Error).message}`);
    return 2;
  }
  const root = demoRoot();
  if (!root) {
    console.error("poolguard demo: fixtures/demo-app not found; run it from a checkout of the poolguard repository (npm run demo)");
    return 2;
  }
  try {
    return await demo(root, { json: values.json ?? false, waves, delayMs });
  } catch (error) {
    console.error(`poolguard demo: ${error instanceof Error ? error.message : String(error)}`);
    return error instanceof DemoSetupError ? 2 : 1;
  }
}

async function demo(root: string, options: { json: boolean; waves: number; delayMs: number }): Promise<number> {
  const out = (text = "") => process.stdout.write(`${text}\n`);
  const indented = new IndentedLines(process.stdout);
  const resources = new DemoResources();
  try {
    out("poolguard demo — one connection leak, caught by the linter and by the monitor\n");
    out("1. Lint fixtures/demo-app with poolguard's recommended config");
    const findings: StaticFinding[] = await lintDemoApp(root, join(root, "fixtures", "demo-app"));
    for (const f of findings) out(`   ${f.file}:${f.line}:${f.column}  ${f.rule}\n     ${f.message}`);
    if (!findings.length) out("   no findings");

    const { startDemoApp } = await loadDemoApp(root);
    out("\n2. Start PostgreSQL and the demo app (main pool 30, listen pool 12 with 9 outbox handlers on LISTEN)");
    const started = performance.now();
    const database = await resources.startDatabase();
    out(`   PostgreSQL: ${database.embedded ? "embedded, throwaway" : "DATABASE_URL"} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    const warnings: string[] = [];
    const logger: MonitorLogger = { info: () => {}, warn: (message) => warnings.push(message) };
    const live: LiveFinding[] = [];
    const alerts: string[] = [];
    const start = async () => {
      const started = await startDemoApp({ databaseUrl: database.url, leakDetectionMs: LEAK_DETECTION_MS, logger });
      started.monitor.on("leak", (event) => {
        if (event.poolName !== "main" || event.phase !== "held") return;
        const where = parseSite(event.site, root);
        if (where && live.length < 100) live.push({ ...where, fn: event.fn, heldMs: event.heldMs, stack: event.stack });
      });
      started.monitor.on("alert", (event) => {
        if (event.poolName === "main" && alerts.length < 100) alerts.push(event.message);
      });
      return started;
    };
    let app = await start();
    resources.app = app;
    const readyz = await readyzAbridged(app.url);
    out(`   GET ${app.url}/readyz → ${readyz.status}`);
    out(`   ${readyz.body}`);
    const listenWarnings = warnings.filter((w) => w.includes("'listen'"));
    out(`   the listen pool is held by its 9 LISTEN handlers by design: ${listenWarnings.length ? `warned: ${listenWarnings[0]}` : "no warning"}`);

    const load: StressOptions = { ...stressDefaults, requests: REQUESTS, delayMs: options.delayMs, baseUrl: app.url, timeoutMs: 10_000 };
    const io = { stdout: indented, stderr: process.stderr };
    out(`\n3. Stress the leaky endpoint (orderSummaryLeaky) until the monitor reports the leak and the pool runs dry`);
    const leaky = await stress({ ...load, endpoint: "/leaky/orders/1/summary", waves: options.waves + 3 }, io, {
      stopAfter: (wave) => live.length > 0 && wave.failed > 0 && (wave.peakWaiting.main ?? 0) > 0,
    });
    if (alerts.length) out(`   monitor alert: ${alerts[0]}`);
    if (live.length) for (const text of describeLive(live[0], root)) out(`   ${text}`);
    else out("   monitor: no leak reported");
    const agreed = agreedLines(findings, live);
    out(agreed.length ? `   the linter and the monitor name the same line: ${agreed.join(", ")}` : "   the linter and the monitor name different lines");

    out("\n4. The fix: restart the app; the same stress against its withClient twin (orderSummary)");
    await app.close();
    app = await start();
    resources.app = app;
    const fixed = await stress({ ...load, baseUrl: app.url, endpoint: "/orders/1/summary", waves: options.waves }, io);

    const told =
      agreed.length > 0 && leaky.summary.verdict === "leak suspected" && fixed.summary.verdict === "healthy";
    out(
      told
        ? `\nCaught twice: ${agreed[0]} — by the linter before it shipped, by the monitor under load. The fix stays healthy.`
        : "\nThe demo did not go as expected: see the steps above.",
    );
    if (options.json) {
      const result: DemoResult = {
        static: findings.map(({ file, line, rule }) => ({ file, line, rule })),
        live: [...new Map(live.map((l) => [`${l.file}:${l.line}`, { file: l.file, line: l.line }])).values()],
        stress: { leaky: leaky.summary, fixed: fixed.summary },
      };
      out(JSON.stringify(result));
    }
    return told ? 0 : 1;
  } finally {
    await resources.release();
  }
}
