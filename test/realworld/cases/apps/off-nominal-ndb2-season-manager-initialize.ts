// Source: Off-Nominal/ndb2 — app/src/domain/seasons/season-manager.ts (SeasonManager.initialize), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: release sits in the `.then` of the awaited fetch; when fetchAllSeasons rejects, the client is never released
import pool from "@data/db";
import { PoolClient } from "pg";

class SeasonManager {
  private seasons: unknown[] = [];

  private async fetchAllSeasons(client: PoolClient) {
    const { rows } = await client.query("SELECT * FROM seasons");
    return rows;
  }

  public async initialize() {
    const client = await pool.connect();

    this.seasons = await this.fetchAllSeasons(client).then((results) => {
      client.release();
      return results;
    });

    console.log("Seasons Manager running.");
  }
}

export const seasonsManager = new SeasonManager();
