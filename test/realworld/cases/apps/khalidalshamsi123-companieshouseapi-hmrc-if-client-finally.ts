// Source: khalidalshamsi123/CompaniesHouseAPI_LargeTeamProject — src/components/HMRC/HmrcStandardiser.ts (HmrcStandardiser.updateHmrcTable), reduced by hand, not copied
// Label: safe
// Why: BEGIN and the CSV import run in a try; the catch rolls back and rethrows, and the finally releases under an always-true `if (client)`
import fs from "node:fs";
import path from "node:path";
import type { PoolClient } from "pg";
import pool from "../../database/setup/databasePool";
import { processHmrcCsv } from "./processHmrcCsv";

export class HmrcStandardiser {
  async updateHmrcTable(csvKeys: string[]): Promise<void> {
    if (!csvKeys.includes("hmrcCsv")) {
      throw new Error('Invalid csvKey provided. Expected "hmrcCsv".');
    }
    const client: PoolClient = await pool.connect();
    try {
      await client.query("BEGIN");
      const filePath = path.join(__dirname, "../../../files/Supervised-Business-Register.csv");
      if (!fs.existsSync(filePath)) {
        throw new Error(`CSV file not found at "${filePath}".`);
      }
      const rowCount = await processHmrcCsv({ filePath, client, batchSize: 50 });
      console.log("Total rows processed:", rowCount);
    } catch (error) {
      await client.query("ROLLBACK");
      console.error("Error processing HMRC CSV:", error);
      throw error;
    } finally {
      if (client) {
        client.release();
      }
    }
  }
}
