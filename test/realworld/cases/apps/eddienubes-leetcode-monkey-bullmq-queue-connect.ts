// Source: eddienubes/leetcode-monkey — packages/core/src/lc/LcPullSubmissionsCronJob.ts (LcPullSubmissionsCronJob), reduced by hand, not copied
// Label: safe
// Why: `Queue.connect(worker)` is the project's BullMQ wrapper (a static that binds a worker to a Redis queue), held in a field for the service's life; no pg pool is involved
import { Job } from "bullmq";
import { LcPullSubmissionsQueue } from "@/lc/queues";
import { LcUsersDao } from "@/lc-users";

export class LcPullSubmissionsCronJob {
  private readonly queue = LcPullSubmissionsQueue.connect(this.run.bind(this));

  constructor(private readonly lcUsersDao: LcUsersDao) {}

  async run(job: Job): Promise<void> {
    const users = await this.lcUsersDao.getAllActiveLcUsers();
    for (const user of users) {
      await this.queue.add(user.slug, { userId: user.id, at: job.timestamp });
    }
  }
}
