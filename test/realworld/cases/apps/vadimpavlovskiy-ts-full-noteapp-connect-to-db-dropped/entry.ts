// Source: vadimpavlovskiy/TS_FULL_NoteApp — backend/app.ts (top level), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `connectToDB()` (db/connectToDB.ts: `return await pool.connect()`, or undefined when connecting fails) is called at start-up as a bare statement: its client is dropped and never released, one pool slot held for the life of the process
import express from "express";
import dotenv from "dotenv";
import { connectToDB } from "./connectToDB";
import usersRouter from "./routes/usersRoutes";

export const app = express();
app.use(express.json());

dotenv.config({ path: "../.env" });

const port = process.env.PORT;

connectToDB();

app.get("/", (req, res) => {
  res.send("Hello World!");
});

app.listen(port, () => {
  return console.log(`Server has been started on port ${port}`);
});

app.use("/users", usersRouter);
