// Source: prijindal/betro-server — src/app.ts at b385219 (initServer), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the server's start-up awaits `postgres.connect()` on the app's Pool and drops the client it resolves: one connection stays checked out for the server's life
import express from "express";
import cors from "cors";
import postgres from "./db/postgres";
import loginRoutes from "./routes/loginRoutes";

export async function initServer(): Promise<express.Express> {
  const app = express();
  await postgres.connect();
  app.set("trust proxy", 1);
  app.set("port", process.env.PORT || 4000);
  app.use(cors());
  app.use(express.json({ limit: "50mb" }));
  app.use("/api/login", loginRoutes);
  return app;
}
