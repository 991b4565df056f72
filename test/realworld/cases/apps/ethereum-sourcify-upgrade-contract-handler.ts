// Source: ethereum/sourcify — services/server/src/server/apiv1/verification/private/stateless/private.stateless.handlers.ts (upgradeContract), reduced by hand, not copied
// Label: safe
// Why: the checkout from the storage service's pool (`(service as any).database.pool.connect()`) is taken after the early 400/500 returns; the not-found return, the re-verification and the BEGIN…COMMIT run inside the try, the catch rolls back and answers 500, the finally releases
import type { Request, Response } from "express";
import { StatusCodes } from "http-status-codes";

declare function reverify(row: Record<string, unknown>): Promise<{ creationMatch: string | null; transformations: unknown }>;

export async function upgradeContract(req: Request, res: Response): Promise<any> {
  const sourcifyMatchId = req.body.sourcifyMatchId;
  if (!sourcifyMatchId) {
    return res.status(StatusCodes.BAD_REQUEST).send({ error: "sourcifyMatchId is required" });
  }

  const services = req.app.get("services");
  const sourcifyDatabaseService = services.storage.rwServices["SourcifyDatabase"];
  if (!sourcifyDatabaseService) {
    return res.status(StatusCodes.INTERNAL_SERVER_ERROR).send({ error: "Database service not available" });
  }

  const poolClient = await (sourcifyDatabaseService as any).database.pool.connect();

  try {
    const verifiedContractResult = await poolClient.query(
      `SELECT verified_contracts.* FROM verified_contracts JOIN sourcify_matches ON sourcify_matches.verified_contract_id = verified_contracts.id WHERE sourcify_matches.id = $1`,
      [sourcifyMatchId],
    );
    if (verifiedContractResult.rows.length === 0) {
      return res.status(StatusCodes.NOT_FOUND).send({ error: "No verified contract found for this sourcifyMatchId" });
    }
    const verifiedContract = verifiedContractResult.rows[0];
    const verification = await reverify(verifiedContract);

    await poolClient.query("BEGIN");
    await poolClient.query(`UPDATE verified_contracts SET creation_match = $1, creation_transformations = $2 WHERE id = $3`, [
      verification.creationMatch !== null,
      JSON.stringify(verification.transformations),
      verifiedContract.id,
    ]);
    await poolClient.query(`UPDATE sourcify_matches SET creation_match = $1 WHERE id = $2`, [verification.creationMatch, sourcifyMatchId]);
    await poolClient.query("COMMIT");

    res.send({ result: { message: "Contract upgrade successful", verifiedContractId: verifiedContract.id, sourcifyMatchId } });
  } catch (error: any) {
    if (poolClient) {
      await poolClient.query("ROLLBACK");
    }
    res.status(StatusCodes.INTERNAL_SERVER_ERROR).send({ error: error.message });
  } finally {
    if (poolClient) {
      poolClient.release();
    }
  }
}
