const { Pool } = require("pg");

class InstancePool {
  getPoolInstance() {
    if (!this.pool) this.pool = new Pool({ database: "bancosolar" });
    return this.pool;
  }
}

module.exports = { instancePool: new InstancePool() };
