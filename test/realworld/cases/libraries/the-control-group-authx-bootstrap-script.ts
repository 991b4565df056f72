// Source: the-control-group/authx — packages/tools/src/scripts/bootstrap.ts (default export), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is checked out first, then the records are built with `await hash(…)` (bcrypt) before the try whose finally releases; a rejected hash leaks it (and keeps the script alive)
import { randomBytes } from "crypto";
import { hash } from "bcrypt";
import { v4 } from "uuid";
import pg from "pg";

import { bootstrap } from "../lib/bootstrap.js";
import { PasswordCredential, User } from "@authx/authx";

export default async (): Promise<void> => {
  const pool = new pg.Pool();
  const tx = await pool.connect();

  const user = new User({ id: v4(), enabled: true, name: "Root User" });
  const password = randomBytes(16).toString("hex");
  const credential = new PasswordCredential({
    id: v4(),
    userId: user.id,
    details: { hash: await hash(password, 12) },
  });

  console.log(JSON.stringify({ id: user.id, password }));

  try {
    await tx.query("BEGIN DEFERRABLE");
    await bootstrap(tx, { user, credential });
    await tx.query("COMMIT");
  } catch (error) {
    console.error(error);
    await tx.query("ROLLBACK");
  } finally {
    tx.release();
    await pool.end();
  }
};
