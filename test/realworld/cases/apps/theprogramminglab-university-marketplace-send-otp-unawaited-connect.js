// Source: TheProgrammingLab/University_Marketplace — services/otpService.js at ef4cef6 (OtpService.sendOtp), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `const client = pool.connect()` is left over and never used (the OTP goes through the caller's client): every OTP sent checks out a client that is never released
import crypto from "crypto";
import OtpRepository from "../repositories/otpRepository.js";
import EmailService from "./emailService.js";
import pool from "../db/pg.js";

export default class OtpService {
  static async sendOtp(user, authClient) {
    const client = pool.connect();
    const otpExp = new Date(Date.now() + 15 * 60 * 1000);

    const otp = OtpService.generateOTP();
    const otpHash = OtpService.hashOTP(otp);

    await OtpRepository.createOTP({ user_id: user.id, otp_hash: otpHash, expiresAt: otpExp }, authClient);
    await new EmailService(user).sendOtpMail(otp);
  }

  static generateOTP() {
    return crypto.randomInt(100000, 999999).toString();
  }

  static hashOTP(otp) {
    return crypto.createHash("sha256").update(otp).digest("hex");
  }
}
