// Source: https://github.com/typeorm/typeorm/issues/2602 (the transactions docs' QueryRunner example as the reporter quotes it, "Connection release needed?"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the runner connects, commits or rolls back, and is never released: the connection it took stays out of the pool on every path
import { getConnection } from "typeorm";
import { User } from "./entity/User";

export async function renameUser(id: number, name: string) {
  const connection = getConnection();
  const queryRunner = connection.createQueryRunner();

  await queryRunner.connect();
  await queryRunner.startTransaction();
  await queryRunner.manager.update(User, id, { name });

  try {
    await queryRunner.commitTransaction();
  } catch (err) {
    await queryRunner.rollbackTransaction();
  }
}
