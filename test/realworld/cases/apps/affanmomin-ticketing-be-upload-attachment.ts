// Source: affanmomin/ticketing-be — src/controllers/attachments.controller.ts at eb9a99f (uploadAttachmentCtrl), reduced by hand, not copied
// Label: safe
// Why: the Fastify controller reads and buffers the multipart upload before checking out, then stores it in a transaction whose ROLLBACK failure is swallowed in the catch; the finally releases
import type { FastifyReply, FastifyRequest } from "fastify";
import { pool } from "../db/pool";
import { uploadAttachment } from "../services/attachments.service";
import { badRequest, unauthorized } from "../utils/errors";
import { ListAttachmentsParams } from "../schemas/attachments.schema";

export async function uploadAttachmentCtrl(req: FastifyRequest, reply: FastifyReply) {
  if (!req.user) throw unauthorized("Authentication required");
  const { id: ticketId } = ListAttachmentsParams.parse(req.params);

  const data = await req.file();
  if (!data) {
    throw badRequest("No file provided");
  }
  const fileData = await data.toBuffer();
  const fileName = data.filename || "unnamed";
  const mimeType = data.mimetype || "application/octet-stream";

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const attachment = await uploadAttachment(client, ticketId, req.user.userId, fileName, mimeType, fileData);
    await client.query("COMMIT");
    return reply.code(201).send(attachment);
  } catch (e) {
    try {
      await client.query("ROLLBACK");
    } catch {}
    throw e;
  } finally {
    client.release();
  }
}
