// Source: the-answerai/theanswer — packages/components/nodes/recordmanager/PostgresRecordManager/PostgresRecordManager.ts at 29f42e58 (PostgresRecordManager.update, its getTime reduced to a DataSource query so the case has one runner; PR #671's review: "only releases its queryRunner inside the success branch"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `release()` follows the upsert inside the try and the catch only logs and rethrows: a failing INSERT leaves the runner holding the pooled connection its query took (the checks that throw earlier run before the runner has connected)
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

  async getTime(): Promise<number> {
    const dataSource = await this.getDataSource();
    const res = await dataSource.query("SELECT EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) AS now");
    return Number.parseFloat(res[0].now);
  }

  async update(keys: string[], updateOptions?: { timeAtLeast?: number; groupIds?: (string | null)[] }): Promise<void> {
    if (keys.length === 0) {
      return;
    }

    const dataSource = await this.getDataSource();
    const queryRunner = dataSource.createQueryRunner();
    const tableName = this.tableName;

    const updatedAt = await this.getTime();
    const { timeAtLeast, groupIds: _groupIds } = updateOptions ?? {};
    if (timeAtLeast && updatedAt < timeAtLeast) {
      throw new Error(`Time sync issue with database ${updatedAt} < ${timeAtLeast}`);
    }

    const groupIds = _groupIds ?? keys.map(() => null);
    if (groupIds.length !== keys.length) {
      throw new Error(`Number of keys (${keys.length}) does not match number of group_ids ${groupIds.length})`);
    }

    const rows = keys.map((key, i) => [key, this.namespace, updatedAt, groupIds[i]]);
    const placeholders = rows.map((_, j) => `($${j * 4 + 1}, $${j * 4 + 2}, $${j * 4 + 3}, $${j * 4 + 4})`).join(", ");
    const sql = `INSERT INTO "${tableName}" (key, namespace, updated_at, group_id) VALUES ${placeholders} ON CONFLICT (key, namespace) DO UPDATE SET updated_at = EXCLUDED.updated_at;`;
    try {
      await queryRunner.manager.query(sql, rows.flat());
      await queryRunner.release();
    } catch (error) {
      console.error("Error updating in PostgresRecordManager:");
      throw error;
    }
  }
}
