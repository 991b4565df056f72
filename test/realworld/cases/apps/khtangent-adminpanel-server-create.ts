// Source: KHTangent/adminpanel — server/models/Server.ts at 4dd6837 (Server.create, called from Nuxt server routes), reduced by hand, not copied
// Label: safe
// Why: the checkout's BEGIN/COMMIT/ROLLBACK sit in a try whose finally releases (the two INSERTs go through `pool.query`, outside that transaction, but the client is never kept); the h3 `createError` throws come after the finally
import { createError } from "h3";
import pg from "pg";

export default class Server {
  private constructor(public id: string, public ownerId: string, public serverName: string) {}

  static async create(pool: pg.Pool, id: string, ownerId: string, serverName: string): Promise<Server | null> {
    const client = await pool.connect();
    const serverQuery = { text: "INSERT INTO servers(id, owner_id, server_name) VALUES ($1, $2, $3) RETURNING *", values: [id, ownerId, serverName] };
    const modQuery = { text: "INSERT INTO moderators(server_id, user_id, readonly) VALUES ($1, $2, false)", values: [id, ownerId] };
    let result: pg.QueryResult;
    let insertError: pg.DatabaseError;
    let otherError: boolean;
    try {
      await client.query("BEGIN");
      result = await pool.query(serverQuery);
      await pool.query(modQuery);
      await client.query("COMMIT");
    } catch (e: unknown) {
      await client.query("ROLLBACK");
      if (e instanceof pg.DatabaseError) {
        insertError = e;
      } else {
        console.error(e);
        otherError = true;
      }
    } finally {
      client.release();
    }
    if (insertError) {
      if (insertError.constraint === "servers_pkey") {
        throw createError({ statusCode: 400, statusMessage: "server already exists" });
      }
      throw createError({ statusCode: 500 });
    }
    if (otherError) throw createError({ statusCode: 500 });
    return new Server(result.rows[0].id, result.rows[0].owner_id, result.rows[0].server_name);
  }
}
