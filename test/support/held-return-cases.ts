// Cases for the refusals of a promise that reaches withClient's callback value (rewrite-held-promise-values and
// rewrite-carried-promises tests): `deactivate(id)` holds a client in try/finally, the lines under test end its `try`
// (`held`), or run before a release on the straight path with `row` returned after it (`flowing`, `bareFlowing`).
// `head` is the file's requires (the fix's require goes after them), `body` the functions the lines call.

const IMPORT = 'const { withClient } = require("poolguard/runtime");\n';
export const HOLD_TAIL = "the original gave the client back as it started, the callback would hold the client until it ends";

/** The reason a promise of `what` reached through `name` gives (carried: "may be or carry", else "may be"). */
export function heldPromiseReason(name: string, what = "`load(…)`, an async function", carried = false): string {
  return `\`${name}\` may be ${carried ? "or carry " : ""}the promise of ${what}, which the callback would return: ${HOLD_TAIL} (its pool work a second checkout)`;
}

/** The reason a call returned without `await` gives (`load(…)`, an async function; `repo.find(…)`, an async method …). */
export function returnedCallReason(what: string): string {
  return `${what}, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`;
}

export function heldReturnCases(head: string, body: string) {
  const outputs: string[] = [];
  const line = `${head}${body}`.split("\n").length + 1;
  const held = (lines: string) => `${head}${body}async function deactivate(id) {
  const client = await pool.connect();
  try {
    await client.query("UPDATE assets SET active = false WHERE id = $1", [id]);
    ${lines}
  } finally {
    client.release();
  }
}`;
  const refused = (lines: string, reason: string) => ({
    code: held(lines),
    output: null,
    errors: [
      {
        messageId: "preferWithClientNoFix" as const,
        line,
        column: 3,
        data: { client: "client", pool: "pool", helper: "withClient", reason },
      },
    ],
  });
  const fixed = (lines: string) => {
    const output = `${head}${IMPORT}${body}async function deactivate(id) {
  return await withClient(pool, async (client) => {
    await client.query("UPDATE assets SET active = false WHERE id = $1", [id]);
    ${lines}
  });
}`;
    outputs.push(output);
    return { code: held(lines), output, errors: [{ messageId: "preferWithClient" as const, line, column: 3 }] };
  };
  const flowingAfter = (prefix: string) => (lines: string, tail = "return row;") => `${prefix}async function deactivate(id) {
  const client = await pool.connect();
  await client.query("UPDATE assets SET active = false WHERE id = $1", [id]);
  ${lines}
  client.release();
  ${tail}
}`;
  // `bareFlowing` leaves the requires out (`pool` a global; the fix then adds an `import`).
  return { outputs, line, held, refused, fixed, flowing: flowingAfter(`${head}${body}`), bareFlowing: flowingAfter(body) };
}

/**
 * The same cases inside a class whose method `deactivate(id)` holds the client (`members` are the class's other
 * members, written before it): `refused` with its reason, `fixed` with its output (pushed to `outputs`).
 */
export function heldInClassCases(head: string, body: string, members: string, outputs: string[]) {
  const memberLines = members ? `  ${members}\n` : "";
  const line = `${head}${body}`.split("\n").length + 2 + (members ? 1 : 0);
  const code = (lines: string) => `${head}${body}class Service {
${memberLines}  async deactivate(id) {
    const client = await pool.connect();
    try {
      await client.query("UPDATE assets SET active = false WHERE id = $1", [id]);
      ${lines}
    } finally {
      client.release();
    }
  }
}`;
  const refused = (lines: string, reason: string) => ({
    code: code(lines),
    output: null,
    errors: [
      { messageId: "preferWithClientNoFix" as const, line, column: 5, data: { client: "client", pool: "pool", helper: "withClient", reason } },
    ],
    name: `refused in a class: ${lines}`,
  });
  const fixed = (lines: string) => {
    const output = `${head}${IMPORT}${body}class Service {
${memberLines}  async deactivate(id) {
    return await withClient(pool, async (client) => {
      await client.query("UPDATE assets SET active = false WHERE id = $1", [id]);
      ${lines}
    });
  }
}`;
    outputs.push(output);
    return { code: code(lines), output, errors: [{ messageId: "preferWithClient" as const, line, column: 5 }], name: `fixed in a class: ${lines}` };
  };
  return { refused, fixed };
}
