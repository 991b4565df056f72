// Source: vramana/pg-jobs — index.mjs (Worker constructor), reduced by hand, not copied
// Label: hand-over
// Why: the `.then` callback stores the checkout in the private field `#client`, which the worker's loop uses and stop() releases
import { randomUUID } from "node:crypto";

export class Worker {
  #id;
  #client;
  #stopping = false;

  constructor(pool) {
    this.#id = randomUUID();
    pool.connect().then((client) => {
      this.#client = client;
      this.start();
    });
  }

  async start() {
    while (!this.#stopping) {
      await this.#client.query("SELECT 1");
    }
  }

  async stop() {
    this.#stopping = true;
    this.#client.release();
  }
}
