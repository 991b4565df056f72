// Source: giorgosph/givy-backend — src/controllers/user.controller.ts at 45b40b6 (editContactDetails), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: with no email in the body the handler returns `clientError.invalidData(res)` from inside the try without `transaction.end`/`rollback`, so the client `transaction.start()` checked out (after BEGIN) is never given back
import { Response } from "express";
import { transaction } from "./db";
import { User, UserActivity, Confirmation } from "@/models";
import { clientError, serverError, success } from "@/responses";
import * as validator from "@/utils/dataValidation";
import { IReqEditContact } from "@/utils/requestTypes";

const editContactDetails = async (req: IReqEditContact, res: Response) => {
  const username = req.decodedToken!.username;
  const client = await transaction.start();

  try {
    const { email, mobile } = req.body;
    validator.emailValidator(email);

    if (!email) {
      console.warn(`| ECD | Invalid email provided: ${email}`);
      return clientError.invalidData(res);
    }

    const user = await User.findByUsername(username, client);
    if (!user) {
      await transaction.end(client);
      throw new Error(`User: ${username} not found`);
    }

    let newEmail;
    if (email !== user.email) {
      newEmail = await User.updateEmail({ email, username }, client);
      await Confirmation.insert({ type: "email", username, notes: "update email" }, client);
    }

    if (newEmail || mobile) {
      await UserActivity.upsert({ type: "update_details", username }, client);
      await transaction.commit(client);
    } else await transaction.end(client);

    success.success(res, { body: { contactDetails: { email: newEmail, mobile } } });
  } catch (err) {
    await transaction.rollback(client);
    console.error(`Error Updating ${username}'s Contact Details:\n ${err}`);
    serverError.serverError(res);
  }
};

export { editContactDetails };
