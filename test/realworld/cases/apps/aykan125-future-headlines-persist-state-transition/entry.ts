// Source: Aykan125/Future-Headlines — backend/src/game/gameLoop.ts at f33d77c (GameLoop.persistStateTransition, run by the socket.io game loop before it broadcasts `game:state`), reduced by hand, not copied
// Label: safe
// Why: the phase transition's UPDATE and INSERT run between BEGIN and COMMIT inside the try; the catch awaits ROLLBACK and rethrows, and the finally releases
import pool from "./pool.js";
import type { Server } from "socket.io";

type GamePhase = "WAITING" | "PLAYING" | "BREAK" | "FINISHED";

export class GameLoop {
  constructor(
    private io: Server,
    private state: { sessionId: string; phaseStartedAt: Date; phaseEndsAt: Date },
  ) {}

  private async persistStateTransition(fromPhase: GamePhase, toPhase: GamePhase, roundNo: number): Promise<void> {
    const client = await pool.connect();

    try {
      await client.query("BEGIN");
      await client.query(
        `UPDATE game_sessions SET phase = $1, current_round = $2, phase_started_at = $3, phase_ends_at = $4, status = $1 WHERE id = $5`,
        [toPhase, roundNo, this.state.phaseStartedAt, this.state.phaseEndsAt, this.state.sessionId],
      );
      await client.query(
        `INSERT INTO game_session_state_transitions (session_id, from_phase, to_phase, round_no) VALUES ($1, $2, $3, $4)`,
        [this.state.sessionId, fromPhase, toPhase, roundNo],
      );
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  }

  async advance(fromPhase: GamePhase, toPhase: GamePhase, roundNo: number) {
    await this.persistStateTransition(fromPhase, toPhase, roundNo);
    this.io.to(`session:${this.state.sessionId}`).emit("game:state", { phase: toPhase, roundNo });
  }
}
