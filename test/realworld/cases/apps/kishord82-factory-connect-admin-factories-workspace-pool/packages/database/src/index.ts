// @fc/database's barrel (reduced): the pool's accessors and the transaction helpers
export { createPool, getPool, closePool } from "./pool.js";
export { withTransaction } from "./transaction.js";
