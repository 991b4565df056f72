// review-33a: shapes that could make promise-chain-outcomes.ts (corpus-33c) report correct code. A chain whose root
// call takes another chain as its argument (`Promise.all([q.then(release)]).catch(release)`,
// `retry(() => q.then(release)).catch(release)`) is one outcome: the inner chain's rejection reaches the outer root's
// rejection handler, so the client goes back on both outcomes.
import * as espree from "espree";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const HEADER = `const { Pool } = require("pg");
const pool = new Pool();
`;
const ALL = `${HEADER}async function load(ids) {
  const client = await pool.connect();
  Promise.all([client.query("select 1").then((r) => { client.release(); return r; })])
    .catch((e) => { client.release(); throw e; });
}
`;
const RETRY = `${HEADER}async function load(retry) {
  const client = await pool.connect();
  retry(() => client.query("select 1").then((r) => { client.release(); return r.rows; }))
    .catch(() => client.release());
}
`;
const TIMEOUT_TS = `${HEADER}async function load(timeout: (p: Promise<unknown>, ms: number) => Promise<unknown>) {
  const client = await pool.connect();
  timeout((client.query("select 1") as Promise<unknown>).then(() => client.release()), 500)
    ?.catch(() => client.release());
}
`;
// Twin: the outer root's argument does not hold the releasing chain; the query's rejection keeps the client.
const SEPARATE = `${HEADER}async function load(ids) {
  const client = await pool.connect();
  client.query("select 1").then((r) => { client.release(); return r; });
  Promise.all(ids).catch((e) => { client.release(); throw e; });
}
`;

// A chain that never rejects: Promise.allSettled(…), and a .then after a .catch that swallows the rejection.
const ALL_SETTLED = `${HEADER}async function f(check) {
  const client = await pool.connect();
  check().catch((e) => { client.release(); throw e; });
  Promise.allSettled([client.query("select 1")]).then(() => client.release());
}
`;
const CAUGHT_THEN = `${HEADER}async function f() {
  const client = await pool.connect();
  client.query("select 2").catch((e) => { client.release(); throw e; });
  client.query("select 1").catch(() => {}).then(() => client.release());
}
`;
// Twin: Promise.all(…) rejects with the query.
const ALL_TWIN = ALL_SETTLED.replace("allSettled", "all");

const parsers = [
  { parser: "typescript-eslint", languageOptions: {} },
  { parser: "espree", languageOptions: { parser: espree } },
] as const;

ruleTester.run("no-leaked-client: review-33a, a chain inside another chain's root", rule, {
  valid: [
    ...parsers.flatMap(({ parser, languageOptions }) => [
      { name: `a query's then inside Promise.all(…), the all's catch releasing (${parser})`, code: ALL, languageOptions },
      { name: `a query's then inside a retry's function, the retry's catch releasing (${parser})`, code: RETRY, languageOptions },
      { name: `a release in Promise.allSettled(…)'s then (${parser})`, code: ALL_SETTLED, languageOptions },
      { name: `a release in a then after a swallowing catch (${parser})`, code: CAUGHT_THEN, languageOptions },
    ]),
    { name: "TS: wrapped query inside timeout(…), an optional .catch releasing", code: TIMEOUT_TS, filename: "load.ts" },
  ],
  invalid: parsers.flatMap(({ parser, languageOptions }) => [
    {
      name: `the fulfilment chain and the rejection chain are separate promises (${parser})`,
      code: SEPARATE,
      languageOptions,
      errors: [{ messageId: "rejectionSkipsRelease" as const, data: { pool: "pool", line: 5 }, line: 4, column: 24, suggestions: [] }],
    },
    {
      name: `a release in Promise.all(…)'s then, which rejects with the query (${parser})`,
      code: ALL_TWIN,
      languageOptions,
      errors: [{ messageId: "rejectionSkipsRelease" as const, data: { pool: "pool", line: 6 }, line: 4, column: 24, suggestions: [] }],
    },
  ]),
});
