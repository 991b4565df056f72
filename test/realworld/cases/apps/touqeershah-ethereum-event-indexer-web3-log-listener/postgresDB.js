const { Pool } = require("pg");

const pool = new Pool({ user: process.env.POSTGRESSDB_USER, database: process.env.POSTGRESSDB_DB, host: process.env.POSTGRESSDB_ADDRESS });

module.exports = { pool };

module.exports.execute = async (query, pool) => {
    const response = {};
    try {
        response.result = await pool.query(query);
        response.status = true;
    } catch (error) {
        response.result = {};
        response.status = false;
    }
    return response;
};
