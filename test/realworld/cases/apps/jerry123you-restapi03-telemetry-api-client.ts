// Source: jerry123you/restapi03 — src/index.ts (main, queryData), reduced by hand, not copied
// Label: safe
// Why: the telemetry time-range API connects one dedicated `pg.Client` at start-up and serves every request through it; the SIGINT/SIGTERM handler ends it before exiting
import express, { Request, Response } from "express";
import fs from "fs";
import pg from "pg";

async function main() {
  try {
    let s: string = fs.readFileSync("./config.json", "utf-8");
    let config = JSON.parse(s);
    const dbClient = new pg.Client(config.sql_config);
    await dbClient.connect();

    const app: express.Application = express();
    app.use(express.json());

    app.get(config.express.route, async (req: Request, res: Response) => {
      let { device, metric } = req.params;
      let { tstart, tend } = req.query;
      if (typeof metric === "string" && typeof tstart === "string" && typeof tend === "string") {
        queryData(dbClient, res, device, metric, tstart, tend);
      } else {
        res.status(400).json({ error: "Invalid query parameters" });
      }
    });

    app.listen(config.express.port);

    const shutdown = async () => {
      await dbClient.end();
      process.exit(0);
    };

    process.on("SIGINT", shutdown);
    process.on("SIGTERM", shutdown);
  } catch (err) {
    console.log("Error: " + err);
  }
}

async function queryData(d: pg.Client, r: Response, dev: string, m: string, s: string, e: string) {
  try {
    let res = d.query(`SELECT * FROM telemetry WHERE deviceid='${dev}' AND metric = '${m}' AND timestamp BETWEEN '${s}' AND '${e}'`);
    r.json((await res).rows);
  } catch (error) {
    console.error("error building timestable data: ", error);
    r.status(500).json({ error: "internal server error" });
  }
}

main();
