// Source: maheshj01/PDSD-MicroService — checkout_service/src/server.ts (module scope), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a course microservice tests its database at start-up with `pool.connect().then(() => console.log(…))`: the client it is handed is dropped, never released (the book, request and user services start the same way)
import express from "express";
import checkoutRoutes from "./routes/checkoutRoute";
import pool from "./db";

const app = express();
const port = process.env.PORT;

app.use(express.json());
app.use("/api", checkoutRoutes);

pool
  .connect()
  .then(() => {
    console.log("CheckoutService Connected to the database");
  })
  .catch((error: any) => {
    console.error("Unable to connect to the database:", error);
  });

app.listen(port, () => {
  console.log(`Checkout service listening on ${port}`);
});
