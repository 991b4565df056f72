// Source: alaqsaka/Screener-Core-TS — src/api/controllers/upload.controller.ts (uploadHandler), reduced by hand, not copied
// Label: safe
// Why: the uploads, text extraction and inserts run between BEGIN and COMMIT in a try whose finally releases; the 201 response is returned from inside it and the catch rolls back and rethrows to the handler's outer catch
import type { Request, Response } from "express";
import { pool } from "../../db/pool";
import { uploadBuffer } from "../../services/storage";
import { extractTextFromFile } from "../../services/extract";

export const uploadHandler = async (req: Request, res: Response) => {
  try {
    const files = req.files as Record<string, Express.Multer.File[]> | undefined;
    const uploads = [files?.cv?.[0], files?.project_report?.[0]].filter(Boolean) as Express.Multer.File[];
    if (uploads.length === 0) {
      return res.status(400).json({ error: "cv or project_report file required" });
    }

    const client = await pool.connect();
    try {
      await client.query("begin");
      const task = await client.query("insert into tasks (status) values ('uploaded') returning id");
      const taskId = task.rows[0].id;
      for (const f of uploads) {
        const key = await uploadBuffer("uploads", taskId, f.originalname, f.buffer, f.mimetype);
        const text = await extractTextFromFile(f);
        await client.query(
          "insert into files (task_id, role, storage_path, extracted_text) values ($1, $2, $3, $4)",
          [taskId, f.fieldname === "cv" ? "cv" : "project", key, text],
        );
      }
      await client.query("commit");
      return res.status(201).json({ id: taskId, status: "uploaded" });
    } catch (e) {
      await client.query("rollback");
      throw e;
    } finally {
      client.release();
    }
  } catch (e: unknown) {
    console.error("Error in uploadHandler:", e);
    return res.status(500).json({ error: "internal_error" });
  }
};
