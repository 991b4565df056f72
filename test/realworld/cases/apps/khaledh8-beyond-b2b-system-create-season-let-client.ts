// Source: KhaledH8/beyond-b2b-system — apps/api/src/direct-contracts/direct-contracts.service.ts at 5d03b59 (DirectContractsService.createSeason), reduced by hand, not copied
// Label: safe
// Why: a NestJS service's injected `PG_POOL`, typed `Pool` from the workspace package `@bb/db` (a tsconfig `paths` alias to packages/db); `let client` is checked out inside the `try`, the contract lock, the 404/400/409 `throw`s, the insert and COMMIT follow it there, the `catch` rolls back `if (client)` and rethrows, and the `finally` releases `if (client)` before the audit write
import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from "@nestjs/common";
import type { Pool, PoolClient } from "@bb/db";
import { PG_POOL } from "../database/database.module";
import { newUlid } from "../common/ulid";
import { AuditLogRepository } from "../admin/audit-log.repository";

interface SeasonAdminRow { id: string; contractId: string; name: string; dateFrom: string; dateTo: string }

@Injectable()
export class DirectContractsService {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly audit: AuditLogRepository,
  ) {}

  async createSeason(input: { tenantId: string; contractId: string; name: string; dateFrom: string; dateTo: string }, actorId: string): Promise<SeasonAdminRow> {
    if (input.dateFrom > input.dateTo) throw new BadRequestException("dateFrom must not be after dateTo");
    let client: PoolClient | null = null;
    let row: SeasonAdminRow;

    try {
      client = await this.pool.connect();
      await client.query("BEGIN");
      const { rows: contractRows } = await client.query<{ status: string }>(
        "SELECT status FROM rate_auth_contract WHERE id = $1 AND tenant_id = $2 FOR UPDATE",
        [input.contractId, input.tenantId],
      );
      if (contractRows.length === 0) {
        throw new NotFoundException(`contract ${input.contractId} not found`);
      }
      if (contractRows[0]!.status === "INACTIVE") {
        throw new BadRequestException("cannot add seasons to an INACTIVE contract");
      }
      const { rows: overlapRows } = await client.query(
        "SELECT 1 FROM rate_auth_season WHERE contract_id = $1 AND date_from <= $3::date AND date_to >= $2::date",
        [input.contractId, input.dateFrom, input.dateTo],
      );
      if (overlapRows.length > 0) {
        throw new ConflictException("season dates overlap with an existing season in this contract");
      }
      const id = newUlid();
      const { rows } = await client.query<{ id: string; contract_id: string; name: string; date_from: string; date_to: string }>(
        "INSERT INTO rate_auth_season (id, contract_id, name, date_from, date_to) VALUES ($1, $2, $3, $4::date, $5::date) RETURNING *",
        [id, input.contractId, input.name, input.dateFrom, input.dateTo],
      );
      await client.query("COMMIT");
      const r = rows[0]!;
      row = { id: r.id, contractId: r.contract_id, name: r.name, dateFrom: r.date_from, dateTo: r.date_to };
    } catch (err) {
      if (client) await client.query("ROLLBACK");
      throw err;
    } finally {
      if (client) client.release();
    }

    await this.audit.write({ tenantId: input.tenantId, actorId, resourceType: "direct_contract_season", resourceId: row.id, operation: "CREATE" });
    return row;
  }
}
