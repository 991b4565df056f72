// Source: IagoLast/mood-and-habit-tracker — back/src/days/update-day.service.ts (UpdateDayService.execute), reduced by hand, not copied
// Label: safe
// Why: the client is passed to repository methods inside the try (they only query with it); COMMIT or ROLLBACK, then the finally releases
import type { Pool } from "pg";
import type { CompletionsRepository } from "./completions.repository";
import type { ScoresRepository } from "@/scores/scores.repository";

interface UpdateDayDto {
  score?: number | null;
  elements: { elementId: string; completed: string }[];
}

export class UpdateDayService {
  constructor(
    private readonly pool: Pool,
    private readonly scoresRepository: ScoresRepository,
    private readonly completionsRepository: CompletionsRepository,
  ) {}

  async execute(userId: string, plainDate: string, dto: UpdateDayDto): Promise<number | null> {
    const completed = dto.elements.filter((e) => e.completed === "COMPLETED");
    let score: number | null = null;
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      if (dto.score !== undefined && dto.score !== null) {
        score = await this.scoresRepository.upsertWithClient(client, { userId, date: plainDate, score: dto.score });
      } else if (dto.score === null) {
        await this.scoresRepository.deleteWithClient(client, userId, plainDate);
      }
      await this.completionsRepository.deleteByUserIdAndDateWithClient(client, userId, plainDate);
      if (completed.length > 0) {
        await this.completionsRepository.createBatchWithClient(
          client,
          completed.map((e) => ({ habitId: e.elementId, date: plainDate })),
        );
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
    return score;
  }
}
