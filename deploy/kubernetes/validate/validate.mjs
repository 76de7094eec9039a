// Reads the objects of a rendered overlay (kubectl kustomize output) on stdin, validates each against the schema of
// its apiVersion and kind (Kubernetes' own, and KEDA's for ScaledObject), and prints them as a JSON array for the test
// that checks the platform's rules. An object of an unknown kind, or one that fails its schema, fails the run.
import { parseAllDocuments } from "yaml";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const documents = parseAllDocuments(Buffer.concat(chunks).toString("utf8"));

async function modelOf(apiVersion, kind) {
  const module = apiVersion.startsWith("keda.sh/")
    ? await import(`@kubernetes-models/keda/${apiVersion}`)
    : await import(`kubernetes-models/${apiVersion}`);
  const model = module[kind];
  if (!model) throw new Error(`no schema for ${apiVersion} ${kind}`);
  return model;
}

const objects = [];
const failures = [];
for (const document of documents) {
  if (document.errors.length > 0) {
    failures.push(`YAML: ${document.errors[0].message}`);
    continue;
  }
  const object = document.toJS();
  if (!object) continue;
  const name = `${object.kind}/${object.metadata?.name}`;
  try {
    const Model = await modelOf(object.apiVersion, object.kind);
    new Model(object).validate();
    objects.push(object);
  } catch (error) {
    failures.push(`${name}: ${error.message}`);
  }
}
if (failures.length > 0) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log(JSON.stringify(objects));
