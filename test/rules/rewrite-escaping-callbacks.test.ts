// The leak suggestion gives back a client the original never released. Where a function of the held code uses that
// client and runs after the block — a keep-alive timer, an event handler, a function stored or returned — the
// original went on using a client nobody else could borrow; after the rewrite that function would query a client
// the pool has lent to someone else. No suggestion there (probing the shapes rewrite-p's brief names: none of the
// 44 suggestions read on real code had one, but nothing refused them). The twins: the same functions run before the
// block ends — awaited, given to an awaited or returned promise chain, run at once by an array method — and a client
// the original released on its straight path (the function already ran after that release there).
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const outputs: string[] = [];
const ESCAPES =
  "a function that uses `client` outlives the block (a timer's or a listener's callback, a function stored or returned), and withClient would give the client back before it runs";

const held = (use: string) => `async function start(pool, bus, store) {
  const client = await pool.connect();
  await client.query("SELECT 1");
  ${use}
}`;

const wrapped = (use: string) => `${IMPORT}async function start(pool, bus, store) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
    ${use}
  });
}`;

ruleTester.run("leak suggestion: a function using the client outlives the block", leakSuggestionHarness, {
  valid: [],
  invalid: [
    noSuggestionCase(held(`setInterval(() => client.query("SELECT 1"), 30000);`), ESCAPES),
    noSuggestionCase(held(`bus.on("tick", () => client.query("SELECT 2"));`), ESCAPES),
    noSuggestionCase(held(`store.run = (sql) => client.query(sql);`), ESCAPES),
    noSuggestionCase(held(`store.handlers.push(async function () { await client.query("SELECT 3"); });`), ESCAPES),
    noSuggestionCase(held(`return { run: (sql) => client.query(sql) };`), ESCAPES),
    noSuggestionCase(held(`function later() { return client.query("SELECT 4"); }\n  store.later = later;`), ESCAPES),
    noSuggestionCase(held(`async function ping() { await client.query("SELECT 8"); }\n  ping();`), ESCAPES),
    // A bound method is a function too (rewrite-r's probes: a listener or a timer kept on a bound `client.query`).
    noSuggestionCase(held(`bus.on("tick", client.query.bind(client, "SELECT 9"));`), ESCAPES),
    noSuggestionCase(held(`bus.on("tick", store.ping.bind(null, client));`), ESCAPES),
    noSuggestionCase(held(`const q = client.query.bind(client);\n  setInterval(() => q("SELECT 10"), 30000);`), ESCAPES),
    noSuggestionCase(held(`const q = client.query.bind(client);\n  const run = q;\n  bus.on("tick", run);`), ESCAPES),
    // Twins: run before the block ends.
    suggestionCase(
      outputs,
      held(`async function ping() { await client.query("SELECT 8"); }\n  await ping();`),
      wrapped(`async function ping() { await client.query("SELECT 8"); }\n    await ping();`),
    ),
    suggestionCase(outputs, held(`await new Promise((resolve) => setTimeout(() => resolve(client.query("SELECT 5")), 10));`), wrapped(`await new Promise((resolve) => setTimeout(() => resolve(client.query("SELECT 5")), 10));`)),
    suggestionCase(outputs, held(`await Promise.all([1, 2].map(async (n) => client.query("SELECT $1::int", [n])));`), wrapped(`await Promise.all([1, 2].map(async (n) => client.query("SELECT $1::int", [n])));`)),
    suggestionCase(outputs, held(`return client.query("SELECT 6").then((result) => client.query("SELECT 7", [result.rowCount]));`), `${IMPORT}async function start(pool, bus, store) {
  return await withClient(pool, async (client) => {
    await client.query("SELECT 1");
    return client.query("SELECT 6").then((result) => client.query("SELECT 7", [result.rowCount]));
  });
}`),
    suggestionCase(outputs, held(`store.names = ["a", "b"].map((name) => client.escapeIdentifier(name));`), wrapped(`store.names = ["a", "b"].map((name) => client.escapeIdentifier(name));`)),
    // Twins: the bound method runs before the block ends — called and awaited, or run by an array method.
    suggestionCase(
      outputs,
      held(`const q = client.query.bind(client);\n  await q("SELECT 11");`),
      wrapped(`const q = client.query.bind(client);\n    await q("SELECT 11");`),
    ),
    suggestionCase(outputs, held(`await client.query.bind(client)("SELECT 12");`), wrapped(`await client.query.bind(client)("SELECT 12");`)),
    suggestionCase(
      outputs,
      held(`store.names = ["a", "b"].map(client.escapeIdentifier.bind(client));`),
      wrapped(`store.names = ["a", "b"].map(client.escapeIdentifier.bind(client));`),
    ),
    // Twin: released on the straight path — the timer ran after that release in the original too.
    suggestionCase(
      outputs,
      `async function start(pool, bus, store) {
  const client = await pool.connect();
  await client.query("SELECT 1");
  setTimeout(() => store.log(client.processID), 10);
  client.release();
}`,
      `${IMPORT}async function start(pool, bus, store) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
    setTimeout(() => store.log(client.processID), 10);
  });
}`,
    ),
  ],
});

describe("the twins' rewrites", () => {
  it("parse", () => {
    expect(outputs).toHaveLength(9);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
