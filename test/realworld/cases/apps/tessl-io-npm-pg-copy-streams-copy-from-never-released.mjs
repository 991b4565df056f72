// Source: https://tessl.io/registry/tessl/npm-pg-copy-streams/files/docs/copy-from.md (an AI-agent documentation tile for pg-copy-streams, "Basic table import"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the tile's import example checks out a client at module level and starts three COPY FROM STDIN streams on it; nothing ends the streams or releases the client
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

const { Pool } = pg;
const pool = new Pool();

const client = await pool.connect();
const stream = client.query(copyFrom("COPY users FROM STDIN"));
const csvStream = client.query(copyFrom("COPY products FROM STDIN WITH (FORMAT CSV, HEADER)"));
const tsvStream = client.query(copyFrom("COPY logs FROM STDIN WITH (FORMAT TEXT, DELIMITER E'\\t')"));

export { stream, csvStream, tsvStream };
