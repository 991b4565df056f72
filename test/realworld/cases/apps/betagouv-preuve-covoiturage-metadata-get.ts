// Source: betagouv/preuve-covoiturage — api/src/pdc/services/policy/providers/MetadataRepositoryProvider.ts (get), reduced by hand, not copied
// Label: safe
// Why: the loop of awaited reads through a helper that takes the client is in try, finally releases
import { provider } from "@/ilos/common/index.ts";
import { LegacyPostgresConnection, PoolClient } from "@/ilos/connection-postgres/index.ts";

@provider()
export class MetadataRepositoryProvider {
  constructor(protected connection: LegacyPostgresConnection) {}

  async get(policyId: number, keys: string[], datetime?: Date) {
    const connection = await this.connection.getClient().connect();
    try {
      const result = [];
      for (const key of keys) {
        const r = await this.getSingle(connection, policyId, key, datetime);
        if (r) {
          result.push(r);
        }
      }
      return result;
    } finally {
      connection.release();
    }
  }

  private async getSingle(client: PoolClient, policyId: number, key: string, datetime?: Date) {
    const { rows } = await client.query({
      text: "SELECT * FROM policy.policy_metas WHERE policy_id = $1 AND key = $2 AND datetime <= $3 ORDER BY datetime DESC LIMIT 1",
      values: [policyId, key, datetime ?? new Date()],
    });
    return rows[0];
  }
}
