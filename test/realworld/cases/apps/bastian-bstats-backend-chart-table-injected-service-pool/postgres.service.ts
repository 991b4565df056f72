import { Injectable } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { Pool } from "pg";

@Injectable()
export class PostgresService {
  private readonly pool: Pool;

  constructor(private configService: ConfigService) {
    this.pool = new Pool({ user: configService.get<string>("POSTGRES_USER"), max: 95 });
  }

  getPool(): Pool {
    return this.pool;
  }
}
