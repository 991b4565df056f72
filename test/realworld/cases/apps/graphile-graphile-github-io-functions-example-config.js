// Source: graphile/graphile.github.io — examples/functions/config.js at 4ceadcc (processFile, the docs' example-schema builder), reduced by hand, not copied
// Label: leak
// Why: BEGIN and `set local search_path` are awaited before the try, so either rejecting skips the release; inside, the example's SQL is sent without await and the finally queues `rollback` un-awaited before `pgClient.release()`, so the client goes back with both still queued on it
const fs = require("fs");
const graphqlDiff = require("../_diff");

exports.processFile = async (exampleFilePath, { pgPool, postgraphileSchema, getPostGraphileSchemaWithOptions }) => {
  const source = fs.readFileSync(exampleFilePath, "utf8");
  const pgClient = await pgPool.connect();
  await pgClient.query("begin");
  await pgClient.query("set local search_path to app_public, app_private, public;");
  let diff;
  try {
    pgClient.query(source);
    const newSchema = await getPostGraphileSchemaWithOptions({}, pgClient);
    diff = graphqlDiff(postgraphileSchema, newSchema);
  } finally {
    pgClient.query("rollback");
    pgClient.release();
  }

  return { example: source, exampleLanguage: "sql", result: diff, resultLanguage: "diff" };
};
