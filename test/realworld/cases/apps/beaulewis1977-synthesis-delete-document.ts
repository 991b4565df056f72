// Source: Beaulewis1977/synthesis — apps/server/src/services/documentOperations.ts (deleteDocumentById), reduced by hand, not copied
// Label: safe
// Why: the pool arrives as a `Pool`-typed parameter named `db`; deleting a document's chunks and row runs in a transaction inside the try, ROLLBACK only once BEGIN went through, and the finally releases before the file is removed
import type { Pool, PoolClient } from "pg";

declare function getDocument(id: string): Promise<{ id: string; title: string; file_path: string | null } | null>;
declare function deleteDocumentChunks(docId: string, client: PoolClient): Promise<void>;
declare function deleteFileIfExists(path: string): Promise<void>;

export async function deleteDocumentById(db: Pool, params: { docId: string }) {
  const document = await getDocument(params.docId);
  if (!document) throw new Error(`Document not found: ${params.docId}`);
  const filePath = document.file_path;

  const client = await db.connect();
  let transactionStarted = false;
  try {
    await client.query("BEGIN");
    transactionStarted = true;
    await deleteDocumentChunks(document.id, client);
    await client.query("DELETE FROM documents WHERE id = $1", [document.id]);
    await client.query("COMMIT");
  } catch (error) {
    if (transactionStarted) {
      await client.query("ROLLBACK");
    }
    throw error;
  } finally {
    client.release();
  }

  if (filePath) {
    try {
      await deleteFileIfExists(filePath);
    } catch (error) {
      console.error(`Failed to delete file ${filePath}:`, error);
    }
  }
  return { docId: document.id, title: document.title };
}
