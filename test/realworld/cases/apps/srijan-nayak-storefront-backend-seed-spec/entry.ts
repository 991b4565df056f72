// Source: srijan-nayak/storefront-backend — src/tests/seedSpec.ts (beforeEach), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the Jasmine helper that seeds the test database before every spec checks a client out, awaits a bcrypt hash and dozens of INSERTs, and releases it only after the last one, with no finally: a rejected hash or INSERT keeps the client checked out for the rest of the run
import { PoolClient } from "pg";
import { hash } from "bcrypt";
import pgPool from "./database";

const sampleUsers = [
  { id: "antasia_marjory", firstName: "Antasia", lastName: "Marjory", password: "scenariofallen" },
  { id: "april_serra", firstName: "April", lastName: "Serra", password: "husbandpope" },
];
const sampleProducts = [
  { id: 101, name: "Frozen Hat", price: 8.12, category: "Clothing" },
  { id: 102, name: "Steel Chair", price: 45.34, category: "Furniture" },
];
const sampleOrders = [
  { id: 201, user_id: "april_serra", completed: false },
  { id: 202, user_id: "antasia_marjory", completed: true },
];

beforeEach(async (): Promise<void> => {
  const client: PoolClient = await pgPool.connect();

  for (const user of sampleUsers) {
    const digest: string = await hash(user.password + process.env.PEPPER, parseInt(process.env.SALT_ROUNDS as string));
    await client.query("insert into users values ($1, $2, $3, $4)", [user.id, user.firstName, user.lastName, digest]);
  }

  for (const product of sampleProducts) {
    await client.query("insert into products values ($1, $2, $3, $4)", [product.id, product.name, product.price, product.category]);
  }

  for (const order of sampleOrders) {
    await client.query("insert into orders values ($1, $2, $3)", [order.id, order.user_id, order.completed]);
  }

  client.release();
});

afterEach(async (): Promise<void> => {
  await pgPool.query("delete from order_products");
  await pgPool.query("delete from orders");
  await pgPool.query("delete from products");
  await pgPool.query("delete from users");
});
