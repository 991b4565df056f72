// Source: Turistforeningen/Raido — index.js (startup), reduced by hand, not copied
// Label: safe
// Why: `./pg` exports one standalone `pg.Client`, not a pool: its `connect(cb)` opens the app's single connection for the process's life, and there is no checkout to give back
'use strict';

const express = require('express');
const pg = require('./pg');

const app = express();

app.get('/health', (req, res) => res.json({ ok: true }));

if (!module.parent) {
  pg.connect((err) => {
    if (err) { throw err; }
    console.log('Connected to Postgres Database');
    app.listen(process.env.PORT || 8080);
  });
}

module.exports = app;
