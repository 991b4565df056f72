// Source: Jack-Gitter/TransactionInterceptor — src/utils/interceptors/transactionInterceptor.ts at 3a6af33^ (TransactionInterceptor.intercept), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the commit/rollback/release taps sit on a `next.handle().pipe(…)` whose result is thrown away, and the interceptor returns a fresh `next.handle()`: nothing subscribes to the tapped stream, so the query runner is never released (nor its transaction ended)
import { Injectable, NestInterceptor, ExecutionContext, CallHandler } from "@nestjs/common";
import { ClsService } from "nestjs-cls";
import { Observable, tap } from "rxjs";
import { DataSource } from "typeorm";

@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(
    private dataSource: DataSource,
    private cls: ClsService,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<any>> {
    const queryRunner = this.dataSource.createQueryRunner();
    queryRunner.connect();
    await queryRunner.startTransaction();
    this.cls.set("connection", queryRunner.manager);
    next.handle().pipe(
      tap({
        next: async (val) => {
          await queryRunner.commitTransaction();
          return val;
        },
        error: async (error) => {
          await queryRunner.rollbackTransaction();
          throw error;
        },
        finalize: async () => {
          await queryRunner.release();
        },
      }),
    );
    return next.handle();
  }
}
