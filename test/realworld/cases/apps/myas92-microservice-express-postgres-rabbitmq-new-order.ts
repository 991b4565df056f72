// Source: myas92/microservice-express-postgres-rabbitmq — micro-order/src/routes/new.ts (POST /api/orders), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: TypeORM's QueryRunner holds a pg pool client from connect() to release(); startTransaction() runs before the try, and the finally awaits a RabbitMQ publish before `release()`, so a failure of either keeps the connection
import express, { Request, Response } from "express";
import { db } from "../data-source";
import { Order } from "../entity/order";
import { Product } from "../entity/product";
import { OrderCreatedPublisher } from "../events/order-created-publisher";
import { rabbitWrapper } from "../rabbit-wrapper";

const router = express.Router();

router.post("/api/orders", async (req: Request, res: Response) => {
  const { productId } = req.body;
  const product = await db.getRepository(Product).findOneBy({ id: productId });
  if (!product) {
    throw new Error("not found");
  }
  const order = new Order();
  order.title = product.title;
  const queryRunner = db.createQueryRunner();
  await queryRunner.connect();
  await queryRunner.startTransaction();
  try {
    await queryRunner.manager.save(order);
    await queryRunner.manager.remove(product);
    await queryRunner.commitTransaction();
  } catch (err) {
    await queryRunner.rollbackTransaction();
    throw new Error("something went wrong");
  } finally {
    await new OrderCreatedPublisher(rabbitWrapper.channel).publish({ productId });
    await queryRunner.release();
  }
  res.status(201).send(order);
});

export { router as newOrderRouter };
