// Source: anshnagrath/node-pg — src/lib/dao/post.dao.ts at e10bc0b (PostDao.insert), reduced by hand, not copied
// Label: safe
// Why: one query in the try, `release()` right after it and again in the catch before rethrowing: both ways out of the try give the client back (no finally, but no path skips a release)
import { PgPool } from "./dbConfig/pgPool";

interface IPost {
  title: string;
  body: string;
}

export class PostDao {
  static async insert(payload: IPost, userId: string): Promise<IPost> {
    const dbClient = await PgPool.pool.connect();
    try {
      const res = await dbClient.query(
        "INSERT INTO posts (title, body, user_id) VALUES ($1, $2, $3) RETURNING *",
        [payload.title, payload.body, userId],
      );
      dbClient.release();
      if (res && res.rows) return res.rows[0];
      else return payload;
    } catch (e) {
      dbClient.release();
      throw e;
    }
  }
}
