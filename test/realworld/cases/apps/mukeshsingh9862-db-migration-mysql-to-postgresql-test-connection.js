// Source: mukeshsingh9862/db-migration-mysql-to-postgresql — config/database.js at c371bbc (testPostgreSQLConnection), reduced by hand, not copied
// Label: leak
// Why: the MySQL → PostgreSQL migrator's connection check awaits `SELECT 1` on the checkout before `client.release()`; when the query rejects, the catch logs and returns false without releasing
const mysql = require('mysql2');
const { Pool } = require('pg');

const mysqlPool = mysql.createPool({ host: process.env.MYSQL_HOST, user: process.env.MYSQL_USER, connectionLimit: 10 });

const postgresPool = new Pool({
    host: process.env.PG_HOST,
    user: process.env.PG_USER,
    database: process.env.PG_DATABASE,
    max: 10,
    connectionTimeoutMillis: 2000,
});

const testPostgreSQLConnection = async () => {
    try {
        const client = await postgresPool.connect();
        const result = await client.query('SELECT 1 as test');
        client.release();
        console.log('PostgreSQL Database connected successfully', result.rows[0].test);
        return true;
    } catch (error) {
        console.error('PostgreSQL Database connection failed:', error.message);
        return false;
    }
};

module.exports = { mysqlPool, postgresPool, testPostgreSQLConnection };
