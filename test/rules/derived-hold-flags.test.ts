// A constant derived from the caller's client that records whether this function checked one out itself
// (dsupina/dprogres-cms's `const ownsClient = !providedClient`, TFNS/CTFNote's `const useRequestClient = pgClient !=
// null` read before `if (pgClient == null) pgClient = await pool.connect()`): its tests speak about the checkout as a
// test of the caller's variable does, so a release under it is the release of exactly the client checked out here.
import * as espree from "espree";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const FALLBACK = (flag: string, beforeTry = "") =>
  `async function handle(pool, provided) {\n  const client = provided || (await pool.connect());\n  const owns = ${flag};\n${beforeTry}  try {\n    await client.query("UPDATE t SET n = n + 1");\n  } catch (error) {\n    if (owns) await client.query("ROLLBACK");\n    throw error;\n  } finally {\n    if (owns) client.release();\n  }\n}\n`;
const OWN_OR_CALLERS = (flagLine: string, checkout: string) =>
  `async function token(pool, pgClient = null) {\n${flagLine}${checkout}  try {\n    return (await pgClient.query("SELECT token FROM links")).rows[0].token;\n  } catch (error) {\n    return null;\n  } finally {\n    if (!useRequestClient) pgClient.release();\n  }\n}\n`;
const FLAG = "  const useRequestClient = pgClient != null;\n";
// The function's own copy of the caller's client is what the checkout overwrites (nikolatesla-777/new-goalgpt's
// sendWithRetry); the flag is read from the caller's parameter.
const COPY = (flag: string, between = "", after = "") =>
  `async function record(pool, postId, client) {\n  const shouldRelease = ${flag};\n  let updateClient = client;\n${between}  if (!updateClient) {\n    updateClient = await pool.connect();\n  }\n  try {\n    await updateClient.query("UPDATE posts SET retries = retries + 1 WHERE id = $1", [postId]);\n  } finally {\n    if (shouldRelease) {\n      updateClient.release();\n    }\n  }\n${after}}\n`;
const CHECKOUT = "  if (pgClient == null) pgClient = await pool.connect();\n";
// A guard that tests the constant rather than the caller's client (review-31b).
const OWN_GUARD = (flag: string, guard: string, between = "") =>
  `async function send(pool, message, client) {\n  const own = ${flag};\n${between}  if (${guard}) client = await pool.connect();\n  try {\n    await client.query("INSERT INTO outbox VALUES ($1)", [message.id]);\n  } finally {\n    if (own) client.release();\n  }\n}\n`;

ruleTester.run("no-leaked-client: a constant recording whether the checkout is this function's", rule, {
  valid: [
    { name: "`const owns = !provided` guards ROLLBACK and the release (dsupina/dprogres-cms)", code: FALLBACK("!provided") },
    { name: "`const owns = provided == null`", code: FALLBACK("provided == null") },
    { name: "the flag read before the caller's variable is overwritten by the checkout (TFNS/CTFNote)", code: OWN_OR_CALLERS(FLAG, CHECKOUT) },
    {
      name: "`if (!pgClient) { pgClient = await pool.connect(); }` in a block",
      code: OWN_OR_CALLERS("  const useRequestClient = !!pgClient;\n", "  if (!pgClient) {\n    pgClient = await pool.connect();\n  }\n"),
    },
    { name: "a flag read from the caller's client the checked-out variable was copied from (new-goalgpt)", code: COPY("!client") },
    { name: "the copy's flag as `client == null`", code: COPY("client == null") },
    // The guard tests the constant itself (review-31b): `if (!useRequestClient)`, `if (own)` with `const own = !client`.
    { name: "the guard is the negated flag: `if (!useRequestClient) pgClient = await pool.connect()`", code: OWN_OR_CALLERS(FLAG, CHECKOUT.replace("pgClient == null", "!useRequestClient")) },
    { name: "the guard is the flag: `const own = !client; if (own) client = await pool.connect()`", code: OWN_GUARD("!client", "own") },
    { name: "the guard is the flag, under espree", code: OWN_GUARD("!client", "own"), languageOptions: { parser: espree } },
    {
      name: "the guard is the negated flag, under espree",
      code: OWN_OR_CALLERS(FLAG, CHECKOUT.replace("pgClient == null", "!useRequestClient")),
      languageOptions: { parser: espree },
    },
    // A guard wider than the caller's test, recorded by a constant (fa-32, review-31b's open case): `if (own)` with
    // `const own = !client || message.urgent`, or the constant's test written again as the guard's.
    { name: "the guard is a flag wider than the caller's test: `const own = !client || message.urgent; if (own)`", code: OWN_GUARD("!client || message.urgent", "own") },
    { name: "the guard repeats the constant's test: `const own = !client || message.urgent; if (!client || message.urgent)`", code: OWN_GUARD("!client || message.urgent", "!client || message.urgent") },
    { name: "the caller's test on the right of the repeated one: `const own = message.urgent || !client`", code: OWN_GUARD("message.urgent || !client", "message.urgent || !client") },
    {
      name: "a conjunction negated: `const own = client && !message.urgent; if (!own)`, released under `!own`",
      code: OWN_GUARD("client && !message.urgent", "!own").replace("if (own) client.release()", "if (!own) client.release()"),
    },
    { name: "the repeated test under espree", code: OWN_GUARD("client === undefined || this.fresh", "client === undefined || this.fresh"), languageOptions: { parser: espree } },
  ],
  invalid: [
    {
      name: "the copy's flag says the opposite (`!!client`): the checkout is never released",
      code: COPY("!!client"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 8 }, line: 5, column: 26, suggestions: [] }],
    },
    {
      name: "the copy is overwritten before the guard: the flag no longer says what it holds",
      code: COPY("!client", "  updateClient = updateClient || null;\n"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 9 }, line: 6, column: 26, suggestions: [] }],
    },
    {
      name: "the caller's client is reassigned later: its tests say nothing about the copy",
      code: COPY("!client", "", "  client = null;\n"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 8 }, line: 5, column: 26, suggestions: [] }],
    },
    {
      name: "the flag says the opposite (`Boolean(provided)`): the checkout is never released",
      code: FALLBACK("Boolean(provided)"),
      errors: [{ messageId: "notReleasedOnAllPaths", data: { pool: "pool", line: 12 }, line: 2, column: 37, suggestions: [] }],
    },
    {
      name: "an awaited BEGIN under the flag before the try",
      code: FALLBACK("!provided", '  if (owns) await client.query("BEGIN");\n'),
      errors: [{ messageId: "workBeforeTry", data: { pool: "pool", line: 4, tryLine: 5 }, line: 2, column: 37, suggestions: [] }],
    },
    {
      name: "the flag read after the checkout overwrote the variable: always set, the checkout never released",
      code: OWN_OR_CALLERS(CHECKOUT, FLAG),
      errors: [{ messageId: "earlyExit", data: { pool: "pool", exit: "return", line: 5, scope: "the function" }, line: 2, column: 42, suggestions: [] }],
    },
    // Twins of the guard read through the constant: the constant says the opposite of the guard's need, the client
    // written between the constant and the guard, a constant that is not a test of the client.
    {
      name: "the guard reads the flag rightly (`!own`, `own = !!client`) but the release is under `own`: never released",
      code: OWN_GUARD("!!client", "!own"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 5 }, line: 3, column: 28, suggestions: [] }],
    },
    {
      name: "the guard negates the flag (`!own`, `own = !client`): the checkout is made when the caller gave one, never released",
      code: OWN_GUARD("!client", "!own"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 5 }, line: 3, column: 28, suggestions: [] }],
    },
    {
      name: "the guard's flag holds more than the test (`!client || message.urgent`): another flag (`given`) says nothing of it",
      code: OWN_GUARD("!client || message.urgent", "own", "  const given = client != null;\n").replace("if (own) client.release()", "if (!given) client.release()"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 6 }, line: 4, column: 27, suggestions: [] }],
    },
    {
      name: "the client written between the flag and the guard: the flag no longer says what the client holds",
      code: OWN_GUARD("!client", "own", "  client = client || null;\n"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 6 }, line: 4, column: 27, suggestions: [] }],
    },
    // Twins of the guard wider than the caller's test (fa-32): the test repeated with a call in it, or with a statement
    // between the constant and the guard, or a different test; a flag of the caller's client alone under a wider guard.
    {
      name: "the repeated test calls a method: its two evaluations may differ, not read",
      code: OWN_GUARD("!client || message.isUrgent()", "!client || message.isUrgent()"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 5 }, line: 3, column: 53, suggestions: [] }],
    },
    {
      name: "a conjunction negated as the guard, released under the conjunction itself: never released",
      code: OWN_GUARD("client && !message.urgent", "!own"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 5 }, line: 3, column: 28, suggestions: [] }],
    },
    {
      name: "a conjunction as the guard: the checkout is made when the caller gave one, never released",
      code: OWN_GUARD("client && !message.urgent", "own"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 5 }, line: 3, column: 27, suggestions: [] }],
    },
    {
      name: "a statement between the constant and the repeated test: not read",
      code: OWN_GUARD("!client || message.urgent", "!client || message.urgent", "  message.urgent = await message.recheck();\n"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 6 }, line: 4, column: 49, suggestions: [] }],
    },
    {
      name: "the guard tests another disjunct than the constant (`!client || message.urgent` vs `!client || message.late`)",
      code: OWN_GUARD("!client || message.urgent", "!client || message.late"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 5 }, line: 3, column: 47, suggestions: [] }],
    },
    {
      name: "a guard wider than the caller's test (`!client || own`) and a release under a flag of the caller's client alone: kept when urgent",
      code: OWN_GUARD("!client || message.urgent", "!client || own", "  const given = client != null;\n").replace("if (own) client.release()", "if (!given) client.release()"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 6 }, line: 4, column: 38, suggestions: [] }],
    },
  ],
});
