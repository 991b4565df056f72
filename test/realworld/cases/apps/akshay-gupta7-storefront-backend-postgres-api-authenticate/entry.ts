// Source: akshay-gupta7/storefront-backend-postgres-api — src/models/users.ts (UserStore.authenticate), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the pool is imported under the name `Client`; authenticate checks a connection out, queries and returns on every path without ever releasing it
import bcrypt from "bcrypt";
import Client from "./database";

const pepper = process.env.BCRYPT_PASSWORD;

export type User = { id?: number; firstname: string; lastname: string; password: string };

export class UserStore {
  async authenticate(firstName: string, lastName: string, pswd: string): Promise<User | null> {
    const conn = await Client.connect();
    const sql = "SELECT password FROM users WHERE firstname=($1) AND lastname=($2)";
    const result = await conn.query(sql, [firstName, lastName]);
    if (result.rows.length) {
      const user = result.rows[0];
      if (bcrypt.compareSync(pswd + pepper, user.password)) return user;
    }
    return null;
  }
}
