// Source: Akash-1808/feature-flag — apps/api/src/services/flag.service.ts at 3179650 (flagService.create), reduced by hand, not copied
// Label: safe
// Why: a method of an exported service object checks for a duplicate key before the checkout; BEGIN, repository calls handed the client, an audit write, COMMIT and a cache invalidation loop run inside the try, ROLLBACK and a mapped rethrow in the catch, release in the finally
import { pool } from "./db";
import { flagRepository, environmentRepository, flagStateRepository, auditService, flagCache } from "./repositories";

class ConflictError extends Error {}

export const flagService = {
  async create(orgId: string, actorId: string, key: string, name: string) {
    const existing = await flagRepository.findKeyAndOrg(key, orgId);
    if (existing) {
      throw new ConflictError(`Flag with key "${key}" already exists`);
    }
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const flag = await flagRepository.create(orgId, key, name.trim(), client);
      const envs = await environmentRepository.findByOrgId(orgId);
      const envIds = envs.map((e: { id: string }) => e.id);
      const states = await flagStateRepository.createStateForFlag(flag.id, envIds, client);
      await auditService.log(orgId, actorId, "CREATE_FLAG", flag.id, { flag, states }, client);
      await client.query("COMMIT");
      for (const envId of envIds) {
        await flagCache.invalidateRuleset(envId);
      }
      return { flag, states };
    } catch (error: any) {
      await client.query("ROLLBACK");
      if (error.code === "23505") {
        throw new ConflictError(`Flag with key "${key}" already exists`);
      }
      throw error;
    } finally {
      client.release();
    }
  },
};
