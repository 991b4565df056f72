// Source: bomtawep/bom-proj-nestjs — src/query-runner/query-runner.service.ts (QueryRunnerService.getQueryRunner), reduced by hand, not copied
// Label: hand-over
// Why: the runner is connected and returned at once, nothing in between can throw; the caller owns the pg client and releases it
import { Injectable } from "@nestjs/common";
import { InjectDataSource } from "@nestjs/typeorm";
import { DataSource } from "typeorm";

@Injectable()
export class RunnerProvider {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async open() {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    return runner;
  }
}
