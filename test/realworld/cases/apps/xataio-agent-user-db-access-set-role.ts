// Source: xataio/agent — apps/dbagent/src/lib/db/db.ts (DBUserAccess.query), reduced by hand, not copied
// Label: safe
// Why: SET ROLE and the user-id setting run inside the try; the finally releases (destroying the client, so the role never leaks to the next user)
import pg from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import { sql } from "drizzle-orm";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export class DBUserAccess {
  private readonly userId: string;

  constructor(userId: string) {
    if (userId !== "" && !/^[0-9a-f-]*$/i.test(userId)) {
      throw new Error("Invalid user ID format");
    }
    this.userId = userId;
  }

  async query<T>(callback: (params: { db: any; userId: string }) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      const db = drizzle(client);
      await db.execute(sql.raw(`SET ROLE "authenticated_user"`));
      await db.execute(sql.raw(`SET "app.current_user" = '${this.userId}'`));
      return await callback({ db, userId: this.userId });
    } finally {
      client.release(true);
    }
  }
}
