// Source: dimatteoCarlos/pern_fintrack — backend/src/fintrack_api/services/delete_account/deleteAccountService.js (deleteAccount), reduced by hand, not copied
// Label: safe
// Why: `let dbClient` is assigned inside the try; the finally releases it under `if (dbClient && dbClient.release)`, after a ROLLBACK whose own failure is caught
import pc from "picocolors";
import { pool } from "../../../db/config/configDB.js";
import { createError, handlePostgresError } from "../../../utils/errorHandling.js";

export const deleteAccount = async (userId, accountId) => {
  if (!accountId) {
    throw createError(400, "Account id is required");
  }
  let dbClient;
  try {
    dbClient = await pool.connect();
    await dbClient.query("BEGIN");
    await dbClient.query("DELETE FROM transactions WHERE account_id = $1", [accountId]);
    await dbClient.query("UPDATE user_accounts SET deleted_at = now() WHERE account_id = $1 AND user_id = $2", [accountId, userId]);
    await dbClient.query("COMMIT");
    return { deleted: accountId };
  } catch (error) {
    if (dbClient) {
      try {
        await dbClient.query("ROLLBACK");
      } catch (rollbackError) {
        console.error(pc.red("ROLLBACK failed"), rollbackError);
      }
    }
    const { code, message } = handlePostgresError(error);
    throw createError(code, message);
  } finally {
    if (dbClient && dbClient.release) {
      dbClient.release();
      console.log(pc.yellow("Database client released back to pool."));
    }
  }
};
