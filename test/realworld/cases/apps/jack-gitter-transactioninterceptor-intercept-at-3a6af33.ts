// Source: Jack-Gitter/TransactionInterceptor — src/utils/interceptors/transactionInterceptor.ts at 3a6af33 (TransactionInterceptor.intercept, as "nice!" left it), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the commit awaits connect() and returns the tapped stream, but drops the `finalize` tap that released the runner: commit and rollback run, the query runner's connection is never given back
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
    await queryRunner.connect();
    await queryRunner.startTransaction();
    this.cls.set("connection", queryRunner.manager);
    return next.handle().pipe(
      tap({
        next: async (val) => {
          await queryRunner.commitTransaction();
          return val;
        },
        error: async (error) => {
          await queryRunner.rollbackTransaction();
          throw error;
        },
      }),
    );
  }
}
