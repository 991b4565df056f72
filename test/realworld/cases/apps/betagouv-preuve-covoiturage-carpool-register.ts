// Source: betagouv/preuve-covoiturage — api/src/pdc/providers/carpool/repositories/CarpoolRepository.ts (register), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is the caller's or a fresh checkout (`client ?? await …connect()`); for a fresh one the awaited BEGIN runs before the try whose finally releases it under `if (!client)`
import { provider } from "@/ilos/common/index.ts";
import { LegacyPostgresConnection, PoolClient } from "@/ilos/connection-postgres/index.ts";
import sql, { raw } from "@/lib/pg/sql.ts";

import { DatabaseException } from "../exceptions/DatabaseException.ts";

@provider()
export class CarpoolRepository {
  readonly table = "carpool_v2.carpools";

  constructor(protected connection: LegacyPostgresConnection) {}

  public async register(data: { operator_id: number; operator_journey_id: string }, client?: PoolClient) {
    const cl = client ?? (await this.connection.getClient().connect());
    if (!client) {
      await cl.query("BEGIN");
    }
    const query = sql`
      INSERT INTO ${raw(this.table)} (operator_id, operator_journey_id)
      VALUES (${data.operator_id}, ${data.operator_journey_id})
      ON CONFLICT (operator_id, operator_journey_id) DO NOTHING
      RETURNING _id, created_at, false::boolean AS conflict
    `;
    try {
      const result = await cl.query(query);
      const carpool = result.rows.pop();
      if (!carpool) {
        const existing = await cl.query(sql`SELECT _id, created_at FROM ${raw(this.table)} WHERE operator_id = ${data.operator_id}`);
        const row = existing.rows.pop();
        if (!row) {
          throw new DatabaseException();
        }
        return { ...row, conflict: true };
      }
      return carpool;
    } catch (e) {
      if (!client) {
        await cl.query("ROLLBACK");
      }
      throw e;
    } finally {
      if (!client) {
        cl.release();
      }
    }
  }
}
