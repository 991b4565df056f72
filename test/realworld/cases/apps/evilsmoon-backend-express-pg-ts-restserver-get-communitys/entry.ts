// Source: evilsmoon/backend-express-pg-ts-restserver — src/controllers/index.controllers.ts at f668834 (getcommunitys; the file's other handlers, still at HEAD, share the shape), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the handler checks a client out, runs its query on the pool instead, and puts `client.release()` after the `return`: the release is unreachable, every request keeps a connection
import { Request, Response } from "express";
import { QueryResult } from "pg";
import { pool } from "./database";

export const getcommunitys = async (req: Request, res: Response): Promise<Response> => {
  try {
    const client = await pool.connect();
    const resp: QueryResult = await pool.query(
      "select nombre_comunidad as ciudad, sum(cantidad) as cantidad from dim_ciudad, fact_nacimientos where fact_nacimientos.sk_ciudad = dim_ciudad.sk_ciudad group by ciudad order by ciudad"
    );
    return res.status(200).json(resp.rows);
    client.release();
  } catch (error) {
    console.log(error);
    return res.status(500).json("Internal Server Error" + error);
  }
};
