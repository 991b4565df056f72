// Source: Ashwin-DevAsh/rMart-Backend — jobs/Services/OfferService.js at 50c7a8d (creditCashback), reduced by hand, not copied
// Label: safe
// Why: the weekly cashback job credits each user on one client and releases it as the try's last statement and again only in the catch, so exactly one release runs on every path (the log line before the try cannot skip it)
const { Pool } = require("pg");
const clientDetails = require("../Database/ClientDetails");

module.exports = class OfferService {
  pool = new Pool(clientDetails);

  creditCashback = async (eligiblelist) => {
    var postgres = await this.pool.connect();
    console.log(eligiblelist);
    try {
      for (var user in eligiblelist) {
        const spendedAmount = eligiblelist[user]["amount"];
        const cashbackAmount = parseInt(spendedAmount * 0.1);
        const userID = eligiblelist[user]["id"];
        const email = eligiblelist[user]["email"];
        const balance = eligiblelist[user]["balance"];
        await postgres.query("update users set balance = balance + $1 where id = $2", [cashbackAmount, userID]);
        this.sendMailToUser(email, balance, spendedAmount, cashbackAmount);
      }
      postgres.release();
    } catch (error) {
      postgres.release();
      console.log(error);
    }
  };

  sendMailToUser = (email, balance, spendedAmount, cashbackAmount) => {
    console.log(email, balance, spendedAmount, cashbackAmount);
  };
};
