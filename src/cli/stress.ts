// PLACEHOLDER: replaced by the module that implements `poolguard stress`.
export async function run(_argv: string[]): Promise<number> {
  console.log("poolguard stress: not built yet");
  return 0;
}
