// Source: anshnagrath/node-pg — src/lib/dao/user.dao.ts before 1c7db70 "feat(user route): add user…" (UserDao.insertUser), reduced by hand, not copied
// Label: safe
// Why: the release comes right after the awaited INSERT in the try, and the catch releases before rethrowing, so both outcomes of the query give the client back (1c7db70 moves the release into a finally)
import { PgPool } from "../../dbConfig/pgPool";
import { UserQueries } from "../../queries/users.query";
import { IUser } from "../interfaces/IUser";

export class UserDao {
  static async insertUser(payload: IUser): Promise<IUser> {
    const { query, values } = UserQueries.insert(payload);
    const dbClient = await PgPool.pool.connect();

    try {
      const execQuery = await dbClient.query(query, values);
      dbClient.release();
      if (execQuery && execQuery.rows) return execQuery.rows[0];
      else return payload;
    } catch (e) {
      dbClient.release();
      throw e;
    }
  }
}
