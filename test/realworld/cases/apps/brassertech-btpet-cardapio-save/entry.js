// Source: BrasserTech/BTPET — src/main/ipc/cardapio.js at 054c424 (safeHandle 'cardapio:save'), reduced by hand, not copied
// Label: safe
// Why: the Electron handler's weekly-menu transaction releases in its finally before the Google Sheets write that follows; validation that can throw runs before the checkout
const db = require("./db");
const { safeHandle, upsertSemana, getConfig, getSheetsClientRW, toSheetMatrix } = require("./cardapio-helpers");

safeHandle("cardapio:save", async (_e, payload = {}) => {
  const rows = Array.isArray(payload.rows) ? payload.rows : [];
  if (rows.length !== 7) throw new Error("Devem ser informadas 7 linhas (segunda..domingo).");

  const client = await db.pool.connect();
  try {
    await client.query("BEGIN");
    await upsertSemana(client, rows);
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }

  const cfg = await getConfig();
  if (!cfg || !cfg.google_sheet_id) return { ok: true, note: "Sem configuração da planilha; apenas banco atualizado." };
  const sheets = await getSheetsClientRW(cfg);
  await sheets.spreadsheets.values.update({
    spreadsheetId: cfg.google_sheet_id,
    range: cfg.google_sheet_range_cardapio,
    valueInputOption: "USER_ENTERED",
    requestBody: { values: toSheetMatrix(rows) },
  });
  return { ok: true };
});
