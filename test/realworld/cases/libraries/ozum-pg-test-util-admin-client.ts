// Source: ozum/pg-test-util — src/pg-test-util.ts (PgTestUtil.new), reduced by hand, not copied
// Label: safe
// Why: the caller's `pg.Client` or a new admin Client on the `postgres` database is connected and kept by the new instance (its cleanup ends it); no pool checkout
import { Client, type ClientConfig } from "pg";
import VError from "verror";

declare function getConnectionConfig(connection: Client | ClientConfig | string): ClientConfig;

export default class PgTestUtil {
  constructor(private readonly adminClient: Client, private readonly password?: string, private readonly options: object = {}) {}

  static async new(connection: Client | ClientConfig | string, options: object = {}): Promise<PgTestUtil> {
    try {
      const connectionConfig = getConnectionConfig(connection);
      const adminClient = connection instanceof Client ? connection : new Client({ database: "postgres", ...connectionConfig });
      await adminClient.connect();
      return new this(adminClient, typeof connectionConfig.password === "string" ? connectionConfig.password : undefined, options);
    } catch (error: any) {
      throw new VError(error, "Cannot connect admin client");
    }
  }

  async cleanup(): Promise<void> {
    await this.adminClient.end();
  }
}
