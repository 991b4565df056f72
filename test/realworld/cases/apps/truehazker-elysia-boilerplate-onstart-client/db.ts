import { drizzle } from "drizzle-orm/node-postgres";
import config from "./config";

// drizzle makes a pg Pool itself from the `connection` config: `db.$client` is that pool.
const db = drizzle({
  connection: {
    connectionString: config.DATABASE_URL,
    max: 10,
  },
  casing: "snake_case",
});

export default db;
