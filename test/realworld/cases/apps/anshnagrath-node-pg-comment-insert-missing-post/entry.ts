// Source: anshnagrath/node-pg — src/lib/dao/comment.dao.ts at e10bc0b (CommentDao.insert), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the posts-and-comments API releases only after the INSERT and in the catch; when the post's uuid matches no row, `else return payload` leaves the try with the client still checked out
import { PgPool } from "./dbConfig/pgPool";

interface IComment {
  post_id: string;
  body: string;
}

export class CommentDao {
  static async insert(payload: IComment, userId: string): Promise<IComment> {
    const dbClient = await PgPool.pool.connect();
    try {
      const post = await dbClient.query("SELECT id FROM posts WHERE uuid = $1", [payload.post_id]);
      if (post.rows && post.rows[0] && post.rows[0]["id"]) {
        payload.post_id = post.rows[0]["id"];
        const res = await dbClient.query(
          "INSERT INTO comments (post_id, user_id, body) VALUES ($1, $2, $3) RETURNING *",
          [payload.post_id, userId, payload.body],
        );
        dbClient.release();
        if (res && res.rows) return res.rows[0];
        else return payload;
      } else return payload;
    } catch (e) {
      dbClient.release();
      throw e;
    }
  }
}
