// Source: ACrafter/Storefront-Backend — src/models/user.ts (UserStore.authenticate), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the login check takes a client from the pool that ./database's `let` holds (a Pool in both branches) and no path releases it
import bcrypt from "bcryptjs";
import Store from "./database";

export type Account = { id: number; username: string; password: string };

export class AccountStore {
  async login(username: string, password: string): Promise<Account | null> {
    try {
      const conn = await Store.connect();
      const found = await conn.query("SELECT * FROM accounts WHERE username = $1", [username]);
      if (found.rows.length) {
        const account = found.rows[0];
        if (bcrypt.compareSync(password, account.password)) {
          return account;
        }
        return null;
      }
      return null;
    } catch (err) {
      console.log(err);
      return null;
    }
  }
}
