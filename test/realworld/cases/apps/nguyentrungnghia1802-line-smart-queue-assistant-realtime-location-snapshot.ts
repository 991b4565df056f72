// Source: nguyentrungnghia1802/LINE_Smart_Queue_Assistant — apps/api/src/modules/location/location.service.ts at bfff822 (locationService.saveRealtimeSnapshot, the customer's live position while queued), reduced by hand, not copied
// Label: safe
// Why: when sharing is off the transaction COMMITs and returns from inside the try; otherwise every active ticket gets a location row and an alert on the same client before COMMIT; the catch awaits ROLLBACK and rethrows, the finally releases
import { pool } from "../../db/client";
import { ordersRepository } from "../../db/repositories/orders.repository";
import { locationRepository } from "./location.repository";

type Snapshot = { latitude: number; longitude: number; accuracyMeters?: number };

function distanceMeters(from: Snapshot, to: Snapshot): number {
  const dLat = ((to.latitude - from.latitude) * Math.PI) / 180;
  const dLon = ((to.longitude - from.longitude) * Math.PI) / 180;
  return Math.round(6_371_000 * Math.sqrt(dLat * dLat + dLon * dLon));
}

export const locationService = {
  async saveRealtimeSnapshot(userId: string, dto: Snapshot) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      if (!(await locationRepository.isEnabled(userId, client))) {
        await client.query("COMMIT");
        return { activeTicketCount: 0, savedSnapshotCount: 0, consentEnabled: false };
      }

      const targets = await locationRepository.findActiveTargets(userId, client);
      for (const target of targets) {
        const distance = distanceMeters(dto, {
          latitude: Number(target.branch_latitude),
          longitude: Number(target.branch_longitude),
        });
        const snapshot = await ordersRepository.createCustomerLocation(
          { queueEntryId: target.queue_entry_id, customerUserId: userId, latitude: dto.latitude, longitude: dto.longitude, distanceToOrgMeters: distance },
          client,
        );
        await ordersRepository.createLocationAlert(
          { queueEntryId: target.queue_entry_id, customerLocationId: snapshot.id, distanceToOrgMeters: distance, dueAt: new Date() },
          client,
        );
      }
      await client.query("COMMIT");
      return { activeTicketCount: targets.length, savedSnapshotCount: targets.length, consentEnabled: true };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  },
};
