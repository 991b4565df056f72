// Source: betagouv/preuve-covoiturage — api/src/pdc/providers/carpool/repositories/CarpoolGeoRepository.ts at d84e9b871 (CarpoolGeoRepository.findOne, "clean db client release"), reduced by hand, not copied
// Label: safe
// Why: only the finally releases, and only a client this call checked out itself (a caller's client stays the caller's)
import { PoolClient, PostgresConnection } from "@/ilos/connection-postgres/index.ts";
import { logger } from "@/lib/logger/index.ts";
import sql, { raw } from "@/lib/pg/sql.ts";
import { DatabaseException } from "@/pdc/providers/carpool/exceptions/DatabaseException.ts";

export class CarpoolGeoRepository {
  readonly table = "carpool_v2.geo";

  constructor(protected connection: PostgresConnection) {}

  async findOne(carpool_id: number, client?: PoolClient) {
    const cl = client ?? (await this.connection.getClient().connect());
    try {
      const result = await cl.query(sql`SELECT _id, carpool_id FROM ${raw(this.table)} WHERE carpool_id = ${carpool_id}`);
      return result.rows[0] ?? null;
    } catch (e) {
      logger.error(`[carpool-geo] error finding carpool geo for ${carpool_id}: ${e.message}`);
      throw new DatabaseException(e.message);
    } finally {
      if (!client) {
        cl.release();
      }
    }
  }
}
