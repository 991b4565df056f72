// Source: AdemarJr/stockpyrou-api — src/modules/admin/clear-company-data.ts (clearCompanyData), reduced by hand, not copied
// Label: safe
// Why: between the checkout and the try only an arrow helper is defined (defining it runs nothing); the deletes it runs are inside the try whose finally releases
import { getPool } from "../../db/pool";

export async function clearCompanyData(companyId: string, options: { sales?: boolean; stock?: boolean }) {
  const deletions: Record<string, number> = {};
  const warnings: string[] = [];
  const pool = getPool();
  const client = await pool.connect();

  const run = async (label: string, sql: string, params: unknown[] = [companyId]) => {
    try {
      const r = await client.query(sql, params);
      deletions[label] = (deletions[label] || 0) + (r.rowCount ?? 0);
    } catch (err: any) {
      if (err?.code === "42P01") {
        warnings.push(`${label}: tabela inexistente`);
        return;
      }
      throw err;
    }
  };

  try {
    await client.query("BEGIN");
    if (options.sales) {
      await run("nfce", "DELETE FROM nfce WHERE company_id = $1");
      await run("receivables", "DELETE FROM accounts_receivable WHERE company_id = $1");
    }
    if (options.stock) {
      await run("movements", "DELETE FROM stock_movements WHERE company_id = $1");
    }
    await client.query("COMMIT");
    return { deletions, warnings };
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
