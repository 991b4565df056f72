// A pause (`await sleep(ms)`, `await delay(ms)`, `await new Promise((r) => setTimeout(r, ms))`) and a tracing call on
// a span (`span.setAttribute(…)`, `span.end()`) are no throw points: a timer's promise never rejects, and a span's
// methods must not throw (alanhoff/mastra-pg-pubsub: a test holding the pool's only connection across `await
// sleep(20)`, and a listener that releases early, then ends its span, inside a try whose catch releases too).
// Each invalid case sits next to the valid twin it differs from: another await, another call, another receiver.
import leakRule from "../../rules/no-leaked-client.js";
import useRule from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

/** connect(), then `between` (line 4) before the release on the straight path. */
const heldAcross = (between: string) => `import { sleep } from "./helpers";
async function hold(pool) {
  const held = await pool.connect();
  ${between}
  held.release();
}`;

/** The withClient rewrite no-leaked-client suggests for heldAcross(between). */
const rewritten = (between: string) => `import { sleep } from "./helpers";
import { withClient } from "poolguard/runtime";
async function hold(pool) {
  await withClient(pool, async (held) => {
    ${between}
  });
}`;

const notReleasedOnThrow = (between: string) => [
  {
    messageId: "notReleasedOnThrow" as const,
    data: { pool: "pool", line: 4 },
    line: 3,
    column: 22,
    suggestions: [{ messageId: "rewriteWithClient" as const, data: { helper: "withClient" }, output: rewritten(between) }],
  },
];

ruleTester.run("no-leaked-client: a pause between checkout and release", leakRule, {
  valid: [
    { name: "an imported sleep given a duration", code: heldAcross("await sleep(20);") },
    { name: "delay with a computed duration", code: heldAcross("await delay(base * 2);") },
    { name: "a helper object's sleep", code: heldAcross("await utils.sleep(ms);") },
    { name: "a timer's promise written inline", code: heldAcross("await new Promise((resolve) => setTimeout(resolve, 50));") },
    { name: "a span's attribute set before the release", code: heldAcross('span.setAttribute("held", true);') },
  ],
  invalid: [
    {
      name: "another awaited helper may reject",
      code: heldAcross("await refresh(20);"),
      errors: notReleasedOnThrow("await refresh(20);"),
    },
    {
      name: "a sleep given a function is not a pause (it may run the function and throw)",
      code: heldAcross("await sleep(() => check());"),
      errors: notReleasedOnThrow("await sleep(() => check());"),
    },
    {
      name: "a promise whose executor does more than set the timer",
      code: heldAcross("await new Promise((resolve) => poll(resolve));"),
      errors: notReleasedOnThrow("await new Promise((resolve) => poll(resolve));"),
    },
    {
      name: "setAttribute on something not named as a span",
      code: heldAcross('model.setAttribute("held", true);'),
      errors: notReleasedOnThrow('model.setAttribute("held", true);'),
    },
  ],
});

/** mastra-pg-pubsub's listener: released early when closed, then `after` (line 7), inside a try whose catch releases. */
const earlyRelease = (after: string) => `async function connect(pool, state, span) {
  const client = await pool.connect();
  try {
    await client.query("LISTEN events");
    if (state.closed) {
      client.release();
      ${after}
      return;
    }
    state.client = client;
  } catch (error) {
    client.release();
    throw error;
  }
}`;

ruleTester.run("no-use-after-release: tracing after an early release", useRule, {
  valid: [
    { name: "the span's end after the release", code: earlyRelease("span.end();") },
    { name: "a span field's attribute and end", code: earlyRelease('this.span.setAttribute("closed", true); this.span.end();') },
    { name: "recordException on a root span", code: earlyRelease("rootSpan.recordException(new Error(\"closed\"));") },
  ],
  invalid: [
    {
      name: "another call after the release may throw into the catch, which releases again",
      code: earlyRelease("notify(state);"),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 6 }, line: 12, column: 5 }],
    },
    {
      name: "end() on a stream, not a span, may throw too",
      code: earlyRelease("stream.end();"),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 6 }, line: 12, column: 5 }],
    },
  ],
});
