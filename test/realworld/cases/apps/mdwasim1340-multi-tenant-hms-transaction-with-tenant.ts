// Source: mdwasim1340/multi-tenant-hms — backend/src/database-helper.ts (transactionWithTenant), reduced by hand, not copied
// Label: safe
// Why: BEGIN and the tenant's `SET search_path` run inside the try; the finally releases on every path, a failed ROLLBACK included
import pool from './database';
import { PoolClient } from 'pg';

export async function transactionWithTenant<T>(tenantId: string, callback: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SET search_path TO "${tenantId}", public`);
    const result = await callback(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
