import pg from "pg";

export function database() {
  return new pg.Pool({ host: "localhost", database: "test", max: 30 });
}
