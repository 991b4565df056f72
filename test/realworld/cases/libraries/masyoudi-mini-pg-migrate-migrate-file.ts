// Source: masyoudi/mini-pg-migrate — src/db.ts (migrate), reduced by hand, not copied
// Label: safe
// Why: the statements of a file are queued on the one client with an awaited Promise.all inside the try; the catch rolls back and the finally releases on every path
import pg from "pg";

const splitStr = (content: string) => content.split(";").filter((s) => s.trim());

export async function migrate(pool: pg.Pool, file: { version: string; name: string; content: string }, type: "up" | "down") {
  const client = await pool.connect();
  let success = false;
  try {
    await client.query("BEGIN");
    const exists = (await client.query("SELECT 1 FROM migrations WHERE version = $1", [file.version])).rowCount === 1;

    if (!exists && type === "up") {
      await Promise.all(splitStr(file.content).map((text) => client.query(text)));
      await client.query("INSERT INTO migrations (version) VALUES ($1)", [file.version]);
    }

    await client.query("COMMIT");
    console.info("Processed migration " + file.name);
    success = true;
  } catch (err: any) {
    console.error("[ERROR]", err.message);
    await client.query("ROLLBACK");
  } finally {
    client.release();
  }

  return { success };
}
