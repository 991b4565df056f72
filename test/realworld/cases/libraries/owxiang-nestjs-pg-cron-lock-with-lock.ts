// Source: owxiang/nestjs-pg-cron-lock — src/advisory-lock.service.ts (AdvisoryLockService.withLock), reduced by hand, not copied
// Label: safe
// Why: the TypeORM runner takes its pooled connection in `connect()`, right before the try; the transaction, the try-lock early return (after COMMIT) and the job run inside it, the catch rolls back and logs, the finally awaits `queryRunner.release()`
import { Injectable, Logger } from "@nestjs/common";
import { DataSource } from "typeorm";

@Injectable()
export class AdvisoryLockService {
  private readonly logger = new Logger(AdvisoryLockService.name);

  constructor(private readonly dataSource: DataSource) {}

  async withLock(lockId: number, fn: () => Promise<void>): Promise<void> {
    const queryRunner = this.dataSource.createQueryRunner();
    await queryRunner.connect();

    try {
      await queryRunner.startTransaction();
      const [{ locked }] = await queryRunner.query("SELECT pg_try_advisory_xact_lock($1) AS locked", [lockId]);

      if (!locked) {
        await queryRunner.commitTransaction();
        return;
      }

      await fn();
      await queryRunner.commitTransaction();
    } catch (error) {
      await queryRunner.rollbackTransaction();
      this.logger.error(`Advisory lock job failed (lockId=${lockId}): ${(error as Error).message}`);
    } finally {
      await queryRunner.release();
    }
  }
}
