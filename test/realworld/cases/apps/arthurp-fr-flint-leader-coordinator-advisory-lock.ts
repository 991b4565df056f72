// Source: ArthurP-fr/Flint — apps/bot/src/legacy/core/runtime/leaderCoordinator.ts at a7b78c16 (PostgresLeaderCoordinator#runIfLeader), reduced by hand, not copied
// Label: safe
// Why: a Discord bot's leader election holds one client for a session-level advisory lock: returns false from inside the outer try when the lock is taken, runs the task under an inner try whose finally unlocks, and the outer finally releases on every path
import type { Pool } from "pg";

export class PostgresLeaderCoordinator {
  public constructor(
    private readonly pool: Pool,
    private readonly namespace = "discord-bot",
  ) {}

  public async runIfLeader(lockName: string, botId: string, task: () => Promise<void>): Promise<boolean> {
    const advisoryLockKey = hashToInt32(`${this.namespace}:bot:${botId}:leader:${lockName}`);
    const client = await this.pool.connect();

    try {
      const acquiredResult = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [advisoryLockKey]);

      const acquired = acquiredResult.rows[0]?.locked ?? false;
      if (!acquired) {
        return false;
      }

      try {
        await task();
        return true;
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [advisoryLockKey]);
      }
    } finally {
      client.release();
    }
  }
}

const hashToInt32 = (value: string): number => {
  let hash = 0;
  for (let index = 0; index < value.length; index += 1) {
    hash = ((hash << 5) - hash + value.charCodeAt(index)) | 0;
  }
  return hash === 0 ? 1 : hash;
};
