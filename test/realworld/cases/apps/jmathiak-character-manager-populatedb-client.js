// Source: JMathiak/character-manager — db/populatedb.js (main), reduced by hand, not copied; the script is The Odin Project's "Using PostgreSQL" lesson's, copied into its Inventory Application and Members Only projects (find_string shows 10+ stored copies of its `console.log("seeding...")` main)
// Label: safe
// Why: the seed script opens a dedicated `pg.Client`, runs the schema and ends it; a failed query leaves the script's one connection open until the process exits, but a Client's connect is no pool checkout
const { Client } = require("pg");

const SQL = `
CREATE TABLE IF NOT EXISTS usernames (
  id INTEGER PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  username VARCHAR ( 255 )
);
INSERT INTO usernames (username) VALUES ('Bryan'), ('Odin'), ('Damon');
`;

async function main() {
  console.log("seeding...");
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(SQL);
  await client.end();
  console.log("done");
}

main();
