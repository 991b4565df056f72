// Source: GonzaloAgu/protoservice-SI — src/controllers/pg.js at 47b4003 (the Db singleton's constructor), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the constructor calls `this.pool.connect()` without awaiting or keeping it, so the client it resolves to is never released; every query afterwards goes through `this.pool.query`
const { Pool } = require("pg");

module.exports = class Db {
  constructor() {
    if (!Db.instance) {
      this.pool = new Pool();
      this.pool.connect();
      Db.instance = this;
    } else {
      throw "Instance already created. Use getInstance()";
    }
  }

  static getInstance() {
    if (Db.instance) return Db.instance;
    new Db();
    return Db.instance;
  }

  async applianceTypes() {
    return (await this.pool.query("SELECT * FROM tipo_electro;")).rows;
  }

  async makers() {
    return (await this.pool.query("SELECT * FROM fabricante")).rows;
  }
};
