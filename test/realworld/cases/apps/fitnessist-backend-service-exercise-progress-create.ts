// Source: Fitnessist/backend-service — src/infrastructure/repository/UserExerciseProgressRepositoryPostgre.ts at 600a9ba (UserExerciseProgressRepositoryImpl.create), reduced by hand, not copied
// Label: safe
// Why: a TypeORM-dependent service whose repositories take a raw pg Pool; create() builds its query configs and sends BEGIN, two INSERTs and COMMIT inside a try whose catch rolls back and maps constraint errors and whose finally releases
import { type Pool, type QueryConfig, DatabaseError } from "pg";

export class UserExerciseProgressRepositoryImpl {
  constructor(private readonly pool: Pool, private readonly idGenerator: () => string) {}

  public async create(progress: { userId: string; exerciseLevelId: string }) {
    const client = await this.pool.connect();
    try {
      const insertProgress: QueryConfig = {
        text: "INSERT INTO my_exercise_progress (id, user_id, exercise_level_id) VALUES ($1, $2, $3) RETURNING *",
        values: [this.idGenerator(), progress.userId, progress.exerciseLevelId],
      };
      await client.query("BEGIN");
      const result = await client.query(insertProgress);
      await client.query({
        text: "INSERT INTO user_inventories (id, user_id, total_points) VALUES ($1, $2, (SELECT points FROM exercise_levels WHERE id = $3))",
        values: [this.idGenerator(), progress.userId, progress.exerciseLevelId],
      });
      await client.query("COMMIT");
      return result.rows[0];
    } catch (error: any) {
      await client.query("ROLLBACK");
      if (error instanceof DatabaseError && error.constraint != null) {
        throw new Error("Data has already exist.");
      }
      throw error;
    } finally {
      client.release();
    }
  }
}
