'use strict';

const pg = require('pg');

module.exports = new pg.Client({ database: process.env.POSTGRES_DATABASE || 'postgres' });
