module.exports = {
  handleDBErr: function (err, client, done, res) {
    if (!err) return false;
    if (client) done(client);
    if (res) {
      res.status(500).json({ success: false, data: err });
    }
    return true;
  },
};
