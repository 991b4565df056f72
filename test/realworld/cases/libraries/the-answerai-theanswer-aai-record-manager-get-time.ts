// Source: the-answerai/theanswer — packages/components/nodes/recordmanager/AAIRecordManager/AAIRecordManager.ts at 29f42e58 (AAI PostgresRecordManager.getTime; PR #671's review: "Avoid leaking query runners in error paths"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the runner is made inside the try and released after its SELECT; the catch logs and rethrows, so a failing query keeps the pooled connection
import { DataSource } from "typeorm";
import { PostgresConnectionManager } from "./utils";

export class PostgresRecordManager {
  config: { postgresConnectionOptions: any };

  constructor(config: { postgresConnectionOptions: any }) {
    this.config = config;
  }

  private async getDataSource(): Promise<DataSource> {
    return PostgresConnectionManager.getDataSource(this.config.postgresConnectionOptions);
  }

  async getTime(): Promise<number> {
    const dataSource = await this.getDataSource();
    try {
      const queryRunner = dataSource.createQueryRunner();
      const res = await queryRunner.manager.query("SELECT EXTRACT(EPOCH FROM CURRENT_TIMESTAMP)");
      await queryRunner.release();
      return Number.parseFloat(res[0].extract);
    } catch (error) {
      console.error("Error getting time in PostgresRecordManager:");
      throw error;
    }
  }
}
