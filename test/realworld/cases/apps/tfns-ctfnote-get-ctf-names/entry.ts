// Source: TFNS/CTFNote — api/src/discord/database/ctfs.ts (getCTFNamesFromDatabase), reduced by hand, not copied
// Label: safe
// Why: the client comes from connectToDatabase (imported from ../../utils/database, which returns `await pgPool.connect()`); the query runs in a try whose finally releases
import { connectToDatabase } from "./database";

export async function getCTFNamesFromDatabase(): Promise<string[]> {
  const pgClient = await connectToDatabase();

  try {
    const queryResult = await pgClient.query("SELECT title FROM ctfnote.ctf WHERE end_time >= NOW() ORDER BY start_time");
    return queryResult.rows.map((row) => row.title);
  } catch (error) {
    console.error("Failed to fetch CTF names from the database:", error);
    return [];
  } finally {
    pgClient.release();
  }
}
