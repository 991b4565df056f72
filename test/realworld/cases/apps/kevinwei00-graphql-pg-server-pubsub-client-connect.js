// Source: kevinwei00/graphql-pg-server — src/server.js at 3a321b4 (module scope), reduced by hand, not copied
// Label: safe
// Why: a dedicated pg Client for graphql-postgres-subscriptions' LISTEN, connected once at start-up and kept for the server's life; it is no pool checkout, and nothing is owed back
require("dotenv").config();
const express = require("express");
const http = require("http");
const { Client } = require("pg");
const { ApolloServer } = require("apollo-server-express");
const { PostgresPubSub } = require("graphql-postgres-subscriptions");
const { db } = require("./db");

const pgPubSubClient = new Client();
pgPubSubClient.connect((err) => {
  if (err) {
    console.error("connection error", err.stack);
  }
});

const pubsub = new PostgresPubSub({ pgPubSubClient });
const apolloServer = new ApolloServer({ schema: require("./schema"), context: { db, pubsub } });

const app = express();
apolloServer.applyMiddleware({ app });
http.createServer(app).listen(8000);
