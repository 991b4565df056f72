// Source: JaninaWibker/auth — src/adapters/postgres.ts (update_user), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: inside the connect `.then`, the new password is hashed (`hash.update(password)` throws for anything but a string or buffer) before the query chain whose `.catch` releases exists: that throw rejects the outer promise with the client checked out
import { Pool } from "pg";
import { gen_salt, hash_password } from "../util/password";

export function createUserAdapter(dbConfig: object) {
  const pool = new Pool(dbConfig);

  const updateUser = (targetId: string, changes: Partial<{ email: string; password: string }>) =>
    pool.connect().then((client) => {
      const fields: string[] = [];
      const values: unknown[] = [];
      if (changes.email !== undefined) {
        fields.push("email");
        values.push(changes.email);
      }
      if (changes.password !== undefined) {
        const salt = gen_salt();
        const hashed = hash_password(changes.password, salt);
        fields.push("salt", "password");
        values.push(salt, hashed);
      }
      values.push(targetId);
      return client
        .query(`UPDATE auth_user SET ${fields.map((field, i) => `${field} = $${i + 1}`).join(", ")} WHERE id = $${values.length}::uuid RETURNING *`, values)
        .then(() => {
          throw new Error("not implemented");
        })
        .catch((err) => {
          client.release();
          console.warn(err);
          throw err;
        });
    });

  return { updateUser };
}
