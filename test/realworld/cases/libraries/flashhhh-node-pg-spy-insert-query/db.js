// Second module of the case: the pg module itself (pg 4) with its defaults set; `db.connect` is pg's module-level pool.
import pg from "pg";

pg.defaults.host = process.env.LOG_HOST;
pg.defaults.database = process.env.LOG_DB;

export default pg;
