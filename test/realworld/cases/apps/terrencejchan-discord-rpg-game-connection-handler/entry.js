// Source: TerrenceJChan/discord-rpg-game — src/database/connection.js at f877ce5 (connection), reduced by hand, not copied
// Label: safe
// Why: the RPG bot's commands (attack, hunt, signup…) run through `connection(handler)`, which checks out of the lazily made pool, wraps the client in a tagged-template `sql` and a swallowing `transaction`, and releases in the finally around the handler
import { getPool } from "./database/pool.js";

export default async function connection(handler) {
  const pgclient = await getPool().connect();

  const client = {
    sql: async (strings, ...values) => {
      const text = strings.reduce((acc, part, i) => `${acc}$${i}${part}`);
      return pgclient.query(text, values);
    },
    transaction: async (callback) => {
      try {
        await client.sql`BEGIN`;
        await callback();
        await client.sql`COMMIT`;
      } catch (error) {
        await client.sql`ROLLBACK`;
      }
    },
  };
  try {
    return await handler(client);
  } finally {
    pgclient.release();
  }
}
