// The README's monitor section says what the code does: its example type-checks against the real API, and the log
// lines it quotes are the ones the monitor builds.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { runtimeExampleOptions } from "../support/fixture-project.js";
import * as leakMessages from "../../src/runtime/leak-messages.js";
import * as messages from "../../src/runtime/pool-messages.js";
import { SiteEntry } from "../../src/runtime/site-table.js";
import { connectionErrorWarning } from "../../src/runtime/connection-errors.js";

const root = path.resolve(import.meta.dirname, "..", "..");
// Inside the repository (git-ignored), so that pg resolves from its node_modules.
const scratch = path.join(root, "tmp", `monitor-readme-${process.pid}`);

async function section(): Promise<string> {
  const readme = await readFile(path.join(root, "README.md"), "utf8");
  return readme.slice(readme.indexOf("<!-- section: monitor -->"), readme.indexOf("<!-- /section: monitor -->"));
}

afterAll(() => rm(scratch, { recursive: true, force: true }));

describe("README: the monitor", () => {
  it("has a TypeScript example that type-checks", async () => {
    const examples = [...(await section()).matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(examples).toHaveLength(1);
    await mkdir(scratch, { recursive: true });
    const file = path.join(scratch, "example.ts");
    const reader = [
      "declare const logger: { info(message: string): void; warn(message: string): void };",
      "declare const id: number, amount: number, from: number, to: number;",
    ];
    await writeFile(file, `${reader.join("\n")}\n${examples[0]}\nexport {};\n`);
    const program = ts.createProgram([file], runtimeExampleOptions());
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(problems).toEqual([]);
  });

  it("quotes the log lines the monitor writes", async () => {
    const text = await section();
    const counts = { totalCount: 30, idleCount: 23, waitingCount: 0, max: 30, utilizationPercent: 23 };
    expect(text).toContain(`\`${messages.utilizationInfo("main", counts)}\``);
    expect(text).toContain(`\`${messages.utilizationWarning("main", { ...counts, utilizationPercent: 87 })}\``);
    const down = { totalCount: 0, idleCount: 0, waitingCount: 0, max: 30, utilizationPercent: 0 };
    const refused = "the last connect failed (connect ECONNREFUSED 10.0.3.5:5432)";
    expect(text).toContain(`\`${messages.cannotServeWarning("main", down, refused)}\``);
    const report = Object.assign(new SiteEntry("src/handlers/report.ts:42:13", "loadReport", "src/handlers/report.ts:42"), { held: 12 });
    const sync = Object.assign(new SiteEntry("src/workers/sync.ts:88:5", "sync", "src/workers/sync.ts:88"), { held: 9 });
    expect(text).toContain(`\`${messages.waitingWarning("main", 5, [report, sync])}\``);
    const leak = { poolName: "main", heldMs: 201, thresholdMs: 200, site: "src/handlers/report.ts:4:29", fn: "loadReport", stack: "", stackCaptured: true, helper: undefined };
    expect(text).toContain(leakMessages.leakHeldWarning(leak));
    const slow = { ...leak, heldMs: 10_004, thresholdMs: 10_000, site: "src/handlers/export.ts:12:9", fn: "exportOrders" };
    expect(text).toContain(leakMessages.leakHeldWarning({ ...slow, helper: "withClient", inQuery: true }));
    expect(text).toContain(leakMessages.leakHeldWarning({ ...leak, site: "unknown", fn: "<unknown>", stackCaptured: false }));
    const dead = { ...leak, heldMs: 10_003, thresholdMs: 10_000, site: "src/handlers/checkout.ts:31:24", fn: "placeOrder" };
    const timedOut = "25P03: terminating connection due to idle-in-transaction timeout";
    expect(text).toContain(leakMessages.leakHeldWarning({ ...dead, inQuery: false, connectionLost: timedOut }));
    const burst = { poolName: "main", count: 4, minHeldMs: 201, maxHeldMs: 236, thresholdMs: 200, helper: undefined };
    expect(text).toContain(leakMessages.stacklessLeaksWarning(burst));
    expect(text).toContain(leakMessages.leakReturnedWarning({ ...leak, heldMs: 7210 }));
    const kinds = new Map([["ECONNREFUSED", 35], ["57P01", 2]]);
    expect(text).toContain(`\`${connectionErrorWarning("main", kinds, "connect ECONNREFUSED 10.0.3.5:5432")}\``);
    // Quoted up to its advice: the line's head, as the monitor writes it.
    const forgotten = "1 watched pool(s) were dropped without end() and collected since the last report (the last: 'per-request'); they left /readyz and /metrics.";
    expect(messages.forgottenPoolsLine(1, "per-request").startsWith(forgotten)).toBe(true);
    expect(text).toContain(`\`${forgotten} …\``);
  });
});
