// Source: dimatteoCarlos/pern_fintrack — backend/src/utils/fintrackUtils/accountManagement/checkAndInsertAccount.js (checkAndInsertAccount), reduced by hand, not copied
// Label: safe
// Why: checks out only when handed the pool (`isPool ? await clientOrPool.connect() : clientOrPool`); the finally releases under `clientAcquired`, the same test recorded in a constant
import { pool } from "../../../db/config/configDB.js";
import { createError } from "../../errorHandling.js";

export const checkAndInsertAccount = async (clientOrPool, userId, accountName = "slack", accountType = "bank") => {
  if (!userId) throw new Error("User ID is required");

  const isPool = clientOrPool === pool;
  const dbClient = isPool ? await clientOrPool.connect() : clientOrPool;
  const clientAcquired = isPool;

  try {
    const existing = await dbClient.query(
      "SELECT ua.* FROM user_accounts ua JOIN account_types act USING (account_type_id) WHERE ua.user_id = $1 AND ua.account_name = $2 AND act.account_type_name = $3",
      [userId, accountName, accountType],
    );
    if (existing.rows.length > 0) {
      return { exists: true, account: existing.rows[0] };
    }
    const type = await dbClient.query("SELECT account_type_id FROM account_types WHERE account_type_name = $1", [accountType]);
    if (type.rows.length === 0) {
      throw new Error(`Account type '${accountType}' not found`);
    }
    const inserted = await dbClient.query(
      "INSERT INTO user_accounts (user_id, account_name, account_type_id) VALUES ($1, $2, $3) RETURNING *",
      [userId, accountName, type.rows[0].account_type_id],
    );
    return { exists: false, account: inserted.rows[0] };
  } catch (error) {
    console.error(`Error in checkAndInsertAccount (${accountName})`, error);
    throw createError(500, "Error processing counter account");
  } finally {
    if (clientAcquired && dbClient && typeof dbClient.release === "function") {
      dbClient.release();
    }
  }
};
