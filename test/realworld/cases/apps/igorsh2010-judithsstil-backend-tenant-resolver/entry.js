// Source: IgorSh2010/judithsstil-backend — middleware/tenantResolver.js (tenantResolver), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client goes onto `req.dbClient`, then `SET search_path` is awaited; when it throws, the catch answers 500 without next(), so no controller ever releases it
import jwt from "jsonwebtoken";
import { pool } from "./dbConn.js";

export const tenantResolver = async (req, res, next) => {
  try {
    const header = req.headers.authorization;
    if (!header) {
      return res.status(401).json({ message: "No token provided" });
    }
    let decoded;
    try {
      decoded = jwt.verify(header.split(" ")[1], process.env.JWT_SECRET);
    } catch (err) {
      return res.status(401).json({ message: "Bad token" });
    }
    const tenantId = decoded.tenant;
    if (!tenantId) {
      return res.status(400).json({ message: "No tenant info" });
    }
    req.tenantId = tenantId;

    req.dbClient = await pool.connect();
    await req.dbClient.query(`SET search_path TO ${tenantId}, public;`);

    next();
  } catch (err) {
    console.error("tenant resolver error:", err);
    res.status(500).json({ message: "Tenant resolution failed" });
  }
};
