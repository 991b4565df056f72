// Source: anshnagrath/node-pg — src/lib/dao/comment.dao.ts at e10bc0b (CommentDao.getByPostId), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: listing a post's comments releases after the second query and in the catch, but an unknown post takes `else return []` out of the try without a release
import { PgPool } from "./dbConfig/pgPool";

export class CommentDao {
  static async getByPostId(postId: string, userId: string): Promise<unknown[]> {
    const dbClient = await PgPool.pool.connect();
    try {
      const post = await dbClient.query("SELECT id FROM posts WHERE uuid = $1", [postId]);
      if (post.rows && post.rows[0] && post.rows[0]["id"]) {
        const res = await dbClient.query(
          "SELECT c.*, c.user_id = $2 AS mine FROM comments c WHERE c.post_id = $1",
          [post.rows[0]["id"], userId],
        );
        dbClient.release();
        if (res && res.rows) return res.rows;
        else return [];
      } else return [];
    } catch (e) {
      dbClient.release();
      throw e;
    }
  }
}
