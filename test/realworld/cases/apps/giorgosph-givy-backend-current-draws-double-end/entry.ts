// Source: giorgosph/givy-backend — src/controllers/draw.controller.ts at 45b40b6 (getCurrentDraws), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: the client is ended with `transaction.end` right after the SELECT, inside the try; when signing an image URL afterwards throws, the catch ends it again, and pg throws "Release called on client which has already been released"
import { Request, Response } from "express";
import { getImageUrl } from "@/aws";
import { transaction } from "./db";
import { Draw } from "@/models";
import { serverError, success } from "@/responses";

const getCurrentDraws = async (req: Request, res: Response) => {
  const client = await transaction.start();

  try {
    const draws = await Draw.getUpcomingDraws(client);
    await transaction.end(client);

    if (!draws) return success.noData(res);
    const updatedDrawsPromises = draws.map(async (draw) => {
      draw.imagePath = await getImageUrl(draw.imagePath);
      return draw;
    });

    const updatedDraws = await Promise.all(updatedDrawsPromises);
    success.success(res, { body: updatedDraws });
  } catch (err) {
    console.error(`Error Getting Current Draws:\n ${err}`);
    await transaction.end(client);
    serverError.serverError(res);
  }
};

export { getCurrentDraws };
