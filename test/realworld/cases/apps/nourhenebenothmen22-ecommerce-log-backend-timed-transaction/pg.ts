import pg from "pg";
import { monitorPool } from "./database-monitor.js";

const pool = new pg.Pool({ host: process.env.PGHOST, max: 10 });

monitorPool(pool);

export { pool };
