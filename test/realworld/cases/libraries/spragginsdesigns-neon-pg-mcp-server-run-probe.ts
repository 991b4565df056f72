// Source: spragginsdesigns/neon-pg-mcp-server — src/index.ts (NeonPostgresServer.run), reduced by hand, not copied
// Label: safe
// Why: the start-up probe releases the client on the line after the checkout, with nothing that can throw in between; a failed connect lands in the catch before any client exists
import pg from "pg";

class NeonPostgresServer {
  private pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

  async run() {
    try {
      const client = await this.pool.connect();
      client.release();
      console.error("Successfully connected to Neon PostgreSQL database");
    } catch (error) {
      console.error("Failed to start server:", error);
      process.exit(1);
    }
  }
}

new NeonPostgresServer().run();
