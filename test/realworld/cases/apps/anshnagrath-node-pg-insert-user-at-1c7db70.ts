// Source: anshnagrath/node-pg — src/lib/dao/user.dao.ts at 1c7db70 "feat(user route): add user…" (UserDao.insertUser), reduced by hand, not copied
// Label: safe
// Why: the catch turns unique-key violations into result objects and returns, and the finally releases on every path, those returns included
import { PgPool } from "../../dbConfig/pgPool";
import { UserQueries } from "../../queries/users.query";
import { IUser, ICreateResponse } from "../interfaces/";

export class UserDao {
  static async insertUser(payload: IUser): Promise<ICreateResponse> {
    const { query, values } = UserQueries.insert(payload);
    const dbClient = await PgPool.pool.connect();
    try {
      const execQuery = await dbClient.query(query, values);
      return { error: false, id: execQuery.rows[0]["uuid"], message: "ok" };
    } catch (e) {
      const message = (e as Error).message;
      switch (message) {
        case 'duplicate key value violates unique constraint "users_email_key"':
          return { error: true, id: "", message: "Duplicate Email Used" };
        case 'duplicate key value violates unique constraint "users_mobile_key"':
          return { error: true, id: "", message: "Duplicate Mobile Used" };
      }
      return { error: true, id: "", message };
    } finally {
      dbClient.release();
    }
  }
}
