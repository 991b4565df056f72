// Source: Hasibul29/production-grade-url-shortener — src/routes/root.ts at 24ca04d (POST /), reduced by hand, not copied
// Label: safe
// Why: the key is made (an awaited nanoid) before the checkout; the insert and the BullMQ `myQueue.add` are in the try, the catch answers 400 for a taken alias or anything else, and the finally releases before the success reply
import { FastifyPluginAsync } from "fastify";
import { nanoid } from "nanoid/async";
import { myQueue } from "../queue";

const root: FastifyPluginAsync = async (fastify): Promise<void> => {
  fastify.post("/", async (request, reply) => {
    const givenUrl = request.body as { url: string; alias?: string; limit?: number };
    const userId = request.user;
    const key: string = givenUrl.alias && userId ? givenUrl.alias : await nanoid(5);

    const client = await fastify.pg.connect();

    try {
      if (userId) {
        await client.query("insert into urls(user_id, short_url, original_url) values($1, $2, $3)", [userId, key, givenUrl.url]);
        if (givenUrl.limit) {
          myQueue.add(key, { key }, { delay: givenUrl.limit * 1000 });
        }
      } else {
        await client.query("insert into urls(short_url, original_url) values($1, $2)", [key, givenUrl.url]);
      }
    } catch (err) {
      if ((err as { code?: string }).code === "23505") {
        return reply.code(400).send({ success: false, message: "The given alias in taken" });
      } else {
        return reply.code(400).send({ success: false, message: "Something is wrong" });
      }
    } finally {
      client.release();
    }
    return reply.code(200).send({ success: true, url: `${request.protocol}://${request.hostname}/${key}` });
  });
};

export default root;
