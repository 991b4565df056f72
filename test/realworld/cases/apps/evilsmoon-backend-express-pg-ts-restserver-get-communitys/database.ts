import { Pool } from "pg";

export const pool = new Pool({ host: "localhost", database: "Integrador_dimensional", port: 5432 });
