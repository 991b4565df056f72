// Source: https://github.com/typeorm/typeorm/issues/539 (pleerock's answer, "Allow manual rollback or commit of transaction": "don't forget to release connection, very important!"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release comes last with no try/finally: a failing statement or COMMIT between startTransaction() and release() leaves the runner holding its pooled connection
import { Connection } from "typeorm";

export async function moveStock(connection: Connection, from: number, to: number, qty: number) {
  const queryRunner = connection.driver.createQueryRunner();
  await queryRunner.startTransaction();
  await queryRunner.query("UPDATE stock SET qty = qty - $1 WHERE id = $2", [qty, from]);
  await queryRunner.query("UPDATE stock SET qty = qty + $1 WHERE id = $2", [qty, to]);
  await queryRunner.commitTransaction();
  await queryRunner.release();
}
