// Source: betagouv/preuve-covoiturage — api/src/pdc/services/operator/providers/OperatorPgRepositoryProvider.ts (create), reduced by hand, not copied
// Label: safe
// Why: `connection.query("BEGIN")` before the try is not awaited: it returns a promise and cannot throw there, and every path in the try awaits a query on the client before the finally releases (only BEGIN's own rejection goes unhandled)
import { provider } from "@/ilos/common/index.ts";
import { LegacyPostgresConnection } from "@/ilos/connection-postgres/index.ts";

@provider()
export class OperatorPgRepositoryProvider {
  public readonly table = "operator.operators";

  constructor(protected connection: LegacyPostgresConnection) {}

  async create(data: { name: string; siret: string; thumbnail?: string }): Promise<{ _id: number }> {
    const connection = await this.connection.getClient().connect();
    connection.query<any>("BEGIN");
    try {
      const result = await connection.query<any>({
        text: `INSERT INTO ${this.table} (name, siret) VALUES ($1, $2) RETURNING *`,
        values: [data.name, data.siret],
      });
      if (result.rowCount !== 1) {
        throw new Error(`Unable to create operator (${JSON.stringify(data)})`);
      }
      if (data?.thumbnail?.length) {
        await this.insertThumbnail(connection, result.rows[0]._id, data.thumbnail);
      }
      await connection.query<any>("COMMIT");
      return result.rows[0];
    } catch (e) {
      await connection.query<any>("ROLLBACK");
      throw e;
    } finally {
      connection.release();
    }
  }

  private async insertThumbnail(connection: any, operatorId: number, base64: string): Promise<void> {
    await connection.query({ text: "INSERT INTO operator.thumbnails (operator_id, data) VALUES ($1, $2)", values: [operatorId, base64] });
  }
}
