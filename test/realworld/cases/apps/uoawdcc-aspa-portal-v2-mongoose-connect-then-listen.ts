// Source: UoaWDCC/aspa-portal-v2 — packages/backend/src/app.ts, reduced by hand, not copied
// Label: safe
// Why: `mongoose.connect(url)` opens mongoose's shared connection before the server listens; it is no pg checkout and has nothing to release
import express from "express";
import mongoose from "mongoose";

const app = express();
const port = process.env.PORT ?? 3000;
const dbURL = process.env.MONGO_URL!;

mongoose
  .connect(dbURL)
  .then(() => {
    app.listen(port, () => {
      console.log(`Connected to database. Server is running on port: ${port}`);
    });
  })
  .catch((error) => {
    console.log(error);
  });
