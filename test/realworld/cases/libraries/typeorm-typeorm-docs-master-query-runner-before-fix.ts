// Source: typeorm/typeorm — docs/multiple-connections.md at 37e4079bc^ (the replication section's "explicitly use master" example, before "Change master query docs to not leak connections"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the runner made for master is handed to the query builder and never released, so each call keeps one master connection out of the pool
import { Connection } from "typeorm";
import { Post } from "./entity/Post";

export async function postsFromMaster(connection: Connection) {
  const posts = await connection.createQueryBuilder(Post, "post").setQueryRunner(connection.createQueryRunner("master")).getMany();
  return posts;
}
