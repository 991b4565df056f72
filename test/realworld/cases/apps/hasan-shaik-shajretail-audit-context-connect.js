// Source: HASAN-SHAIK/SHAJRetailProducts-Backend — src/middleware/auditDbContext.js (attachAuditDbContext, the wrapper's connect), reduced by hand, not copied
// Label: hand-over
// Why: the wrapper's `connect()` checks a client out of the request's tenant pool, patches its `query` to set the actor first, and returns it to the caller, who releases it
const setActorContext = async (queryFn, req) => {
  await queryFn("SELECT set_config('app.actor_user_id', $1, false), set_config('app.actor_role', $2, false)", [req?.user?.id ? String(req.user.id) : '', req?.user?.role || '']);
};

const attachAuditDbContext = (req, _res, next) => {
  const basePool = req.tenantPool;
  if (!basePool || !req.user) return next();
  req.tenantPool = {
    ...basePool,
    async connect() {
      const client = await basePool.connect();
      const originalQuery = client.query.bind(client);
      let initialized = false;
      const ensure = async () => {
        if (initialized) return;
        await setActorContext(originalQuery, req);
        initialized = true;
      };
      client.query = async (...args) => {
        await ensure();
        return originalQuery(...args);
      };
      return client;
    },
  };
  return next();
};

module.exports = { attachAuditDbContext };
