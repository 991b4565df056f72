// pg-cache's entry (reduced): the pool cache and the pool getter
export { pgCache, teardownPgPools } from "./lru";
export { buildConnectionString, getPgPool } from "./pg";
