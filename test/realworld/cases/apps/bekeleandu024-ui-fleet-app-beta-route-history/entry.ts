// Source: bekeleandu024-ui/fleet-app-beta — services/tracking/src/services/tripLocationService.ts at 41d0d02 (updateRouteHistory), reduced by hand, not copied
// Label: safe
// Why: each GPS ping locks its trip row FOR UPDATE, adds the haversine distance from the last known fix, appends the point to the capped route history and inserts it into trip_locations in one transaction; a missing trip throws inside the try, the catch rolls back and the finally releases
import { pool } from "./db/client";
import { haversineDistanceMiles } from "./geo";

interface LocationUpdate {
  latitude: number;
  longitude: number;
  speed?: number;
  driver_id?: string;
  source: string;
  timestamp?: string;
}

const ROUTE_HISTORY_MAX_POINTS = 2000;

export async function updateRouteHistory(tripId: string, location: LocationUpdate): Promise<void> {
  const timestamp = location.timestamp ? new Date(location.timestamp) : new Date();

  const client = await pool.connect();
  try {
    await client.query("BEGIN");

    const trip = await client.query(
      "SELECT actual_miles, route_history, last_known_lat, last_known_lng FROM trips WHERE id = $1 FOR UPDATE",
      [tripId],
    );
    if (!trip.rows.length) {
      throw new Error(`Trip ${tripId} not found when updating route history`);
    }

    const row = trip.rows[0];
    let actualMiles = Number(row.actual_miles ?? 0);
    if (row.last_known_lat != null && row.last_known_lng != null) {
      actualMiles += haversineDistanceMiles(Number(row.last_known_lat), Number(row.last_known_lng), location.latitude, location.longitude);
    }

    const history = Array.isArray(row.route_history) ? row.route_history : [];
    history.push({ lat: location.latitude, lng: location.longitude, timestamp: timestamp.toISOString(), speed: location.speed });
    if (history.length > ROUTE_HISTORY_MAX_POINTS) {
      history.splice(0, history.length - ROUTE_HISTORY_MAX_POINTS);
    }

    await client.query(
      "INSERT INTO trip_locations (trip_id, driver_id, latitude, longitude, speed, source, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      [tripId, location.driver_id ?? null, location.latitude, location.longitude, location.speed ?? null, location.source, timestamp],
    );
    await client.query(
      "UPDATE trips SET last_known_lat = $1, last_known_lng = $2, last_ping_at = $3, actual_miles = $4, route_history = $5 WHERE id = $6",
      [location.latitude, location.longitude, timestamp, actualMiles, JSON.stringify(history), tripId],
    );

    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
