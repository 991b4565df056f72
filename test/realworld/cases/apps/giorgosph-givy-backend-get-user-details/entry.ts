// Source: giorgosph/givy-backend — src/controllers/user.controller.ts at 45b40b6 (getUserDetails), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client from the project's `transaction.start()` (pool.connect() then BEGIN) is given back with `transaction.end` only when the user is missing or something throws; the path that finds the user answers and never ends it
import { Request, Response } from "express";
import { transaction } from "./db";
import { User } from "@/models";
import { clientError, serverError, success } from "@/responses";
import * as validator from "@/utils/dataValidation";

const getUserDetails = async (req: Request, res: Response) => {
  const username = req.decodedToken!.username;
  console.info(`Getting User Details for ${username} ...`);

  const client = await transaction.start();

  try {
    validator.usernameValidator(username);

    const user = await User.findByUsername(username, client);
    if (!user) {
      await transaction.end(client);
      console.warn("| UD | User not found");
      return clientError.userNotAuthenticated(res);
    }

    success.success(res, { body: user });
    console.info("User Details fetched");
  } catch (err) {
    await transaction.end(client);
    console.error(`Error Getting User's Details for ${username}:\n ${err}`);
    serverError.serverError(res);
  }
};

export { getUserDetails };
