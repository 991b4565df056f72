import { Pool } from "pg";
import { POSTGRES_HOST, POSTGRES_PASS, POSTGRES_USER, POSRGRES_DB } from "$env/static/private";

// the SvelteKit server hooks module owns the app's one pool
export const pool = new Pool({ host: POSTGRES_HOST, database: POSRGRES_DB, user: POSTGRES_USER, password: POSTGRES_PASS, ssl: true });
