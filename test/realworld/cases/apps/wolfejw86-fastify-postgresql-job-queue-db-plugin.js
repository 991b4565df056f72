// Source: wolfejw86/fastify-postgresql-job-queue — plugins/db.js at 84d6e41 (the fastify-plugin export), reduced by hand, not copied
// Label: safe
// Why: the Fastify plugin connects a dedicated `pg.Client` (no pool) only to run the migrations, then decorates the app with a pg-promise database; a standalone Client is no pool checkout, labelled safe as the corpus labels them
"use strict";

const fp = require("fastify-plugin");
const path = require("path");
const pg = require("pg");
const pgp = require("pg-promise");
const { migrate } = require("postgres-migrations");

module.exports = fp(async function (fastify, opts) {
  const uri = "postgresql://job_queue@localhost/job_queue";

  const client = new pg.Client(uri);
  await client.connect();
  await migrate({ client }, path.join(__dirname, "../migrations"));

  const db = pgp()(uri);

  const insertJob = async (payload = "pay") => {
    await db.query("INSERT INTO job_queue (payload) VALUES ($1)", [payload]);
    return false;
  };

  fastify.decorate("db", { db, insertJob });
});
