// Source: the-answerai/theanswer — packages/components/nodes/recordmanager/PostgresRecordManager/PostgresRecordManager.ts at 29f42e58 (PostgresRecordManager.exists; PR #671's review: "only releases its queryRunner inside the success branch"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the runner is released after its query inside the try; the catch logs and rethrows, so a failing SELECT keeps the pooled connection the query took
import { DataSource } from "typeorm";
import { PostgresConnectionManager } from "./utils";

export class PostgresRecordManager {
  namespace: string;
  tableName: string;
  config: { postgresConnectionOptions: any };

  constructor(namespace: string, config: { postgresConnectionOptions: any; tableName: string }) {
    this.namespace = namespace;
    this.tableName = config.tableName;
    this.config = config;
  }

  private async getDataSource(): Promise<DataSource> {
    return PostgresConnectionManager.getDataSource(this.config.postgresConnectionOptions);
  }

  async exists(keys: string[]): Promise<boolean[]> {
    if (keys.length === 0) {
      return [];
    }

    const dataSource = await this.getDataSource();
    const queryRunner = dataSource.createQueryRunner();
    const placeholders = keys.map((_, i) => `$${i + 2}`).join(", ");
    const sql = `SELECT k, (key is not null) ex from unnest(ARRAY[${placeholders}]) k left join "${this.tableName}" on k=key and namespace = $1;`;
    try {
      const res = await queryRunner.manager.query(sql, [this.namespace, ...keys]);
      await queryRunner.release();
      return res.map((row: { ex: boolean }) => row.ex);
    } catch (error) {
      console.error("Error checking existence of keys in PostgresRecordManager:");
      throw error;
    }
  }
}
