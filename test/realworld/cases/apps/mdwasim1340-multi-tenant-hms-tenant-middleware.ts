// Source: mdwasim1340/multi-tenant-hms — backend/src/middleware/tenant.ts (tenantMiddleware), reduced by hand, not copied
// Label: hand-over
// Why: schema-per-tenant: the fresh checkout gets `SET search_path` to the tenant's schema inside the try, goes onto `req.dbClient` and is released on the response's 'finish'; a failing SET releases in the catch
import { Request, Response, NextFunction } from 'express';
import pool from '../database';

export const tenantMiddleware = async (req: Request, res: Response, next: NextFunction) => {
  const tenantId = req.headers['x-tenant-id'] as string;
  if (!tenantId) {
    return res.status(400).json({ message: 'X-Tenant-ID header is required' });
  }

  const client = await pool.connect();

  try {
    await client.query(`SET search_path TO "${tenantId}", public`);
    req.dbClient = client;
    res.on('finish', () => {
      client.release();
    });
    next();
  } catch (error) {
    console.error('Tenant middleware error:', error);
    client.release();
    res.status(500).json({ message: 'Failed to set tenant context' });
  }
};
