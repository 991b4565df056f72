// Source: cchalop1/JustDeploy — exemples/bun-server-dockerfile/index.ts at 66eec33 (a Bun.serve example app), reduced by hand, not copied
// Label: safe
// Why: every request to the `Bun.serve` fetch handler makes a dedicated `pg.Client`, connects and queries it and never ends it (one open connection per request), but it is a standalone Client, not a pool checkout
import pg from "pg";

function renderHtmlResponse(body: string): Response {
  return new Response(`<div>${body}</div>`, { headers: { "content-type": "text/html; charset=UTF-8" } });
}

Bun.serve({
  port: Bun.env.PORT,
  async fetch(req) {
    try {
      const client = new pg.Client({ host: Bun.env.POSTGRES_HOSTNAME, database: Bun.env.POSTGRES_DB, user: Bun.env.POSTGRES_USER, password: Bun.env.POSTGRES_PASSWORD });
      await client.connect();
      const result = await client.query("SELECT NOW()");
      console.log(result);
      return renderHtmlResponse("<h1>Postgres connected</h1>");
    } catch (error) {
      console.error(error);
    }
    return renderHtmlResponse("<h1>Postgres is not connected</h1>");
  },
});
