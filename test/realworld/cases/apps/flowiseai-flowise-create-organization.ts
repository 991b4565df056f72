// Source: FlowiseAI/Flowise — packages/server/src/enterprise/services/organization.service.ts (OrganizationService.createOrganization), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the runner connects, then a lookup's "not found" throws before the try whose finally releases it, so every such request keeps one pooled connection
import { DataSource, QueryRunner } from "typeorm";

class NotFound extends Error {}

export class Organizations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: { byId(id: string, runner: QueryRunner): Promise<unknown> },
  ) {}

  async create(input: { name: string; createdBy: string }) {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();

    const owner = await this.users.byId(input.createdBy, runner);
    if (!owner) throw new NotFound("user not found");

    let saved: unknown = { ...input };
    try {
      await runner.startTransaction();
      saved = await runner.manager.save("organization", saved);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    return saved;
  }
}
