// Reduced by hand from yash-jkl/serverless-tenant src/tenant-database/tenant-database.service.ts: a pg Pool made from the tenant's own database settings, a client checked out of it and returned.
import { Injectable } from '@nestjs/common';
import { Pool, PoolClient } from 'pg';

@Injectable()
export class TenantDatabaseService {
  async getDatabase(database: { DB_USERNAME: string; DB_HOST: string; DB_DATABASE: string; DB_PASSWORD: string; DB_PORT: number }): Promise<PoolClient> {
    const pool = new Pool({ user: database.DB_USERNAME, host: database.DB_HOST, database: database.DB_DATABASE, password: database.DB_PASSWORD, port: database.DB_PORT });
    return pool.connect();
  }
}
