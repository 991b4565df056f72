import { Pool } from "pg";

const connection = new Pool({ host: process.env.DATABASE_HOST, database: process.env.DATABASE_NAME });

export default connection;
