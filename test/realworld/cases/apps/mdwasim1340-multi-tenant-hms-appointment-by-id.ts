// Source: mdwasim1340/multi-tenant-hms — backend/src/services/appointment.service.ts (AppointmentService.getAppointmentById), reduced by hand, not copied
// Label: safe
// Why: the method checks out only when the caller gave no client (`client || await this.pool.connect()`), sets the tenant's search_path inside the try and releases its own checkout in the finally
import { Pool, PoolClient } from 'pg';

export class AppointmentService {
  constructor(private pool: Pool) {}

  async getAppointmentById(appointmentId: number, tenantId: string, client?: PoolClient) {
    const dbClient = client || (await this.pool.connect());
    try {
      if (!client) {
        await dbClient.query(`SET search_path TO "${tenantId}"`);
      }
      const result = await dbClient.query('SELECT a.* FROM appointments a JOIN patients p ON p.id = a.patient_id WHERE a.id = $1', [appointmentId]);
      return result.rows.length > 0 ? result.rows[0] : null;
    } finally {
      if (!client) {
        dbClient.release();
      }
    }
  }
}
