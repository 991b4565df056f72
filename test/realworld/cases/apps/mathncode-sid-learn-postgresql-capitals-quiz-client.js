// Source: mathncode-sid/learn-postgresql — psql/psql-in-expressJS-guide.md at 085bd1f (the capitals-quiz example, loadQuizData), reduced by hand, not copied
// Label: safe
// Why: `db` is one dedicated `pg.Client` the quiz app connects once at start-up and keeps for its life, the shape of the bootcamp exercise the guide follows; nothing is checked out of a pool
import express from "express";
import pg from "pg";

const app = express();

const db = new pg.Client({
  user: process.env.DB_USER,
  host: "localhost",
  database: process.env.DB_NAME,
  port: 5432,
});

let quizData = [];

async function loadQuizData() {
  await db.connect();
  try {
    const result = await db.query("SELECT * FROM capitals");
    quizData = result.rows;
    console.log(`Loaded ${quizData.length} quiz questions`);
  } catch (error) {
    console.error("Error loading quiz data:", error);
  }
}

loadQuizData();

app.get("/", (req, res) => {
  res.json(quizData[Math.floor(Math.random() * quizData.length)]);
});

app.listen(3000);
