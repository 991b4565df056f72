// Second module of the case: the unit of work and its factory, as in the source's src/data/unit-of-work.ts and connection-manager.ts (reduced).
import { Pool, PoolClient } from "pg";

export interface LocationRepository {
  getTimeRange(from: Date, to: Date): Promise<Array<{ latitude: number; longitude: number; time: Date }>>;
}

export interface UnitOfWork {
  readonly locationRepository: LocationRepository;
  complete<T>(work: (unitOfWork: UnitOfWork) => Promise<T>): Promise<T>;
  release(): void;
}

export interface UnitOfWorkFactory {
  createUnitOfWork(): Promise<UnitOfWork>;
}

class UnitOfWorkImpl implements UnitOfWork {
  constructor(private client: PoolClient) {}

  get locationRepository(): LocationRepository {
    return {
      getTimeRange: async (from, to) =>
        (await this.client.query("SELECT latitude, longitude, time FROM locations WHERE time BETWEEN $1 AND $2", [from, to])).rows,
    };
  }

  async complete<T>(work: (unitOfWork: UnitOfWork) => Promise<T>): Promise<T> {
    try {
      await this.client.query("BEGIN");
      const result = await work(this);
      await this.client.query("COMMIT");
      return result;
    } catch (e) {
      await this.client.query("ROLLBACK");
      throw e;
    } finally {
      this.client.release();
    }
  }

  release() {
    this.client.release();
  }
}

export class UnitOfWorkFactoryImpl implements UnitOfWorkFactory {
  private readonly pool = new Pool();

  async createUnitOfWork(): Promise<UnitOfWork> {
    return new UnitOfWorkImpl(await this.pool.connect());
  }
}
