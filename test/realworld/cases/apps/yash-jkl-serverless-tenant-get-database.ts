// Source: yash-jkl/serverless-tenant — src/tenant-database/tenant-database.service.ts (TenantDatabaseService.getDatabase), reduced by hand, not copied
// Label: hand-over
// Why: a pg Pool is built from the tenant's database settings on every call and its checkout is returned to the caller, who releases it
import { Injectable } from '@nestjs/common';
import { Pool, PoolClient } from 'pg';

@Injectable()
export class TenantDatabaseService {
  async getDatabase(database: { DB_USERNAME: any; DB_HOST: any; DB_DATABASE: any; DB_PASSWORD: any; DB_PORT: any }): Promise<PoolClient> {
    const pool = new Pool({
      user: database.DB_USERNAME,
      host: database.DB_HOST,
      database: database.DB_DATABASE,
      password: database.DB_PASSWORD,
      port: database.DB_PORT,
    });
    return pool.connect();
  }
}
