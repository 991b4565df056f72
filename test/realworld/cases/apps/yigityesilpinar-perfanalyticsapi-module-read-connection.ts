// Source: yigityesilpinar/PerfAnalyticsAPI — src/app/sequelize.ts (module scope), reduced by hand, not copied
// Label: leak
// Why: the module asks Sequelize's connection manager for a read connection at load time (`sequelize.connectionManager.getConnection`, Sequelize's own pool of pg Clients, not a pg Pool) and drops the promise: the connection is never given back with `releaseConnection` and stays out of the pool for the process's life
import { Sequelize } from "sequelize-typescript";
import { AnalyticsAccount, AnalyticsEntry, ResourceAnalyticsEntry } from "./models";

export const sequelize = new Sequelize({
  database: "local-test",
  dialect: "postgres",
  username: "postgres",
  password: "postgres",
  port: 5432,
  models: [AnalyticsAccount, AnalyticsEntry, ResourceAnalyticsEntry],
});

sequelize.connectionManager.getConnection({
  type: "read",
});

export const analyticsAccountRepository = sequelize.getRepository(AnalyticsAccount);
export const analyticsEntryRepository = sequelize.getRepository(AnalyticsEntry);
