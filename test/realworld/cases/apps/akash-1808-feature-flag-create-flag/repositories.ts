import type { PoolClient } from "pg";
import { pool } from "./db";

export const flagRepository = {
  async findKeyAndOrg(key: string, orgId: string) {
    const { rows } = await pool.query("select id from flags where key = $1 and org_id = $2", [key, orgId]);
    return rows[0];
  },
  async create(orgId: string, key: string, name: string, client: PoolClient) {
    const { rows } = await client.query("insert into flags (org_id, key, name) values ($1, $2, $3) returning id", [orgId, key, name]);
    return rows[0];
  },
};

export const environmentRepository = {
  async findByOrgId(orgId: string) {
    const { rows } = await pool.query("select id from environments where org_id = $1", [orgId]);
    return rows;
  },
};

export const flagStateRepository = {
  async createStateForFlag(flagId: string, envIds: string[], client: PoolClient) {
    const { rows } = await client.query("insert into flag_states (flag_id, env_id) select $1, unnest($2::uuid[]) returning *", [flagId, envIds]);
    return rows;
  },
};

export const auditService = {
  async log(orgId: string, actorId: string, action: string, id: string, data: unknown, client: PoolClient) {
    await client.query("insert into audit_log (org_id, actor_id, action, entity_id, data) values ($1, $2, $3, $4, $5)", [orgId, actorId, action, id, data]);
  },
};

export const flagCache = {
  async invalidateRuleset(envId: string) {
    void envId;
  },
};
