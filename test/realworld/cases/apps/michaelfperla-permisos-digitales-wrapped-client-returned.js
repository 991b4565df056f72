// Source: michaelfperla/permisos-digitales — src/services/container/database-service.js (DatabaseService.getClient), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is returned inside a wrapper object whose own `release` closes over it; the caller (transaction() here) releases the wrapper in its finally
const logger = require('../../utils/logger');

class DatabaseService {
  constructor(pool) {
    this.pool = pool;
    this.connected = true;
  }

  async getClient() {
    if (!this.connected) {
      throw new Error('Database not connected');
    }

    const client = await this.pool.connect();

    const wrappedClient = {
      ...client,
      query: client.query.bind(client),
      release: () => {
        logger.debug('[DatabaseService] Releasing client back to pool');
        client.release();
      },
    };

    return wrappedClient;
  }
}

module.exports = DatabaseService;
