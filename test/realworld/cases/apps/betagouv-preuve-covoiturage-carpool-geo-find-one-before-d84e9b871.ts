// Source: betagouv/preuve-covoiturage — api/src/pdc/providers/carpool/repositories/CarpoolGeoRepository.ts at d84e9b871^ (CarpoolGeoRepository.findOne, before "clean db client release"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: when the query fails, the catch releases the client it checked out and the finally releases it again: pg throws "Release called on client which has already been released" (the project fixed the same double free in PR #1995)
import { PoolClient, PostgresConnection } from "@/ilos/connection-postgres/index.ts";
import { logger } from "@/lib/logger/index.ts";
import sql, { raw } from "@/lib/pg/sql.ts";
import { NotFoundException } from "@/ilos/common/index.ts";

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
      if (!client) {
        cl.release();
      }
      throw new NotFoundException(e.message);
    } finally {
      if (!client) {
        cl.release();
      }
    }
  }
}
