// Source: ben-pr-p/graphile-saga — src/saga.test.ts ("running the saga should run the first function"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the test checks out a client for graphile-worker's runTaskListOnce and releases it on the next line with no finally: a failing task run leaves it checked out
import { describe, test, expect, mock } from "bun:test";
import { z } from "zod";
import { Saga } from "./saga";
import { runTaskListOnce, quickAddJob, TaskList } from "graphile-worker";
import { Pool } from "pg";

const pgPool = new Pool({ connectionString: process.env.DATABASE_URL });

describe("graphile-saga", () => {
  test("running the saga should run the first function", async () => {
    const sagaName = "test-run-saga";
    const fn = mock(async () => {});
    const saga = new Saga(sagaName, z.object({ name: z.string() })).addStep({ name: "step1", run: fn });
    const taskList = saga.getTaskList() as TaskList;

    await quickAddJob({ pgPool }, sagaName, { name: "test" });

    const client = await pgPool.connect();
    await runTaskListOnce({ pgPool }, taskList, client);
    await client.release();

    expect(fn).toHaveBeenCalled();
  });
});
