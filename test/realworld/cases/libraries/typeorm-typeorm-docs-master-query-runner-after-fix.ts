// Source: typeorm/typeorm — docs/multiple-connections.md at 37e4079bc (the replication section's "explicitly use master" example, as "Change master query docs to not leak connections" rewrote it), reduced by hand, not copied
// Label: safe
// Why: the master runner is released in the finally of the try that runs the query builder on it
import { Connection } from "typeorm";
import { Post } from "./entity/Post";

export async function postsFromMaster(connection: Connection) {
  const masterQueryRunner = connection.createQueryRunner("master");
  try {
    const postsFromMaster = await connection.createQueryBuilder(Post, "post").setQueryRunner(masterQueryRunner).getMany();
    return postsFromMaster;
  } finally {
    await masterQueryRunner.release();
  }
}
