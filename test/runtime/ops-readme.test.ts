// The README's "Monitoring in production" TypeScript examples type-check against the real API, so the wiring a
// reader copies is the wiring that works.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { runtimeExampleOptions } from "../support/fixture-project.js";
import { METRIC_NAMES } from "../../src/runtime/metrics.js";

const root = path.resolve(import.meta.dirname, "..", "..");
// Inside the repository (git-ignored), so that pg, express and fastify resolve from its node_modules.
const scratch = path.join(root, "tmp", `ops-readme-${process.pid}`);

// What the examples take from the reader's own code, declared only where an example uses it without declaring it.
const READER: Record<string, string> = {
  logger: "declare const logger: { info(message: string): void; warn(message: string): void };",
  monitor: 'declare const monitor: import("poolguard/runtime").PoolMonitor;',
};

function withReaderCode(example: string): string {
  const declared = (name: string) => new RegExp(`(const|import)\\s+(\\{[^}]*\\b)?${name}\\b`).test(example);
  const used = (name: string) => new RegExp(`\\b${name}\\b`).test(example);
  const prelude = Object.entries(READER)
    .filter(([name]) => used(name) && !declared(name))
    .map(([, declaration]) => declaration);
  return `${prelude.join("\n")}\n${example}\nexport {};\n`;
}

async function opsExamples(): Promise<string[]> {
  const readme = await readFile(path.join(root, "README.md"), "utf8");
  const start = readme.indexOf("<!-- section: ops -->");
  const end = readme.indexOf("<!-- /section: ops -->");
  const section = readme.slice(start, end);
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

afterAll(() => rm(scratch, { recursive: true, force: true }));

describe("README: Monitoring in production", () => {
  it("has TypeScript examples that type-check", async () => {
    const examples = await opsExamples();
    expect(examples.length).toBeGreaterThanOrEqual(4);
    await mkdir(scratch, { recursive: true });
    const files: string[] = [];
    for (const [index, example] of examples.entries()) {
      const file = path.join(scratch, `example-${index}.ts`);
      await writeFile(file, withReaderCode(example));
      files.push(file);
    }
    // The "pass a next callback" sentence.
    const inline = path.join(scratch, "inline.ts");
    await writeFile(
      inline,
      [
        'import type { IncomingMessage, ServerResponse } from "node:http";',
        'import { opsHandler, type PoolMonitor } from "poolguard/runtime";',
        "declare const monitor: PoolMonitor;",
        "declare const app: (req: IncomingMessage, res: ServerResponse) => void;",
        "const ops = opsHandler({ monitor });",
        "export const listener = (req: IncomingMessage, res: ServerResponse) => ops(req, res, () => app(req, res));",
      ].join("\n"),
    );
    files.push(inline);

    const program = ts.createProgram(files, runtimeExampleOptions());
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file ? path.basename(d.file.fileName) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(problems).toEqual([]);
  });

  it("has Prometheus alert rules that read only the metrics and labels /metrics exports, one on connection errors", async () => {
    const readme = await readFile(path.join(root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("<!-- section: ops -->"), readme.indexOf("<!-- /section: ops -->"));
    const rules = [...section.matchAll(/- alert: (\w+)\n\s+expr: (\|\n(?:\s{10,}.*\n)+|.*\n)/g)].map((match) => ({
      name: match[1]!,
      expr: match[2]!.replace(/^\|/, "").replace(/\s+/g, " ").trim(),
    }));
    expect(rules.map((rule) => rule.name)).toEqual([
      "PoolClientsWaiting", "PoolUtilizationHigh", "PoolCheckoutTimeouts", "PoolClientsLost", "PoolConnectionErrors",
      "PoolWaitP95High",
    ]);
    const exported = Object.values(METRIC_NAMES) as string[];
    for (const { name, expr } of rules) {
      for (const metric of expr.match(/\bdb_client_connection_\w+/g) ?? []) {
        expect(exported, `${name}: ${metric}`).toContain(metric.replace(/_bucket$/, ""));
      }
      const labels = [...expr.matchAll(/by \(([^)]*)\)|\{([^}]*)\}/g)].flatMap((m) =>
        (m[1] ?? m[2] ?? "").split(",").map((part) => part.trim().split(/[!=~]/)[0]!),
      );
      for (const label of labels) expect(["instance", "pool_name", "state", "error_type", "le"], `${name}: ${label}`).toContain(label);
    }
    // Fires on any increase of the counter, per pool and kind.
    expect(rules.find((rule) => rule.name === "PoolConnectionErrors")!.expr).toBe(
      `sum by (instance, pool_name, error_type) (increase(${METRIC_NAMES.connectionErrors}[2m])) > 0`,
    );
  });
});
