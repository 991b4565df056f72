// Source: rdhelms/node-typescript-pg-starter — src/controllers/signup.controller.ts at 3a5d064 (POST /; 30144e8 replaced the raw pg code with sequelize-typescript), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release is the last statement of the try, after the bcrypt hash, the INSERT and `res.json`: a taken username (unique violation) or any other failed query lands in the catch, which answers `res.json(err)` and never releases
import express from 'express';
import bcrypt from 'bcrypt';
import { pool } from './database/db';

const router = express.Router();

interface IReqBody {
    username: string;
    password: string;
}

router.route('/')
    .post(async (req, res) => {
        try {
            const body = req.body as IReqBody;

            const client = await pool.connect();
            const text = 'INSERT INTO users (username, password) VALUES ($1, $2) RETURNING *';
            const hash = await bcrypt.hash(body.password, 10);
            const result = await client.query(text, [body.username, hash]);

            res.json(result.rows[0]);
            client.release();
        } catch (err) {
            res.json(err);
        }
    });

export { router };
