// Source: cr0wst/graffiti-map — src/lib/server/db.ts (connect), reduced by hand, not copied
// Label: hand-over
// Why: a one-line exported arrow returns the checkout to its caller (the hooks.server.ts handle)
import pgpkg from "pg";
const { Pool } = pgpkg;

import { env } from "$env/dynamic/private";

const pool = new Pool({ connectionString: env.DB_CONNECTION_STRING });
export const connect = async () => await pool.connect();
