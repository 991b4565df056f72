// Source: growthbook/growthbook — packages/back-end/src/services/postgres.ts (runPostgresQuery), reduced by hand, not copied
// Label: safe
// Why: a `pg.Client` per data-source query, not a pool checkout (DESIGN.md: only pool clients are acquisitions); it is ended after a successful query, and a failed query reaches the `.catch` with the Client still open, which only the Client's own socket timeout closes
import { Client, type ClientConfig } from "pg";
import { logger } from "back-end/src/util/logger";

interface PostgresConnectionParams extends ClientConfig {
  ssl?: boolean | string;
  caCert?: string;
}

export function runPostgresQuery(conn: PostgresConnectionParams, sql: string, values: string[] = []): Promise<{ rows: unknown[] }> {
  return new Promise((resolve, reject) => {
    let ssl: false | ClientConfig["ssl"] = false;
    if (conn.ssl === true || conn.ssl === "true") {
      ssl = { rejectUnauthorized: false };
      if (conn.caCert) ssl.ca = conn.caCert;
    }
    const settings: ClientConfig = { ...conn, ssl, connectionTimeoutMillis: 10000 };

    const client = new Client(settings);
    client
      .on("error", (err) => {
        reject(err);
      })
      .connect()
      .then(() => client.query(sql, values))
      .then(async (res) => {
        try {
          await client.end();
        } catch (e) {
          logger.warn(e, "Postgres query failed");
        }
        resolve({ rows: res.rows });
      })
      .catch((e) => {
        reject(e);
      });
  });
}
