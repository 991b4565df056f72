import type pg from "pg";

export async function paginatedQuery(client: pg.PoolClient, sql: string, params: unknown[], page: number, pageSize: number) {
  const offset = (page - 1) * pageSize;
  const result = await client.query(`${sql} LIMIT ${pageSize} OFFSET ${offset}`, params);
  return { data: result.rows, page, pageSize };
}
