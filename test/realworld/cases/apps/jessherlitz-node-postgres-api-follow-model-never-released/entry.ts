// Source: jessherlitz/node-postgres-api — src/models/followModels.ts (followModel), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: each follow checks a client out of the shared pool (imported as `connection`) and inserts with it, but never releases it
import connection from "./database";

interface FollowInput {
  followeeId: string;
  followerId: string;
}

export async function followModel(input: FollowInput): Promise<void> {
  const { followeeId, followerId } = input;

  const conn = await connection.connect();
  await conn.query("INSERT INTO follows (followee_user_id, follower_user_id) VALUES ($1, $2)", [followeeId, followerId]);
}
