// Source: emangor/boilerplate-typescript-express-postgres — src/models/model-sample.ts at b0a821d (sampleTransactionModel) and src/utils/dbUtil.ts (getTransaction, commit, rollback), reduced by hand, not copied
// Label: safe
// Why: the boilerplate's sample transaction takes its client from the imported getTransaction; the statements run in a try that ends with the imported `commit`, which releases in its finally, and the catch calls the imported `rollback`, which releases in its finally too when `typeof client !== "undefined" && client` (true of every client; its `else` only warns), so every path after the checkout gives the client back (a rejected COMMIT gives it back twice: commit's finally, then rollback's)
import { PoolClient } from "pg";
import { commit, getTransaction, rollback, runMany, runOne } from "./db-util";

export const sampleTransactionModel = async (): Promise<string> => {
  const client: PoolClient = await getTransaction();
  try {
    await runOne(client, "DELETE FROM test");
    await runMany(client, "INSERT INTO test (col) VALUES ($1)", [["typescript"], ["is"], ["fun"]]);
    await commit(client);
    return "transaction success";
  } catch (error) {
    await rollback(client);
    console.error(`sampleTransactionModel error: ${error.message}`);
    throw new Error(error.message);
  }
};
