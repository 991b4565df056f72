// Source: typeorm/typeorm — src/connection/Connection.ts at 090a10081^ (Connection.dropDatabase, before PR #3727 "Connection.dropDatabase() leaks an unreleased db client"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the master runner connects in clearDatabase and is released only after it; when clearing fails, the release is skipped and the connection stays out
import { MysqlDriver } from "../driver/mysql/MysqlDriver";
import { SqlServerDriver } from "../driver/sqlserver/SqlServerDriver";
import { PromiseUtils } from "../util/PromiseUtils";

export class Connection {
  driver: any;
  entityMetadatas: Array<{ database?: string }> = [];

  declare createQueryRunner: (mode?: "master" | "slave") => any;

  async dropDatabase(): Promise<void> {
    const queryRunner = await this.createQueryRunner("master");
    if (this.driver instanceof SqlServerDriver || this.driver instanceof MysqlDriver) {
      const databases: string[] = this.driver.database ? [this.driver.database] : [];
      this.entityMetadatas.forEach((metadata) => {
        if (metadata.database && databases.indexOf(metadata.database) === -1) databases.push(metadata.database);
      });
      await PromiseUtils.runInSequence(databases, (database: string) => queryRunner.clearDatabase(database));
    } else {
      await queryRunner.clearDatabase();
    }
    await queryRunner.release();
  }
}
