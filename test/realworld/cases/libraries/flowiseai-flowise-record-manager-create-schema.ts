// Source: FlowiseAI/Flowise — packages/components/nodes/recordmanager/PostgresRecordManager/PostgresRecordManager.ts (createSchema), reduced by hand, not copied
// Label: safe
// Why: the runner is released on the success path only, but the data source it came from is destroyed in the finally, and TypeORM's destroy() releases every connected runner before it ends the pool
import { DataSource } from "typeorm";

export class RecordManager {
  constructor(private readonly options: object, private readonly table: string) {}

  private async open(): Promise<DataSource> {
    const dataSource = new DataSource(this.options as never);
    await dataSource.initialize();
    return dataSource;
  }

  async createSchema(): Promise<void> {
    const dataSource = await this.open();
    try {
      const runner = dataSource.createQueryRunner();
      await runner.manager.query(`CREATE TABLE IF NOT EXISTS "${this.table}" (key TEXT PRIMARY KEY)`);
      await runner.manager.query(`CREATE INDEX IF NOT EXISTS key_index ON "${this.table}" (key)`);
      await runner.release();
    } catch (error) {
      if ((error as { code?: string }).code === "23505") return;
      throw error;
    } finally {
      await dataSource.destroy();
    }
  }
}
