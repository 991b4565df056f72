// Connection errors by kind, and the warning that names them: at once for the first, then at most one line per
// window however many follow, and a bounded set of kinds (they become /metrics labels).
import { describe, expect, it } from "vitest";
import { ConnectionErrors, errorKind, MAX_ERROR_KINDS, newConnectionsOnly } from "../../src/runtime/connection-errors.js";

const coded = (code: string, message = `failed with ${code}`) => Object.assign(new Error(message), { code });

describe("errorKind", () => {
  it.each([
    [coded("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432"), "ECONNREFUSED"],
    [coded("57P01", "terminating connection due to administrator command"), "57P01"],
    [new Error("Connection terminated due to connection timeout"), "timeout"],
    [new Error("timeout expired"), "timeout"],
    [new Error("Connection terminated unexpectedly"), "terminated"],
    [new Error("something else"), "other"],
    [coded("not a code!"), "other"],
    ["a string", "other"],
    [undefined, "other"],
  ])("%s → %s", (error, kind) => {
    expect(errorKind(error)).toBe(kind);
  });
});

describe("ConnectionErrors", () => {
  it("logs the first error at once, sums up the rest once per window, and counts everything", () => {
    const lines: string[] = [];
    const errors = new ConnectionErrors("main", 1000, (line) => lines.push(line));
    errors.record(coded("57P01", "terminating connection due to administrator command"), 0);
    expect(lines).toEqual([
      "Pool 'main' connection error(s): 1 since the last report (57P01 ×1); last: terminating connection due to administrator command",
    ]);
    for (let t = 10; t < 1000; t += 10) errors.record(coded("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432"), t);
    expect(lines).toHaveLength(1);
    // The tick after the window flushes what was held back.
    expect(errors.tick(1000)).toBe(true);
    expect(lines[1]).toBe(
      "Pool 'main' connection error(s): 99 since the last report (ECONNREFUSED ×99); last: connect ECONNREFUSED 127.0.0.1:5432",
    );
    expect(errors.tick(2000)).toBe(false);
    expect(lines).toHaveLength(2);
    expect(Object.fromEntries(errors.byKind)).toEqual({ "57P01": 1, ECONNREFUSED: 99 });
    expect(errors.total).toBe(100);
  });

  it("keeps at most MAX_ERROR_KINDS kinds; further ones count as other", () => {
    const errors = new ConnectionErrors("main", 1000, () => {});
    for (let i = 0; i < 40; i++) errors.record(coded(`E${i}XX`), i);
    expect(errors.byKind.size).toBe(MAX_ERROR_KINDS);
    expect(errors.byKind.get("other")).toBe(40 - (MAX_ERROR_KINDS - 1));
    expect(errors.total).toBe(40);
  });

  it("keeps one line per error however long or multi-line the message from the network", () => {
    const lines: string[] = [];
    const errors = new ConnectionErrors("main", 1000, (line) => lines.push(line));
    errors.record(new Error(`line one\nline two ${"x".repeat(500)}`), 0);
    expect(lines[0]).not.toContain("\n");
    expect(lines[0]!.length).toBeLessThan(320);
  });
});

// Drill ii and kk: what leaves the connections open serving. PgBouncer's 08P01 is a refusal only by its words: it uses
// the same code for a server it cannot reach, which is no statement about the connections open.
describe("newConnectionsOnly", () => {
  it.each([
    [coded("57P03", "the database system is shutting down"), true],
    [coded("57P03", "the database system is starting up"), true],
    [coded("08P01", "no more connections allowed (max_client_conn)"), true],
    [coded("08P01", "pgbouncer cannot connect to server"), false],
    [coded("08P01", "query_wait_timeout"), false],
    [coded("57P01", "terminating connection due to administrator command"), false],
  ])("%s → %s", (error, expected) => {
    expect(newConnectionsOnly(error)).toBe(expected);
  });
});
