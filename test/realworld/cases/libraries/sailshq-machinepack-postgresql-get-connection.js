// Source: sailshq/machinepack-postgresql — machines/get-connection.js (fn), reduced by hand, not copied
// Label: hand-over
// Why: the machine checks a client out of the manager's pg pool and passes it back through `exits.success({ connection })`; the driver's release-connection machine gives it back with `connection.release()`
module.exports = {
  friendlyName: "Get connection",

  inputs: {
    manager: { example: "===", required: true },
    meta: { example: "===" },
  },

  exits: {
    success: { outputVariableName: "report" },
    failed: { outputVariableName: "report" },
  },

  fn: function getConnection(inputs, exits) {
    inputs.manager.pool.connect(function cb(err, connection) {
      if (err) {
        return exits.failed({
          error: err,
          meta: inputs.meta,
        });
      }

      connection.id = Math.floor(Math.random() * (10000 - 100) + 100);

      return exits.success({
        connection: connection,
        meta: inputs.meta,
      });
    });
  },
};
