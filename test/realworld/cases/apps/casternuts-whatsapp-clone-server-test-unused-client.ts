// Source: casternuts/whatsapp-clone-server — tests/mutations/getUsers.test.ts (it "should fetch all users"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a client is checked out at the top of the test and never used nor released (the server's context takes its own)
import { pool } from "../../db";

describe("Query.getUsers", () => {
  it("fetches the users", async () => {
    const first = await pool.query("SELECT * FROM users WHERE id = 1");
    const db = await pool.connect();
    const server = makeServer({ currentUser: first.rows[0] });
    const res = await server.query("{ users { id } }");
    expect(res.errors).toBeUndefined();
  });
});
