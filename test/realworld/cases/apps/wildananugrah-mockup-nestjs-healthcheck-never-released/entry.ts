// Source: wildananugrah/mockup — nestjs-app/src/api/api.controller.ts at 12d6a5a (ApiController.getHealthCheck), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the NestJS variant of the mockup's health check (the Express one hands its client to HealthCheck, which releases it) checks a client out of the pg Pool that db.postgres.ts provides under the DB_PG token, injected as `conn: any`, runs `SELECT 1` and answers — it never releases, so every probe keeps a client and ten probes exhaust the pool
import { Controller, Get, Inject, Injectable, Res } from "@nestjs/common";
import { Response } from "express";
import { DB_PG } from "./common.config";

@Controller("api")
@Injectable()
export class ApiController {
  constructor(@Inject(DB_PG) private conn: any) {}

  @Get("_/healthcheck")
  async getHealthCheck(@Res() res: Response): Promise<any> {
    try {
      const client = await this.conn.connect();
      await client.query("SELECT 1 as healthcheck");
      res.status(200).json({ app: true, db: true });
    } catch (error: any) {
      res.status(500).json({ app: false, db: false, message: error.message });
    }
  }
}
