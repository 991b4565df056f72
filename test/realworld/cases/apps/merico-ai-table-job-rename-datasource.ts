// Source: merico-ai/table — api/src/services/job.service.ts (JobService.processDataSourceRename), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the runner is released only after the job loop, outside any finally: a failing job query (before the loop, or the re-query after it, or a rejected startTransaction) skips `runner.release()`
import { dashboardDataSource } from "../data_sources/dashboard";
import { Job } from "../models/job";

export class JobService {
  static renaming = false;

  static async processDataSourceRename(): Promise<void> {
    if (this.renaming) return;
    this.renaming = true;

    const runner = dashboardDataSource.createQueryRunner();
    await runner.connect();
    const jobRepo = runner.manager.getRepository(Job);

    let jobs = await jobRepo.createQueryBuilder("job").where("status = :status", { status: "init" }).getMany();
    while (jobs.length) {
      for (const job of jobs) {
        await runner.startTransaction();
        try {
          job.status = "success";
          await jobRepo.save(job);
          await runner.commitTransaction();
        } catch (error) {
          runner.rollbackTransaction();
          job.status = "failed";
          await jobRepo.save(job);
        }
      }
      jobs = await jobRepo.createQueryBuilder("job").where("status = :status", { status: "init" }).getMany();
    }
    await runner.release();
    this.renaming = false;
  }
}
