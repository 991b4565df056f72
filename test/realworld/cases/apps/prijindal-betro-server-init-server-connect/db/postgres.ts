import { Pool } from "pg";

const postgres = new Pool({ connectionString: process.env.POSTGRES_URI });

export default postgres;
