// Source: sennentech/dcb-event-sourced — examples/course-manager-cli-with-readmodel/src/api/Api.ts (Api.registerCourse), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `BEGIN transaction isolation level serializable` is awaited before the try whose finally releases, so a failed BEGIN leaves the client checked out
import { Pool, PoolClient } from "pg";
import { buildDecisionModel } from "@dcb-es/event-store";
import { HandlerCatchup, PostgresEventStore } from "@dcb-es/event-store-postgres";
import { CourseExists } from "./DecisionModels";
import { CourseWasRegisteredEvent } from "./Events";

declare function setupHandlers(client: PoolClient | Pool): Record<string, unknown>;

export class Api {
  private pool: Pool;

  constructor(pool: Pool) {
    this.pool = pool;
  }

  async registerCourse(cmd: { id: string; title: string; capacity: number }) {
    const client = await this.pool.connect();
    await client.query("BEGIN transaction isolation level serializable");
    try {
      const eventStore = new PostgresEventStore(client);
      const { state, appendCondition } = await buildDecisionModel(eventStore, {
        courseExists: CourseExists(cmd.id),
      });

      if (state.courseExists) throw new Error(`Course with id ${cmd.id} already exists`);
      await eventStore.append(
        new CourseWasRegisteredEvent({ courseId: cmd.id, title: cmd.title, capacity: cmd.capacity }),
        appendCondition,
      );

      const handlerCatchup = new HandlerCatchup(client, eventStore);
      await handlerCatchup.catchupHandlers(setupHandlers(client));
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  }
}
