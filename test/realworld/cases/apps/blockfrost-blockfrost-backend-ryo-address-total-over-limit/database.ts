import type { PoolClient } from "pg";
import type { FastifyInstance } from "fastify";

// @fastify/postgres registered under the name `dbSync`
export const getDbSync = async (fastify: FastifyInstance): Promise<PoolClient> => {
  try {
    const clientDbSync = await fastify.pg.dbSync.connect();
    return clientDbSync;
  } catch (error) {
    console.error("Error while connecting to DB Sync.", error);
    throw error;
  }
};

export const gracefulRelease = (clientDbSync: PoolClient) => {
  if (!clientDbSync) return;
  try {
    clientDbSync.release();
  } catch (error) {
    // a second release throws in pg; it is only logged here
    console.warn(error);
  }
};

export const isOverTxOutLimit = async (
  clientDbSync: PoolClient,
  sql: string,
  parameters: unknown[],
  limit: number,
): Promise<boolean> => {
  const { rows } = await clientDbSync.query<{ over_limit: boolean }>(sql, [...parameters, limit]);
  return rows[0].over_limit;
};
