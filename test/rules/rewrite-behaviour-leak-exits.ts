// Snippets for rewrite-behaviour.test.ts and rewrite-faults.test.ts (see rewrite-behaviour-real-code.ts for the
// format): no-leaked-client's suggestion on code that leaks through an early exit — a `return` before the release,
// inside a transaction or not. Reductions of suggestions read in issue rewrite-n's round (written here, not copied).
import type { BehaviourCase } from "../support/rewrite-behaviour.js";

const HEAD = `import type { Pool } from "pg";\n`;

export const leakExitCases: BehaviourCase[] = [
  {
    // Without the ROLLBACK before that return, the suggestion gave the client back inside the transaction, its row
    // still locked (returnedInTransaction 1 on the "taken" path): now refused (rewrite-open-transaction-exits.test.ts).
    name: "an early return inside the transaction rolls back but does not release, the catch releases (preproom.ai oc-g406's reserveSeat, reduced)",
    rule: "no-leaked-client",
    inputs: ["free", "taken"],
    code: `${HEAD}export async function run(pool: Pool, input: string, log: unknown[]) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const seat = await client.query("SELECT id FROM items WHERE v = $1 FOR UPDATE", [input]);
    if (input === "taken" || seat.rows.length > 0) {
      await client.query("ROLLBACK");
      log.push("seat taken");
      return { ok: false };
    }
    await client.query("INSERT INTO items (v) VALUES ($1)", [input]);
    await client.query("COMMIT");
    client.release();
    return { ok: true };
  } catch (err) {
    await client.query("ROLLBACK");
    client.release();
    throw err;
  }
}`,
  },
];
