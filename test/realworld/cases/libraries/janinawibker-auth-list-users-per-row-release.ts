// Source: JaninaWibker/auth — src/adapters/postgres.ts (list_users_basic), reduced by hand, not copied
// Label: leak
// Why: the release sits inside `res.rows.map`'s callback: with no rows nothing releases the client, with several it is released again for every row (pg throws), and a failed query has no handler at all, so the client is never given back
import { Pool, type QueryResult } from "pg";

interface UserRow {
  id: string;
  username: string;
}

export function createUserAdapter(dbConfig: object) {
  const pool = new Pool(dbConfig);

  const listUsersBasic = () =>
    pool.connect().then((client) =>
      client.query("SELECT id, username FROM auth_user").then((res: QueryResult<UserRow>) =>
        res.rows.map((row) => {
          client.release();
          return { id: row.id, username: row.username };
        }),
      ),
    );

  return { listUsersBasic };
}
