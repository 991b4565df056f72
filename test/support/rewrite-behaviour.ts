// Runs a snippet before and after its withClient rewrite against a real pool, and records what can be observed: what
// the caller got (the value, or the error's name and message), the side effects the snippet logged in order, the SQL
// it sent in order, the rows it left in the table, and the pool afterwards (clients not given back, clients waiting,
// clients given back inside an open transaction). A fault is injected by number: the n-th query sent on any client
// of the pool is sent as a call of a function that does not exist, so PostgreSQL itself answers with an error at
// exactly that point of the snippet (pg is not mocked: every query, the faulty one included, goes to the server).
// Other faults (rewrite-faults.test.ts): the server ends the snippet's connection before its n-th query, the n-th
// call of `log.push` (the snippet's own code between queries) throws, two runs share a pool of one client.
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

export type Run = (pool: pg.Pool, input: unknown, log: unknown[]) => Promise<unknown>;

/**
 * What goes wrong in a run. `sql`: PostgreSQL answers the `at`-th query with an error (a COMMIT's ends the
 * transaction, a ROLLBACK's ends the connection). `terminated`: the server ends the client's connection
 * (pg_terminate_backend from another session) just before the `at`-th query is sent. `user-code`: the `at`-th call
 * of `log.push` throws, as the snippet's own code between queries can (a helper that throws, a JSON.parse).
 */
export type Fault = { kind: "none" } | { kind: "sql" | "terminated" | "user-code"; at: number };
export const NO_FAULT: Fault = { kind: "none" };

/** The error the `user-code` fault throws. */
export const USER_CODE_FAILURE = "injected failure in the snippet's own code";

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

/**
 * The original's observation as the rewrite must reproduce it. The rewrite may give back more, never less: for a
 * leak no-leaked-client reported, the one client the original kept comes back (and not inside a transaction).
 * `unmasked`: the error the caller sees instead when the original's catch replaced it and withTransaction, on
 * purpose, does not (its ROLLBACK failed: withTransaction rethrows the error that caused the rollback).
 */
export function expectedAfter(before: Observation, leakReported: boolean, unmasked?: Outcome): Observation {
  const expected = unmasked ? { ...before, outcome: unmasked } : before;
  if (!leakReported || before.held !== 1) return expected;
  return { ...expected, held: 0 };
}

/**
 * Whether the path's fault hit a ROLLBACK (the `at`-th query of `before`) of an original rewritten to
 * withTransaction: then the caller of the rewrite sees the error that caused the rollback (`expectedAfter`).
 */
export function rollbackFaulted(rewritten: string, before: Observation, at: number): boolean {
  return /\bwithTransaction\(/.test(rewritten) && /^ROLLBACK\b/.test(before.queries[at - 1] ?? "");
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
  private fault: Fault = NO_FAULT;
  private recording = false;

  /** `max`: the pool's size (1 to make two concurrent runs wait for each other's client). */
  constructor(connectionString: string, max = 4) {
    this.pool = new pg.Pool({ connectionString, max });
    this.inspector = new pg.Client({ connectionString });
    this.pool.on("connect", (client) => this.instrument(client));
    // An idle client whose connection the server ended (a faulted ROLLBACK) is reported here; the pool drops it.
    this.pool.on("error", () => {});
    this.pool.on("acquire", (client) => this.checkedOut.add(client));
    this.pool.on("release", (error, client) => {
      this.checkedOut.delete(client);
      // Released with an error, the client is destroyed (its "remove" comes once its connection has ended): never
      // handed out again, so never one given back inside a transaction.
      if (error) this.clients.delete(client);
    });
    this.pool.on("remove", (client) => {
      this.clients.delete(client);
      this.checkedOut.delete(client);
    });
  }

  async start(): Promise<void> {
    await this.inspector.connect();
    // (Benches with pools of different sizes may share a database, never a run.)
    await this.inspector.query("CREATE TABLE IF NOT EXISTS items (id serial PRIMARY KEY, v text NOT NULL)");
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
      if (this.fault.kind === "none" || this.fault.kind === "user-code" || this.queries.length !== this.fault.at) return query(...args);
      if (this.fault.kind === "terminated") return this.terminateBefore(client, () => query(...args));
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

  /**
   * Ends the client's connection from the inspector's session, waits until the client has seen it end (so that
   * the query fails the same way every run: pg refuses it, "not queryable"), then sends the query.
   */
  private terminateBefore(client: pg.PoolClient, send: () => unknown): Promise<unknown> {
    this.queries[this.queries.length - 1] += " <- connection ended before it";
    const ended = new Promise((resolve) => client.once("end", resolve));
    this.terminated = ended;
    const pid = (client as unknown as { processID: number }).processID;
    return this.inspector.query("SELECT pg_terminate_backend($1)", [pid]).then(() => ended).then(send);
  }

  /** Runs `run(pool, input, log)` once with the fault (a number n: a SQL error at the n-th query, 0: none), and observes it. */
  async observe(run: Run, input: unknown, fault: Fault | number): Promise<Observation> {
    return this.observeOn(this.pool, run, input, fault);
  }

  /**
   * The same, on another pool over the same database (one whose `connect()` fails: failing-connect.ts); the pool
   * figures are that pool's.
   */
  async observeOn(pool: pg.Pool, run: Run, input: unknown, fault: Fault | number = NO_FAULT): Promise<Observation> {
    this.fault = typeof fault === "number" ? (fault === 0 ? NO_FAULT : { kind: "sql", at: fault }) : fault;
    const log = this.log();
    const [outcome] = await this.settle([() => run(pool, input, log)]);
    return this.observed(outcome as Outcome, [...log], pool);
  }

  /**
   * Runs `run` twice at once (one call per input, in order, on this bench's pool), and observes both. On a pool of
   * one client the second run waits for the first's client: a rewrite must not change who waits, or wait forever.
   */
  async observeTogether(run: Run, inputs: readonly [unknown, unknown]): Promise<Observation & { outcomes: Outcome[] }> {
    this.fault = NO_FAULT;
    const log: unknown[] = [];
    const outcomes = await this.settle(inputs.map((input) => () => run(this.pool, input, log)));
    return { ...(await this.observed({ settled: false }, log, this.pool)), outcomes };
  }

  /** The log handed to the snippet: under the `user-code` fault, its `at`-th `push` throws. */
  private log(): unknown[] {
    const log: unknown[] = [];
    const fault = this.fault;
    if (fault.kind !== "user-code") return log;
    let calls = 0;
    Object.defineProperty(log, "push", {
      enumerable: false,
      value: (...items: unknown[]) => {
        calls += 1;
        if (calls === fault.at) throw new Error(USER_CODE_FAILURE);
        return Array.prototype.push.apply(log, items);
      },
    });
    return log;
  }

  /** Starts every run at once and waits, at most SETTLE_LIMIT_MS, for each to settle; recording the SQL meanwhile. */
  private async settle(runs: readonly (() => Promise<unknown>)[]): Promise<Outcome[]> {
    this.queries = [];
    this.terminated = null;
    this.recording = true;
    let deadline: NodeJS.Timeout | undefined;
    try {
      const limit = new Promise<Outcome>((resolve) => {
        deadline = setTimeout(() => resolve({ settled: false }), SETTLE_LIMIT_MS);
      });
      const outcomes = await Promise.all(
        runs.map((start) =>
          Promise.race([
            start().then(
              (returned): Outcome => ({ returned }),
              (error: unknown): Outcome => ({
                threw: error instanceof Error ? { name: error.name, message: error.message } : { name: "non-Error", message: String(error) },
              }),
            ),
            limit,
          ]),
        ),
      );
      // The pool drops a client whose connection ended when it sees the end: wait for it, so that the counts below
      // do not depend on whether the release came before or after it.
      if (this.terminated) await Promise.race([this.terminated, limit]);
      return outcomes;
    } finally {
      clearTimeout(deadline);
      this.recording = false;
    }
  }

  /** The table, the pool and what was recorded, after a run; then resets both for the next run. */
  private async observed(outcome: Outcome, log: unknown[], pool: pg.Pool): Promise<Observation> {
    // A client's transaction status changes when its ReadyForQuery is read, which may come after the caller saw the
    // query's error: a round trip on each idle client first (answered after anything it still had to read), so the
    // count below does not depend on the machine's load. (Its error in a failed transaction changes no status.)
    await Promise.all(
      [...this.clients].filter((client) => !this.checkedOut.has(client)).map((client) => client.query("SELECT 1").catch(() => undefined)),
    );
    const { rows } = await this.inspector.query<{ id: number; v: string }>("SELECT id, v FROM items ORDER BY id");
    const observation: Observation = {
      outcome,
      log,
      queries: this.queries,
      rows,
      held: pool.totalCount - pool.idleCount,
      waiting: pool.waitingCount,
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
