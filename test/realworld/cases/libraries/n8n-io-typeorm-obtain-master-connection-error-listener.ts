// Source: n8n-io/typeorm — src/driver/postgres/PostgresDriver.ts at 40ab31fb5 (obtainMasterConnection, as "fix: PoolClient leak after an error in PostgresDriver" left it), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the fix releases the checkout when the connection emits 'error', but a rejected `CREATE SCHEMA` or `SET search_path` (a missing privilege, a bad schema name) throws before `[connection, release]` is returned, and nothing gives that healthy client back
import pg, { PoolClient } from "pg";

class TypeORMError extends Error {}

export class PostgresDriver {
  master?: pg.Pool;
  options: { schema?: string } = {};
  connection = { logger: { log: (level: string, message: string) => console.log(level, message) } };

  async obtainMasterConnection(): Promise<[any, Function]> {
    if (!this.master) {
      throw new TypeORMError("Driver not Connected");
    }

    const connection = await this.master.connect();
    const { master } = this;
    const onError = (error: Error) => {
      connection.release(error);
    };
    const onRelease = (error: Error, client: PoolClient) => {
      if (client === connection) {
        if (error) {
          this.connection.logger.log("warn", `Postgres connection raised an error. ${error}`);
        }
        connection.removeListener("error", onError);
        master.removeListener("release", onRelease);
      }
    };
    connection.on("error", onError);
    master.on("release", onRelease);
    const { schema } = this.options;
    if (schema && schema !== "public") {
      await connection.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await connection.query(`SET search_path TO ${schema},public`);
    } else {
      await connection.query("SET search_path TO public");
    }
    return [connection, () => connection.release()];
  }
}
