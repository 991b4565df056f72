// Source: betagouv/preuve-covoiturage — api/src/pdc/services/operator/providers/OperatorPgRepositoryProvider.ts (patch), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the awaited BEGIN sits between connect() and the try whose finally releases; when it rejects, the client is never released
import { provider } from "@/ilos/common/index.ts";
import { LegacyPostgresConnection } from "@/ilos/connection-postgres/index.ts";

@provider()
export class OperatorPgRepositoryProvider {
  public readonly table = "operator.operators";

  constructor(protected connection: LegacyPostgresConnection) {}

  async patch(id: number, patch: Record<string, unknown>): Promise<unknown> {
    const connection = await this.connection.getClient().connect();
    await connection.query<any>("BEGIN");
    try {
      const fields = ["name", "legal_name", "siret"].filter((k) => k in patch);
      const sets = fields.map((f, i) => `${f} = $${i + 2}`);
      const result = await connection.query<any>({
        text: `UPDATE ${this.table} SET updated_at = NOW(), ${sets.join(", ")} WHERE _id = $1 RETURNING *`,
        values: [id, ...fields.map((f) => patch[f])],
      });
      await connection.query<any>("COMMIT");
      return result.rows[0];
    } catch (e) {
      await connection.query<any>("ROLLBACK");
      throw e;
    } finally {
      connection.release();
    }
  }
}
