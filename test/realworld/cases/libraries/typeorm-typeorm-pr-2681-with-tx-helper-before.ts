// Source: https://github.com/typeorm/typeorm/pull/2681 (the author's test helper withTx before the fix, "copied and pasted" from the transactions docs: "query runners cannot start transaction after 10 test started"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the runner connects and starts a transaction, the finally only rolls back: nothing ever releases it, so each test keeps one pooled connection
import { EntityManager, getConnection } from "typeorm";

export const withTx = (f: (manager: EntityManager) => Promise<any>) => {
  return async () => {
    const connection = getConnection();
    const qr = connection.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    try {
      await f(qr.manager);
    } finally {
      await qr.rollbackTransaction();
    }
  };
};
