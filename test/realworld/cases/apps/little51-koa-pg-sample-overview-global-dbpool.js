// Source: little51/koa-pg-sample — services/overviewService.js at af28c72 (overviewService.queryToday), reduced by hand, not copied
// Label: safe
// Why: `dbpool` is the db module app.js puts on `global`; the inner try/catch swallows the query's failure, so `client.release()` after it runs on every path
exports.overviewService = {
  async queryToday(ctx) {
    async function query() {
      try {
        console.log("2");
        var client = await dbpool.connect();
        console.log("3");
        try {
          console.log("4");
          var res = await client.query("SELECT * from users", []);
          console.log("5");
          ctx.body = res.rows;
        } catch (err) {
          console.error("error running query", err);
        }
        client.release();
      } catch (err) {
        console.error("error fetching client from pool", err);
      }
    }
    console.log("1");
    await query();
    console.log("6");
  },
};
