export const DB_PG: string = "dbPostgres";
