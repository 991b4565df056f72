// Source: HASAN-SHAIK/SHAJRetailProducts-Backend — src/middleware/auditDbContext.js (attachAuditDbContext, the wrapper's query), reduced by hand, not copied
// Label: safe
// Why: the wrapper put on `req.tenantPool` checks a client out of the tenant's pool, sets the actor with set_config and queries inside try/finally, which releases
const setActorContext = async (queryFn, req) => {
  await queryFn("SELECT set_config('app.actor_user_id', $1, false), set_config('app.actor_role', $2, false)", [req?.user?.id ? String(req.user.id) : '', req?.user?.role || '']);
};

const withAuditContext = async (client, req, fn) => {
  const originalQuery = client.query.bind(client);
  await setActorContext(originalQuery, req);
  return fn();
};

const attachAuditDbContext = (req, _res, next) => {
  const basePool = req.tenantPool;
  if (!basePool || !req.user) return next();
  req.tenantPool = {
    ...basePool,
    async query(text, params) {
      const client = await basePool.connect();
      try {
        return await withAuditContext(client, req, () => client.query(text, params));
      } finally {
        client.release();
      }
    },
  };
  return next();
};

module.exports = { attachAuditDbContext };
