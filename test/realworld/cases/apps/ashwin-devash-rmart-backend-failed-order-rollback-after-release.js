// Source: Ashwin-DevAsh/rMart-Backend — jobs/Services/HandelFailedOrdersService.js at 50c7a8d (verifyRazorpayPayment), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: a campus shop's failed-order job releases the client first in its catch and then sends ROLLBACK on it: the rollback runs on a client the pool may already have handed to someone else
const { Pool } = require("pg");
const Razorpay = require("razorpay");
const clientDetails = require("../Database/ClientDetails");

module.exports = class HandelFailedOrdersService {
  pool = new Pool(clientDetails);

  instance = new Razorpay({ key_id: process.env.key_id, key_secret: process.env.key_secret });

  verifyRazorpayPayment = async (orderID, amount, walletAmount, id) => {
    var postgres = await this.pool.connect();
    try {
      await postgres.query("begin");
      var ordersDetails = (await this.instance.orders.fetchPayments(orderID)).items[0];
      var isVerified =
        (ordersDetails.status == "authorized" || ordersDetails.status == "captured") &&
        parseInt(ordersDetails.amount / 100) == parseInt(amount);

      if (isVerified) {
        var user = (await postgres.query("select * from users where id=$1 for update", [id])).rows[0];
        if (!user) {
          throw Error("Invalid User");
        }
        await postgres.query("update users set balance = balance - $1 where id = $2", [walletAmount, id]);
        var data = await postgres.query(
          "update orders set paymentMetadata = $2, isPaymentSuccessful=true where cast(paymentmetadata->>'id' as varchar) = $1 returning *",
          [orderID, ordersDetails],
        );
        await postgres.query("commit");
        postgres.release();
        return isVerified && data.rows.length > 0;
      } else {
        await postgres.query("rollback");
        postgres.release();
        return false;
      }
    } catch (error) {
      postgres.release();
      await postgres.query("rollback");
      console.log(error);
      return false;
    }
  };
};
