// Source: Gkuzin13/drawflux — apps/server/src/jobs/delete-pages.ts at ba2572f (deleteExpiredPages), reduced by hand, not copied
// Label: safe
// Why: a collaborative whiteboard's nightly cron job checks a client out through the module's getClient and releases it in the finally (the delete itself runs through the pool)
import { CronJob } from "cron";
import * as db from "./db";

const query = "DELETE FROM pages WHERE created_at < now()-'24 hours'::interval RETURNING *;";

export const deleteExpiredPages = new CronJob("0 0 * * *", async () => {
  const client = await db.getClient();

  try {
    const rowCount = (await db.query(query)).rowCount;
    console.log(`Job: Delete expired pages at ${new Date()}, deleted pages: ${rowCount}`);
  } catch (error) {
    console.error(error);
  } finally {
    client.release();
  }
});
