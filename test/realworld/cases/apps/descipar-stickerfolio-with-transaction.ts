// Source: descipar/stickerfolio — src/infrastructure/database/transaction.ts (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the checkout sits in its own try that maps a connect failure; BEGIN, the operation, COMMIT and each ROLLBACK have nested try/catches that rethrow mapped errors, all inside the try whose finally releases
import type { Pool, PoolClient } from 'pg';
import { toDatabaseError } from './errors';
import { getPool } from './pool';

export async function withTransaction<Result>(operation: (client: PoolClient) => Promise<Result>, pool: Pool = getPool()): Promise<Result> {
  let client: PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw toDatabaseError(error);
  }

  try {
    try {
      await client.query('BEGIN');
    } catch (error) {
      throw toDatabaseError(error);
    }
    let result: Result;
    try {
      result = await operation(client);
    } catch (operationError) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        throw toDatabaseError(rollbackError);
      }
      throw operationError;
    }
    try {
      await client.query('COMMIT');
    } catch (commitError) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        throw toDatabaseError(rollbackError);
      }
      throw toDatabaseError(commitError);
    }
    return result;
  } finally {
    client.release();
  }
}
