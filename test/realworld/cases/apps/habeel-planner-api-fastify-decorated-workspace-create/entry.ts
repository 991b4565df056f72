// Source: habeel/planner-api — src/services/workspaceService.ts at cd59cc6 (WorkspaceService.create), reduced by hand, not copied
// Label: safe
// Why: the pool reaches the service as `this.fastify.db`, decorated by plugins/postgres.ts (`fastify.decorate('db', pool)`, typed `DbPool` = pg.Pool through fastify's module augmentation); BEGIN, two INSERTs and COMMIT in a try whose catch rolls back and whose finally releases
import type { FastifyInstance } from "fastify";

export class WorkspaceService {
  constructor(private fastify: FastifyInstance) {}

  async create(input: { name: string; owner_id: string; organization_id: string }) {
    const client = await this.fastify.db.connect();

    try {
      await client.query("BEGIN");
      const result = await client.query("INSERT INTO workspaces (name, owner_id, organization_id) VALUES ($1, $2, $3) RETURNING *", [input.name, input.owner_id, input.organization_id]);
      const workspace = result.rows[0]!;
      await client.query("INSERT INTO user_workspace_roles (workspace_id, user_id, role) VALUES ($1, $2, 'ADMIN')", [workspace.id, input.owner_id]);
      await client.query("COMMIT");
      return workspace;
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  }
}
