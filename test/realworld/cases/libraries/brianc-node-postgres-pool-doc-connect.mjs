// Source: brianc/node-postgres — docs/pages/apis/pool.mdx at c9e57617 (`pool.connect() => Promise<pg.Client>`), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the awaited query between the checkout and `client.release()` can reject, and the release is not in a finally
import { Pool } from "pg";

const pool = new Pool();

const client = await pool.connect();
await client.query("SELECT NOW()");
client.release();
