// A writable stream that keeps what the command printed, for `run(argv, { stdout, stderr })`.
import { Writable } from "node:stream";

export class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer, _encoding: string, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}
