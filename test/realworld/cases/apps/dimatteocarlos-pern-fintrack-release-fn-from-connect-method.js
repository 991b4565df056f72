// Source: dimatteoCarlos/pern_fintrack — backend/src/utils/fintrackUtils/accountDataRetrieval/accountUtils.js (getUserIdFromAccount), reduced by hand, not copied
// Label: safe
// Why: a checkout (taken when the argument has `connect`) is a pg client, which has `connect` too, so `releaseClient` is always set for it and the finally calls it
import { createError } from "../../errorHandling.js";

export const getUserIdFromAccount = async (clientOrPool, targetAccountId) => {
  const dbClient = clientOrPool.connect ? await clientOrPool.connect() : clientOrPool;

  const releaseClient = dbClient.connect ? () => dbClient.release() : null;

  try {
    const result = await dbClient.query("SELECT user_id FROM user_accounts WHERE account_id = $1 AND deleted_at IS NULL", [
      targetAccountId,
    ]);
    if (result.rows.length === 0) {
      throw createError(404, `Account with ID ${targetAccountId} not found`);
    }
    return result.rows[0].user_id;
  } catch (error) {
    throw error;
  } finally {
    if (releaseClient) {
      releaseClient();
    }
  }
};
