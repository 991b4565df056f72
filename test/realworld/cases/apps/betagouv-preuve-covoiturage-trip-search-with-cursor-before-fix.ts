// Source: betagouv/preuve-covoiturage — api/services/trip/src/providers/TripRepositoryProvider.ts at 48226afc9^ (TripRepositoryProvider.searchWithCursor, before "fix: release pool connection after cursor usage"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout only feeds a Cursor; the function returns a promisified `cursor.read` and nothing that can release the client, so every export keeps one pool client forever
import { promisify } from "util";
import Cursor from "pg-cursor";
import type { PostgresConnection } from "@ilos/connection-postgres";

export class TripRepositoryProvider {
  constructor(private connection: PostgresConnection) {}

  public async searchWithCursor(params: { start: Date; end: Date }, type = "opendata") {
    const fields = type === "opendata" ? ["trip_id", "journey_start_datetime"] : ["trip_id", "operator_id"];
    const text = `SELECT ${fields.join(",")} FROM trip.list WHERE journey_start_datetime BETWEEN $1 AND $2`;
    const db = await this.connection.getClient().connect();
    const cursor = db.query(new Cursor(text, [params.start, params.end]));
    return promisify(cursor.read.bind(cursor)) as (count: number) => Promise<unknown[]>;
  }
}
