// Source: m-onyshchuk/moleculer-postgesql-boilerplate — services/pg.service.js (the `pg` service's `query` action), reduced by hand, not copied
// Label: safe
// Why: the Moleculer action checks out of `this.pg` (the Pool the service's `poolCreate` method builds in `started()`) inside a try whose catch swallows every error into the result, then releases whenever a client was got
"use strict";

const { Pool } = require("pg");

module.exports = {
  name: "pg",

  settings: {
    pg: null,
  },

  actions: {
    query: {
      params: {
        sql: "string",
        values: "array",
      },
      async handler(ctx) {
        let client = null;
        const result = { data: [], error: null };
        try {
          client = await this.pg.connect();
          const sets = await client.query(ctx.params.sql, ctx.params.values);
          result.data = sets.rows;
        } catch (error) {
          result.error = error.message;
          this.logger.error(`pg.query: ${error.message}`);
        }
        if (client) {
          client.release();
        }
        return result;
      },
    },
  },

  methods: {
    poolCreate() {
      this.pg = new Pool({
        host: process.env.DB_HOST || "localhost",
        database: process.env.DB_NAME || "postgres",
        statement_timeout: 60000,
      });
    },
  },

  async started() {
    this.poolCreate();
  },

  async stopped() {},
};
