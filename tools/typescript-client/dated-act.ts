// One act dated with Performed-At, as an officer's app that worked offline records it later, through the TypeScript
// client generated from docs/openapi.json: node out/dated-act.js <gateway> <token> <caseId> <performedAt as RFC 3339>.
import { CasesApi, Configuration } from "./generated";

// the little of Node.js this script uses, declared instead of installing its type definitions
declare const process: { argv: string[]; exit(code: number): never };

async function main(): Promise<void> {
  const [basePath, token, caseId, performedAt] = process.argv.slice(2);
  const cases = new CasesApi(new Configuration({ basePath, accessToken: token }));
  const approved = await cases.approveFiling({ caseId, performedAt, idempotencyKey: crypto.randomUUID() });
  console.log(JSON.stringify({ status: approved.status, timeline: approved.timeline }));
}

main().catch(async (failure) => {
  const answer = failure?.response ? await failure.response.text() : "";
  console.error(failure, answer);
  process.exit(1);
});
