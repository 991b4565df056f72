// Source: giorgosph/givy-backend — src/controllers/drawAttenant.controller.ts at 45b40b6 (register), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client `transaction.start()` checked out is released only inside the project's commit/rollback helpers, after their COMMIT/ROLLBACK; when the ROLLBACK in the catch fails, its release is skipped and nothing else gives the client back
import { Response } from "express";
import { transaction } from "./db";
import DrawAttenant from "@/models/DrawAttenant.model";
import { serverError, success } from "@/responses";
import * as validator from "@/utils/dataValidation";
import { IReqOptIn } from "@/utils/requestTypes";

const register = async (req: IReqOptIn, res: Response) => {
  const username = req.decodedToken!.username;
  const client = await transaction.start();

  try {
    validator.confirmAccountValidator(username, req.body.drawId);

    const draw = await DrawAttenant.register({ drawId: req.body.drawId, username }, client);

    await transaction.commit(client);
    success.success(res, { body: { drawId: draw.drawId } });
  } catch (err) {
    await transaction.rollback(client);
    console.error(`Error Adding Draw Attenant for ${username}:\n ${err}`);
    serverError.serverError(res);
  }
};

export { register };
