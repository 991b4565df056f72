const { Client } = require("node-postgres");

export const client = new Client({ host: "db.example", port: 5432, database: "CampusMinds" });
