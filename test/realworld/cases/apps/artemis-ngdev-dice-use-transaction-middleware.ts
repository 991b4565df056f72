// Source: artemis-ngdev/dice — src/server/transaction.ts (useTransaction), reduced by hand, not copied
// Label: leak
// Why: the Express middleware takes a write connection from Sequelize's own pool (`connectionManager.getConnection`, not a pg Pool checkout) and hands its release to an on-finished callback registered only after `await ormConfig.transaction()`; when starting the transaction rejects, the catch calls next(error) and the connection is never given back with `releaseConnection`
import { NextFunction, Response, Request } from "express";
import onFinished from "on-finished";
import { DataServiceFactory } from "../database/services/Factory";
import ormConfig from "../orm.config";

export const useTransaction = async (req: Request, res: Response, next: NextFunction) => {
  try {
    const connectionManager = ormConfig.connectionManager;
    const connection = await connectionManager.getConnection({ type: "write" });

    req.trxContext = await ormConfig.transaction();
    req.dsFactory = new DataServiceFactory(ormConfig);
    onFinished(res, async (err: any) => {
      try {
        if (!req.trxContext) return;
        if (err) {
          await req.trxContext.rollback();
        } else {
          await req.trxContext.commit();
        }
      } finally {
        await connectionManager.releaseConnection(connection);
      }
    });
    next();
  } catch (error) {
    next(error);
  }
};
