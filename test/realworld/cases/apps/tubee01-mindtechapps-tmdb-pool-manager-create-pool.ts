// Source: Tubee01/mindtechapps-tmdb — backend/src/database/database-pool.service.ts (PoolManager#createPool, #onModuleDestroy), reduced by hand, not copied
// Label: hand-over
// Why: a NestJS singleton keeps one checked-out client per database in `this.clients` (the CONNECTION provider's factory returns it and every request's DatabaseService shares it); the module's OnModuleDestroy hook releases every stored client
import { Injectable, OnModuleDestroy } from "@nestjs/common";
import { Pool, PoolClient } from "pg";

@Injectable()
export class PoolManager implements OnModuleDestroy {
  private clients: { [key: string]: PoolClient } = {};

  getClient(name) {
    if (this.clients[name]) return this.clients[name];
    else return null;
  }

  async createPool(config) {
    if (this.getClient(config.database)) throw new Error("Pool already exists");
    this.clients[config.database] = await new Pool(config).connect();
    return this.clients[config.database];
  }

  getCreateIfNotExistClient(config) {
    const client = this.getClient(config.database);
    if (client) return client;
    else return this.createPool(config);
  }

  async onModuleDestroy() {
    await Promise.all(Object.values(this.clients).map((client) => client.release()));
  }
}
