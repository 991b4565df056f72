// The store's hash helper (lib/common/utils/crypto/getHash.ts).
import crypto from "crypto";

export const getHash = function ({ value }: { value: string }): string {
  return crypto.createHash("sha256").update(value).digest("hex");
};
