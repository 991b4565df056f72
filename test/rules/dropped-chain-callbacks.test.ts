// A client used in the callback of a promise chain that nobody awaits, on a promise that is not the client's own work
// (PurpleCapedCrusader/GorillaBot's removePlayer: `playerInActiveGame(message).then(…)` started without `await`,
// its callback querying on the client after the finally's release).
import rule from "../../rules/no-unawaited-client-work.js";
import { ruleTester } from "../support/rule-tester.js";

const held = (body: string) =>
  `async function leave(pool, id) {\n  const client = await pool.connect();\n  try {\n${body}\n  } finally {\n    client.release();\n  }\n}\n`;
const LATER_QUERY = '    lookUp(id).then((row) => client.query("UPDATE seats SET taken = false WHERE id = $1", [row.id]))';

ruleTester.run("no-unawaited-client-work: a client used in a callback of a chain nobody awaits", rule, {
  valid: [
    { name: "the chain awaited before the release", code: held(`    await ${LATER_QUERY.trimStart()};`) },
    { name: "the chain kept and awaited later", code: held(`    const pending = ${LATER_QUERY.trimStart()};\n    await pending;`) },
    {
      name: "the release at the end of the chain itself",
      code: `async function leave(pool, id) {\n  const client = await pool.connect();\n  lookUp(id)\n    .then((row) => client.query("UPDATE seats SET taken = false WHERE id = $1", [row.id]))\n    .finally(() => client.release());\n}\n`,
    },
    { name: "a dropped chain whose callback does not use the client", code: held('    lookUp(id).then((row) => console.log(row));\n    await client.query("SELECT 1");') },
  ],
  invalid: [
    {
      name: "a dropped `.then` whose callback queries on the client (GorillaBot)",
      code: held(`${LATER_QUERY};`),
      errors: [
        {
          messageId: "laterThen",
          data: { work: "lookUp(…).then(…)", method: "then", client: "client" },
          line: 4,
          column: 5,
          suggestions: [{ messageId: "addAwait", output: held(`    await ${LATER_QUERY.trimStart()};`) }],
        },
      ],
    },
    {
      name: "an async function inside the callback, and a `.catch` after it",
      code: held('    lookUp(id)\n      .then((row) => {\n        (async () => {\n          await client.query("DELETE FROM seats WHERE id = $1", [row.id]);\n        })().catch(console.error);\n      })\n      .catch(console.error);'),
      errors: [
        {
          messageId: "laterThen",
          data: { work: "lookUp(…).then(…).catch(…)", method: "then", client: "client" },
          line: 4,
          column: 5,
          suggestions: [
            {
              messageId: "addAwait",
              output: held('    await lookUp(id)\n      .then((row) => {\n        (async () => {\n          await client.query("DELETE FROM seats WHERE id = $1", [row.id]);\n        })().catch(console.error);\n      })\n      .catch(console.error);'),
            },
          ],
        },
      ],
    },
    {
      name: "a `.catch` callback rolling back on the client",
      code: held('    notify(id).catch(() => client.query("ROLLBACK"));'),
      errors: [{ messageId: "laterThen", data: { work: "notify(…).catch(…)", method: "catch", client: "client" }, line: 4, column: 5, suggestions: [{ messageId: "addAwait", output: held('    await notify(id).catch(() => client.query("ROLLBACK"));') }] }],
    },
    {
      name: "in a callback-style function, where no `await` can be offered",
      code: 'function leave(pool, id) {\n  pool.connect().then((client) => {\n    lookUp(id).then((row) => client.query("DELETE FROM seats WHERE id = $1", [row.id]));\n    client.release();\n  });\n}\n',
      errors: [{ messageId: "laterThen", data: { work: "lookUp(…).then(…)", method: "then", client: "client" }, line: 3, column: 5, suggestions: [] }],
    },
  ],
});
