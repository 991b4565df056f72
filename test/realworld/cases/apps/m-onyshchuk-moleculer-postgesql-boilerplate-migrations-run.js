// Source: m-onyshchuk/moleculer-postgesql-boilerplate — services/pg.service.js (the `pg` service's `migrationsRun` method, called from `started()`), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the migration loop reads each .sql file and runs it on the checked-out client, releasing only after the loop; a failed read or migration jumps to the catch, which logs and returns with the client still checked out of `this.pg`
"use strict";

const fs = require("fs");
const { Pool } = require("pg");

module.exports = {
  name: "pg",

  methods: {
    poolCreate() {
      this.pg = new Pool({
        host: process.env.DB_HOST || "localhost",
        database: process.env.DB_NAME || "postgres",
      });
    },

    async migrationsFind() {
      return ["migrations/01-create-tables.sql", "migrations/02-seed-tables.sql"];
    },

    async migrationsRun() {
      try {
        const files = await this.migrationsFind();
        if (files) {
          const client = await this.pg.connect();
          for (const filePath of files) {
            const sql = await fs.promises.readFile(filePath, "utf8");
            await client.query(sql);
          }
          client.release();
        }
        this.logger.info("Migrations checked ...");
      } catch (error) {
        this.logger.error(`migrationsRun:: ${error.message}`);
      }
      return [];
    },
  },

  async started() {
    this.poolCreate();
    await this.migrationsRun();
  },
};
