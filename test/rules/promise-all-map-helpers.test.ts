// no-leaked-client: a helper of the file that uses its client parameter only inside `Promise.all(rows.map(cb))`
// does not keep the client (Promise.all has called every `cb` before it returns), so the caller still owes the release.
// The Next.js Learn course's seed script: `const client = await db.connect(); await seedUsers(client); await
// client.end();`, each seeder inserting its rows with `Promise.all(users.map((user) => client.sql…))`. Twins: a helper
// whose closures outlive it (returned as jobs) still takes the client over; the caller releasing in a finally is fine.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** The helper inserting `users`; `map` is how its rows are sent. */
const seeder = (map: string) => `import { Pool } from "pg";
const pool = new Pool();
async function seedUsers(client, users) {
${map}
}`;

const COMBINED = "  return Promise.all(users.map((user) => client.query(\"INSERT INTO users (id) VALUES ($1)\", [user.id])));";
const KEPT = "  return users.map((user) => () => client.query(\"INSERT INTO users (id) VALUES ($1)\", [user.id]));";

const main = (body: string) => `
export async function main(users) {
  const client = await pool.connect();
${body}
}`;

const ENDS_ON_SUCCESS = "  await seedUsers(client, users);\n  client.release();";
const RELEASES = "  try {\n    await seedUsers(client, users);\n  } finally {\n    client.release();\n  }";

ruleTester.run("no-leaked-client: helpers sending rows through Promise.all(map)", rule, {
  valid: [
    { name: "the caller releases in a finally", code: seeder(COMBINED) + main(RELEASES) },
    {
      name: "closures the helper returns outlive it: the client goes with them",
      code: seeder(KEPT) + main("  return seedUsers(client, users);"),
    },
  ],
  invalid: [
    {
      name: "the Next.js Learn seed script: the release only follows a seeder that resolved",
      code: seeder(COMBINED) + main(ENDS_ON_SUCCESS),
      errors: [
        {
          messageId: "notReleasedOnThrow",
          line: 7,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import { Pool } from "pg";
import { withClient } from "poolguard/runtime";
const pool = new Pool();
async function seedUsers(client, users) {
${COMBINED}
}
export async function main(users) {
  await withClient(pool, async (client) => {
    await seedUsers(client, users);
  });
}`,
            },
          ],
        },
      ],
    },
  ],
});
