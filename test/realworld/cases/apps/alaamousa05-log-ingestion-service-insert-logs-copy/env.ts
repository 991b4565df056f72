export const env = {
  aggregateRollupEnabled: process.env.AGGREGATE_ROLLUP !== "false",
};
