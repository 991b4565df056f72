// Source: Zehelein/pg-transactional-outbox — lib/src/common/utils.spec.ts (the executeTransaction tests), reduced by hand, not copied
// Label: hand-over
// Why: the test hands its checkout to executeTransaction (./utils), which releases it in its success path and in its catch before rethrowing; the test itself never releases and need not
import { Pool } from "pg";
import { executeTransaction } from "./utils";

describe("executeTransaction", () => {
  let pool: Pool;
  const callback = jest.fn().mockResolvedValue("SELECT 1;");

  beforeEach(() => {
    pool = new Pool();
  });

  it("commits the transaction if the callback resolves", async () => {
    const client = await pool.connect();

    await executeTransaction(client, callback, "SERIALIZABLE");

    expect(client.query).toHaveBeenCalledWith("COMMIT");
    expect(client.release).toHaveBeenCalled();
  });
});
