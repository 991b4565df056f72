// Source: Met4tron/rinha-bun — src/db.ts at be4257b (connectMongo, before the move to PostgreSQL), reduced by hand, not copied
// Label: safe
// Why: the first version of the Hono-on-Bun service kept its people in MongoDB: `await client.connect()` opens a `MongoClient` the module keeps for its life and then creates indexes; another library's client is no pg checkout
import { Db, MongoClient } from "mongodb";

const client = new MongoClient("mongodb://database", {
  authSource: "admin",
  minPoolSize: 20,
  maxPoolSize: 300,
});

let db: Db;

export const connectMongo = async () => {
  await client.connect();

  db = client.db("rinha");

  await db.collection("people").createIndex({ apelido: "text", nome: "text", stack: "text" }, { name: "search_params_idx" });
  await db.collection("people").createIndex({ apelido: 1 }, { name: "apelido_idx", unique: true });
};

export const getPerson = async (id: string) => db.collection("people").findOne({ id });
