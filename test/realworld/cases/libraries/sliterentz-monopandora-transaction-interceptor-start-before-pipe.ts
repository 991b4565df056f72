// Source: sliterentz/MonoPandora — src/libs/auth/src/lib/interceptors/transaction.interceptor.ts (TransactionInterceptor#intercept), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a NestJS interceptor opens a TypeORM runner per request and leaves its release to the `finalize` of the handler's observable, but `await queryRunner.startTransaction()` runs before `next.handle().pipe(…)` is even built: when START TRANSACTION fails the interceptor rejects, Nest answers through its exception filter, and the connected runner is never released
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from "@nestjs/common";
import { Observable, catchError, concatMap, finalize } from "rxjs";
import { DataSource } from "typeorm";

export const ENTITY_MANAGER_KEY = "ENTITY_MANAGER";

@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(private dataSource: DataSource) {}

  async intercept(context: ExecutionContext, next: CallHandler<any>): Promise<Observable<any>> {
    const req = context.switchToHttp().getRequest();
    const queryRunner = this.dataSource.createQueryRunner();
    await queryRunner.connect();
    await queryRunner.startTransaction();
    req[ENTITY_MANAGER_KEY] = queryRunner.manager;

    return next.handle().pipe(
      concatMap(async (data) => {
        await queryRunner.commitTransaction();
        return data;
      }),
      catchError(async (e) => {
        await queryRunner.rollbackTransaction();
        throw e;
      }),
      finalize(async () => {
        await queryRunner.release();
      }),
    );
  }
}
