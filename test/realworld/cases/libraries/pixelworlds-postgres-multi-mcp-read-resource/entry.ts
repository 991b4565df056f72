// Source: Pixelworlds/postgres-multi-mcp-server — src/resources.ts (ResourceHandlers.handleReadResource), reduced by hand, not copied
// Label: safe
// Why: the pool is the one built for whichever configured database the user switched to; the URI checks throw before the checkout and the query runs in try/finally
import { DatabaseManager } from './database.js';

export class ResourceHandlers {
  private readonly SCHEMA_PATH = 'schema';

  constructor(private dbManager: DatabaseManager) {}

  async handleReadResource(request: { params: { uri?: string } }) {
    if (!request.params.uri) {
      throw new Error('Resource URI is required');
    }
    const resourceUrl = new URL(request.params.uri);
    const pathComponents = resourceUrl.pathname.split('/');
    const schema = pathComponents.pop();
    const tableName = pathComponents.pop();
    if (schema !== this.SCHEMA_PATH) {
      throw new Error('Invalid resource URI');
    }

    const pool = this.dbManager.getCurrentPool();
    const client = await pool.connect();
    try {
      const result = await client.query('SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1', [tableName]);
      return { contents: [{ uri: request.params.uri, mimeType: 'application/json', text: JSON.stringify(result.rows, null, 2) }] };
    } finally {
      client.release();
    }
  }
}
