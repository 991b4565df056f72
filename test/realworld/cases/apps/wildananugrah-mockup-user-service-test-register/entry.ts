// Source: wildananugrah/mockup — user-management-db/src/test/1-user.test.ts at 12d6a5a (the "should be registered new user" test), reduced by hand, not copied
// Label: safe
// Why: found by the whole-repository read of the round's repositories: the test checks a client out straight into the repository's one-shot UserService (UserService.ts keeps it in `this.client`, and each of its methods is one try whose finally releases it) and calls one method, `register`, at once — the client goes back whether the INSERT succeeds or throws
import { Pool } from "pg";
import { UserService } from "./UserService";

const pool = new Pool({ host: process.env.DB_HOST, max: 10 });

describe("User Service", () => {
  const data = { username: "wildananugrah", password: "p@ssw0rd" };
  it("should be registered new user", async () => {
    const userService = new UserService(await pool.connect());
    const user = await userService.register(data);
    if (user === undefined) fail();
    expect(user.username).toBe(data.username);
  });
});
