// Source: betagouv/preuve-covoiturage — api/services/trip/src/providers/TripRepositoryProvider.ts at 48226afc9 (TripRepositoryProvider.searchWithCursor, "fix: release pool connection after cursor usage"), reduced by hand, not copied
// Label: hand-over
// Why: the function returns the cursor reader together with the client's own release, and BuildExportAction calls `cursor.release()` when the export loop ends
import { promisify } from "util";
import Cursor from "pg-cursor";
import type { PostgresConnection } from "@ilos/connection-postgres";

export interface CursorHandle {
  read: (count: number) => Promise<unknown[]>;
  release?: Function;
}

export class TripRepositoryProvider {
  constructor(private connection: PostgresConnection) {}

  public async searchWithCursor(params: { start: Date; end: Date }, type = "opendata"): Promise<CursorHandle> {
    const fields = type === "opendata" ? ["trip_id", "journey_start_datetime"] : ["trip_id", "operator_id"];
    const text = `SELECT ${fields.join(",")} FROM trip.list WHERE journey_start_datetime BETWEEN $1 AND $2`;
    const db = await this.connection.getClient().connect();
    const cursor = db.query(new Cursor(text, [params.start, params.end]));
    return {
      read: promisify(cursor.read.bind(cursor)) as (count: number) => Promise<unknown[]>,
      release: db.release,
    };
  }
}
