export interface DbClient {
  connect?: () => Promise<void>;
  query: (text: string) => Promise<unknown>;
  end?: () => Promise<void>;
}

export function getConnection(): DbClient {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is required");
  }
  const pg = require("pg") as { Client: new (opts: { connectionString: string }) => DbClient };
  return new pg.Client({ connectionString: url });
}
