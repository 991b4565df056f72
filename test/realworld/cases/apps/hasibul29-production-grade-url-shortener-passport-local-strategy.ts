// Source: Hasibul29/production-grade-url-shortener — src/passport.ts at 24ca04d (the LocalStrategy verify callback), reduced by hand, not copied
// Label: safe
// Why: the @fastify/passport verify callback checks a client out of `fastify.pg`; the user lookup, the awaited `bcrypt.compare` and every `return done(…)` are inside the try, whose finally releases
import fastifyPassport from "@fastify/passport";
import { Strategy as LocalStrategy } from "passport-local";
import bcrypt from "bcrypt";
import type { FastifyInstance } from "fastify";

export function registerPassport(fastify: FastifyInstance) {
  fastifyPassport.use(
    new LocalStrategy({ usernameField: "email", passwordField: "password" }, async function (email, password, done) {
      const client = await fastify.pg.connect();
      try {
        const userData = await client.query("select * from users where email = $1", [email]);
        if (!userData.rows[0]) {
          return done(null, false);
        } else {
          const ok = await bcrypt.compare(password, userData.rows[0].password_hash);
          if (ok) {
            return done(null, userData.rows[0].user_id);
          } else {
            return done(null, false);
          }
        }
      } catch (err) {
        return done(err);
      } finally {
        client.release();
      }
    }),
  );
}
