// Source: BrasserTech/BTPET — src/main/ipc/sheets-sync.js at 054c424 (ipcMain.handle 'sheets:sync-now'), reduced by hand, not copied
// Label: safe
// Why: an Electron IPC handler checks out from the module's `db.pool`, builds plain objects and an arrow before the try (nothing that can throw), runs a transaction with a savepoint per spreadsheet row, and releases in the finally whatever happens
const { ipcMain } = require("electron");
const db = require("./db");
const { getDashboardConfigFromDB, readRowsFromSheets, introspectPedidos, insertPedidoFromRow } = require("./sheets-helpers");

ipcMain.removeHandler("sheets:sync-now");
ipcMain.handle("sheets:sync-now", async () => {
  const client = await db.pool.connect();
  const out = { lidas: 0, novas: 0, erros: 0, mensagens: [] };
  const log = (m) => { const line = `[sheets-sync] ${m}`; console.log(line); out.mensagens.push(line); };
  const markRowsAbs = [];

  try {
    const cfg = await getDashboardConfigFromDB();
    if (!cfg || !cfg.google_sheet_id) throw new Error("apigs_config ausente ou incompleta.");

    const { rows } = await readRowsFromSheets(cfg);
    out.lidas = rows.length;

    await client.query("BEGIN");
    const intros = await introspectPedidos(client);

    for (let i = 0; i < rows.length; i++) {
      try {
        await client.query("SAVEPOINT sp_row");
        const ret = await insertPedidoFromRow(client, cfg, rows[i], intros, log);
        if (ret.inserted) {
          out.novas++;
          markRowsAbs.push(rows[i].absRow);
        }
        await client.query("RELEASE SAVEPOINT sp_row");
      } catch (e) {
        out.erros++;
        await client.query("ROLLBACK TO SAVEPOINT sp_row");
        log(`linha#${i + 1} -> ERRO: ${e?.message || e}`);
      }
    }

    await client.query("COMMIT");
    log(`RESUMO: lidas=${out.lidas} novas=${out.novas} erros=${out.erros}`);
    return out;
  } catch (err) {
    try { await client.query("ROLLBACK"); } catch {}
    const msg = `FALHA GERAL: ${err?.message || err}`;
    log(msg);
    throw new Error(msg);
  } finally {
    client.release();
  }
});
