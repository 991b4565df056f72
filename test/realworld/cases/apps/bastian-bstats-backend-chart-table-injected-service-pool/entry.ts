// Source: Bastian/bstats-backend — src/charts/historic-line-chart-data.service.ts at e3ae163 (HistoricLineChartDataService constructor), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: NestJS injects PostgresService (its `getPool(): Pool` returns the pool it made); the constructor checks a client out and releases it only in the `.then` after CREATE TABLE resolves — if the statement fails the rejection skips the release and the client is never given back
import { Injectable } from "@nestjs/common";
import { PostgresService } from "./postgres.service";

@Injectable()
export class HistoricLineChartDataService {
  constructor(private postgresService: PostgresService) {
    postgresService
      .getPool()
      .connect()
      .then((client) => {
        client
          .query("CREATE TABLE IF NOT EXISTS historic_line_chart_data (chartId integer NOT NULL, tms2000 integer NOT NULL, lineName varchar(255) NOT NULL, value real NULL)")
          .then(() => {
            client.release();
          });
      });
  }

  async setLineChartData(id: number, tms2000: number, line: string, value: number | null) {
    const pool = this.postgresService.getPool();
    await pool.query("INSERT INTO historic_line_chart_data VALUES ($1, $2, $3, $4)", [id, tms2000, line, value]);
  }
}
