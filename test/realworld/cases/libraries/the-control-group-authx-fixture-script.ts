// Source: the-control-group/authx — packages/tools/src/scripts/fixture.ts (default export), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the catch starts `tx.query("ROLLBACK")` without awaiting it and the finally releases at once: the client goes back (and the pool is ended) with the ROLLBACK still queued on it
import pg from "pg";
import { readFile } from "fs/promises";

import { fixture } from "../lib/fixture.js";

export default async (privateKeyPath: string, publicKeyPath: string): Promise<void> => {
  const pool = new pg.Pool();
  const tx = await pool.connect();
  try {
    await tx.query("BEGIN DEFERRABLE");
    const [privateKey, publicKey] = await Promise.all([
      readFile(privateKeyPath, "utf8"),
      readFile(publicKeyPath, "utf8"),
    ]);
    await fixture(tx, privateKey, publicKey);
    await tx.query("COMMIT");
  } catch (error) {
    console.error(error);
    tx.query("ROLLBACK");
  } finally {
    tx.release();
    await pool.end();
  }
};
