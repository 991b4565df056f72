// Source: 2007Sachin/pulse-v2 — apps/api/src/githubSyncWorker/syncGithubRepos.ts at c4749ab (syncGithubRepos), reduced by hand, not copied
// Label: safe
// Why: the GitHub sync worker fetches each user's repositories before the checkout, then upserts them on a client whose try/finally releases; a failure of either is caught per user and dead-lettered through the pool
import type { Pool, PoolClient } from "pg";
import { fetchPublicRepos, type GithubRepo } from "./github.js";

interface SyncGithubReposOptions {
  pool: Pool;
  githubToken?: string;
  fetchRepos?: typeof fetchPublicRepos;
}

async function upsertRepos(client: PoolClient, userId: string, repos: GithubRepo[]) {
  for (const repo of repos) {
    await client.query(
      "insert into cached_repos (user_id, name, stars) values ($1, $2, $3) on conflict (user_id, name) do update set stars = excluded.stars",
      [userId, repo.name, repo.stars],
    );
  }
}

async function insertDeadLetter(pool: Pool, userId: string, username: string, message: string) {
  await pool.query("insert into github_sync_dead_letters (user_id, github_username, error) values ($1, $2, $3)", [userId, username, message]);
}

export async function syncGithubRepos(options: SyncGithubReposOptions) {
  const { pool, githubToken } = options;
  const fetchRepos = options.fetchRepos ?? fetchPublicRepos;
  const usersResult = await pool.query<{ id: string; github_username: string }>(
    "select id, github_username from users where github_username is not null",
  );
  const result = { usersSynced: 0, usersFailed: 0 };

  for (const user of usersResult.rows) {
    try {
      const repos = await fetchRepos(user.github_username, { githubToken });

      const client = await pool.connect();
      try {
        await upsertRepos(client, user.id, repos);
      } finally {
        client.release();
      }

      result.usersSynced += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : "unknown error";
      result.usersFailed += 1;
      try {
        await insertDeadLetter(pool, user.id, user.github_username, message);
      } catch (deadLetterError) {
        console.error("github-sync-worker: failed to dead-letter", deadLetterError);
      }
    }
  }

  return result;
}
