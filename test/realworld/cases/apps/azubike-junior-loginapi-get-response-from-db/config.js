import { Pool } from "pg";

const settings = () => (process.env.NODE_ENV === "production" ? { connectionString: process.env.DATABASE_URL } : { connectionString: process.env.DATA_BASE });

export default new Pool(settings());
