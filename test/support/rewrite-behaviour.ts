// Runs a snippet before and after its withClient rewrite against a real pool, and records what can be observed: what
// the caller got (the value, or the error's name and message), the side effects the snippet logged in order, the SQL
// it sent in order, the rows it left in the table, and the pool afterwards (clients not given back, clients waiting,
// clients given back inside an open transaction). A fault is injected by number: the n-th query sent on any client
// of the pool is sent as a call of a function that does not exist, so PostgreSQL itself answers with an error at
// exactly that point of the snippet (pg is not mocked: every query, the faulty one included, goes to the server).
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import path from "node:path";
import pg from "pg";
import ts from "typescript";
import noLeakedClient from "../../rules/no-leaked-client.js";
import preferWithClient from "../../rules/prefer-with-client.js";
import * as runtime from "../../src/runtime/index.js";

export type RewritingRule = "prefer-with-client" | "no-leaked-client";

/** A snippet: a module exporting `run(pool, input, log)` that uses the table `items (id serial, v text)`. */
export interface BehaviourCase {
  /** The shape, and where it comes from (a rule test's case, a rewrite seen on a public repository). */
  name: string;
  /** The rule whose rewrite is applied (no-leaked-client: its suggestion; prefer-with-client: its fix). */
  rule: RewritingRule;
  code: string;
  /** Each input is run on the success path and with a fault at each query the success path sends. */
  inputs: readonly unknown[];
}

export type Outcome = { returned: unknown } | { threw: { name: string; message: string } } | { settled: false };

export interface Observation {
  outcome: Outcome;
  log: unknown[];
  queries: string[];
  rows: { id: number; v: string }[];
  /** Clients of the pool not given back (totalCount − idleCount). */
  held: number;
  waiting: number;
  /** Clients given back to the pool inside an open or failed transaction: the next borrower would run in it. */
  returnedInTransaction: number;
}

type Run = (pool: pg.Pool, input: unknown, log: unknown[]) => Promise<unknown>;

const config = [
  {
    files: ["**/*.ts"],
    languageOptions: { parser: tsParser },
    plugins: { poolguard: { rules: { "no-leaked-client": noLeakedClient, "prefer-with-client": preferWithClient } } },
  },
] as unknown as Linter.Config[];

/** The one rewrite `rule` offers for `code` (its fix, or its suggestion), applied; throws when there is not exactly one. */
export function rewrite(code: string, rule: RewritingRule): string {
  const linter = new Linter({ configType: "flat", cwd: "/snippets" });
  const rules = { [`poolguard/${rule}`]: "error" as const };
  const messages = linter.verify(code, [...config, { files: ["**/*.ts"], rules }], { filename: path.join("/snippets", "snippet.ts") });
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`the snippet does not parse: ${fatal.message}`);
  const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : (message.suggestions ?? []).map((s) => s.fix)));
  if (fixes.length !== 1) {
    throw new Error(`${rule} offers ${fixes.length} rewrites, not one: ${messages.map((m) => m.message).join(" | ")}`);
  }
  const [fix] = fixes as [Linter.LintMessage["fix"] & object];
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

/** Compiles a snippet with TypeScript's transpileModule and loads it with poolguard/runtime's real helpers and pg. */
export function load(code: string): Run {
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, strict: true },
  });
  const modules: Record<string, unknown> = { "poolguard/runtime": runtime, pg };
  const require = (name: string) => {
    if (!(name in modules)) throw new Error(`a snippet may import only poolguard/runtime and pg, not ${name}`);
    return modules[name];
  };
  const module = { exports: {} as { run?: Run } };
  new Function("require", "module", "exports", outputText)(require, module, module.exports);
  if (typeof module.exports.run !== "function") throw new Error("the snippet must export an async function run(pool, input, log)");
  return module.exports.run;
}

/** The SQL as compared: case, spacing and a trailing `;` aside, and BEGIN/COMMIT however they were spelled. */
function normalised(text: string): string {
  const sql = text.trim().replace(/;$/, "").replace(/\s+/g, " ").toUpperCase();
  if (/^(?:BEGIN|START TRANSACTION)(?: TRANSACTION| WORK)?$/.test(sql)) return "BEGIN";
  if (/^(?:COMMIT|END)(?: TRANSACTION| WORK)?$/.test(sql)) return "COMMIT";
  if (/^ROLLBACK(?: TRANSACTION| WORK)?$/.test(sql)) return "ROLLBACK";
  return sql;
}

const FAULT = "SELECT poolguard_injected_fault()";
const TERMINATE = "SELECT pg_terminate_backend(pg_backend_pid())";
/** How long a run may take before it counts as never settling (a second checkout waiting on the first, forever). */
const SETTLE_LIMIT_MS = 3000;

/**
 * One pool over one database, shared by every run of a test file; `observe` runs a snippet once and leaves the
 * pool and the table as it found them (clients given back, transactions rolled back, the table emptied).
 */
export class BehaviourBench {
  readonly pool: pg.Pool;
  private readonly inspector: pg.Client;
  private readonly clients = new Set<pg.PoolClient>();
  private readonly checkedOut = new Set<pg.PoolClient>();
  /** Set when a fault ended a client's connection: resolves once the client has seen it end. */
  private terminated: Promise<unknown> | null = null;
  private queries: string[] = [];
  private faultAt = 0;
  private recording = false;

  constructor(connectionString: string) {
    this.pool = new pg.Pool({ connectionString, max: 4 });
    this.inspector = new pg.Client({ connectionString });
    this.pool.on("connect", (client) => this.instrument(client));
    // An idle client whose connection the server ended (a faulted ROLLBACK) is reported here; the pool drops it.
    this.pool.on("error", () => {});
    this.pool.on("acquire", (client) => this.checkedOut.add(client));
    this.pool.on("release", (_error, client) => this.checkedOut.delete(client));
    this.pool.on("remove", (client) => {
      this.clients.delete(client);
      this.checkedOut.delete(client);
    });
  }

  async start(): Promise<void> {
    await this.inspector.connect();
    await this.inspector.query("CREATE TABLE items (id serial PRIMARY KEY, v text NOT NULL)");
  }

  async stop(): Promise<void> {
    await this.pool.end();
    await this.inspector.end();
  }

  /** Counts every query a client of the pool sends (submittables such as cursors aside), and faults the chosen one. */
  private instrument(client: pg.PoolClient): void {
    this.clients.add(client);
    // A connection the server ended also emits "error" on its client; the query that saw it reports it already.
    client.on("error", () => {});
    client.on("end", () => this.clients.delete(client));
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const [first] = args;
      const text = typeof first === "string" ? first : (first as { text?: unknown } | null)?.text;
      if (!this.recording || typeof text !== "string" || typeof (first as { submit?: unknown }).submit === "function") {
        return query(...args);
      }
      this.queries.push(normalised(text));
      if (this.queries.length !== this.faultAt) return query(...args);
      const sent = this.queries[this.queries.length - 1] as string;
      this.queries[this.queries.length - 1] += " <- injected fault";
      // Faults as they happen: a COMMIT that fails (a serialization failure, a deferred constraint) ends the
      // transaction, so the fault rolls back first; a ROLLBACK fails when the connection is gone, so the server ends
      // it. The callback of a callback-style query stays; the values go with the text they belonged to.
      const fault = sent === "COMMIT" ? `ROLLBACK; ${FAULT}` : /^ROLLBACK\b/.test(sent) ? TERMINATE : FAULT;
      // (Not events.once: the client emits "error" before "end", which would reject it.)
      if (fault === TERMINATE) this.terminated = new Promise((resolve) => client.once("end", resolve));
      return query(fault, ...args.slice(1).filter((argument) => typeof argument === "function"));
    };
  }

  /** Runs `run(pool, input, log)` once, with a fault at the `faultAt`-th query (0: none), and observes it. */
  async observe(run: Run, input: unknown, faultAt: number): Promise<Observation> {
    this.queries = [];
    this.terminated = null;
    this.faultAt = faultAt;
    const log: unknown[] = [];
    this.recording = true;
    let outcome: Outcome;
    let deadline: NodeJS.Timeout | undefined;
    try {
      const limit = new Promise<Outcome>((resolve) => {
        deadline = setTimeout(() => resolve({ settled: false }), SETTLE_LIMIT_MS);
      });
      outcome = await Promise.race([
        run(this.pool, input, log).then(
          (returned): Outcome => ({ returned }),
          (error: unknown): Outcome => ({
            threw: error instanceof Error ? { name: error.name, message: error.message } : { name: "non-Error", message: String(error) },
          }),
        ),
        limit,
      ]);
      // The pool drops a client whose connection ended when it sees the end: wait for it, so that the counts below
      // do not depend on whether the release came before or after it.
      if (this.terminated) await Promise.race([this.terminated, limit]);
    } finally {
      clearTimeout(deadline);
      this.recording = false;
    }
    const { rows } = await this.inspector.query<{ id: number; v: string }>("SELECT id, v FROM items ORDER BY id");
    const observation: Observation = {
      outcome,
      log,
      queries: this.queries,
      rows,
      held: this.pool.totalCount - this.pool.idleCount,
      waiting: this.pool.waitingCount,
      returnedInTransaction: [...this.clients].filter(
        (client) => !this.checkedOut.has(client) && client.getTransactionStatus() !== "I",
      ).length,
    };
    await this.reset();
    return observation;
  }

  /** Gives back what the run kept, rolls back what it left open, and empties the table for the next run. */
  private async reset(): Promise<void> {
    for (const client of [...this.checkedOut]) client.release();
    for (const client of this.clients) {
      // (A client whose connection a fault ended is no longer in the set: the pool drops it.)
      if (client.getTransactionStatus() !== "I") await client.query("ROLLBACK");
    }
    await this.inspector.query("TRUNCATE items RESTART IDENTITY");
  }
}
