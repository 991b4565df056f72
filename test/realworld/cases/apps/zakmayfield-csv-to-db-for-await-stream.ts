// Source: zakmayfield/csv-to-db — src/index.ts (csvToDb), reduced by hand, not copied
// Label: safe
// Why: rows of a parsed CSV stream are inserted in a `for await` loop inside the try; the finally releases the client and ends the pool
import fs from "fs";
import csv from "csv-parser";
import pg from "pg";

const { Pool } = pg;

async function csvToDb(filePath: string, connectionString: string) {
  const pool = new Pool({ connectionString });
  const client = await pool.connect();
  try {
    const stream = fs.createReadStream(filePath).pipe(csv());
    for await (const row of stream) {
      await client.query("INSERT INTO users (name, email, phone) VALUES ($1, $2, $3)", [row.name, row.email, row.phone]);
    }
  } catch (err) {
    console.log("error");
  } finally {
    await client.release();
    await pool.end();
  }
}

csvToDb("./data.csv", process.env.CONNECTION_URL!);
