import pkg from "pg";

const { Pool } = pkg;

const pool = new Pool({ host: "db.example", database: "railway" });

export const querySimulatorPool = new Pool({ host: "sim.example", database: "railway" });

export default pool;
