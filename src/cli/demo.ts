// PLACEHOLDER: replaced by the module that implements `poolguard demo`.
export async function run(_argv: string[]): Promise<number> {
  console.log("poolguard demo: not built yet");
  return 0;
}
