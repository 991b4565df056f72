// Source: merico-ai/table — api/src/services/job.service.ts (JobService.processFixDashboardPermission), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `runner.release()` runs only after the loop, outside a finally: the first job query, a rejected startTransaction or the re-query after a batch throws with the runner still connected
import { dashboardDataSource } from "../data_sources/dashboard";
import { DashboardPermission } from "../models/dashboard_permission";
import { Job } from "../models/job";

export class JobService {
  static fixing = false;

  static async processFixDashboardPermission(): Promise<void> {
    if (this.fixing) return;
    this.fixing = true;

    const runner = dashboardDataSource.createQueryRunner();
    await runner.connect();
    const permissionRepo = runner.manager.getRepository(DashboardPermission);
    const jobRepo = runner.manager.getRepository(Job);

    let jobs = await jobRepo.createQueryBuilder("job").where("type = :type", { type: "fix_permission" }).getMany();
    while (jobs.length) {
      for (const job of jobs) {
        await runner.startTransaction();
        try {
          const permissions = await permissionRepo.find();
          for (const permission of permissions) {
            permission.access = permission.access.filter((x) => x.id !== job.params.auth_id);
            await permissionRepo.save(permission);
          }
          job.status = "success";
          await jobRepo.save(job);
          await runner.commitTransaction();
        } catch (error) {
          runner.rollbackTransaction();
          job.status = "failed";
          await jobRepo.save(job);
        }
      }
      jobs = await jobRepo.createQueryBuilder("job").where("type = :type", { type: "fix_permission" }).getMany();
    }

    await runner.release();
    this.fixing = false;
  }
}
