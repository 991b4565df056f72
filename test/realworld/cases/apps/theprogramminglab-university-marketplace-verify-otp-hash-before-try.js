// Source: TheProgrammingLab/University_Marketplace — services/otpService.js at ef4cef6 (OtpService.verifyOtp), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the OTP is hashed between the checkout and the try: crypto's `update` throws on a non-string OTP (a number from the JSON body), skipping the finally's release
import crypto from "crypto";
import OtpRepository from "../repositories/otpRepository.js";
import pool from "../db/pg.js";
import { AppError } from "../utilities/AppError.js";
import AuthService from "./authService.js";

export default class OtpService {
  static async verifyOtp(user_id, otp) {
    const client = await pool.connect();
    const otpHash = this.hashOTP(otp);

    try {
      await client.query("BEGIN");
      const userOtp = await OtpRepository.findOtpById({ user_id, otp_hash: otpHash }, client);

      if (!userOtp || userOtp.used) {
        throw new AppError(400, "OTP is invalid or already used.");
      }

      await OtpRepository.updateOtpStatus({ user_id, otp_hash: otpHash });
      await AuthService.verifyUser(user_id, client);

      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      await client.release();
    }
  }

  static hashOTP(otp) {
    return crypto.createHash("sha256").update(otp).digest("hex");
  }
}
