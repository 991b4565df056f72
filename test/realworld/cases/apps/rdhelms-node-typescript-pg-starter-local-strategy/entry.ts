// Source: rdhelms/node-typescript-pg-starter — src/passports/local.passport.ts at 3a5d064 (localStrategy's verify callback; 30144e8 replaced the raw pg code with sequelize-typescript), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is released only after `done(null, user)` at the end of the try: an unknown username and a wrong password `return done(null, false, …)` before it, a failed query or bcrypt throw goes to the catch, so every failed login keeps its client
import { pool } from './database/db';
import { Strategy as LocalStrategy } from 'passport-local';
import bcrypt from 'bcrypt';

interface TUser { id: number; username: string; password: string }

const localStrategy = new LocalStrategy(async (username, password, done) => {
    try {
        const client = await pool.connect();
        const text = 'SELECT * FROM users WHERE username=$1';
        const queryResult = await client.query(text, [username]);

        if (!queryResult || queryResult.rows.length === 0) {
            return done(null, false, { message: 'Incorrect username.' });
        }

        const user = queryResult.rows[0] as TUser;

        const validPassword = await bcrypt.compare(password, user.password);
        if (!validPassword) {
            return done(null, false, { message: 'Incorrect password.' });
        }

        done(null, user);
        client.release();
    } catch (err) {
        done(err);
    }
});

export { localStrategy };
